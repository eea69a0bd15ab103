package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.scoring.explain.Comparison;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.scoring.explain.Sensitivity;
import dev.argmap.testing.ScoringEquations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The showcase map under every semantics. Only what must hold is asserted (values in [0, 1], convergence,
 * consistent explanations); the numbers themselves are printed for docs/scoring-guide.md.
 */
class PrebuiltMapScoringTest {
  private static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  private static final StatementId THESIS = StatementId.of("t-no-alliance");

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void scoresWithEverySemantics(GradualSemantics sem) {
    MapScores s = MapScorer.of(sem).score(MAP);
    assertThat(s.converged()).as("%s", s).isTrue();
    for (double v : s.strengths().toArray()) {
      assertThat(v).isBetween(0.0, 1.0);
    }
    ScoringEquations.assertSolved(sem, MAP, s, 1e-12, "prebuilt " + sem.id());
    StringBuilder line = new StringBuilder(String.format("prebuilt map, %-22s %s:", sem.id(), s.status()));
    for (StatementId t : MAP.thesisIds()) {
      line.append(String.format(" %s=%.4f", t, s.strength(t)));
    }
    System.out.println(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quadratic-energy", "euler-based", "quad"})
  void explanationsOfTheThesesAreConsistent(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    // the scores of the whole map, computed apart from the explanation, which must agree with them
    MapScores scores = scorer.score(MAP);
    for (StatementId t : MAP.thesisIds()) {
      Explanation e = scorer.explain(MAP, t);
      assertThat(e.score()).isBetween(0.0, 1.0);
      double base = scores.graph().baseScores().baseScore(MAP, t);
      assertThat(e.base()).as("%s: base", t).isCloseTo(base, within(1e-12));
      assertThat(e.score()).as("%s: score", t).isCloseTo(scores.strength(t), within(1e-9));
      assertThat(e.totalChange()).as("%s: change", t).isCloseTo(scores.strength(t) - base, within(1e-9));
      assertThat(e.reasons()).hasSize(MAP.argumentsOn(t).size());
      double sum = 0;
      for (Explanation.Reason c : e.reasons()) {
        assertThat(c.effect()).as("%s %s", t, c.argument()).isFinite();
        assertThat(c.effect()).isEqualTo(c.share().value());
        assertThat(c.polarity() == Polarity.SUPPORTS ? c.effect() : -c.effect()).isGreaterThanOrEqualTo(0);
        assertThat(c.polarity() == Polarity.SUPPORTS ? c.removal() : -c.removal()).isGreaterThanOrEqualTo(0);
        sum += c.share().value();
      }
      assertThat(e.sumOfShares()).isCloseTo(sum, within(1e-12));
      assertThat(sum).as("%s: the shares add up to the change", t).isCloseTo(e.totalChange(), within(1e-9));
      assertThat(e.sources()).isEqualTo(MAP.sourcesBehind(t));
      if (t.equals(THESIS)) {
        System.out.println(e.toText(5));
      }
    }
  }

  @Test
  void sensitivityAndWhatIfOfTheMainThesis() {
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Sensitivity s = scorer.sensitivity(MAP, THESIS);
    assertThat(s.ranking()).hasSize(MAP.statements().size() + MAP.evidence().size() + MAP.sources().size());
    assertThat(s.ranking()).allSatisfy(e -> assertThat(e.derivative()).isFinite());
    System.out.println(s.toText(10));
    for (Sensitivity.Parameter p : Sensitivity.Parameter.values()) {
      System.out.println("top " + p + ": " + s.effects(p).subList(0, 3));
    }
    Comparison c = scorer.whatIf(MAP).discreditSource(dev.argmap.model.SourceId.of("security-paper-2017"));
    assertThat(c.rows()).hasSize(MAP.statements().size());
    System.out.println(c.toText().lines().limit(8).reduce("", (a, b) -> a + b + "\n"));
  }
}
