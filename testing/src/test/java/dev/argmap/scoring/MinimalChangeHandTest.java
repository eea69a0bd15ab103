package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Target;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.ArgumentMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minimal changes and robustness on maps small enough to solve by hand, under DF-QuAD. */
class MinimalChangeHandTest {
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  /**
   * Thesis t with one supporting item e (weight 0.4) from source s (credibility 0.5), nothing else:
   * score = base = 0.5 + 0.5 w c = 0.6. An unrelated statement q has evidence f from source r.
   */
  static ArgumentMap oneItem() {
    return map(ids("t", "q")).toBuilder()
        .addSources(TestMaps.source("s", 0.5), TestMaps.source("r", 0.9))
        .addEvidence(TestMaps.evidence("e", "t", "s", 0.4, SUPPORTS))
        .addEvidence(TestMaps.evidence("f", "q", "r", 0.7, SUPPORTS))
        .build();
  }

  /** Thesis t (base 0.5) attacked by a (weight 0.6, premise p of base 0.5): a = 0.3, t = 0.5 - 0.5 x 0.3 = 0.35. */
  static ArgumentMap oneAttack() {
    return map(ids("t", "p"), arg("a", ATTACKS, st("t"), 0.6, "p"));
  }

  @Test
  void oneEvidenceWeightByHand() {
    // 0.5 + 0.5 x w x 0.5 >= 0.7 <=> w >= 0.8: the weight goes from 0.4 to 0.8, cost 0.4
    MinimalChange mc = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT));
    assertThat(mc.scoreBefore()).isCloseTo(0.6, within(1e-12));
    assertThat(mc.outcome()).isEqualTo(MinimalChange.Outcome.FOUND);
    assertThat(mc.method()).isEqualTo(MinimalChange.Method.EXACT);
    assertThat(mc.changes()).hasSize(1);
    MinimalChange.Change c = mc.changes().get(0);
    assertThat(c.kind()).isEqualTo(KnobKind.EVIDENCE_WEIGHT);
    assertThat(c.evidence()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("e"));
    assertThat(c.from()).isEqualTo(0.4);
    assertThat(c.to()).isCloseTo(0.8, within(1e-9));
    assertThat(mc.cost()).isCloseTo(0.4, within(1e-9));
    assertThat(mc.scoreAfter()).isGreaterThanOrEqualTo(0.7).isCloseTo(0.7, within(1e-9));
    // the unrelated item f on q is skipped, and said so
    assertThat(mc.skipped()).extracting(MinimalChange.Skipped::element).containsExactly("f");
    assertThat(mc.skipped().get(0).reason()).contains("not on it or upstream of it");
    // Lipschitz bound: d score / d w = 0.5 x c <= 0.5, so a cost below 0.1 / 0.5 = 0.2 cannot do it
    assertThat(mc.lowerBound().getAsDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(DF.score(mc.applyTo(oneItem())).strength(st("t"))).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void credibilityAloneByHand() {
    // w = 0.4 fixed: 0.5 + 0.5 x 0.4 x c >= 0.7 <=> c >= 1: credibility 0.5 -> 1, cost 0.5
    MinimalChange mc = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.SOURCE_CREDIBILITY));
    assertThat(mc.changes()).singleElement().satisfies(c -> {
      assertThat(c.source()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("s"));
      assertThat(c.to()).isEqualTo(1.0);
    });
    assertThat(mc.cost()).isCloseTo(0.5, within(1e-12));
    assertThat(mc.skipped()).extracting(MinimalChange.Skipped::element).containsExactly("r");
  }

  @Test
  void weightAndCredibilityTogetherBeatEitherAlone() {
    // minimise (w - 0.4) + (c - 0.5) subject to w c >= 0.4: w = c = sqrt(0.4), cost 2 sqrt(0.4) - 0.9 = 0.36491,
    // cheaper than the weight alone (0.4) or the credibility alone (0.5)
    MinimalChange mc = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY));
    double root = Math.sqrt(0.4);
    assertThat(mc.method()).isEqualTo(MinimalChange.Method.EXACT);
    assertThat(mc.cost()).isCloseTo(2 * root - 0.9, within(1e-6));
    assertThat(mc.changes()).hasSize(2).allSatisfy(c -> assertThat(c.to()).isCloseTo(root, within(1e-3)));
    assertThat(mc.bestSingleKnobCost().getAsDouble()).isCloseTo(0.4, within(1e-9));
    assertThat(mc.cost()).isLessThan(mc.bestSingleKnobCost().getAsDouble());
    assertThat(DF.score(mc.applyTo(oneItem())).strength(st("t"))).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void bruteForceGridFindsNothingCheaperThanTheExactAnswer() {
    // every (w, c) on a 0.002 grid, scored on a rebuilt map: none meeting the target costs less
    MinimalChange mc = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY));
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= 500; i++) {
      for (int j = 0; j <= 500; j++) {
        double w = i / 500.0;
        double c = j / 500.0;
        double cost = Math.abs(w - 0.4) + Math.abs(c - 0.5);
        if (cost >= best) {
          continue;
        }
        // the base score is the whole score here; computed by the library's own evidence rule on a rebuilt map
        ArgumentMap m = MapEdits.withSourceCredibility(
            MapEdits.withEvidenceWeight(oneItem(), dev.argmap.model.EvidenceId.of("e"), w),
            dev.argmap.model.SourceId.of("s"), c);
        if (BaseScoreStrategy.evidence().baseScore(m, st("t")) >= 0.7) {
          best = cost;
        }
      }
    }
    assertThat(mc.cost()).isLessThanOrEqualTo(best + 1e-12);
    assertThat(best - mc.cost()).as("the grid comes within its resolution of the optimum").isLessThan(0.004);
  }

  @Test
  void argumentWeightOrRemovalByHand() {
    // t = 0.5 - 0.25 w. At least 0.45 <=> w <= 0.2: weight 0.6 -> 0.2 costs 0.4; removal costs 0.6
    MinimalChange up = DF.minimalChange(oneAttack(), st("t"), Target.atLeast(0.45), Knobs.all());
    assertThat(up.scoreBefore()).isCloseTo(0.35, within(1e-12));
    assertThat(up.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(KnobKind.ARGUMENT_WEIGHT);
      assertThat(c.argument()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("a"));
      assertThat(c.to()).isCloseTo(0.2, within(1e-9));
    });
    assertThat(up.cost()).isCloseTo(0.4, within(1e-9));
    // at least 0.5 needs w = 0 (cost 0.6) or removal (cost 0.6): either way 0.6
    MinimalChange half = DF.minimalChange(oneAttack(), st("t"), Target.atLeast(0.5), Knobs.all());
    assertThat(half.cost()).isCloseTo(0.6, within(1e-9));
    // removal only
    MinimalChange removal = DF.minimalChange(oneAttack(), st("t"), Target.atLeast(0.5),
        Knobs.of(KnobKind.ARGUMENT_REMOVAL));
    assertThat(removal.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(KnobKind.ARGUMENT_REMOVAL);
      assertThat(c.from()).isEqualTo(0.6);
      assertThat(c.to()).isEqualTo(0.0);
    });
    assertThat(removal.scoreAfter()).isEqualTo(0.5);
    assertThat(DF.score(removal.applyTo(oneAttack())).strength(st("t"))).isEqualTo(0.5);
    assertThat(removal.applyTo(oneAttack()).arguments()).isEmpty();
    // below 0.3 <=> w > 0.8: cost just over 0.2
    MinimalChange down = DF.minimalChange(oneAttack(), st("t"), Target.below(0.3), Knobs.all());
    assertThat(down.cost()).isCloseTo(0.2, within(1e-9));
    assertThat(down.scoreAfter()).isLessThan(0.3);
  }

  @Test
  void alreadyMetAndUnreachable() {
    MinimalChange met = DF.minimalChange(oneAttack(), st("t"), Target.atLeast(0.3), Knobs.all());
    assertThat(met.outcome()).isEqualTo(MinimalChange.Outcome.ALREADY_MET);
    assertThat(met.reachable()).isTrue();
    assertThat(met.changes()).isEmpty();
    assertThat(met.cost()).isZero();
    assertThat(met.toText()).contains("already met");

    // the weight alone can bring the base to at most 0.5 + 0.5 x 1 x 0.5 = 0.75
    MinimalChange high = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.9),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT));
    assertThat(high.outcome()).isEqualTo(MinimalChange.Outcome.NOT_FOUND);
    assertThat(high.reachable()).isFalse();
    assertThat(high.changes()).isEmpty();
    assertThat(high.scoreAfter()).isEqualTo(high.scoreBefore());
    assertThat(high.toText()).contains("not reachable with the chosen knobs");

    // no argument is upstream of t in oneItem: nothing can move, which the bound proves
    MinimalChange none = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.ARGUMENT_WEIGHT, KnobKind.ARGUMENT_REMOVAL));
    assertThat(none.movableKnobs()).isZero();
    assertThat(none.reachable()).isFalse();
    assertThat(none.lowerBound().getAsDouble()).isInfinite();
    assertThat(none.toText()).contains("unreachable: none of the chosen knobs can move the score");
    // and q is not upstream of t: its evidence cannot move t
    MinimalChange other = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.all().onlyElements(List.of("f", "r")));
    assertThat(other.movableKnobs()).isZero();
    assertThat(other.skipped()).extracting(MinimalChange.Skipped::element).containsExactly("f", "r");
  }

  @Test
  void robustnessByHand() {
    // t = 0.35 < 0.4: not accepted at 0.4. Alone: weight 0.6 -> 0.4 flips it (margin 0.2); removal (0.6) too
    Robustness r = DF.robustness(oneAttack(), st("t"), 0.4, Knobs.all());
    assertThat(r.accepted()).isFalse();
    assertThat(r.score()).isCloseTo(0.35, within(1e-12));
    assertThat(r.margins()).hasSize(2);
    Robustness.KnobMargin first = r.margins().get(0);
    assertThat(first.kind()).isEqualTo(KnobKind.ARGUMENT_WEIGHT);
    assertThat(first.flipsAt().getAsDouble()).isCloseTo(0.4, within(1e-9));
    assertThat(first.margin()).isCloseTo(0.2, within(1e-9));
    assertThat(r.margins().get(1).kind()).isEqualTo(KnobKind.ARGUMENT_REMOVAL);
    assertThat(r.margins().get(1).margin()).isEqualTo(0.6);
    assertThat(r.smallestFlip().target()).isEqualTo(Target.atLeast(0.4));
    assertThat(r.smallestFlip().cost()).isCloseTo(0.2, within(1e-9));
    assertThat(r.toText(5)).contains("t scores 0.3500, so it is not accepted at 0.4.")
        .contains("  weight of argument a: 0.6000 -> 0.4000 (by 0.2000)")
        .contains("  remove argument a (weight 0.6000)");

    // accepted at 0.5 with only the credibility: c would have to fall below 0 to lose the 0.1: never flips
    Robustness s = DF.robustness(oneItem(), st("t"), 0.5, Knobs.of(KnobKind.SOURCE_CREDIBILITY));
    assertThat(s.accepted()).isTrue();
    assertThat(s.margins()).singleElement().satisfies(m -> {
      assertThat(m.flips()).isFalse();
      assertThat(m.margin()).isInfinite();
    });
    assertThat(s.smallestFlip().reachable()).isFalse();
    assertThat(s.toText(5)).contains("No single knob flips the answer on its own.")
        .contains("1 of 1 movable knobs never flip it on their own.");
  }

  @Test
  void badInput() {
    ArgumentMap m = oneItem();
    assertThatThrownBy(() -> DF.minimalChange(m, st("x"), Target.atLeast(0.5), Knobs.all()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no statement x");
    assertThatThrownBy(() -> DF.minimalChange(m, st("t"), Target.atLeast(0.5), Knobs.all().onlyElements(
        List.of("nope")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("knob element 'nope' is not an evidence item, source or argument of the map");
    assertThatThrownBy(() -> DF.minimalChange(m, st("t"), Target.atLeast(0.5), Knobs.all(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvaluations must be at least 1");
    assertThatThrownBy(() -> DF.minimalChange(m, st("t"), null, Knobs.all()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DF.robustness(m, st("t"), 1.5, Knobs.all()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in [0, 1]");
    assertThatThrownBy(() -> Knobs.of()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choose at least one kind of knob: evidence, sources, arguments, removal");
    assertThatThrownBy(() -> Knobs.all().onlyElements(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void budgetIsHonoured() {
    MinimalChange mc = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY), 20);
    assertThat(mc.budgetExhausted()).isTrue();
    assertThat(mc.evaluations()).isEqualTo(20);
    assertThat(mc.toText()).contains("BUDGET EXHAUSTED");
    MinimalChange full = DF.minimalChange(oneItem(), st("t"), Target.atLeast(0.7),
        Knobs.of(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY));
    assertThat(full.budgetExhausted()).isFalse();
    assertThat(full.evaluations()).isGreaterThan(20);
  }

  @Test
  void otherBaseScoreStrategiesSkipEvidenceAndSources() {
    MinimalChange mc = DF.withBaseScores(BaseScoreStrategy.constant(0.6)).minimalChange(oneItem(), st("t"),
        Target.atLeast(0.7), Knobs.all());
    assertThat(mc.movableKnobs()).isZero();
    assertThat(mc.skipped()).extracting(MinimalChange.Skipped::reason)
        .allSatisfy(r -> assertThat(r).contains("not from the evidence rule"));
  }

  @Test
  void targetParsing() {
    assertThat(Target.parse(">=0.5")).isEqualTo(Target.atLeast(0.5));
    assertThat(Target.parse(" < 0.4 ")).isEqualTo(Target.below(0.4));
    assertThat(Target.parse("at-least:0.5")).isEqualTo(Target.atLeast(0.5));
    assertThat(Target.parse("below:1")).isEqualTo(Target.below(1.0));
    assertThat(Target.parse("AT-LEAST:.25").threshold()).isEqualTo(0.25);
    assertThat(Target.atLeast(0.5).toString()).isEqualTo(">=0.5");
    assertThat(Target.parse(Target.below(0.35).toString())).isEqualTo(Target.below(0.35));
    assertThat(Target.atLeast(0.5).opposite()).isEqualTo(Target.below(0.5));
    assertThat(Target.atLeast(0.5).isMetBy(0.5)).isTrue();
    assertThat(Target.below(0.5).isMetBy(0.5)).isFalse();
    assertThat(Target.below(0.5).isMetBy(Double.NaN)).isFalse();
    assertThat(Target.atLeast(0.5).shortfall(0.4)).isCloseTo(0.1, within(1e-15));
    assertThat(Target.atLeast(0.5).toWords()).isEqualTo("at least 0.5");
    assertThatThrownBy(() -> Target.parse("0.5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'0.5' is not a target; write >=X or at-least:X for 'score at least X', <X or below:X for"
            + " 'score below X', with X in [0, 1], e.g. >=0.5");
    assertThatThrownBy(() -> Target.parse("<=0.5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.parse(">=abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'abc' is not a number");
    assertThatThrownBy(() -> Target.parse(">=1.5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above 1");
    assertThatThrownBy(() -> Target.parse(">=-0.5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.atLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knobParsing() {
    assertThat(Knobs.parse("evidence,sources").kinds())
        .containsExactly(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY);
    assertThat(Knobs.parse(" removal , arguments ").kinds())
        .containsExactly(KnobKind.ARGUMENT_WEIGHT, KnobKind.ARGUMENT_REMOVAL);
    assertThat(Knobs.parse("all")).isEqualTo(Knobs.all());
    assertThatThrownBy(() -> Knobs.parse("evidence,weights")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'weights' in 'evidence,weights' is not a kind of knob; write a comma-separated list of"
            + " evidence, sources, arguments, removal, or all");
    assertThatThrownBy(() -> Knobs.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
