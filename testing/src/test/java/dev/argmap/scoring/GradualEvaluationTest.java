package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scheme selection, convergence reporting, options, and agreement of the one-pass and iterative evaluators. */
class GradualEvaluationTest {

  static Stream<Arguments> semanticsAndSeeds() {
    List<Arguments> out = new ArrayList<>();
    for (GradualSemantics s : GradualSemantics.builtIns()) {
      for (long seed = 1; seed <= 25; seed++) {
        out.add(Arguments.of(s, seed));
      }
    }
    return out.stream();
  }

  /** On acyclic graphs, Jacobi and RK4 (forced) reach the topological values within 1e-9. */
  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("semanticsAndSeeds")
  void iterativeSchemesAgreeWithTopologicalPassOnAcyclicGraphs(GradualSemantics sem, long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = 1 + r.nextInt(60);
    BipolarGraph g = RandomGraphs.bipolar(seed, n, 2.5 * r.nextDouble(), sem.isBipolar() ? 0.5 : 0.0, true,
        seed % 3 == 0);
    Strengths exact = sem.evaluate(g);
    assertThat(exact.status()).isEqualTo(Strengths.Status.EXACT);
    assertThat(exact.scheme()).isEqualTo(EvaluationScheme.TOPOLOGICAL);
    for (EvaluationScheme scheme : new EvaluationScheme[] {EvaluationScheme.JACOBI, EvaluationScheme.RK4}) {
      Strengths it = sem.evaluate(g, EvaluationOptions.builder().scheme(scheme).maxIterations(100_000).build());
      assertThat(it.status()).as("seed %d %s: %s", seed, scheme, it).isEqualTo(Strengths.Status.CONVERGED);
      assertThat(it.scheme()).isEqualTo(scheme);
      double[] a = exact.toArray();
      double[] b = it.toArray();
      for (int i = 0; i < n; i++) {
        assertThat(b[i]).as("seed %d, %s, argument %d", seed, scheme, i).isCloseTo(a[i], within(1e-9));
      }
      for (double v : a) {
        assertThat(v).as("seed %d: strength in [0,1]", seed).isBetween(0.0, 1.0);
      }
    }
  }

  /** Jacobi on an acyclic graph is exact after (depth + 1) sweeps, plus one to see no change. */
  @Test
  void jacobiOnAChainStopsAfterDepthPlusOneSweeps() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int prev = b.addArgument("a0", 0.7);
    for (int i = 1; i < 10; i++) {
      int cur = b.addArgument("a" + i, 0.7);
      b.addAttack(prev, cur);
      prev = cur;
    }
    Strengths s = GradualSemantics.DF_QUAD.evaluate(b.build(),
        EvaluationOptions.builder().scheme(EvaluationScheme.JACOBI).build());
    assertThat(s.converged()).isTrue();
    assertThat(s.iterations()).isBetween(2, 11);
    assertThat(s.residual()).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void autoPicksRk4ForBipolarAndJacobiForAttackOnlyOnCycles() {
    BipolarGraph g = mutualAttack(0.5, 0.5);
    assertThat(g.isAcyclic()).isFalse();
    assertThat(GradualSemantics.DF_QUAD.evaluate(g).scheme()).isEqualTo(EvaluationScheme.RK4);
    assertThat(GradualSemantics.EULER_BASED.evaluate(g).scheme()).isEqualTo(EvaluationScheme.RK4);
    assertThat(GradualSemantics.QUADRATIC_ENERGY.evaluate(g).scheme()).isEqualTo(EvaluationScheme.RK4);
    assertThat(GradualSemantics.H_CATEGORIZER.evaluate(g).scheme()).isEqualTo(EvaluationScheme.JACOBI);
    assertThat(GradualSemantics.WEIGHTED_MAX_BASED.evaluate(g.toAttackGraph()).scheme())
        .isEqualTo(EvaluationScheme.JACOBI);
    // Closed form for the 2-cycle under h-categorizer.
    assertThat(GradualSemantics.H_CATEGORIZER.evaluate(g).get("a"))
        .isCloseTo((Math.sqrt(5) - 1) / 2, within(1e-12));
  }

  @Test
  void quadRefusesCyclesUnlessASchemeIsForced() {
    BipolarGraph g = mutualAttack(0.5, 0.5);
    assertThatThrownBy(() -> GradualSemantics.QUAD.evaluate(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acyclic graphs only")
        .hasMessageContaining("cycle through argument")
        .hasMessageContaining("EvaluationScheme.RK4");
    Strengths forced = GradualSemantics.QUAD.evaluate(g,
        EvaluationOptions.builder().scheme(EvaluationScheme.RK4).build());
    assertThat(forced.converged()).isTrue();
    // Symmetric fixpoint of s = 0.5 (1 - s).
    assertThat(forced.get("a")).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void topologicalSchemeRefusesCycles() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int x = b.addArgument("x", 0.5);
    int c1 = b.addArgument("c1", 0.5);
    int c2 = b.addArgument("c2", 0.5);
    b.addAttack(x, c1).addSupport(c1, c2).addAttack(c2, c1);
    BipolarGraph g = b.build();
    assertThatThrownBy(() -> GradualSemantics.DF_QUAD.evaluate(g,
        EvaluationOptions.builder().scheme(EvaluationScheme.TOPOLOGICAL).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("(?s).*cycle through argument '(c1|c2)'.*");
  }

  @Test
  void nonConvergenceIsReportedAndValuesAreWithheld() {
    BipolarGraph g = mutualAttack(1.0, 1.0);
    Strengths s = GradualSemantics.DF_QUAD.evaluate(g,
        EvaluationOptions.builder().scheme(EvaluationScheme.JACOBI).maxIterations(500).build());
    assertThat(s.status()).isEqualTo(Strengths.Status.NOT_CONVERGED);
    assertThat(s.converged()).isFalse();
    assertThat(s.iterations()).isEqualTo(500);
    assertThat(s.residual()).isEqualTo(1.0); // (1,1) -> (0,0) -> (1,1): every sweep moves by 1
    assertThatThrownBy(() -> s.get(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not converge").hasMessageContaining("500 iterations");
    assertThatThrownBy(s::toArray).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> s.get("a")).isInstanceOf(IllegalStateException.class);
    assertThat(s.lastIterate()).hasSize(2);
    // A cap that is too small for a convergent iteration is also reported, not hidden.
    Strengths early = GradualSemantics.QUADRATIC_ENERGY.evaluate(mutualAttack(0.5, 0.5),
        EvaluationOptions.builder().scheme(EvaluationScheme.RK4).maxIterations(3).build());
    assertThat(early.status()).isEqualTo(Strengths.Status.NOT_CONVERGED);
    assertThat(early.residual()).isGreaterThan(early.tolerance());
  }

  @Test
  void timeBudgetStopsAnIterationAndSaysSo() {
    BipolarGraph g = mutualAttack(1.0, 1.0); // Jacobi oscillates forever
    Strengths s = GradualSemantics.DF_QUAD.evaluate(g, EvaluationOptions.builder()
        .scheme(EvaluationScheme.JACOBI)
        .maxIterations(Integer.MAX_VALUE)
        .timeBudget(java.time.Duration.ofMillis(50))
        .build());
    assertThat(s.status()).isEqualTo(Strengths.Status.NOT_CONVERGED);
    assertThat(s.iterations()).isGreaterThan(1).isLessThan(Integer.MAX_VALUE);
    assertThat(s.toString()).contains("time budget ran out");
    assertThatThrownBy(() -> s.get(0)).hasMessageContaining("the time budget ran out");
    assertThatThrownBy(() -> EvaluationOptions.builder().timeBudget(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EvaluationOptions.defaults().timeBudget()).isEmpty();
    assertThat(EvaluationOptions.builder().timeBudget(java.time.Duration.ofSeconds(3)).noTimeBudget().build()
        .timeBudget()).isEmpty();
    assertThatThrownBy(() -> EvaluationOptions.builder().timeBudget(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rk4StepAndToleranceAreHonoured() {
    BipolarGraph g = mutualAttack(0.5, 0.5);
    Strengths coarse = GradualSemantics.QUADRATIC_ENERGY.evaluate(g,
        EvaluationOptions.builder().scheme(EvaluationScheme.RK4).tolerance(1e-3).rk4Step(0.1).build());
    Strengths fine = GradualSemantics.QUADRATIC_ENERGY.evaluate(g,
        EvaluationOptions.builder().scheme(EvaluationScheme.RK4).build());
    assertThat(coarse.tolerance()).isEqualTo(1e-3);
    assertThat(coarse.iterations()).isLessThan(fine.iterations());
    assertThat(coarse.residual()).isLessThanOrEqualTo(1e-3);
    assertThat(fine.residual()).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void optionsValidateTheirArguments() {
    assertThatThrownBy(() -> EvaluationOptions.builder().tolerance(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> EvaluationOptions.builder().tolerance(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvaluationOptions.builder().maxIterations(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
    assertThatThrownBy(() -> EvaluationOptions.builder().rk4Step(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rk4Step");
    EvaluationOptions d = EvaluationOptions.defaults();
    assertThat(d.scheme()).isEqualTo(EvaluationScheme.AUTO);
    assertThat(d.tolerance()).isEqualTo(1e-12);
    assertThat(d.rk4Step()).isEqualTo(0.05);
  }

  @Test
  void attackOnlySemanticsRefuseSupports() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int a = b.addArgument("a", 0.5);
    int c = b.addArgument("c", 0.5);
    b.addSupport(c, a);
    BipolarGraph g = b.build();
    assertThatThrownBy(() -> GradualSemantics.WEIGHTED_H_CATEGORIZER.evaluate(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attack-only")
        .hasMessageContaining("toAttackGraph()");
    assertThat(GradualSemantics.WEIGHTED_H_CATEGORIZER.evaluate(g.toAttackGraph()).get("a")).isEqualTo(0.5);
  }

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void idsRoundTripAndEmptyGraphsWork(GradualSemantics s) {
    assertThat(GradualSemantics.fromId(s.id())).isSameAs(s);
    Strengths empty = s.evaluate(BipolarGraph.builder().build());
    assertThat(empty.size()).isZero();
    assertThat(empty.converged()).isTrue();
    assertThat(s.evaluate(BipolarGraph.builder().build(),
        EvaluationOptions.builder().scheme(EvaluationScheme.RK4).build()).converged()).isTrue();
  }

  @Test
  void unknownIdsAreRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> GradualSemantics.fromId("dfquad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("df-quad")
        .hasMessageContaining("weighted-card-based");
  }

  /** Edge weights multiply the parent's strength: weight w on an attack equals a parent of strength w * s. */
  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void edgeWeightScalesTheParentsStrength(GradualSemantics sem) {
    double parentBase = 0.8;
    double weight = 0.25;
    BipolarGraph.Builder weighted = BipolarGraph.builder();
    int y = weighted.addArgument("y", 0.6);
    int p = weighted.addArgument("p", parentBase);
    weighted.addAttack(p, y, weight);
    double s1 = sem.evaluate(weighted.build()).get("y");
    // Same strength contribution without weight: a parent whose strength is weight * strength(p).
    double parentStrength = sem == GradualSemantics.H_CATEGORIZER ? 1.0 : parentBase;
    BipolarGraph.Builder plain = BipolarGraph.builder();
    int y2 = plain.addArgument("y", 0.6);
    int q = plain.addArgument("q", weight * parentStrength);
    plain.addAttack(q, y2);
    double s2 = sem.evaluate(plain.build()).get("y");
    if (sem == GradualSemantics.H_CATEGORIZER) {
      assertThat(s1).isCloseTo(1.0 / (1.0 + weight), within(1e-15));
    } else {
      assertThat(s1).isCloseTo(s2, within(1e-15));
    }
  }

  @Test
  void labelsAndIndicesResolveInResults() {
    BipolarGraph g = mutualAttack(0.5, 0.5);
    Strengths s = GradualSemantics.H_CATEGORIZER.evaluate(g);
    assertThat(s.get("b")).isEqualTo(s.get(1));
    assertThatThrownBy(() -> s.get("zz")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
    assertThatThrownBy(() -> s.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(s.toString()).contains("h-categorizer", "JACOBI", "CONVERGED");
  }

  /** Deep graphs: no recursion anywhere, so a 200,000-long chain evaluates (and Kahn finds its order). */
  @Test
  void deepChainsNeedNoStack() {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      b.addArgument(0.9);
    }
    for (int i = 1; i < n; i++) {
      if (i % 2 == 0) {
        b.addSupport(i - 1, i);
      } else {
        b.addAttack(i - 1, i);
      }
    }
    BipolarGraph g = b.build();
    Strengths s = GradualSemantics.DF_QUAD.evaluate(g);
    assertThat(s.status()).isEqualTo(Strengths.Status.EXACT);
    assertThat(s.get(n - 1)).isBetween(0.0, 1.0);
  }

  static BipolarGraph mutualAttack(double a, double b) {
    BipolarGraph.Builder bb = BipolarGraph.builder();
    int x = bb.addArgument("a", a);
    int y = bb.addArgument("b", b);
    bb.addAttack(x, y).addAttack(y, x);
    return bb.build();
  }
}
