package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.ar;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.bases;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.SourceId;
import org.junit.jupiter.api.Test;

/** Small maps scored by hand: every expected number is worked out in the comment above it. */
class MapScoringHandTest {
  private static final double EPS = 1e-12;
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  // ------------------------------------------------------------------ base scores

  @Test
  void evidenceBaseScoreOfKnownEvidence() {
    ArgumentMap m = ArgumentMap.builder()
        .thesis("t", "T.").statement("one", "One.").statement("two", "Two.").statement("mixed", "Mixed.")
        .statement("against", "Against.").statement("cited", "Cited.")
        .addSources(TestMaps.source("s75", 0.75), TestMaps.source("s50", 0.5), TestMaps.source("s100", 1.0))
        // c = 0.8 * 0.75 = 0.6: base 0.5 + 0.5 * 0.6 = 0.8
        .addEvidence(TestMaps.evidence("e1", "one", "s75", 0.8, SUPPORTS))
        // c = 0.6 and 0.5 * 1 = 0.5: S = 1 - 0.4 * 0.5 = 0.8, base 0.9
        .addEvidence(TestMaps.evidence("e2", "two", "s75", 0.8, SUPPORTS))
        .addEvidence(TestMaps.evidence("e3", "two", "s100", 0.5, SUPPORTS))
        // S = 0.6, U = 0.5 * 0.5 = 0.25: base 0.5 + 0.5 * 0.35 = 0.675
        .addEvidence(TestMaps.evidence("e4", "mixed", "s75", 0.8, SUPPORTS))
        .addEvidence(TestMaps.evidence("e5", "mixed", "s50", 0.5, ATTACKS))
        // U = 0.9 * 1 = 0.9: base 0.5 - 0.45 = 0.05
        .addEvidence(TestMaps.evidence("e6", "against", "s100", 0.9, ATTACKS))
        .build();
    // found in s50 (credibility 0.5), citing s100 (1.0): the source it was found in counts, c = 0.5, base 0.75
    m = m.toBuilder().addEvidence(dev.argmap.model.Evidence.builder().from(
        TestMaps.evidence("e7", "cited", "s50", 1.0, SUPPORTS)).citedWork(SourceId.of("s100")).build()).build();
    BaseScoreStrategy ev = BaseScoreStrategy.evidence();
    assertThat(ev.baseScore(m, st("t"))).isEqualTo(0.5);
    assertThat(ev.baseScore(m, st("one"))).isCloseTo(0.8, within(EPS));
    assertThat(ev.baseScore(m, st("two"))).isCloseTo(0.9, within(EPS));
    assertThat(ev.baseScore(m, st("mixed"))).isCloseTo(0.675, within(EPS));
    assertThat(ev.baseScore(m, st("against"))).isCloseTo(0.05, within(EPS));
    assertThat(ev.baseScore(m, st("cited"))).isCloseTo(0.75, within(EPS));
    assertThat(EvidenceBaseScore.contribution(m, m.evidence(dev.argmap.model.EvidenceId.of("e1")).orElseThrow()))
        .isCloseTo(0.6, within(EPS));
    // The scorer uses it by default.
    assertThat(DF.score(m).base(st("two"))).isCloseTo(0.9, within(EPS));
    assertThat(DF.score(m).strength(st("two"))).isCloseTo(0.9, within(EPS));
  }

  @Test
  void constantAndFunctionStrategies() {
    ArgumentMap m = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 1.0, "p"));
    assertThat(MapGraph.of(m, BaseScoreStrategy.constant(0.3)).baseScore(st("p"))).isEqualTo(0.3);
    assertThat(MapGraph.of(m, bases("p", 0.9)).baseScore(st("p"))).isEqualTo(0.9);
    assertThat(MapGraph.of(m, bases("p", 0.9)).baseScore(st("t"))).isEqualTo(0.5);
    assertThatThrownBy(() -> BaseScoreStrategy.constant(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapGraph.of(m, bases("p", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statement p")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> MapGraph.of(m, BaseScoreStrategy.of(s -> Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ structure

  @Test
  void singlePremise() {
    // a: p -> t, weight 0.8, all base 0.5. DF-QuAD: sigma(a) = 0.8 * 0.5 = 0.4; t = 0.5 + 0.5 * 0.4 = 0.7.
    ArgumentMap m = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 0.8, "p"));
    MapScores s = DF.withBaseScores(BaseScoreStrategy.constant(0.5)).score(m);
    assertThat(s.status()).isEqualTo(Strengths.Status.EXACT);
    assertThat(s.scheme()).isEqualTo(EvaluationScheme.TOPOLOGICAL);
    assertThat(s.iterations()).isEqualTo(1);
    assertThat(s.base(ar("a"))).isCloseTo(0.4, within(EPS));
    assertThat(s.strength(ar("a"))).isCloseTo(0.4, within(EPS));
    assertThat(s.strength(st("p"))).isCloseTo(0.5, within(EPS));
    assertThat(s.strength(st("t"))).isCloseTo(0.7, within(EPS));
    // Attacking instead: t = 0.5 - 0.5 * 0.4 = 0.3.
    ArgumentMap att = map(ids("t", "p"), arg("a", ATTACKS, st("t"), 0.8, "p"));
    assertThat(DF.withBaseScores(BaseScoreStrategy.constant(0.5)).score(att).strength(st("t")))
        .isCloseTo(0.3, within(EPS));
  }

  @Test
  void linkedPremisesAreConjunctive() {
    // Linked a: (p, q) -> t, weight 0.9, p = 0.8, q = 0.5: base(a) = 0.9 * 0.8 * 0.5 = 0.36; t = 0.5 + 0.5 * 0.36.
    BaseScoreStrategy b = bases("p", 0.8, "q", 0.5);
    MapScores linked = DF.withBaseScores(b).score(map(ids("t", "p", "q"), arg("a", SUPPORTS, st("t"), 0.9, "p", "q")));
    assertThat(linked.base(ar("a"))).isCloseTo(0.36, within(EPS));
    assertThat(linked.strength(st("t"))).isCloseTo(0.68, within(EPS));
    // Convergent (two separate arguments) instead: 0.72 and 0.45, vs = 1 - 0.28 * 0.55 = 0.846, t = 0.923.
    MapScores convergent = DF.withBaseScores(b).score(map(ids("t", "p", "q"),
        arg("a1", SUPPORTS, st("t"), 0.9, "p"), arg("a2", SUPPORTS, st("t"), 0.9, "q")));
    assertThat(convergent.strength(st("t"))).isCloseTo(0.923, within(EPS));
    // A false co-premise sinks the whole argument.
    MapScores zero = DF.withBaseScores(bases("p", 0.8, "q", 0.0))
        .score(map(ids("t", "p", "q"), arg("a", SUPPORTS, st("t"), 0.9, "p", "q")));
    assertThat(zero.strength(st("t"))).isCloseTo(0.5, within(EPS));
  }

  @Test
  void undercutterLowersTheArgument() {
    // a: p -> t (w 1, p = 0.8); u undercuts a (premise q = 0.5, w 1). sigma(u) = 0.5;
    // sigma(a) = 0.8 - 0.8 * 0.5 = 0.4; t = 0.5 + 0.5 * 0.4 = 0.7 (0.9 without u).
    BaseScoreStrategy b = bases("p", 0.8, "q", 0.5);
    ArgumentMap m = map(ids("t", "p", "q"), arg("a", SUPPORTS, st("t"), 1.0, "p"),
        arg("u", ATTACKS, ar("a"), 1.0, "q"));
    MapScores s = DF.withBaseScores(b).score(m);
    assertThat(s.strength(ar("u"))).isCloseTo(0.5, within(EPS));
    assertThat(s.base(ar("a"))).isCloseTo(0.8, within(EPS));
    assertThat(s.strength(ar("a"))).isCloseTo(0.4, within(EPS));
    assertThat(s.strength(st("t"))).isCloseTo(0.7, within(EPS));
    assertThat(s.strength(st("p"))).as("an undercutter leaves the premise alone").isCloseTo(0.8, within(EPS));
    // A supporter of the inference raises it: sigma(a) = 0.8 + 0.2 * 0.5 = 0.9 without u.
    ArgumentMap sup = map(ids("t", "p", "q"), arg("a", SUPPORTS, st("t"), 1.0, "p"),
        arg("v", SUPPORTS, ar("a"), 1.0, "q"));
    assertThat(DF.withBaseScores(b).score(sup).strength(ar("a"))).isCloseTo(0.9, within(EPS));
  }

  @Test
  void attackedPremiseLowersTheThesis() {
    // a: p -> t; b: r attacks p; all base 0.5, weights 1. sigma(b) = 0.5; p = 0.5 - 0.5 * 0.5 = 0.25;
    // sigma(a) = 0.25; t = 0.5 + 0.5 * 0.25 = 0.625 (0.75 without b).
    MapScorer sc = DF.withBaseScores(BaseScoreStrategy.constant(0.5));
    ArgumentMap m = map(ids("t", "p", "r"), arg("a", SUPPORTS, st("t"), 1.0, "p"),
        arg("b", ATTACKS, st("p"), 1.0, "r"));
    MapScores s = sc.score(m);
    assertThat(s.strength(st("p"))).isCloseTo(0.25, within(EPS));
    assertThat(s.base(ar("a"))).isCloseTo(0.25, within(EPS));
    assertThat(s.strength(st("t"))).isCloseTo(0.625, within(EPS));
    assertThat(sc.score(map(ids("t", "p", "r"), arg("a", SUPPORTS, st("t"), 1.0, "p"))).strength(st("t")))
        .isCloseTo(0.75, within(EPS));
  }

  @Test
  void otherSemanticsOnOneArgument() {
    ArgumentMap support = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 1.0, "p"));
    ArgumentMap attack = map(ids("t", "p"), arg("a", ATTACKS, st("t"), 1.0, "p"));
    BaseScoreStrategy half = BaseScoreStrategy.constant(0.5);
    // QE, one supporter of 0.5: E = 0.5, h = 0.25 / 1.25 = 0.2, t = 0.5 + 0.5 * 0.2 = 0.6.
    assertThat(MapScorer.of(GradualSemantics.QUADRATIC_ENERGY).withBaseScores(half).score(support)
        .strength(st("t"))).isCloseTo(0.6, within(EPS));
    // Euler-based: 1 - 0.75 / (1 + 0.5 e^0.5).
    assertThat(MapScorer.of(GradualSemantics.EULER_BASED).withBaseScores(half).score(support)
        .strength(st("t"))).isCloseTo(1 - 0.75 / (1 + 0.5 * Math.exp(0.5)), within(EPS));
    // QuAD, supporter only: vs = 1 - 0.5 * 0.5 = 0.75.
    assertThat(MapScorer.of(GradualSemantics.QUAD).withBaseScores(half).score(support).strength(st("t")))
        .isCloseTo(0.75, within(EPS));
    // Weighted h-categorizer: 0.5 / (1 + 0.5); supports are ignored, so the supported thesis keeps 0.5.
    MapScorer hbs = MapScorer.of(GradualSemantics.WEIGHTED_H_CATEGORIZER).withBaseScores(half);
    assertThat(hbs.score(attack).strength(st("t"))).isCloseTo(1.0 / 3.0, within(EPS));
    assertThat(hbs.score(support).strength(st("t"))).isCloseTo(0.5, within(EPS));
    // h-categorizer ignores base scores and premises: the argument node is unattacked, strength 1; t = 1/2.
    MapScorer hcat = MapScorer.of(GradualSemantics.H_CATEGORIZER).withBaseScores(half);
    assertThat(hcat.score(attack).strength(ar("a"))).isEqualTo(1.0);
    assertThat(hcat.score(attack).strength(st("t"))).isCloseTo(0.5, within(EPS));
    // Card-based: one attacker of 0.5: 0.5 / (1 + 1 + 0.5) = 0.2; an attacker of strength 0 does not count.
    MapScorer cbs = MapScorer.of(GradualSemantics.WEIGHTED_CARD_BASED).withBaseScores(half);
    assertThat(cbs.score(attack).strength(st("t"))).isCloseTo(0.2, within(EPS));
    assertThat(cbs.withBaseScores(bases("p", 0.0)).score(attack).strength(st("t"))).isCloseTo(0.5, within(EPS));
  }

  // ------------------------------------------------------------------ cycles

  /** p and q attack each other through arguments a (p attacks q) and b (q attacks p). */
  private static ArgumentMap mutualAttack() {
    return map(ids("p", "q"), arg("a", ATTACKS, st("q"), 1.0, "p"), arg("b", ATTACKS, st("p"), 1.0, "q"));
  }

  @Test
  void cycleUnderWeightedHCategorizerReachesTheGoldenRatio() {
    // Weights 1 and bases 1: sigma(a) = sigma(p), p = 1 / (1 + q), q = 1 / (1 + p): p = q = (sqrt 5 - 1) / 2.
    MapScores s = MapScorer.of(GradualSemantics.WEIGHTED_H_CATEGORIZER)
        .withBaseScores(BaseScoreStrategy.constant(1.0)).score(mutualAttack());
    assertThat(s.scheme()).isEqualTo(EvaluationScheme.JACOBI);
    assertThat(s.status()).isEqualTo(Strengths.Status.CONVERGED);
    assertThat(s.iterations()).isGreaterThan(1);
    assertThat(s.residual()).isLessThanOrEqualTo(1e-12);
    assertThat(s.strength(st("p"))).isCloseTo((Math.sqrt(5) - 1) / 2, within(1e-9));
    assertThat(s.strength(ar("b"))).isCloseTo((Math.sqrt(5) - 1) / 2, within(1e-9));
    assertThat(MapGraph.of(mutualAttack()).isAcyclic()).isFalse();
  }

  @Test
  void cycleUnderDfQuadIsReportedHonestly() {
    // Bases 1: a line of fixpoints (x, 1 - x). RK4 (the AUTO choice) reaches (0.5, 0.5); Jacobi does not
    // converge, and then the scores refuse to give a value.
    MapScorer sc = DF.withBaseScores(BaseScoreStrategy.constant(1.0));
    MapScores rk4 = sc.score(mutualAttack());
    assertThat(rk4.scheme()).isEqualTo(EvaluationScheme.RK4);
    assertThat(rk4.status()).isEqualTo(Strengths.Status.CONVERGED);
    assertThat(rk4.strength(st("p"))).isCloseTo(0.5, within(1e-6));
    assertThat(rk4.strength(st("q"))).isCloseTo(0.5, within(1e-6));
    MapScores jacobi = sc.withOptions(EvaluationOptions.builder().scheme(EvaluationScheme.JACOBI)
        .maxIterations(500).build()).score(mutualAttack());
    assertThat(jacobi.status()).isEqualTo(Strengths.Status.NOT_CONVERGED);
    assertThat(jacobi.converged()).isFalse();
    assertThat(jacobi.iterations()).isEqualTo(500);
    assertThatThrownBy(() -> jacobi.strength(st("p"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not converge");
    assertThatThrownBy(jacobi::statementStrengths).isInstanceOf(IllegalStateException.class);
    assertThat(jacobi.strengths().lastIterate()).hasSize(4);
  }

  @Test
  void quadAndForcedTopologicalRefuseCycles() {
    assertThatThrownBy(() -> MapScorer.of(GradualSemantics.QUAD).score(mutualAttack()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quad is defined on acyclic");
    assertThatThrownBy(() -> DF.withOptions(EvaluationOptions.builder().scheme(EvaluationScheme.TOPOLOGICAL)
        .build()).score(mutualAttack()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle through");
    // Forcing a scheme lets QuAD iterate.
    MapScores q = MapScorer.of(GradualSemantics.QUAD).withOptions(EvaluationOptions.builder()
        .scheme(EvaluationScheme.RK4).build()).score(mutualAttack());
    assertThat(q.converged()).isTrue();
  }

  @Test
  void supportOnlyCycleIsAcyclicForAttackOnlySemantics() {
    // p and q support each other: a cycle for the bipolar semantics, none once supports are dropped.
    ArgumentMap m = map(ids("p", "q"), arg("a", SUPPORTS, st("q"), 1.0, "p"),
        arg("b", SUPPORTS, st("p"), 1.0, "q"));
    assertThat(MapScorer.of(GradualSemantics.WEIGHTED_H_CATEGORIZER).score(m).status())
        .isEqualTo(Strengths.Status.EXACT);
    MapScores df = DF.withBaseScores(BaseScoreStrategy.constant(0.5)).score(m);
    assertThat(df.scheme()).isEqualTo(EvaluationScheme.RK4);
    // Support cycles drive DF-QuAD to 1 (semantics.md, dfquad-09).
    assertThat(df.strength(st("p"))).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void scoresReportTheirMapAndUnknownIds() {
    ArgumentMap m = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 1.0, "p"));
    MapScores s = DF.score(m);
    assertThat(s.map()).isSameAs(m);
    assertThat(s.semantics()).isEqualTo(GradualSemantics.DF_QUAD);
    assertThat(s.statementStrengths()).containsOnlyKeys(st("t"), st("p"));
    assertThat(s.argumentStrengths()).containsOnlyKeys(ar("a"));
    assertThat(s.toString()).contains("df-quad", "EXACT", "t=");
    assertThatThrownBy(() -> s.strength(st("nope"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no statement nope");
    assertThatThrownBy(() -> s.strength(ar("nope"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no argument nope");
    assertThat(DF.semantics()).isEqualTo(GradualSemantics.DF_QUAD);
    assertThat(DF.baseScores()).isSameAs(BaseScoreStrategy.evidence());
    assertThat(DF.options()).isSameAs(EvaluationOptions.defaults());
  }
}
