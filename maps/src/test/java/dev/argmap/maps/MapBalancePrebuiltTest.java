package dev.argmap.maps;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentId;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.BalanceReport.Challenge;
import dev.argmap.scoring.explain.BalanceReport.ChallengeKind;
import dev.argmap.scoring.explain.BalanceReport.Rule;
import dev.argmap.scoring.explain.BalanceReport.Side;
import dev.argmap.scoring.explain.BalanceReport.ThesisBalance;
import dev.argmap.scoring.explain.BalanceReport.Warning;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The balance report on the prebuilt Russia-China map: what is true of the map as it ships today. */
class MapBalancePrebuiltTest {
  private static final BalanceReport REPORT = MapScorer.of(GradualSemantics.DF_QUAD)
      .balance(PrebuiltMaps.russiaChinaAlliance());

  private static StatementId st(String id) {
    return StatementId.of(id);
  }

  private static ArgumentId ar(String id) {
    return ArgumentId.of(id);
  }

  private static List<ArgumentId> challengedByArguments(Side side) {
    return side.challenges().stream().filter(c -> c.kind() != ChallengeKind.PREMISE_UNDERMINED)
        .map(Challenge::argument).filter(side.directArguments()::contains).distinct().toList();
  }

  @Test
  void bothSidesOfTheMainThesisMeetUndercuttersAndNeitherGoesUnchallenged() {
    ThesisBalance t = REPORT.thesis(st("t-no-alliance"));

    assertThat(t.forSide().directArguments()).hasSize(16);
    // the second edition's replies to the for side (issue 11): the 1950 treaty, the military exchanges, Russia's
    // break with the West and the failed Trump-era triangle; the third reading's: Putin no longer ruling an alliance
    // out, against the leaders' disavowals
    assertThat(challengedByArguments(t.forSide())).containsExactlyInAnyOrder(ar("a-history"), ar("a-mistrust"),
        ar("a-us-ties"), ar("a-realist"), ar("a-leaders-disavow"));
    assertThat(t.forSide().challenges()).filteredOn(c -> c.kind() == ChallengeKind.UNDERCUT)
        .extracting(Challenge::by).contains(ar("a-u-1950"), ar("a-u-mistrust-coop"), ar("a-u-west-lost"),
            ar("a-u-triangle"), ar("a-u-disavow-superseded"));
    assertThat(t.againstSide().directArguments()).hasSize(8);
    assertThat(challengedByArguments(t.againstSide())).hasSize(8).contains(ar("a-west-pressure"));
    assertThat(t.againstSide().challengedDirect()).hasSize(8);
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void theSidesSharesAddUpToEachThesissChange() {
    for (ThesisBalance t : REPORT.theses()) {
      assertThat(t.forSide().share() + t.againstSide().share()).as("%s", t.thesis())
          .isCloseTo(t.change(), within(1e-9));
      assertThat(t.forSide().share()).as("%s", t.thesis()).isPositive();
      assertThat(t.againstSide().share()).as("%s", t.thesis()).isNegative();
    }
  }

  @Test
  void theReasonsAgainstDependenceRestOnGabuevAlone() {
    ThesisBalance t = REPORT.thesis(st("t-dependence"));

    assertThat(t.againstSide().sources()).containsExactly(SourceId.of("gabuev-2020"));
    assertThat(t.warnings()).filteredOn(w -> w.side() == ATTACKS).extracting(Warning::rule)
        .containsExactly(Rule.SINGLE_SOURCE_SIDE);
  }
}
