package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Target;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of minimal changes and robustness over seeded random maps ({@link RandomMaps}); every check is made
 * on maps rebuilt with the what-if edits and scored from scratch, and every failure names the seed.
 */
class MinimalChangePropertiesTest {
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);
  private static final int SEEDS = 25;

  @Test
  void answersMeetTheirTargetAndRespectTheirBounds() {
    int found = 0;
    for (int size : new int[] {4, 8, 16}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        StatementId thesis = m.thesisIds().get(0);
        double s0 = DF.score(m).strength(thesis);
        for (Target target : List.of(Target.atLeast(Math.min(1.0, s0 + 0.08)),
            Target.below(Math.max(0.0, s0 - 0.08)))) {
          String what = "seed " + seed + ", size " + size + ", " + target;
          MinimalChange mc = DF.minimalChange(m, thesis, target, Knobs.all());
          assertThat(mc.scoreBefore()).as(what).isEqualTo(s0);
          assertThat(mc.budgetExhausted()).as(what).isFalse();
          if (mc.outcome() == MinimalChange.Outcome.FOUND) {
            found++;
            double rescored = DF.score(mc.applyTo(m)).strength(thesis);
            assertThat(target.isMetBy(rescored)).as("%s: rescored %s", what, rescored).isTrue();
            assertThat(rescored).as(what).isEqualTo(mc.scoreAfter());
            mc.bestSingleKnobCost().ifPresent(b -> assertThat(mc.cost()).as(what).isLessThanOrEqualTo(b));
            assertThat(mc.lowerBound().getAsDouble()).as(what).isLessThanOrEqualTo(mc.cost() + 1e-12);
          } else {
            assertThat(mc.changes()).as(what).isEmpty();
            assertThat(mc.bestSingleKnobCost()).as(what).isEmpty();
          }
        }
      }
    }
    assertThat(found).as("most targets are reachable").isGreaterThan(SEEDS);
  }

  @Test
  void otherSemanticsAndCyclicMapsGiveAnswersThatHoldOnTheRebuiltMap() {
    // no lower bound off DF-QuAD or on cycles; on cyclic maps the scores are iterates, so the rebuilt map (whose
    // removed arguments are gone rather than disconnected) agrees to the iteration's tolerance, not bit for bit.
    // Iterated scorings cost milliseconds each, so the cyclic maps are small.
    int found = 0;
    int cyclicFound = 0;
    for (long seed = 1; seed <= 10; seed++) {
      for (boolean cyclic : seed <= 4 ? new boolean[] {false, true} : new boolean[] {false}) {
        ArgumentMap m = cyclic ? FixtureMaps.cyclic(seed, 8, 2) : RandomMaps.withStatements(12).seed(seed).generate();
        MapScorer scorer = MapScorer.of(cyclic ? GradualSemantics.DF_QUAD : GradualSemantics.QUADRATIC_ENERGY);
        MapScores before = scorer.score(m);
        if (!before.converged()) {
          continue;
        }
        StatementId thesis = m.thesisIds().get(0);
        double s0 = before.strength(thesis);
        Target target = s0 >= 0.5 ? Target.below(Math.max(0.0, s0 - 0.05)) : Target.atLeast(s0 + 0.05);
        String what = "seed " + seed + (cyclic ? ", cyclic" : ", quadratic energy") + ", " + target;
        MinimalChange mc = scorer.minimalChange(m, thesis, target, Knobs.all(), 40_000);
        if (before.graph().isAcyclic() && cyclic) {
          continue;
        }
        assertThat(mc.lowerBound()).as(what).isEmpty();
        if (mc.outcome() == MinimalChange.Outcome.FOUND) {
          found++;
          cyclicFound += cyclic ? 1 : 0;
          double rescored = scorer.score(mc.applyTo(m)).strength(thesis);
          double tol = cyclic ? 1e-6 : 0.0;
          assertThat(Math.abs(rescored - mc.scoreAfter())).as(what).isLessThanOrEqualTo(tol);
          assertThat(target.shortfall(rescored)).as(what).isLessThanOrEqualTo(tol);
        }
      }
    }
    assertThat(found).isGreaterThan(5);
    assertThat(cyclicFound).as("answers on cyclic maps").isGreaterThan(1);
  }

  @Test
  void exactAnswersAreNotBeatenByABruteForceGrid() {
    int checked = 0;
    for (long seed = 1; seed <= SEEDS * 2; seed++) {
      ArgumentMap m = RandomMaps.withStatements(5).seed(seed).generate();
      StatementId thesis = m.thesisIds().get(0);
      SplittableRandom r = new SplittableRandom(seed);
      // up to three knobs upstream of the thesis, chosen at random
      Counterfactuals all = new Counterfactuals(DF, m, thesis, Knobs.all(), 1);
      if (all.knobs.isEmpty()) {
        continue;
      }
      List<Counterfactuals.Knob> chosen = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int tries = 0; tries < 10 && chosen.size() < 3; tries++) {
        Counterfactuals.Knob k = all.knobs.get(r.nextInt(all.knobs.size()));
        if (!ids.contains(k.element)) {
          ids.add(k.element);
        }
        Counterfactuals sub = new Counterfactuals(DF, m, thesis, Knobs.all().onlyElements(ids), 1);
        if (sub.knobs.size() > 3) {
          ids.remove(k.element);
        } else {
          chosen = sub.knobs;
        }
      }
      double s0 = all.score0;
      for (Target target : List.of(Target.atLeast(Math.min(1.0, s0 + 0.05)),
          Target.below(Math.max(0.0, s0 - 0.05)))) {
        String what = "seed " + seed + ", " + target + ", knobs " + ids;
        MinimalChange mc = DF.minimalChange(m, thesis, target, Knobs.all().onlyElements(ids));
        assertThat(mc.method()).as(what).isEqualTo(MinimalChange.Method.EXACT);
        double grid = bruteForce(m, thesis, target, chosen, new double[chosen.size()], 0);
        if (Double.isFinite(grid)) {
          checked++;
          assertThat(mc.reachable()).as("%s: the grid reaches it at cost %s", what, grid).isTrue();
          assertThat(mc.cost()).as("%s: grid cost %s", what, grid).isLessThanOrEqualTo(grid + 1e-9);
        }
      }
    }
    assertThat(checked).as("reachable cases compared with the grid").isGreaterThan(SEEDS / 2);
  }

  /** The cheapest point of the 0.1 grid (with each knob's current value) that meets the target, or infinity. */
  private static double bruteForce(ArgumentMap m, StatementId thesis, Target target,
      List<Counterfactuals.Knob> knobs, double[] values, int depth) {
    if (depth == knobs.size()) {
      ArgumentMap edited = m;
      double cost = 0.0;
      for (int j = 0; j < knobs.size(); j++) {
        Counterfactuals.Knob k = knobs.get(j);
        cost += k.cost(values[j]);
        if (values[j] == k.current) {
          continue;
        }
        switch (k.kind) {
          case EVIDENCE_WEIGHT -> edited = MapEdits.withEvidenceWeight(edited, EvidenceId.of(k.element), values[j]);
          case SOURCE_CREDIBILITY ->
              edited = MapEdits.withSourceCredibility(edited, SourceId.of(k.element), values[j]);
          case ARGUMENT_WEIGHT -> edited = edited.argument(ArgumentId.of(k.element)).isPresent()
              ? MapEdits.withArgumentWeight(edited, ArgumentId.of(k.element), values[j]) : edited;
          default -> { }
        }
      }
      for (int j = 0; j < knobs.size(); j++) {
        Counterfactuals.Knob k = knobs.get(j);
        if (!k.continuous() && values[j] == 1.0 && edited.argument(ArgumentId.of(k.element)).isPresent()) {
          edited = MapEdits.withoutArgument(edited, ArgumentId.of(k.element));
        }
      }
      return target.isMetBy(DF.score(edited).strength(thesis)) ? cost : Double.POSITIVE_INFINITY;
    }
    Counterfactuals.Knob k = knobs.get(depth);
    List<Double> options = new ArrayList<>();
    options.add(k.current);
    if (k.continuous()) {
      for (int i = 0; i <= 10; i++) {
        options.add(i / 10.0);
      }
    } else {
      options.add(1.0);
    }
    double best = Double.POSITIVE_INFINITY;
    for (double v : options) {
      values[depth] = v;
      best = Math.min(best, bruteForce(m, thesis, target, knobs, values, depth + 1));
    }
    return best;
  }

  @Test
  void noChangeMovesTheScoreFasterThanTheLipschitzBound() {
    // |score after - score before| <= L x cost for random joint changes, L the largest knob bound: the
    // inequality the lower bound rests on, checked on rebuilt maps
    int checked = 0;
    for (int size : new int[] {6, 20}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        StatementId thesis = m.thesisIds().get(0);
        Counterfactuals cf = new Counterfactuals(DF, m, thesis, Knobs.all(), 1);
        if (cf.knobs.isEmpty()) {
          continue;
        }
        double l = cf.knobs.stream().mapToDouble(k -> k.lipschitz).max().orElseThrow();
        SplittableRandom r = new SplittableRandom(seed * 31 + size);
        for (int trial = 0; trial < 10; trial++) {
          ArgumentMap edited = m;
          double cost = 0.0;
          Set<String> removed = new HashSet<>();
          Set<String> touched = new HashSet<>();
          int count = 1 + r.nextInt(3);
          for (int c = 0; c < count; c++) {
            Counterfactuals.Knob k = cf.knobs.get(r.nextInt(cf.knobs.size()));
            if (!touched.add(k.kind + k.element) || removed.contains(k.element)
                || k.kind == KnobKind.ARGUMENT_WEIGHT && edited.argument(ArgumentId.of(k.element)).isEmpty()) {
              continue;
            }
            double v = r.nextDouble();
            switch (k.kind) {
              case EVIDENCE_WEIGHT -> edited = MapEdits.withEvidenceWeight(edited, EvidenceId.of(k.element), v);
              case SOURCE_CREDIBILITY -> edited = MapEdits.withSourceCredibility(edited, SourceId.of(k.element), v);
              case ARGUMENT_WEIGHT -> edited = MapEdits.withArgumentWeight(edited, ArgumentId.of(k.element), v);
              default -> {
                if (edited.argument(ArgumentId.of(k.element)).isEmpty()) {
                  continue;
                }
                edited = MapEdits.withoutArgument(edited, ArgumentId.of(k.element));
                removed.add(k.element);
                v = 1.0;
              }
            }
            cost += k.cost(v);
          }
          double moved = Math.abs(DF.score(edited).strength(thesis) - cf.score0);
          assertThat(moved).as("seed %d, size %d, trial %d: moved %s at cost %s, L %s", seed, size, trial,
              moved, cost, l).isLessThanOrEqualTo(l * cost + 1e-12);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(SEEDS * 10);
  }

  @Test
  void noSingleKnobMovesTheScoreFasterThanItsOwnBound() {
    // the per-knob form: |score after - score before| <= L_k x |change| when knob k alone moves, to its ends and
    // to a random value; the joint bound rests on it
    int checked = 0;
    for (int size : new int[] {6, 20}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        StatementId thesis = m.thesisIds().get(0);
        Counterfactuals cf = new Counterfactuals(DF, m, thesis, Knobs.all(), 1);
        SplittableRandom r = new SplittableRandom(seed);
        for (Counterfactuals.Knob k : cf.knobs) {
          for (double v : k.continuous() ? new double[] {0.0, 1.0, r.nextDouble()} : new double[] {1.0}) {
            ArgumentMap edited = switch (k.kind) {
              case EVIDENCE_WEIGHT -> MapEdits.withEvidenceWeight(m, EvidenceId.of(k.element), v);
              case SOURCE_CREDIBILITY -> MapEdits.withSourceCredibility(m, SourceId.of(k.element), v);
              case ARGUMENT_WEIGHT -> MapEdits.withArgumentWeight(m, ArgumentId.of(k.element), v);
              case ARGUMENT_REMOVAL -> MapEdits.withoutArgument(m, ArgumentId.of(k.element));
            };
            double moved = Math.abs(DF.score(edited).strength(thesis) - cf.score0);
            assertThat(moved).as("seed %d, size %d: %s %s to %s moved %s, bound %s per unit", seed, size,
                k.kind, k.element, v, moved, k.lipschitz).isLessThanOrEqualTo(k.lipschitz * k.cost(v) + 1e-12);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(SEEDS * 10);
  }

  @Test
  void robustnessMarginsReallyFlipTheAnswer() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      ArgumentMap m = RandomMaps.withStatements(10).seed(seed).generate();
      StatementId thesis = m.thesisIds().get(0);
      Robustness rob = DF.robustness(m, thesis, 0.5, Knobs.all());
      boolean accepted = rob.score() >= 0.5;
      assertThat(rob.accepted()).isEqualTo(accepted);
      assertThat(rob.smallestFlip().target()).isEqualTo(accepted ? Target.below(0.5) : Target.atLeast(0.5));
      double smallest = Double.POSITIVE_INFINITY;
      for (Robustness.KnobMargin km : rob.margins()) {
        if (!km.flips()) {
          assertThat(km.margin()).isInfinite();
          continue;
        }
        smallest = Math.min(smallest, km.margin());
        ArgumentMap edited = switch (km.kind()) {
          case EVIDENCE_WEIGHT -> MapEdits.withEvidenceWeight(m, EvidenceId.of(km.element()),
              km.flipsAt().getAsDouble());
          case SOURCE_CREDIBILITY -> MapEdits.withSourceCredibility(m, SourceId.of(km.element()),
              km.flipsAt().getAsDouble());
          case ARGUMENT_WEIGHT -> MapEdits.withArgumentWeight(m, ArgumentId.of(km.element()),
              km.flipsAt().getAsDouble());
          case ARGUMENT_REMOVAL -> MapEdits.withoutArgument(m, ArgumentId.of(km.element()));
        };
        double after = DF.score(edited).strength(thesis);
        assertThat(after >= 0.5).as("seed %d: %s %s flips %s -> %s", seed, km.kind(), km.element(),
            rob.score(), after).isEqualTo(!accepted);
      }
      if (rob.smallestFlip().reachable()) {
        assertThat(rob.smallestFlip().cost()).as("seed %d", seed).isLessThanOrEqualTo(smallest);
        assertThat(DF.score(rob.smallestFlip().applyTo(m)).strength(thesis) >= 0.5).isEqualTo(!accepted);
      } else {
        assertThat(smallest).as("seed %d: a knob flips it but the joint search found nothing", seed).isInfinite();
      }
      assertThat(rob.toText(3)).as("seed %d", seed).contains(accepted ? "so it is accepted at 0.5"
          : "so it is not accepted at 0.5");
    }
  }
}
