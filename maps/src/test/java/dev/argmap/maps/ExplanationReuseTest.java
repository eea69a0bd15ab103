package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import org.junit.jupiter.api.Test;

/**
 * Explaining from scores already computed ({@link MapScorer#explain(MapScores, StatementId,
 * ContributionFunction)}, which scores the map once for every thesis) gives exactly what explaining from the
 * map gives.
 */
class ExplanationReuseTest {
  private final ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();

  @Test
  void everyStatementIsExplainedAlikeFromSharedScores() {
    for (GradualSemantics s : new GradualSemantics[] {GradualSemantics.DF_QUAD, GradualSemantics.EULER_BASED}) {
      MapScorer scorer = MapScorer.of(s);
      MapScores scores = scorer.score(map);
      for (var statement : map.statements()) {
        StatementId id = statement.id();
        for (ContributionFunction f : new ContributionFunction[] {ContributionFunction.SHAPLEY,
            ContributionFunction.REMOVAL}) {
          Explanation fresh = scorer.explain(map, id, f);
          Explanation shared = scorer.explain(scores, id, f);
          assertThat(shared.score()).as("%s %s", s, id).isEqualTo(fresh.score());
          assertThat(shared.reasons()).as("%s %s %s", s, id, f).isEqualTo(fresh.reasons());
          assertThat(shared.paths()).isEqualTo(fresh.paths());
          assertThat(shared.evidence()).isEqualTo(fresh.evidence());
        }
      }
    }
  }

  @Test
  void scoresOfAnotherSemanticsAreRefused() {
    MapScores quad = MapScorer.of(GradualSemantics.DF_QUAD).score(map);
    StatementId thesis = map.thesisIds().get(0);
    assertThatThrownBy(() -> MapScorer.of(GradualSemantics.EULER_BASED)
        .explain(quad, thesis, ContributionFunction.SHAPLEY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("df-quad");
  }
}
