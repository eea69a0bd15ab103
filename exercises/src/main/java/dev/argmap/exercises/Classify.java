package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.exercises.Item.Passage;
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

  private record Pick(Statement statement, MapFacts.Reach reach, boolean onlyThroughArguments) {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int want = d.pick(6, 8, 10);
    int maxDepth = d.pick(1, 2, Integer.MAX_VALUE);
    Rand rnd = ctx.random(ExerciseType.CLASSIFY);
    List<Pick> forList = new ArrayList<>();
    List<Pick> againstList = new ArrayList<>();
    for (Statement s : ctx.map.statements()) {
      if (s.id().equals(ctx.thesis.id()) || (d == Difficulty.EASY && ctx.isThesis(s.id()))) {
        continue;
      }
      MapFacts.Reach full = ctx.facts.reach(s.id(), ctx.thesis.id(), true);
      if (!full.reached() || !full.unambiguous()) {
        continue;
      }
      MapFacts.Reach plain = ctx.facts.reach(s.id(), ctx.thesis.id(), false);
      Pick c;
      if (plain.reached() && plain.arguments() <= maxDepth) {
        c = new Pick(s, plain, false);
      } else if (d == Difficulty.HARD) {
        c = new Pick(s, full, !plain.reached());
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
    // alternate the sides, so that a sheet is never all one side; the checker takes them in this order
    // alternate the sides, in a random order within each pair, so that a sheet is never all one side and its
    // pattern cannot be guessed; the checker takes them in this order and numbers them as the sheet shows them
    List<Pick> order = new ArrayList<>();
    for (int i = 0; i < Math.max(forList.size(), againstList.size()); i++) {
      List<Pick> pair = new ArrayList<>();
      if (i < forList.size()) {
        pair.add(forList.get(i));
      }
      if (i < againstList.size()) {
        pair.add(againstList.get(i));
      }
      order.addAll(rnd.shuffled(pair));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Pick c : order) {
      candidates.add(candidate(ctx, c));
    }
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(candidates, want);
    if (accepted.size() < 2) {
      throw new Skip("fewer than two statements bear on the thesis unambiguously through undisputed steps");
    }
    String instructions = "Thesis: \u201c" + ctx.thesis.text() + "\u201d For each statement, decide whether it is a "
        + "reason for the thesis or against it: if the statement is true, does the thesis become more or less "
        + "believable? Some statements work through another claim, shown with them, so follow the chain.";
    return Exercise.of(ExerciseType.CLASSIFY, ExerciseType.CLASSIFY.title(), instructions, accepted,
        List.of("The side follows the map: support keeps it, an attack or an undercutter turns it round."));
  }

  private static Candidate candidate(Context ctx, Pick c) {
    Polarity p = c.reach.polarity();
    List<String> why = new ArrayList<>();
    String route = ctx.facts.routeText(c.reach.route());
    why.add(route.endsWith(".\u201d") ? route : route + ".");
    why.add(netRule(ctx, c.reach.route(), p));
    if (c.onlyThroughArguments) {
      why.add("It reaches the thesis only through an undercutter: it weakens an inference, not a claim.");
    }
    List<String> chain = chain(ctx, c.reach.route());
    List<Passage> context = new ArrayList<>();
    List<String> partners = coPremises(ctx, c.statement.id(), c.reach.route());
    if (!partners.isEmpty()) {
      context.add(Passage.text("It works only together with:"));
      partners.forEach(t -> context.add(Passage.claim(t)));
    }
    if (!chain.isEmpty()) {
      context.add(Passage.text("It bears on the thesis through " + (chain.size() == 1 ? "this claim:"
          : "these, in order:")));
      chain.forEach(t -> context.add(Passage.claim(t)));
    }
    StatementId id = c.statement.id();
    return new Candidate(id.value(),
        n -> new Item.Choice("Classify " + n, id.value(), context, c.statement.text(),
            List.of(new Option(FOR, ""), new Option(AGAINST, "")), p == Polarity.SUPPORTS ? 0 : 1, why),
        List.of("side:" + id), partnerIds(ctx, id, c.reach.route()).stream().map(x -> "side:" + x).toList(),
        List.of(),
        "its routes to the thesis agree, every claim between it and the thesis and every co-premise it works "
            + "with are shown, and no step on its route is disputed by an undercutter elsewhere in the map",
        () -> ownCheck(ctx, c.reach.route(), context));
  }

  /**
   * The claims between a statement and the thesis, in order: statements, and the steps that an undercutter on
   * the route attacks.
   */
  static List<String> chain(Context ctx, List<ConclusionId> route) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i + 1 < route.size(); i++) {
      ConclusionId c = route.get(i);
      if (c instanceof StatementId s) {
        out.add(ctx.facts.text(s));
      } else if (route.get(i - 1) instanceof ArgumentId prev && ctx.facts.argument(prev).conclusion().equals(c)) {
        var step = ctx.facts.argument((ArgumentId) c);
        out.add("The step from \u201c" + ctx.facts.premisesText(step) + "\u201d to \u201c"
            + ctx.facts.conclusionText(step) + "\u201d");
      }
    }
    return out;
  }

  /**
   * The co-premises of the first argument on the route when it is linked: alone, a linked premise (say a
   * definition) bears on nothing, so its side is only answerable with its partners shown.
   */
  static List<String> coPremises(Context ctx, StatementId s, List<ConclusionId> route) {
    List<String> out = new ArrayList<>();
    if (route.size() > 1 && route.get(1) instanceof ArgumentId first && ctx.facts.argument(first).isLinked()) {
      for (StatementId p : ctx.facts.argument(first).premises()) {
        if (!p.equals(s)) {
          out.add(ctx.facts.text(p));
        }
      }
    }
    return out;
  }

  /** The co-premises' identifiers: showing them with a statement shows their side too (a linked argument has one). */
  static List<StatementId> partnerIds(Context ctx, StatementId s, List<ConclusionId> route) {
    List<StatementId> out = new ArrayList<>();
    if (route.size() > 1 && route.get(1) instanceof ArgumentId first && ctx.facts.argument(first).isLinked()) {
      for (StatementId p : ctx.facts.argument(first).premises()) {
        if (!p.equals(s)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The classify rule, checked on the question as printed. */
  private static List<String> ownCheck(Context ctx, List<ConclusionId> route, List<Passage> context) {
    List<String> out = new ArrayList<>();
    List<String> shown = context.stream().map(Passage::text).toList();
    if (route.get(0) instanceof StatementId first) {
      for (String partner : coPremises(ctx, first, route)) {
        if (!shown.contains(partner)) {
          out.add("the sheet does not show the co-premise \u201c" + MapFacts.short1(partner) + "\u201d it works with");
        }
      }
    }
    for (String link : chain(ctx, route)) {
      if (!shown.contains(link)) {
        out.add("the sheet does not show the claim \u201c" + MapFacts.short1(link) + "\u201d its side depends on");
      }
    }
    for (ConclusionId c : route) {
      if (c instanceof ArgumentId a) {
        for (var u : ctx.map.argumentsAgainst(a)) {
          if (!route.contains(u.id())) {
            out.add("the step of argument " + a + " is disputed in the map (undercut by argument " + u.id()
                + "), so its side is open to argument");
          }
        }
      }
    }
    return out;
  }

  /** On hard sheets, two statements that reach the thesis only through an undercutter come first. */
  private static List<Pick> preferUndercut(List<Pick> list, Difficulty d) {
    if (d != Difficulty.HARD) {
      return list;
    }
    List<Pick> out = new ArrayList<>();
    for (Pick c : list) {
      if (c.onlyThroughArguments && out.size() < 2) {
        out.add(c);
      }
    }
    for (Pick c : list) {
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
