package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import org.junit.jupiter.api.Test;

/**
 * Contributions on the prebuilt map's main thesis: sampled Shapley shares carry their error, direct shares are
 * exact, arguments that do not reach the thesis get an exact 0, and evidence games need evidence base scores.
 */
class MapContributionsPrebuiltTest {
  private static final StatementId THESIS = StatementId.of("t-no-alliance");

  @Test
  void thePrebuiltThesisHasSampledSharesWithTheirErrorAndExactDirectShares() {
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    Contributions<ElementId> args = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY,
        MapContributors.ARGUMENTS);
    assertThat(args.isEstimate()).isTrue();
    Contribution coop = args.of(ArgumentId.of("a-coop"));
    assertThat(coop.method()).isEqualTo(Contribution.Method.SAMPLED);
    assertThat(coop.standardError()).isBetween(0.0, 0.005);
    assertThat(coop.samples()).isGreaterThanOrEqualTo(200);
    assertThat(coop.toString()).contains("±").contains("n=");
    assertThat(args.sum()).isCloseTo(args.totalChange(), within(1e-9));
    Contributions<ElementId> direct = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY,
        MapContributors.DIRECT_ARGUMENTS);
    assertThat(direct.values()).hasSize(24);
    assertThat(direct.isEstimate()).isFalse();
    // an argument that does not reach the thesis is a null player with an exact 0
    for (Argument a : map.arguments()) {
      if (!map.upstreamOf(THESIS).contains(a.id())) {
        assertThat(args.of(a.id())).isEqualTo(new Contribution(0.0, 0.0, 0, Contribution.Method.EXACT));
      }
    }
  }

  @Test
  void evidenceGamesNeedTheEvidenceBaseScores() {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    MapScorer constant = MapScorer.of(GradualSemantics.DF_QUAD).withBaseScores(BaseScoreStrategy.constant(0.5));
    assertThatThrownBy(() -> constant.contributions(map, THESIS, ContributionFunction.SHAPLEY,
        MapContributors.SOURCES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence base scores");
    assertThatThrownBy(() -> MapScorer.of(GradualSemantics.DF_QUAD).contributions(map, StatementId.of("zzz"),
        ContributionFunction.SHAPLEY, MapContributors.ARGUMENTS)).hasMessageContaining("no statement zzz");
    assertThat(constant.contributions(map, THESIS, ContributionFunction.REMOVAL, MapContributors.ARGUMENTS)
        .values()).hasSize(map.arguments().size());
    assertThat(EvidenceId.of("x").kind()).isEqualTo(dev.argmap.model.ElementKind.EVIDENCE);
    assertThat(SourceId.of("x").kind()).isEqualTo(dev.argmap.model.ElementKind.SOURCE);
  }
}
