package dev.argmap.exercises;

import dev.argmap.exercises.Item.Passage;
import dev.argmap.model.Argument;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Find the missing premise: a linked argument is shown with one co-premise hidden, and the student picks it among
 * distractors taken from the map's other statements. A distractor is never a premise of the argument, its
 * conclusion, or a statement that would complete another argument of the map from the premises shown.
 *
 * <p>Easy: two arguments on claims (no undercutters), two distractors drawn at random. Medium: three arguments,
 * three distractors. Hard: four arguments, undercutters included, four distractors chosen among the statements
 * worded most like the missing premise.
 */
final class MissingPremise {
  private MissingPremise() {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int want = d.pick(2, 3, 4);
    int distractors = d.pick(2, 3, 4);
    Rand rnd = ctx.random(ExerciseType.MISSING_PREMISE);
    List<Argument> linked = new ArrayList<>();
    for (Argument a : ctx.map.arguments()) {
      if (a.isLinked() && (d == Difficulty.HARD || !a.targetsArgument())) {
        linked.add(a);
      }
    }
    if (linked.isEmpty()) {
      throw new Skip("the map has no linked argument (one with co-premises)");
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Argument a : rnd.shuffled(linked)) {
      StatementId hidden = a.premises().get(rnd.nextInt(a.premises().size()));
      Candidate c = candidate(ctx, rnd, a, hidden, distractors);
      if (c != null) {
        candidates.add(c);
      }
    }
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(candidates, want);
    if (accepted.isEmpty()) {
      throw new Skip("the map has too few statements for distractors that cannot also complete the argument");
    }
    String instructions = "Some arguments need several premises at once: each premise alone proves nothing, "
        + "together they do. In each argument below one premise is missing. Choose the statement that completes "
        + "it.";
    return Exercise.of(ExerciseType.MISSING_PREMISE, ExerciseType.MISSING_PREMISE.title(), instructions, accepted,
        List.of());
  }

  private static Candidate candidate(Context ctx, Rand rnd, Argument a, StatementId hidden, int distractors) {
    Difficulty d = ctx.difficulty;
    List<StatementId> shown = new ArrayList<>(a.premises());
    shown.remove(hidden);
    String answer = ctx.facts.text(hidden);
    AnswerOptions opts = new AnswerOptions();
    opts.add(answer, hidden.value());
    for (StatementId p : a.premises()) {
      opts.exclude(ctx.facts.text(p));
    }
    if (a.conclusion() instanceof StatementId c) {
      opts.exclude(ctx.facts.text(c));
    }
    Set<StatementId> alsoRight = alsoCompletes(ctx, a, shown);
    List<Statement> pool = new ArrayList<>();
    for (Statement s : ctx.map.statements()) {
      String k = AnswerOptions.key(s.text());
      if (!a.premises().contains(s.id()) && !s.id().equals(a.conclusion()) && !alsoRight.contains(s.id())
          && !servesConclusion(ctx, a, s.id()) && !QuestionChecker.containsWords(k, AnswerOptions.key(answer))
          && !QuestionChecker.containsWords(AnswerOptions.key(answer), k)) {
        pool.add(s);
      }
    }
    pool = rnd.shuffled(pool);
    if (d == Difficulty.HARD) {
      pool.sort(Comparator.comparingDouble((Statement s) -> -MatchQuotes.closeness(s.text(), List.of(answer))));
    }
    for (Statement s : pool) {
      if (opts.size() > distractors) {
        break;
      }
      opts.add(s.text(), s.id().value());
    }
    if (opts.size() < 2) {
      return null;
    }
    List<Item.Option> options = rnd.shuffled(opts.list());
    int right = 0;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).ref().equals(hidden.value())) {
        right = i;
      }
    }
    List<Passage> context = new ArrayList<>();
    context.add(Passage.text("Conclusion:"));
    context.add(Passage.claim(ctx.facts.conclusionText(a)));
    context.add(Passage.text("An argument " + (a.polarity() == Polarity.SUPPORTS ? "for" : "against")
        + " this conclusion needs " + a.premises().size() + " premises that work only together. "
        + (shown.size() == 1 ? "One of them is:" : "These are " + shown.size() + " of them:")));
    for (StatementId p : shown) {
      context.add(Passage.claim(ctx.facts.text(p)));
    }
    List<String> why = new ArrayList<>();
    why.add("Argument " + a.id() + a.label().map(l -> " (" + l + ")").orElse("") + ": "
        + a.premises().stream().map(p -> "\u201c" + MapFacts.short1(ctx.facts.text(p)) + "\u201d")
            .reduce((x, y) -> x + " together with " + y).orElse("")
        + " " + MapFacts.verb(a.polarity()) + " \u201c" + MapFacts.short1(ctx.facts.conclusionText(a)) + "\u201d.");
    why.add("Without \u201c" + MapFacts.short1(answer) + "\u201d the other premise"
        + (shown.size() > 1 ? "s do" : " does") + " not reach the conclusion.");
    List<String> shows = new ArrayList<>();
    if (a.conclusion().equals(ctx.thesis.id())) {
      shown.forEach(p -> shows.add("side:" + p));
    }
    int answerIndex = right;
    return new Candidate(a.id().value(),
        n -> new Item.Choice("Missing premise " + n, a.id().value(), context,
            "Which statement is the missing premise?", options, answerIndex, why),
        List.of("premises:" + a.id()), shows, List.of(),
        "no distractor is a premise of the argument, its conclusion, a premise that completes another argument "
            + "of the map from the premises shown, or a statement that itself bears on the conclusion the way "
            + "the argument does",
        () -> {
          List<String> out = new ArrayList<>();
          for (Item.Option o : options) {
            if (o.ref().equals(hidden.value())) {
              continue;
            }
            StatementId s = StatementId.of(o.ref());
            if (alsoRight.contains(s) || a.premises().contains(s) || s.equals(a.conclusion())) {
              out.add("the distractor \u201c" + MapFacts.short1(o.text()) + "\u201d also completes an argument");
            } else if (servesConclusion(ctx, a, s)) {
              out.add("the distractor \u201c" + MapFacts.short1(o.text()) + "\u201d itself "
                  + MapFacts.verb(a.polarity()) + " the conclusion, so it completes the argument as well");
            }
          }
          return out;
        });
  }

  /**
   * Whether a statement bears on the argument's conclusion the way the argument does, by any route of the map:
   * with the premises shown it would make an argument of the same kind, so it would be right as well.
   */
  static boolean servesConclusion(Context ctx, Argument a, StatementId s) {
    if (a.conclusion() instanceof StatementId c) {
      return ctx.facts.reach(s, c, true).polarities().contains(a.polarity());
    }
    for (Argument other : ctx.map.argumentsOn(a.conclusion())) {
      if (other.polarity() == a.polarity() && other.premises().contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Statements that, with the premises shown, would form another argument of the map with the same conclusion and
   * polarity: they would be right too, so they are never distractors.
   */
  private static Set<StatementId> alsoCompletes(Context ctx, Argument a, List<StatementId> shown) {
    Set<StatementId> out = new HashSet<>();
    for (Argument other : ctx.map.argumentsOn(a.conclusion())) {
      if (!other.id().equals(a.id()) && other.polarity() == a.polarity()
          && other.premises().containsAll(shown)) {
        for (StatementId p : other.premises()) {
          if (!shown.contains(p)) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }
}
