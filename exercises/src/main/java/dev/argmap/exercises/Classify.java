package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For or against: is a statement a reason for the thesis or against it? The answer follows the polarities along
 * the map from the statement to the thesis: support passes a side on, an attack turns it round, an undercutter
 * turns round what the argument it undercuts does. Statements whose routes disagree are never asked.
 *
 * <p>Easy: six statements, each a premise of an argument directly on the thesis. Medium: eight, up to two steps
 * away, sub-theses included. Hard: ten, at any depth, routes through undercutters included (and preferred).
 */
final class Classify {
  static final String FOR = "For the thesis";
  static final String AGAINST = "Against the thesis";

  private Classify() {}

  private record Candidate(Statement statement, MapFacts.Reach reach, boolean onlyThroughArguments) {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int want = d.pick(6, 8, 10);
    int maxDepth = d.pick(1, 2, Integer.MAX_VALUE);
    Rand rnd = ctx.random(ExerciseType.CLASSIFY);
    List<Candidate> forList = new ArrayList<>();
    List<Candidate> againstList = new ArrayList<>();
    for (Statement s : ctx.map.statements()) {
      if (s.id().equals(ctx.thesis.id()) || (d == Difficulty.EASY && ctx.isThesis(s.id()))) {
        continue;
      }
      MapFacts.Reach full = ctx.facts.reach(s.id(), ctx.thesis.id(), true);
      if (!full.reached() || !full.unambiguous()) {
        continue;
      }
      MapFacts.Reach plain = ctx.facts.reach(s.id(), ctx.thesis.id(), false);
      Candidate c;
      if (plain.reached() && plain.arguments() <= maxDepth) {
        c = new Candidate(s, plain, false);
      } else if (d == Difficulty.HARD) {
        c = new Candidate(s, full, !plain.reached());
      } else {
        continue;
      }
      (full.polarity() == Polarity.SUPPORTS ? forList : againstList).add(c);
    }
    if (forList.size() + againstList.size() < 2) {
      throw new Skip("fewer than two statements bear on the thesis unambiguously");
    }
    forList = preferUndercut(rnd.shuffled(forList), d);
    againstList = preferUndercut(rnd.shuffled(againstList), d);
    List<Candidate> chosen = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (chosen.size() < want && (i < forList.size() || j < againstList.size())) {
      boolean takeFor = j >= againstList.size() || (i < forList.size() && chosen.size() % 2 == 0);
      chosen.add(takeFor ? forList.get(i++) : againstList.get(j++));
    }
    chosen = rnd.shuffled(chosen);
    List<Item> items = new ArrayList<>();
    int n = 1;
    for (Candidate c : chosen) {
      Polarity p = c.reach.polarity();
      List<String> why = new ArrayList<>();
      String route = ctx.facts.routeText(c.reach.route());
      why.add(route.endsWith(".\u201d") ? route : route + ".");
      why.add(netRule(ctx, c.reach.route(), p));
      if (c.onlyThroughArguments) {
        why.add("It reaches the thesis only through an undercutter: it weakens an inference, not a claim.");
      }
      items.add(new Item.Choice("Classify " + n++, c.statement.id().value(), List.of(), c.statement.text(),
          List.of(new Option(FOR, ""), new Option(AGAINST, "")), p == Polarity.SUPPORTS ? 0 : 1, why));
    }
    String instructions = "Thesis: \u201c" + ctx.thesis.text() + "\u201d For each statement, decide whether it is a "
        + "reason for the thesis or against it: if the statement is true, does the thesis become more or less "
        + "believable? Some statements work through another claim, so follow the chain.";
    return new Exercise(ExerciseType.CLASSIFY, ExerciseType.CLASSIFY.title(), instructions, items,
        List.of("The side follows the map: support keeps it, an attack or an undercutter turns it round."));
  }

  /** On hard sheets, two statements that reach the thesis only through an undercutter come first. */
  private static List<Candidate> preferUndercut(List<Candidate> list, Difficulty d) {
    if (d != Difficulty.HARD) {
      return list;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : list) {
      if (c.onlyThroughArguments && out.size() < 2) {
        out.add(c);
      }
    }
    for (Candidate c : list) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String netRule(Context ctx, List<ConclusionId> route, Polarity net) {
    List<String> steps = new ArrayList<>();
    for (ConclusionId c : route) {
      if (c instanceof ArgumentId a) {
        var arg = ctx.facts.argument(a);
        steps.add(arg.targetsArgument() ? (arg.polarity() == Polarity.ATTACKS ? "undercut" : "support")
            : MapFacts.verb(arg.polarity()).replace("supports", "support").replace("attacks", "attack"));
      }
    }
    return steps.size() == 1
        ? "So it is a reason " + MapFacts.side(net) + " the thesis."
        : "Along the chain: " + String.join(" \u00d7 ", steps) + " = " + MapFacts.side(net) + " the thesis.";
  }
}
