package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.Explanation;
import dev.argmap.scoring.MapScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rank the objections to a claim by strength. The objections are the arguments that attack the thesis (on hard
 * sheets also the undercutters of the arguments for it); the right order is their strength under the chosen
 * gradual semantics (DF-QuAD by default), and the key explains it: each objection's strength, its base (weight
 * times its premises' strengths), what attacks or supports it, its leave-one-out effect on the claim, and the top
 * contribution behind each premise. Objections whose strengths lie closer than {@value #MIN_GAP} are never asked
 * together, so the order is never a tie.
 *
 * <p>When the thesis has fewer than three objections, the claim of the map with the most objections is used.
 * Easy: three objections. Medium: four. Hard: five, undercutters included.
 */
final class RankObjections {
  static final double MIN_GAP = 0.005;

  private RankObjections() {}

  static Exercise generate(Context ctx) {
    MapScores scores = ctx.scores().orElseThrow(() -> new Skip("the map's scores did not converge"));
    Difficulty d = ctx.difficulty;
    int want = d.pick(3, 4, 5);
    boolean undercutters = d == Difficulty.HARD;
    Rand rnd = ctx.random(ExerciseType.RANK_OBJECTIONS);
    Statement target = ctx.thesis;
    List<Argument> objections = objections(ctx.map, target.id(), undercutters);
    if (objections.size() < 3) {
      Statement best = null;
      int most = 2;
      for (Statement s : ctx.map.statements()) {
        int k = objections(ctx.map, s.id(), undercutters).size();
        if (k > most) {
          best = s;
          most = k;
        }
      }
      if (best == null) {
        throw new Skip("no claim of the map has three objections");
      }
      target = best;
      objections = objections(ctx.map, target.id(), undercutters);
    }
    List<Argument> chosen = new ArrayList<>();
    for (Argument a : rnd.shuffled(objections)) {
      double s = scores.strength(a.id());
      boolean apart = chosen.stream().allMatch(c -> Math.abs(scores.strength(c.id()) - s) >= MIN_GAP);
      if (apart && chosen.size() < want && Options.key(ctx.facts.premisesText(a)).length() > 0
          && chosen.stream().noneMatch(c -> Options.key(ctx.facts.premisesText(c))
              .equals(Options.key(ctx.facts.premisesText(a))))) {
        chosen.add(a);
      }
    }
    if (chosen.size() < 3) {
      throw new Skip("fewer than three objections have clearly different strengths");
    }
    List<Option> items = new ArrayList<>();
    for (Argument a : chosen) {
      items.add(new Option(display(ctx, a), a.id().value()));
    }
    List<Argument> ranked = new ArrayList<>(chosen);
    ranked.sort(Comparator.comparingDouble((Argument a) -> -scores.strength(a.id())));
    List<Integer> order = new ArrayList<>();
    for (Argument a : ranked) {
      order.add(chosen.indexOf(a));
    }
    Explanation targetWhy = explain(ctx, target.id());
    List<String> why = new ArrayList<>();
    int rank = 1;
    for (Argument a : ranked) {
      why.add(rank++ + ". " + (char) ('A' + chosen.indexOf(a)) + ": " + explainOne(ctx, scores, target, a,
          targetWhy));
    }
    Item item = new Item.Ordering("Rank the objections", target.id().value(), List.of(),
        "Rank these objections from the strongest (1) to the weakest (" + chosen.size() + ").", items, order, why);
    String instructions = "Claim: \u201c" + target.text() + "\u201d Below are objections to it. Which "
        + "objection hurts the claim most? Judge how plausible each objection's premises are, how well they "
        + "would show that the claim is false, and whether the objection is itself attacked.";
    String note = String.format(java.util.Locale.ROOT,
        "Strengths under %s: an objection's base is its weight times its premises' strengths; attacks on it "
            + "(undercutters) lower it and supports raise it. The claim scores %s. Effect = the claim's score "
            + "with the objection minus without it (leave-one-out).",
        ctx.options.semantics().id(), MapFacts.pct(scores.strength(target.id())));
    return new Exercise(ExerciseType.RANK_OBJECTIONS, ExerciseType.RANK_OBJECTIONS.title(), instructions,
        List.of(item), List.of(note));
  }

  static List<Argument> objections(ArgumentMap map, StatementId claim, boolean undercutters) {
    List<Argument> out = new ArrayList<>(map.argumentsAgainst(claim));
    if (undercutters) {
      for (Argument a : map.argumentsFor(claim)) {
        out.addAll(map.argumentsAgainst(a.id()));
      }
    }
    return out;
  }

  private static String display(Context ctx, Argument a) {
    String text = ctx.facts.premisesText(a);
    if (a.targetsArgument()) {
      Argument t = ctx.facts.argument((ArgumentId) a.conclusion());
      return text + " (against the step from \u201c" + ctx.facts.premisesText(t) + "\u201d to the claim)";
    }
    return text;
  }

  private static Explanation explain(Context ctx, StatementId s) {
    try {
      return ctx.scorer.explain(ctx.map, s);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  private static String explainOne(Context ctx, MapScores scores, Statement target, Argument a, Explanation why) {
    StringBuilder sb = new StringBuilder();
    sb.append("\u201c").append(MapFacts.short1(ctx.facts.premisesText(a))).append("\u201d (argument ")
        .append(a.id()).append(a.label().map(l -> ", " + l).orElse("")).append("): strength ")
        .append(MapFacts.pct(scores.strength(a.id())));
    StringBuilder base = new StringBuilder();
    base.append("; base ").append(MapFacts.pct(scores.base(a.id()))).append(" = weight ")
        .append(MapFacts.pct(a.weight()));
    for (StatementId p : a.premises()) {
      base.append(" \u00d7 ").append(MapFacts.pct(scores.strength(p)));
    }
    sb.append(base).append(a.premises().size() == 1 ? " (premise strength)" : " (premise strengths)");
    for (Argument on : ctx.map.argumentsOn(a.id())) {
      sb.append("; ").append(on.polarity() == Polarity.ATTACKS ? "undercut by" : "backed by").append(" \u201c")
          .append(MapFacts.short1(ctx.facts.premisesText(on))).append("\u201d (strength ")
          .append(MapFacts.pct(scores.strength(on.id()))).append(')');
    }
    double effect = Double.NaN;
    if (why != null && a.conclusion().equals(target.id())) {
      effect = why.reason(a.id()).share().value();
    } else if (target.id().equals(ctx.thesis.id())) {
      effect = ctx.effectOnThesis(a.id());
    }
    if (!Double.isNaN(effect)) {
      sb.append("; effect on the claim ").append(MapFacts.signed(effect));
    }
    for (StatementId p : a.premises()) {
      Explanation pw = explain(ctx, p);
      if (pw != null && !pw.reasons().isEmpty()) {
        Explanation.Reason top = pw.reasons().get(0);
        if (!Double.isNaN(top.effect())) {
          sb.append("; the premise\u2019s top contribution: \u201c")
              .append(MapFacts.short1(ctx.facts.premisesText(ctx.facts.argument(top.argument()))))
              .append("\u201d ").append(top.polarity() == Polarity.SUPPORTS ? "supports" : "attacks")
              .append(" it (").append(MapFacts.signed(top.effect())).append(')');
        }
      } else if (pw != null) {
        sb.append("; the premise rests on its evidence alone (score ").append(MapFacts.pct(pw.score()))
            .append(')');
      }
    }
    return sb.append('.').toString();
  }
}
