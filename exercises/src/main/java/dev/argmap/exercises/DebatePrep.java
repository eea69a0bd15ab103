package dev.argmap.exercises;

import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.model.Argument;
import dev.argmap.model.ElementId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.Contribution;
import dev.argmap.scoring.Contributions;
import dev.argmap.scoring.MapScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Debate preparation: the student is given a side on the thesis and the strongest arguments of the other side,
 * which they must answer. An argument's side is its net polarity on the thesis along the map (arguments whose
 * routes disagree are left out); how much it matters is its share of the thesis's change under the chosen
 * semantics: the thesis moves from its base score (no argument in the map) to its score, every argument of the
 * map gets a share of that change, and the shares add up to it (Shapley values, {@link
 * dev.argmap.scoring.MapContributors#ARGUMENTS}). Unlike the leave-one-out effect used before, a share stays
 * visible when many reasons pull the same way: with 16 reasons for a thesis, removing any one changes it by almost
 * nothing, yet together they carry a real part of its score. Arguments whose share is invisible at three decimals,
 * or points the other way than their side (possible for an estimate, or under a semantics that is not
 * monotonic), are left out. The key suggests answers from the map itself: the undercutters of each argument, the
 * attacks on its premises and on its conclusion, and where its evidence comes from; when the map has no answer,
 * it says so and names the student's strongest point instead.
 *
 * <p>Easy: three arguments to answer, and the student's own three strongest points listed. Medium: four of each.
 * Hard: five to answer, own points not listed.
 */
final class DebatePrep {
  private DebatePrep() {}

  /** Shares smaller than this print as 0.000 and tell a student nothing. */
  static final double VISIBLE = 0.0005;

  private record Scored(Argument argument, Polarity side, Contribution share) {}

  static Exercise generate(Context ctx) {
    MapScores scores = ctx.scores().orElseThrow(() -> new Skip("the map's scores did not converge"));
    Difficulty d = ctx.difficulty;
    int k = d.pick(3, 4, 5);
    Rand rnd = ctx.random(ExerciseType.DEBATE_PREP);
    Polarity side = ctx.options.debateSide().orElse(rnd.nextBoolean() ? Polarity.SUPPORTS : Polarity.ATTACKS);
    Contributions<ElementId> shares = ctx.shares(ctx.thesis.id())
        .orElseThrow(() -> new Skip("the shares of the thesis's change could not be computed"));
    List<Scored> own = new ArrayList<>();
    List<Scored> other = new ArrayList<>();
    for (Argument a : ctx.map.arguments()) {
      MapFacts.Reach r = ctx.facts.reach(a.id(), ctx.thesis.id(), true);
      if (!r.reached() || !r.unambiguous()) {
        continue;
      }
      Contribution share = shares.of(a.id());
      double toward = r.polarity() == Polarity.SUPPORTS ? share.value() : -share.value();
      if (!(toward >= VISIBLE)) {
        continue;
      }
      (r.polarity() == side ? own : other).add(new Scored(a, r.polarity(), share));
    }
    if (other.isEmpty()) {
      throw new Skip("no argument of the map works against the " + (side == Polarity.SUPPORTS ? "thesis" : "other side")
          + " with a visible share of its change");
    }
    Comparator<Scored> strongest = Comparator.comparingDouble((Scored s) -> -Math.abs(s.share.value()));
    own.sort(strongest);
    other.sort(strongest);
    List<Scored> answer = other.subList(0, Math.min(k, other.size()));
    List<Scored> mine = own.subList(0, Math.min(k, own.size()));
    String sideWord = side == Polarity.SUPPORTS ? "FOR" : "AGAINST";
    List<Passage> context = List.of(
        Passage.text("Motion:"),
        Passage.claim(ctx.thesis.text()),
        Passage.text("You argue " + sideWord + " the motion. Its score in the map is "
            + MapFacts.pct(scores.strength(ctx.thesis.id())) + " (0 = refuted, 1 = fully accepted)."));
    List<Section> sheet = new ArrayList<>();
    if (d == Difficulty.EASY && !mine.isEmpty()) {
      List<Entry> entries = new ArrayList<>();
      for (Scored s : mine) {
        entries.add(Entry.of(describe(ctx, scores, s)));
      }
      sheet.add(new Section("Your strongest points", Section.Layout.BULLETS, entries));
    }
    List<Entry> toAnswer = new ArrayList<>();
    for (Scored s : answer) {
      toAnswer.add(Entry.of(describe(ctx, scores, s)));
    }
    sheet.add(new Section("Arguments you must answer (strongest first)", Section.Layout.WRITE, toAnswer));
    sheet.add(new Section("Your opening statement", Section.Layout.WRITE,
        List.of(Entry.of("State your case in three sentences, using your strongest points."))));

    List<Section> key = new ArrayList<>();
    List<Entry> replies = new ArrayList<>();
    for (Scored s : answer) {
      replies.add(new Entry("", describe(ctx, scores, s), 0));
      List<String> notes = new ArrayList<>();
      List<String> options = replies(ctx, scores, s.argument, notes);
      if (options.isEmpty()) {
        String fallback = own.isEmpty() ? "." : ": concede it and outweigh it with your strongest point, \u201c"
            + MapFacts.short1(ctx.facts.premisesText(own.get(0).argument)) + "\u201d (share of the motion\u2019s "
            + "change " + MapFacts.share(own.get(0).share) + ").";
        replies.add(new Entry("", "The map has no direct answer to it" + fallback, 1));
      }
      for (String o : options) {
        replies.add(new Entry("", o, 1));
      }
      for (String o : notes) {
        replies.add(new Entry("", o, 1));
      }
    }
    key.add(new Section("Suggested answers from the map", Section.Layout.TREE, replies));
    if (d != Difficulty.EASY && !mine.isEmpty()) {
      List<Entry> entries = new ArrayList<>();
      for (Scored s : mine) {
        entries.add(Entry.of(describe(ctx, scores, s)));
      }
      key.add(new Section("The strongest points of the student's side", Section.Layout.BULLETS, entries));
    }
    Item task = new Item.Task("Debate preparation", ctx.thesis.id().value(), context,
        "Prepare your side of the debate. For each argument of the other side, write how you will answer it: "
            + "deny a premise, show that it does not follow, or show that your points outweigh it.",
        sheet, key, List.of());
    String instructions = "You will debate the motion below. Your side has been assigned; the arguments are "
        + "ranked by their share of the motion's change: how much of the motion's score in the map, counted from "
        + "its base, each one carries.";
    List<String> notes = new ArrayList<>();
    notes.add(String.format(java.util.Locale.ROOT, "Share = the argument's share of the motion's change under %s. "
        + "Without any argument the motion would score its base, %s; the arguments of the map move it to %s (a "
        + "change of %s), and the shares of all of them add up to that change (each share is the argument's "
        + "average effect over every order in which the arguments could be added: its Shapley value). Positive "
        + "shares help the motion, negative ones hurt it. A share counts even when many reasons pull the same "
        + "way, where taking any one of them away would change the score by almost nothing.",
        ctx.options.semantics().id(), MapFacts.pct(shares.topicAlone()), MapFacts.pct(shares.topicStrength()),
        MapFacts.signed(shares.totalChange())));
    shares.values().values().stream().filter(c -> c.method() == Contribution.Method.SAMPLED).findFirst()
        .ifPresent(c -> notes.add("The shares are estimates from " + c.samples() + " random orders of the "
            + "arguments (with the sheet's seed); \u00b1 is one standard error."));
    List<String> shows = new ArrayList<>();
    for (Scored x : d == Difficulty.EASY ? concat(mine, answer) : answer) {
      shows.add("premises:" + x.argument.id());
      if (x.argument.isUndercutter()) {
        shows.add("undercutter:" + x.argument.id());
      }
      if (x.argument.conclusion().equals(ctx.thesis.id())) {
        x.argument.premises().forEach(p -> shows.add("side:" + p));
      }
    }
    Candidate candidate = Candidate.plain("debate", n -> task, List.of(), shows,
        "an open task: it shows each listed argument's side, so no quiz question asks it");
    ctx.checker.place(candidate);
    return Exercise.of(ExerciseType.DEBATE_PREP, ExerciseType.DEBATE_PREP.title(), instructions,
        List.of(new QuestionChecker.Accepted(candidate, task)), notes);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String describe(Context ctx, MapScores scores, Scored s) {
    Argument a = s.argument;
    StringBuilder sb = new StringBuilder();
    sb.append('\u201c').append(ctx.facts.premisesText(a)).append('\u201d');
    if (a.targetsArgument()) {
      sb.append(" \u2014 ").append(a.polarity() == Polarity.ATTACKS ? "undercuts " : "backs ")
          .append(ctx.facts.conclusionShort(a));
    } else if (!a.conclusion().equals(ctx.thesis.id())) {
      sb.append(" \u2014 ").append(MapFacts.verb(a.polarity())).append(" \u201c")
          .append(MapFacts.short1(ctx.facts.conclusionText(a))).append('\u201d');
    }
    sb.append(" (").append(s.side == Polarity.SUPPORTS ? "for" : "against").append(" the motion; strength ")
        .append(MapFacts.pct(scores.strength(a.id()))).append(", share of the motion\u2019s change ")
        .append(MapFacts.share(s.share)).append(')');
    return sb.toString();
  }

  /**
   * What the map offers against an argument: undercutters, attacks and counter-evidence on its premises, attacks on
   * its conclusion; notes on its evidence go to {@code notes}.
   */
  private static List<String> replies(Context ctx, MapScores scores, Argument a, List<String> notes) {
    List<String> out = new ArrayList<>();
    for (Argument u : ctx.map.argumentsAgainst(a.id())) {
      out.add("Show that it does not follow: \u201c" + ctx.facts.premisesText(u) + "\u201d (undercutter "
          + u.id() + ", strength " + MapFacts.pct(scores.strength(u.id())) + ").");
    }
    for (StatementId p : a.premises()) {
      for (Argument x : ctx.map.argumentsAgainst(p)) {
        out.add("Deny the premise \u201c" + MapFacts.short1(ctx.facts.text(p)) + "\u201d: \u201c"
            + ctx.facts.premisesText(x) + "\u201d (strength " + MapFacts.pct(scores.strength(x.id())) + ").");
      }
      for (Evidence e : ctx.map.evidenceOf(p)) {
        if (e.polarity() == Polarity.ATTACKS) {
          out.add("Quote against the premise: \u201c" + e.quote() + "\u201d (" + MapFacts.citation(
              ctx.facts.source(e.source())) + ").");
        }
      }
      List<Evidence> support = new ArrayList<>();
      for (Evidence e : ctx.map.evidenceOf(p)) {
        if (e.polarity() == Polarity.SUPPORTS) {
          support.add(e);
        }
      }
      if (!support.isEmpty()) {
        Source weakest = null;
        for (Evidence e : support) {
          Source src = ctx.facts.source(e.source());
          if (weakest == null || src.credibility() < weakest.credibility()) {
            weakest = src;
          }
        }
        notes.add("Check its evidence: \u201c" + MapFacts.short1(ctx.facts.text(p)) + "\u201d rests on "
            + support.size() + (support.size() == 1 ? " quote" : " quotes") + "; the least credible source is "
            + MapFacts.citation(weakest) + " (credibility " + MapFacts.pct(weakest.credibility()) + ").");
      }
    }
    if (a.conclusion() instanceof StatementId c && !c.equals(ctx.thesis.id())) {
      Polarity against = a.polarity().opposite();
      for (Argument x : ctx.map.argumentsOn(c)) {
        if (x.polarity() == against && !x.id().equals(a.id())) {
          out.add((against == Polarity.ATTACKS ? "Deny its conclusion" : "Defend the claim it attacks") + " \u201c"
              + MapFacts.short1(ctx.facts.text(c)) + "\u201d: \u201c" + ctx.facts.premisesText(x) + "\u201d (strength "
              + MapFacts.pct(scores.strength(x.id())) + ").");
        }
      }
    }
    return out;
  }
}
