package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.explain.Sensitivity;
import dev.argmap.scoring.explain.WhatIf;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.RandomMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contributions on maps against independent computations: removals against re-scoring the edited map (what-if
 * edits that rebuild and validate it), gradients against the sensitivity report's finite differences, Shapley
 * efficiency against scoring the map with every base at 0.5, explanations' shares against the direct-argument
 * game. Seeded random maps; the seed is in every failure message.
 */
class MapContributionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quadratic-energy", "euler-based", "weighted-h-categorizer"})
  void removalsMatchRescoringTheEditedMap(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    int checked = 0;
    for (long seed = 1; seed <= 8; seed++) {
      ArgumentMap m = RandomMaps.withStatements(30).seed(seed).generate();
      if (!MapGraph.of(m).isAcyclic()) {
        continue;
      }
      checked++;
      StatementId t = m.thesisIds().get(0);
      double score = scorer.score(m).strength(t);
      WhatIf whatIf = scorer.whatIf(m);
      Contributions<ElementId> ev = scorer.contributions(m, t, ContributionFunction.REMOVAL,
          MapContributors.EVIDENCE);
      for (Evidence e : m.evidence()) {
        double without = whatIf.setEvidenceWeight(e.id(), 0.0).after().strength(t);
        assertThat(ev.of(e.id()).value()).as("seed %d evidence %s", seed, e.id())
            .isCloseTo(score - without, within(1e-12));
      }
      Contributions<ElementId> src = scorer.contributions(m, t, ContributionFunction.REMOVAL,
          MapContributors.SOURCES);
      for (Source s : m.sources()) {
        double without = whatIf.discreditSource(s.id()).after().strength(t);
        assertThat(src.of(s.id()).value()).as("seed %d source %s", seed, s.id())
            .isCloseTo(score - without, within(1e-12));
      }
      Contributions<ElementId> args = scorer.contributions(m, t, ContributionFunction.REMOVAL,
          MapContributors.ARGUMENTS);
      for (Argument a : m.arguments()) {
        double without = whatIf.removeArgument(a.id()).after().strength(t);
        assertThat(args.of(a.id()).value()).as("seed %d argument %s", seed, a.id())
            .isCloseTo(score - without, within(1e-12));
      }
      Contributions<ElementId> sts = scorer.contributions(m, t, ContributionFunction.REMOVAL,
          MapContributors.STATEMENTS);
      for (Statement st : m.statements()) {
        if (st.id().equals(t)) {
          continue;
        }
        // without a premise, every argument that uses it has base 0: as if its weight were 0
        ArgumentMap edited = m;
        for (Argument a : m.argumentsUsing(st.id())) {
          edited = MapEdits.withArgumentWeight(edited, a.id(), 0.0);
        }
        double without = scorer.score(edited).strength(t);
        assertThat(sts.of(st.id()).value()).as("seed %d statement %s", seed, st.id())
            .isCloseTo(score - without, within(1e-12));
      }
    }
    assertThat(checked).as("acyclic maps checked").isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quadratic-energy", "euler-based", "weighted-h-categorizer"})
  void gradientsMatchTheSensitivityReport(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    int checked = 0;
    for (long seed = 1; seed <= 6; seed++) {
      ArgumentMap m = RandomMaps.withStatements(25).seed(seed).generate();
      if (!MapGraph.of(m).isAcyclic()) {
        continue;
      }
      checked++;
      StatementId t = m.thesisIds().get(0);
      Sensitivity fd = scorer.sensitivity(m, t, 1e-5);
      Contributions<ElementId> ev = scorer.contributions(m, t, ContributionFunction.GRADIENT,
          MapContributors.EVIDENCE);
      for (Evidence e : m.evidence()) {
        assertThat(ev.of(e.id()).value()).as("seed %d d/d weight of %s", seed, e.id())
            .isCloseTo(fd.effect(e.id()).derivative(),
                within(1e-5));
      }
      Contributions<ElementId> src = scorer.contributions(m, t, ContributionFunction.GRADIENT,
          MapContributors.SOURCES);
      for (Source s : m.sources()) {
        assertThat(src.of(s.id()).value()).as("seed %d d/d credibility of %s", seed, s.id())
            .isCloseTo(fd.effect(s.id()).derivative(),
                within(1e-5));
      }
      Contributions<ElementId> sts = scorer.contributions(m, t, ContributionFunction.GRADIENT,
          MapContributors.STATEMENTS);
      for (Statement st : m.statements()) {
        if (!st.id().equals(t)) {
          assertThat(sts.of(st.id()).value()).as("seed %d d/d base of %s", seed, st.id())
              .isCloseTo(fd.effect(st.id()).derivative(), within(1e-5));
        }
      }
      Contributions<ElementId> args = scorer.contributions(m, t, ContributionFunction.GRADIENT,
          MapContributors.ARGUMENTS);
      for (Argument a : m.arguments()) {
        double w = a.weight();
        double h = 1e-6;
        double lo = Math.max(0, w - h);
        double hi = Math.min(1, w + h);
        double d = (scorer.score(MapEdits.withArgumentWeight(m, a.id(), hi)).strength(t)
            - scorer.score(MapEdits.withArgumentWeight(m, a.id(), lo)).strength(t)) / (hi - lo);
        assertThat(args.of(a.id()).value()).as("seed %d d/d weight of %s", seed, a.id()).isCloseTo(d, within(1e-5));
      }
    }
    assertThat(checked).as("acyclic maps checked").isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(MapContributors.class)
  void shapleySharesAddUpToTheChange(MapContributors who) {
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    for (long seed = 1; seed <= 5; seed++) {
      ArgumentMap m = RandomMaps.withStatements(20).seed(seed).generate();
      StatementId t = m.thesisIds().get(0);
      Contributions<ElementId> c = scorer.contributions(m, t, ContributionFunction.SHAPLEY, who);
      assertThat(c.topicStrength()).isCloseTo(scorer.score(m).strength(t), within(1e-9));
      assertThat(c.sum()).as("seed %d %s", seed, who).isCloseTo(c.totalChange(), within(1e-9));
      if (who == MapContributors.EVIDENCE || who == MapContributors.SOURCES) {
        double noEvidence = scorer.withBaseScores(BaseScoreStrategy.constant(0.5)).score(m).strength(t);
        assertThat(c.topicAlone()).as("seed %d: with no evidence every base is 0.5", seed)
            .isCloseTo(noEvidence, within(1e-9));
      }
      if (who == MapContributors.DIRECT_ARGUMENTS) {
        Explanation e = scorer.explain(m, t);
        for (Explanation.Reason r : e.reasons()) {
          assertThat(r.share().value()).isCloseTo(c.of(r.argument()).value(), within(1e-12));
        }
      }
    }
  }
}
