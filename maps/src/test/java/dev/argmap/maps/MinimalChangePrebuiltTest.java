package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Target;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Minimal changes on the prebuilt Russia-China map: every answer is applied to the map with the what-if edits,
 * re-scored from scratch and checked to meet the target; it is never worse than the best single knob and never
 * below the proved lower bound.
 */
class MinimalChangePrebuiltTest {
  static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  static final StatementId THESIS = StatementId.of("t-no-alliance");
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  @ParameterizedTest
  @ValueSource(strings = {"<0.5", ">=0.6", "<0.55", ">=0.65"})
  void answersReachTheirTargetOnTheRebuiltMap(String text) {
    Target target = Target.parse(text);
    for (Knobs knobs : List.of(Knobs.all(), Knobs.of(KnobKind.EVIDENCE_WEIGHT),
        Knobs.of(KnobKind.SOURCE_CREDIBILITY), Knobs.of(KnobKind.ARGUMENT_WEIGHT, KnobKind.ARGUMENT_REMOVAL))) {
      long t0 = System.nanoTime();
      MinimalChange mc = DF.minimalChange(MAP, THESIS, target, knobs);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("%s %s: %d ms%n%s", text, knobs, ms, mc.toText());
      assertThat(mc.scoreBefore()).isCloseTo(DF.score(MAP).strength(THESIS), within(1e-12));
      assertThat(mc.budgetExhausted()).as("%s %s", text, knobs).isFalse();
      if (!mc.reachable()) {
        assertThat(mc.changes()).isEmpty();
        continue;
      }
      assertThat(mc.outcome()).isEqualTo(MinimalChange.Outcome.FOUND);
      double rescored = DF.score(mc.applyTo(MAP)).strength(THESIS);
      assertThat(target.isMetBy(rescored)).as("%s %s: rescored %s", text, knobs, rescored).isTrue();
      assertThat(rescored).isEqualTo(mc.scoreAfter());
      assertThat(mc.cost()).isCloseTo(mc.changes().stream().mapToDouble(MinimalChange.Change::cost).sum(),
          within(1e-12));
      mc.bestSingleKnobCost().ifPresent(b -> assertThat(mc.cost()).isLessThanOrEqualTo(b + 1e-12));
      assertThat(mc.lowerBound().getAsDouble()).isLessThanOrEqualTo(mc.cost() + 1e-12);
    }
  }
}
