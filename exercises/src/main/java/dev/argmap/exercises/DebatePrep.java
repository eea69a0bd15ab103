package dev.argmap.exercises;

import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.Explanation.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Debate preparation: the student is given a side on the motion, their side's best case and the other side's
 * best case, and prepares answers. A side's case is its reasons directly on the motion (each taken with
 * everything that supports or attacks it), ranked by their share of the motion's change ({@link
 * Explanation#reasonsFor}, {@link Explanation#reasonsAgainst}: Shapley shares, which stay visible when many
 * reasons pull the same way, where leave-one-out effects are near zero). A rebuttal is never a point of its own:
 * an undercutter of the other side's reason, or an attack on its premise, is listed as an answer to that reason,
 * on the side it serves. Everything is in words: a point is the strongest, a leading, a solid or a supporting
 * point, by its share relative to the strongest point of its side; quotes are printed whole, with their sources.
 *
 * <p>The key holds both cases, each point with the evidence that backs it, the answers the other side can give
 * and the replies to those answers that the map holds. Easy: three points a side, the student's own case listed
 * on the sheet with its evidence. Medium: four a side; hard: five. From medium on the student builds their own
 * case (the key lists it), and the sheet lists only the other side's, so that it gives away as few sides as it
 * can: a for-or-against question on the same sheet cannot ask a statement the debate shows.
 */
final class DebatePrep {
  private DebatePrep() {}

  /** Shares smaller than this tell a student nothing: such a reason is not part of a side's case. */
  static final double VISIBLE = 0.0005;

  static Exercise generate(Context ctx) {
    ctx.scores().orElseThrow(() -> new Skip("the map's scores did not converge"));
    Difficulty d = ctx.difficulty;
    int k = d.pick(3, 4, 5);
    Rand rnd = ctx.random(ExerciseType.DEBATE_PREP);
    Polarity side = ctx.options.debateSide().orElse(rnd.nextBoolean() ? Polarity.SUPPORTS : Polarity.ATTACKS);
    Explanation why;
    try {
      why = ctx.scorer.explain(ctx.map, ctx.thesis.id());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Skip("the motion's score could not be explained");
    }
    List<Reason> forCase = visible(why.reasonsFor(k), Polarity.SUPPORTS);
    List<Reason> againstCase = visible(why.reasonsAgainst(k), Polarity.ATTACKS);
    List<Reason> mine = side == Polarity.SUPPORTS ? forCase : againstCase;
    List<Reason> theirs = side == Polarity.SUPPORTS ? againstCase : forCase;
    if (theirs.isEmpty()) {
      throw new Skip("no reason of the map works " + (side == Polarity.SUPPORTS ? "against" : "for")
          + " the motion with a visible share of its change");
    }
    String sideWord = side == Polarity.SUPPORTS ? "FOR" : "AGAINST";
    List<Passage> context = List.of(
        Passage.text("Motion:"),
        Passage.claim(ctx.thesis.text()),
        Passage.text("You argue " + sideWord + " the motion. " + balance(why)));
    List<Section> sheet = new ArrayList<>();
    if (d == Difficulty.EASY && !mine.isEmpty()) {
      List<Entry> entries = new ArrayList<>();
      for (Reason r : mine) {
        entries.add(new Entry("", point(ctx, r, mine), 0));
        if (d == Difficulty.EASY) {
          backing(ctx, r.argument()).ifPresent(b -> entries.add(new Entry("", b, 1)));
        }
      }
      sheet.add(new Section("Your side's best case (strongest first)", Section.Layout.TREE, entries));
    } else {
      sheet.add(new Section("Your side's best case", Section.Layout.WRITE,
          List.of(Entry.of("Find your side's strongest reasons in the map and list them, strongest first."))));
    }
    List<Entry> toAnswer = new ArrayList<>();
    for (Reason r : theirs) {
      toAnswer.add(Entry.of(point(ctx, r, theirs)));
    }
    sheet.add(new Section("The other side's best case: how will you answer each point?", Section.Layout.WRITE,
        toAnswer));
    sheet.add(new Section("Your opening statement", Section.Layout.WRITE,
        List.of(Entry.of("State your case in three sentences, using your strongest points."))));

    List<Section> key = new ArrayList<>();
    key.add(caseWithAnswers(ctx, "The case " + (side == Polarity.SUPPORTS ? "for" : "against")
        + " the motion (the student's side), with the answers the other side can give", mine, theirs));
    key.add(caseWithAnswers(ctx, "The case " + (side == Polarity.SUPPORTS ? "against" : "for")
        + " the motion (the other side), with the student's answers", theirs, mine));
    Item task = new Item.Task("Debate preparation", ctx.thesis.id().value(), context,
        "Prepare your side of the debate. For each point of the other side, write how you will answer it: deny "
            + "a premise, show that it does not follow, or show that your points outweigh it.",
        sheet, key, List.of());
    String instructions = "You will debate the motion below. Your side has been assigned. Each side's best case "
        + "is listed strongest first: the points that carry most of the motion's score in the map.";
    List<String> notes = List.of("Each side's case is its reasons directly on the motion, each taken with "
        + "everything that supports or attacks it, ranked by its share of the motion's change under "
        + ctx.options.semantics().id() + " (its Shapley value: its average effect over every order in which the "
        + "reasons could be added, so a reason counts even when many others pull the same way). The words "
        + "compare a point with the strongest point of its side: a leading point carries at least two thirds of "
        + "its share, a solid point at least a third, a supporting point less. Rebuttals are listed as answers, "
        + "under the point they answer, never as points of their own.");
    List<String> shows = new ArrayList<>();
    for (Reason r : d == Difficulty.EASY ? concat(mine, theirs) : theirs) {
      Argument a = ctx.facts.argument(r.argument());
      shows.add("premises:" + a.id());
      a.premises().forEach(p -> shows.add("side:" + p));
    }
    Candidate candidate = Candidate.plain("debate", n -> task, List.of(), shows,
        "an open task: it shows the side of every point it lists, so no quiz question asks it");
    ctx.checker.place(candidate);
    return Exercise.of(ExerciseType.DEBATE_PREP, ExerciseType.DEBATE_PREP.title(), instructions,
        List.of(new QuestionChecker.Accepted(candidate, task)), notes);
  }

  /** The reasons whose share is visible and points the way of their side. */
  private static List<Reason> visible(List<Reason> reasons, Polarity side) {
    List<Reason> out = new ArrayList<>();
    for (Reason r : reasons) {
      double toward = side == Polarity.SUPPORTS ? r.share().value() : -r.share().value();
      if (toward >= VISIBLE) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.share().value())));
    return out;
  }

  /** Where the map leans, in words. */
  private static String balance(Explanation why) {
    double change = why.totalChange();
    if (Math.abs(change) < 0.02) {
      return "In the map the two cases nearly balance.";
    }
    return "In the map the case " + (change > 0 ? "for" : "against") + " the motion weighs "
        + (Math.abs(change) >= 0.2 ? "clearly" : "somewhat") + " more.";
  }

  /** A point of a case in words: its premises, whole, and how much it carries compared with its side's best. */
  private static String point(Context ctx, Reason r, List<Reason> sideCase) {
    Argument a = ctx.facts.argument(r.argument());
    return reasonText(ctx, a) + " (" + weightWord(r, sideCase) + ")";
  }

  static String weightWord(Reason r, List<Reason> sideCase) {
    if (sideCase.get(0).equals(r)) {
      return "the strongest point";
    }
    double ratio = Math.abs(r.share().value()) / Math.abs(sideCase.get(0).share().value());
    return ratio >= 2.0 / 3 ? "a leading point" : ratio >= 1.0 / 3 ? "a solid point" : "a supporting point";
  }

  private static String reasonText(Context ctx, Argument a) {
    List<String> parts = new ArrayList<>();
    a.premises().forEach(p -> parts.add("\u201c" + ctx.facts.text(p) + "\u201d"));
    return String.join(" together with ", parts);
  }

  /** The evidence that backs a reason best: the quote from the most credible source, whole. */
  private static Optional<String> backing(Context ctx, ArgumentId id) {
    Evidence best = null;
    for (StatementId p : ctx.facts.argument(id).premises()) {
      for (Evidence e : ctx.map.evidenceOf(p)) {
        if (e.polarity() == Polarity.SUPPORTS && (best == null
            || ctx.facts.source(e.source()).credibility() > ctx.facts.source(best.source()).credibility())) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best).map(e -> "Back it with: \u201c" + e.quote() + "\u201d ("
        + MapFacts.citation(ctx.facts.source(e.source())) + ")");
  }

  /** A case for the key: each point, its backing, the answers against it, and the replies to those answers. */
  private static Section caseWithAnswers(Context ctx, String heading, List<Reason> sideCase, List<Reason> other) {
    List<Entry> entries = new ArrayList<>();
    for (Reason r : sideCase) {
      entries.add(new Entry("", point(ctx, r, sideCase), 0));
      backing(ctx, r.argument()).ifPresent(b -> entries.add(new Entry("", b, 1)));
      List<Answer> answers = answers(ctx, ctx.facts.argument(r.argument()));
      if (answers.isEmpty()) {
        entries.add(new Entry("", other.isEmpty() ? "The map holds no answer to it."
            : "The map holds no direct answer to it: concede it and outweigh it with "
                + reasonText(ctx, ctx.facts.argument(other.get(0).argument())) + ".", 1));
      }
      for (Answer ans : answers) {
        entries.add(new Entry("", ans.text, 1));
        ans.against.ifPresent(x -> {
          // two replies at most: the key is for a lesson, not a transcript of the map
          answers(ctx, x).stream().limit(2)
              .forEach(reply -> entries.add(new Entry("", "Reply: " + lower(reply.text), 2)));
        });
      }
    }
    return new Section(heading, Section.Layout.TREE, entries);
  }

  /** An answer to a reason, and the argument it is (to find replies to it), if it is one. */
  private record Answer(String text, Optional<Argument> against) {}

  /**
   * What the map offers against an argument: its undercutters, the attacks and counter-evidence on its premises,
   * the attacks on the claim it concludes when that is not the motion.
   */
  private static List<Answer> answers(Context ctx, Argument a) {
    List<Answer> out = new ArrayList<>();
    for (Argument u : ctx.map.argumentsAgainst(a.id())) {
      out.add(new Answer("Show that it does not follow: " + reasonText(ctx, u) + ".", Optional.of(u)));
    }
    for (StatementId p : a.premises()) {
      for (Argument x : ctx.map.argumentsAgainst(p)) {
        out.add(new Answer("Deny \u201c" + ctx.facts.text(p) + "\u201d: " + reasonText(ctx, x) + ".",
            Optional.of(x)));
      }
      for (Evidence e : ctx.map.evidenceOf(p)) {
        if (e.polarity() == Polarity.ATTACKS) {
          out.add(new Answer("Quote against \u201c" + ctx.facts.text(p) + "\u201d: \u201c" + e.quote() + "\u201d ("
              + MapFacts.citation(ctx.facts.source(e.source())) + ").", Optional.empty()));
        }
      }
    }
    if (a.conclusion() instanceof StatementId c && !c.equals(ctx.thesis.id())) {
      for (Argument x : ctx.map.argumentsOn(c)) {
        if (x.polarity() != a.polarity()) {
          out.add(new Answer((a.polarity() == Polarity.ATTACKS ? "Defend \u201c" : "Dispute \u201c")
              + ctx.facts.text(c) + "\u201d with " + reasonText(ctx, x) + ".", Optional.of(x)));
        }
      }
    }
    return out;
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
