package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.scoring.explain.BalanceReport.ChallengeKind;
import dev.argmap.scoring.explain.BalanceReport.Rule;
import dev.argmap.scoring.explain.BalanceReport.Side;
import dev.argmap.scoring.explain.BalanceReport.ThesisBalance;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the balance report on seeded random maps; every failure names the seed and size. */
class MapBalancePropertiesTest {
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);
  private static final int SEEDS = 20;

  @Test
  void everyArgumentUpstreamIsCountedOnExactlyOneSideOrOnBoth() {
    int chained = 0;
    for (int size : new int[] {6, 12, 24}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        for (ThesisBalance t : DF.balance(m).theses()) {
          String what = "seed " + seed + ", size " + size + ", thesis " + t.thesis();
          List<ArgumentId> counted = new ArrayList<>(t.forSide().arguments());
          counted.addAll(t.againstSide().arguments());
          counted.addAll(t.onBothSides());
          Set<ArgumentId> upstream = new HashSet<>();
          for (ConclusionId c : m.upstreamOf(t.thesis())) {
            if (c instanceof ArgumentId a) {
              upstream.add(a);
            }
          }
          assertThat(counted).as(what).doesNotHaveDuplicates();
          assertThat(new HashSet<>(counted)).as(what).isEqualTo(upstream);
          for (Polarity p : Polarity.values()) {
            Side s = t.side(p);
            assertThat(s.directArguments()).as(what).containsExactlyElementsOf(
                m.argumentsOn(t.thesis()).stream().filter(a -> a.polarity() == p).map(Argument::id).toList());
            assertThat(s.arguments()).as(what).containsAll(s.directArguments());
            chained += s.chainedArguments().size();
          }
        }
      }
    }
    assertThat(chained).as("the random maps have chains").isGreaterThan(SEEDS);
  }

  @Test
  void theSidesSharesAddUpToTheThesissChange() {
    for (int size : new int[] {6, 12, 24}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        for (ThesisBalance t : DF.balance(m).theses()) {
          String what = "seed " + seed + ", size " + size + ", thesis " + t.thesis();
          assertThat(t.forSide().share() + t.againstSide().share()).as(what).isCloseTo(t.change(), within(1e-9));
          assertThat(t.forSide().share()).as(what).isGreaterThanOrEqualTo(0.0);
          assertThat(t.againstSide().share()).as(what).isLessThanOrEqualTo(0.0);
        }
      }
    }
  }

  @Test
  void warningsFollowTheirRules() {
    int warned = 0;
    for (int size : new int[] {6, 12, 24}) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        for (ThesisBalance t : DF.balance(m).theses()) {
          for (Polarity p : Polarity.values()) {
            String what = "seed " + seed + ", size " + size + ", thesis " + t.thesis() + ", side " + p;
            Side s = t.side(p);
            List<Rule> rules = t.warnings().stream().filter(w -> w.side() == p).map(w -> w.rule()).toList();
            warned += rules.size();
            boolean empty = s.directArguments().isEmpty();
            boolean byArgument = s.challenges().stream().anyMatch(c -> c.kind() != ChallengeKind.PREMISE_UNDERMINED
                && s.directArguments().contains(c.argument()));
            assertThat(rules.contains(Rule.EMPTY_SIDE)).as(what).isEqualTo(empty);
            assertThat(rules.contains(Rule.UNCHALLENGED_SIDE)).as(what).isEqualTo(!empty && !byArgument);
            assertThat(rules.contains(Rule.NO_EVIDENCE_BEHIND_SIDE)).as(what)
                .isEqualTo(!empty && s.evidence().isEmpty());
            assertThat(rules.contains(Rule.SINGLE_SOURCE_SIDE)).as(what)
                .isEqualTo(!empty && !s.evidence().isEmpty() && s.sources().size() == 1);
          }
        }
      }
    }
    assertThat(warned).as("some random maps are unbalanced").isPositive();
  }
}
