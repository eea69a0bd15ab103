package dev.argmap.exercises;

import dev.argmap.exercises.Item.Passage;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spot the undercutter: a claim and a reason for (or against) it are shown, with several objections; exactly one
 * of them is an undercutter, which grants the reason and denies that it bears on the claim. The others are
 * arguments that attack or support the claim itself or the reason's premises (the key names each one's role), or,
 * when those run out, other arguments of the map. No option is an argument that concludes another argument.
 *
 * <p>Easy: two items, undercutters of supporting arguments only, two distractors. Medium: three items, any
 * undercutter of an argument on a claim, three distractors. Hard: four items, undercutters of undercutters too,
 * four distractors.
 */
final class SpotUndercutter {
  private SpotUndercutter() {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int want = d.pick(2, 3, 4);
    int distractors = d.pick(2, 3, 4);
    Rand rnd = ctx.random(ExerciseType.SPOT_UNDERCUTTER);
    List<Argument> undercutters = new ArrayList<>();
    for (Argument u : ctx.map.arguments()) {
      if (!u.isUndercutter()) {
        continue;
      }
      Argument b = ctx.facts.argument((ArgumentId) u.conclusion());
      boolean ok = switch (d) {
        case EASY -> !b.targetsArgument() && b.polarity() == Polarity.SUPPORTS;
        case MEDIUM -> !b.targetsArgument();
        case HARD -> true;
      };
      if (ok) {
        undercutters.add(u);
      }
    }
    if (undercutters.isEmpty()) {
      throw new Skip("the map has no undercutter");
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Argument u : rnd.shuffled(undercutters)) {
      Argument b = ctx.facts.argument((ArgumentId) u.conclusion());
      AnswerOptions opts = new AnswerOptions();
      opts.add(ctx.facts.premisesText(u), u.id().value());
      for (Argument other : ctx.map.argumentsOn(b.id())) {
        if (other.isUndercutter() && !other.id().equals(u.id())) {
          opts.exclude(ctx.facts.premisesText(other)); // another right answer: never shown
        }
      }
      opts.exclude(ctx.facts.premisesText(b));
      Map<Argument, String> roles = new LinkedHashMap<>();
      List<Argument> near = new ArrayList<>();
      for (Argument x : ctx.map.argumentsOn(b.conclusion())) {
        if (!x.id().equals(b.id())) {
          near.add(x);
        }
      }
      for (StatementId p : b.premises()) {
        near.addAll(ctx.map.argumentsOn(p));
      }
      for (Argument x : rnd.shuffled(near)) {
        if (opts.size() <= distractors && !x.targetsArgument() && opts.add(ctx.facts.premisesText(x), x.id().value())) {
          roles.put(x, role(ctx, x, b));
        }
      }
      for (Argument x : rnd.shuffled(ctx.map.arguments())) {
        if (opts.size() > distractors) {
          break;
        }
        if (!x.targetsArgument() && !x.id().equals(b.id()) && opts.add(ctx.facts.premisesText(x), x.id().value())) {
          roles.put(x, role(ctx, x, b));
        }
      }
      if (opts.size() < 2) {
        continue;
      }
      List<Item.Option> options = rnd.shuffled(opts.list());
      int right = 0;
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).ref().equals(u.id().value())) {
          right = i;
        }
      }
      String relation = b.polarity() == Polarity.SUPPORTS ? "supports" : "counts against";
      List<Passage> context = List.of(
          Passage.text("Claim:"),
          Passage.claim(ctx.facts.conclusionText(b)),
          Passage.text("Reason given " + (b.polarity() == Polarity.SUPPORTS ? "for" : "against") + " it:"),
          Passage.claim(ctx.facts.premisesText(b)));
      List<String> why = new ArrayList<>();
      why.add("\u201c" + MapFacts.short1(ctx.facts.premisesText(u)) + "\u201d undercuts argument " + b.id()
          + ": even if the reason is true, it does not show what it is meant to show. It attacks the inference, "
          + "not a claim.");
      for (Map.Entry<Argument, String> r : roles.entrySet()) {
        why.add("\u201c" + MapFacts.short1(ctx.facts.premisesText(r.getKey())) + "\u201d " + r.getValue() + ".");
      }
      String prompt = "Which of these does not deny the claim or the reason, but denies that the reason " + relation
          + " the claim?";
      int answerIndex = right;
      List<String> shows = new ArrayList<>();
      shows.add("premises:" + b.id());
      if (b.conclusion().equals(ctx.thesis.id())) {
        b.premises().forEach(p -> shows.add("side:" + p));
      }
      candidates.add(new Candidate(u.id().value(),
          n -> new Item.Choice("Undercutter " + n, u.id().value(), context, prompt, options, answerIndex, why),
          List.of("undercutter:" + u.id()), shows, List.of(),
          "exactly one option concludes the shown argument with an attack: no other option is an undercutter of "
              + "it or worded like one",
          () -> {
            List<String> out = new ArrayList<>();
            for (Item.Option o : options) {
              if (o.ref().equals(u.id().value())) {
                continue;
              }
              for (Argument x : ctx.map.argumentsOn(b.id())) {
                if (x.polarity() == Polarity.ATTACKS && (x.id().value().equals(o.ref())
                    || AnswerOptions.key(ctx.facts.premisesText(x)).equals(AnswerOptions.key(o.text())))) {
                  out.add("the option \u201c" + MapFacts.short1(o.text()) + "\u201d undercuts the argument too");
                }
              }
            }
            return out;
          }));
    }
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(candidates, want);
    if (accepted.isEmpty()) {
      throw new Skip("the map has too few other arguments for distractors");
    }
    String instructions = "An objection can deny a claim (a rebuttal), deny a premise (an underminer), or grant "
        + "the premises and deny that they lead to the conclusion (an undercutter). In each item, find the "
        + "undercutter.";
    return Exercise.of(ExerciseType.SPOT_UNDERCUTTER, ExerciseType.SPOT_UNDERCUTTER.title(), instructions, accepted,
        List.of());
  }

  /** What a distractor does, relative to the reason {@code b} and its conclusion. */
  private static String role(Context ctx, Argument x, Argument b) {
    ConclusionId c = x.conclusion();
    String verb = x.polarity() == Polarity.SUPPORTS ? "supports" : "attacks";
    if (c.equals(b.conclusion())) {
      return x.polarity() == Polarity.ATTACKS ? "attacks the claim itself (a rebuttal)" : "supports the claim itself";
    }
    if (b.premises().contains(c)) {
      return x.polarity() == Polarity.ATTACKS ? "attacks the reason's premise (an underminer)"
          : "supports the reason's premise";
    }
    return verb + " another claim of the map, \u201c" + MapFacts.short1(ctx.facts.conclusionText(x)) + "\u201d";
  }
}
