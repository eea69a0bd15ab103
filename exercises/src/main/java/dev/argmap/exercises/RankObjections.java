package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.ElementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.MapScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank the objections to a claim by how much each pulls the claim down. The objections are the arguments that
 * attack the thesis (on hard sheets also the undercutters of the arguments for it); the right order is their
 * share of the claim's change under the chosen gradual semantics (DF-QuAD by default), most negative first: the
 * claim moves from its base score to its score, and the shares of the arguments on it add up to that change
 * (their Shapley values, as {@link dev.argmap.scoring.MapScorer#explain} ranks reasons). A question of rebuttals
 * only uses the explanation's shares (each objection taken with everything upstream of it), so the key agrees
 * with {@link Explanation#reasonsAgainst}; a question that may include undercutters counts every argument of the
 * map as a player of its own, so an undercutter's share is comparable with a rebuttal's. The key explains each
 * objection: its strength, its base (weight times its premises' strengths), what attacks or supports it, its
 * share, and the largest share behind each premise. Objections whose shares lie closer than {@value #MIN_GAP}
 * (plus twice the standard error of the difference, for sampled shares) are never asked together, so the order
 * is never a tie or a coin toss.
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
    Explanation targetWhy = explain(ctx, target.id());
    boolean perArgument = objections.stream().anyMatch(Argument::targetsArgument);
    Map<ArgumentId, Contribution> shares = new HashMap<>();
    double base;
    double change;
    if (perArgument) {
      Contributions<ElementId> c = ctx.shares(target.id())
          .orElseThrow(() -> new Skip("the shares of the claim's change could not be computed"));
      objections.forEach(a -> shares.put(a.id(), c.of(a.id())));
      base = c.topicAlone();
      change = c.totalChange();
    } else {
      if (targetWhy == null) {
        throw new Skip("the claim's score could not be explained");
      }
      objections.forEach(a -> shares.put(a.id(), targetWhy.reason(a.id()).share()));
      base = targetWhy.base();
      change = targetWhy.totalChange();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int variant = 0; variant < 4; variant++) {
      List<Argument> chosen = new ArrayList<>();
      for (Argument a : rnd.shuffled(objections)) {
        boolean apart = chosen.stream().allMatch(c -> apart(shares.get(c.id()), shares.get(a.id())));
        if (apart && chosen.size() < want && AnswerOptions.key(ctx.facts.premisesText(a)).length() > 0
            && chosen.stream().noneMatch(c -> AnswerOptions.key(ctx.facts.premisesText(c))
                .equals(AnswerOptions.key(ctx.facts.premisesText(a))))) {
          chosen.add(a);
        }
      }
      if (chosen.size() < 3) {
        continue;
      }
      List<Option> items = new ArrayList<>();
      for (Argument a : chosen) {
        items.add(new Option(display(ctx, a), a.id().value()));
      }
      List<Argument> ranked = new ArrayList<>(chosen);
      // most negative first, as Explanation.reasonsAgainst ranks them
      ranked.sort(Comparator.comparingDouble((Argument a) -> shares.get(a.id()).value()));
      List<Integer> order = new ArrayList<>();
      for (Argument a : ranked) {
        order.add(chosen.indexOf(a));
      }
      List<String> why = new ArrayList<>();
      int rank = 1;
      for (Argument a : ranked) {
        why.add(rank++ + ". " + (char) ('A' + chosen.indexOf(a)) + ": " + explainOne(ctx, scores, a,
            shares.get(a.id())));
      }
      Item item = new Item.Ordering("Rank the objections", target.id().value(), List.of(),
          "Rank these objections from the one that hurts the claim most (1) to the one that hurts it least ("
              + chosen.size() + ").", items, order, why);
      List<String> shows = new ArrayList<>();
      for (Argument x : chosen) {
        shows.add("premises:" + x.id());
        if (target.id().equals(ctx.thesis.id())) {
          x.premises().forEach(p -> shows.add("side:" + p));
        }
      }
      candidates.add(Candidate.plain("ranking " + variant, n -> item, List.of("rank:" + target.id()), shows,
          "every two objections' shares lie apart by more than the gap and its error"));
    }
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(candidates, 1);
    if (accepted.isEmpty()) {
      throw new Skip("fewer than three objections have clearly different shares of the claim's change"
          + (candidates.isEmpty() ? "" : " and show nothing another question asks"));
    }
    List<Argument> chosen = ((Item.Ordering) accepted.get(0).item()).items().stream()
        .map(o -> ctx.facts.argument(dev.argmap.model.ArgumentId.of(o.ref()))).toList();
    String instructions = "Claim: \u201c" + target.text() + "\u201d Below are objections to it. Which "
        + "objection hurts the claim most? Judge how plausible each objection's premises are, how well they "
        + "would show that the claim is false, and whether the objection is itself attacked.";
    List<String> notes = new ArrayList<>();
    notes.add(String.format(java.util.Locale.ROOT,
        "The key ranks the objections by their share of the claim's change under %s. Without any argument the "
            + "claim would score its base, %s; the arguments move it to %s (a change of %s). Each argument on "
            + "the claim gets a share of that change, and the shares add up to it (each share is the "
            + "argument's average effect over every order in which the arguments could be added: its Shapley "
            + "value). %s The more negative an objection's share, the more it pulls the claim down. An "
            + "objection's strength is its base (its weight times its premises' strengths), lowered by attacks "
            + "on it (undercutters) and raised by supports.",
        ctx.options.semantics().id(), MapFacts.pct(base), MapFacts.pct(scores.strength(target.id())),
        MapFacts.signed(change), perArgument
            ? "Here every argument of the map counts on its own, so an undercutter's share is what it takes "
                + "from the claim through the argument it attacks."
            : "Each objection counts together with everything that supports or attacks it."));
    chosen.stream().map(a -> shares.get(a.id())).filter(c -> c.method() == Contribution.Method.SAMPLED)
        .findFirst().ifPresent(c -> notes.add("The shares marked as estimates were sampled from " + c.samples()
            + " random orders of the arguments (with the sheet's seed); \u00b1 is one standard error."));
    return Exercise.of(ExerciseType.RANK_OBJECTIONS, ExerciseType.RANK_OBJECTIONS.title(), instructions,
        accepted, notes);
  }

  /**
   * Whether two shares are far enough apart to rank without doubt: {@value #MIN_GAP}, plus twice the standard
   * error of their difference when they are estimates.
   */
  static boolean apart(Contribution x, Contribution y) {
    double se = Math.sqrt(x.standardError() * x.standardError() + y.standardError() * y.standardError());
    return Math.abs(x.value() - y.value()) >= MIN_GAP + 2 * se;
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

  private static String explainOne(Context ctx, MapScores scores, Argument a, Contribution share) {
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
    sb.append("; share of the claim\u2019s change ").append(MapFacts.share(share));
    for (StatementId p : a.premises()) {
      Explanation pw = explain(ctx, p);
      if (pw != null && !pw.reasons().isEmpty()) {
        Explanation.Reason top = pw.reasons().get(0);
        if (!Double.isNaN(top.share().value())) {
          sb.append("; the largest share of the premise\u2019s change: \u201c")
              .append(MapFacts.short1(ctx.facts.premisesText(ctx.facts.argument(top.argument()))))
              .append("\u201d ").append(top.polarity() == Polarity.SUPPORTS ? "supports" : "attacks")
              .append(" it (").append(MapFacts.share(top.share())).append(')');
        }
      } else if (pw != null) {
        sb.append("; the premise rests on its evidence alone (score ").append(MapFacts.pct(pw.score()))
            .append(')');
      }
    }
    return sb.append('.').toString();
  }
}
