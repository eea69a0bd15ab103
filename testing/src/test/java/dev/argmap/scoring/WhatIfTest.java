package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.ar;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.scoring.explain.Comparison;
import dev.argmap.scoring.explain.WhatIf;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.testing.RandomMaps;
import org.junit.jupiter.api.Test;

/** What-if comparisons equal scoring the edited map. */
class WhatIfTest {
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  private static void assertMatches(Comparison c, MapScores expectedAfter, MapScores expectedBefore) {
    assertThat(c.rows()).hasSize(expectedBefore.map().statements().size());
    for (Comparison.Row r : c.rows()) {
      assertThat(r.before()).isEqualTo(expectedBefore.strength(r.statement()));
      assertThat(r.after()).as("%s after %s", r.statement(), c.description())
          .isEqualTo(expectedAfter.strength(r.statement()));
      assertThat(r.change()).isEqualTo(r.after() - r.before());
    }
  }

  @Test
  void byHand() {
    // t <- a (p), c (q) attacks t, u (r) undercuts a. Bases 0.5. DF-QuAD: u = 0.5, a = 0.5 - 0.25 = 0.25,
    // c = 0.5, t = 0.5 - 0.5 * (0.5 - 0.25) = 0.375. Without a (and so without u): t = 0.25.
    ArgumentMap m = map(ids("t", "p", "q", "r"), arg("a", SUPPORTS, st("t"), 1.0, "p"),
        arg("c", ATTACKS, st("t"), 1.0, "q"), arg("u", ATTACKS, ar("a"), 1.0, "r"));
    WhatIf w = DF.withBaseScores(BaseScoreStrategy.constant(0.5)).whatIf(m);
    assertThat(w.baseline().strength(st("t"))).isCloseTo(0.375, within(1e-12));
    Comparison c = w.removeArgument(ar("a"));
    assertThat(c.description()).isEqualTo("remove argument a");
    assertThat(c.row(st("t")).before()).isCloseTo(0.375, within(1e-12));
    assertThat(c.row(st("t")).after()).isCloseTo(0.25, within(1e-12));
    assertThat(c.editedMap().argument(ar("u"))).as("the undercutter goes with it").isEmpty();
    assertThat(c.editedMap().arguments()).extracting(Argument::id).containsExactly(ar("c"));
    assertThat(c.editedMap().statements()).isEqualTo(m.statements());
    assertThat(c.biggestMovers(5)).extracting(Comparison.Row::statement).containsExactly(st("t"));
    assertThat(c.toText()).contains("remove argument a", "0.3750 -> 0.2500", "(-0.1250)");
    assertThat(c.toString()).contains("1 moved");
    assertThat(c.before()).isSameAs(w.baseline());
    assertThat(m.argument(ar("a"))).as("the original map is untouched").isPresent();
    assertThatThrownBy(() -> w.removeArgument(ar("nope"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.row(st("nope"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.biggestMovers(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discreditingASourceSilencesItsEvidence() {
    ArgumentMap m = ArgumentMap.builder().thesis("t", "T.").statement("p", "P.")
        .addArguments(arg("a", SUPPORTS, st("t"), 1.0, "p"))
        .addSources(TestMaps.source("s1", 0.8), TestMaps.source("s2", 1.0))
        .addEvidence(TestMaps.evidence("e1", "p", "s1", 1.0, SUPPORTS))
        // e2 is found in s2 and cites s1: discrediting s1 leaves it alone
        .addEvidence(Evidence.builder().from(TestMaps.evidence("e2", "t", "s2", 0.5, SUPPORTS))
            .citedWork(SourceId.of("s1")).build())
        .build();
    Comparison c = DF.whatIf(m).discreditSource(SourceId.of("s1"));
    assertThat(c.after().base(st("p"))).isEqualTo(0.5);
    assertThat(c.after().base(st("t"))).isEqualTo(c.before().base(st("t")));
    assertThat(c.editedMap().source(SourceId.of("s1")).orElseThrow().credibility()).isZero();
    assertThat(c.row(st("p")).before()).isCloseTo(0.9, within(1e-12));
    assertThat(c.row(st("p")).after()).isCloseTo(0.5, within(1e-12));
    assertThat(c.biggestMovers(1)).extracting(Comparison.Row::statement).containsExactly(st("p"));
    assertThat(c.biggestMovers(0)).isEmpty();
    assertThatThrownBy(() -> DF.whatIf(m).discreditSource(SourceId.of("nope")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DF.whatIf(m).setSourceCredibility(SourceId.of("s1"), 2.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DF.whatIf(m).setEvidenceWeight(EvidenceId.of("e1"), -0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalsScoringTheEditedMapOnRandomMaps() {
    for (long seed = 1; seed <= 10; seed++) {
      ArgumentMap m = RandomMaps.withStatements(50).seed(seed).generate();
      for (GradualSemantics sem : new GradualSemantics[] {GradualSemantics.DF_QUAD,
          GradualSemantics.EULER_BASED, GradualSemantics.WEIGHTED_CARD_BASED}) {
        MapScorer scorer = MapScorer.of(sem);
        WhatIf w = scorer.whatIf(m);
        MapScores before = scorer.score(m);
        Argument a = m.arguments().get((int) (seed * 7 % m.arguments().size()));
        assertMatches(w.removeArgument(a.id()), scorer.score(ExplanationTest.without(m, a.id())), before);
        if (!m.evidence().isEmpty()) {
          Evidence e = m.evidence().get((int) (seed * 5 % m.evidence().size()));
          double nw = 1 - e.weight();
          Comparison c = w.setEvidenceWeight(e.id(), nw);
          assertMatches(c, scorer.score(SensitivityTest.withEvidenceWeight(m, e.id().value(), nw)), before);
          assertThat(c.editedMap().evidence(e.id()).orElseThrow().weight()).isEqualTo(nw);
        }
        Source s = m.sources().get((int) (seed % m.sources().size()));
        assertMatches(w.discreditSource(s.id()),
            scorer.score(SensitivityTest.withCredibility(m, s.id().value(), 0.0)), before);
        // every statement kept, in order; the rest of the map unchanged
        Comparison same = w.compare("nothing", m);
        assertThat(same.rows()).extracting(Comparison.Row::statement)
            .containsExactlyElementsOf(m.statements().stream().map(Statement::id).toList());
        assertThat(same.biggestMovers(100)).isEmpty();
      }
    }
  }
}
