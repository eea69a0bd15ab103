package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.contribution.Gradients;
import dev.argmap.semantics.contribution.GraphContributions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Contribution functions on graphs against independent computations: each function recomputed from its
 * definition by building the restricted or edited graph and evaluating it with {@link GradualSemantics#evaluate}
 * (so the incremental masked evaluation is checked against the engine), Shapley values by brute force over
 * coalitions, gradients by central finite differences; sampled Shapley against exact; cyclic graphs. Every seed
 * is in the failure message.
 */
class GraphContributionsTest {
  private static final EvaluationOptions ITERATE =
      EvaluationOptions.builder().scheme(EvaluationScheme.AUTO).tolerance(1e-13).maxIterations(200_000).build();

  static BipolarGraph random(GradualSemantics sem, long seed, boolean acyclic) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 31 + 7);
    int n = 3 + r.nextInt(5);
    return RandomGraphs.bipolar(seed, n, 1.6, sem.isBipolar() ? 0.5 : 0.0, acyclic, r.chance(0.3));
  }

  /** The graph restricted to the arguments {@code keep} accepts, with the edges among them (and, optionally, no
   * edges into {@code cutInto}); labels kept. */
  static BipolarGraph restricted(BipolarGraph g, IntPredicate keep, int cutInto) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int[] map = new int[g.size()];
    for (int v = 0; v < g.size(); v++) {
      map[v] = keep.test(v) ? b.addArgument(g.label(v).orElseThrow(), g.baseScore(v)) : -1;
    }
    for (int v = 0; v < g.size(); v++) {
      if (map[v] < 0 || v == cutInto) {
        continue;
      }
      int[] att = g.attackers(v);
      double[] aw = g.attackWeights(v);
      for (int i = 0; i < att.length; i++) {
        if (map[att[i]] >= 0) {
          b.addAttack(map[att[i]], map[v], aw[i]);
        }
      }
      int[] sup = g.supporters(v);
      double[] sw = g.supportWeights(v);
      for (int i = 0; i < sup.length; i++) {
        if (map[sup[i]] >= 0) {
          b.addSupport(map[sup[i]], map[v], sw[i]);
        }
      }
    }
    return b.build();
  }

  /** A reference evaluation that did not converge: the graph is skipped, not guessed. */
  static final class NoReference extends RuntimeException {
    NoReference() {
      super(null, null, false, false);
    }
  }

  static double strength(GradualSemantics sem, BipolarGraph g, String label) {
    Strengths s = sem.evaluate(g, ITERATE);
    if (!s.converged()) {
      throw new NoReference();
    }
    return s.get(g.indexOf(label));
  }

  static BipolarGraph withBase(BipolarGraph g, int x, double base) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int v = 0; v < g.size(); v++) {
      b.addArgument(g.label(v).orElseThrow(), v == x ? base : g.baseScore(v));
    }
    for (int v = 0; v < g.size(); v++) {
      int[] att = g.attackers(v);
      double[] aw = g.attackWeights(v);
      for (int i = 0; i < att.length; i++) {
        b.addAttack(att[i], v, aw[i]);
      }
      int[] sup = g.supporters(v);
      double[] sw = g.supportWeights(v);
      for (int i = 0; i < sup.length; i++) {
        b.addSupport(sup[i], v, sw[i]);
      }
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void everyFunctionMatchesItsDefinitionOnRandomAcyclicGraphs(GradualSemantics sem) {
    for (long seed = 1; seed <= 60; seed++) {
      BipolarGraph g = random(sem, seed, true);
      int t = g.size() - 1;
      String topic = g.label(t).orElseThrow();
      GraphContributions gc = GraphContributions.of(g, sem);
      Contributions<String> removal = gc.contributions(ContributionFunction.REMOVAL, topic);
      Contributions<String> intrinsic = gc.contributions(ContributionFunction.INTRINSIC_REMOVAL, topic);
      Contributions<String> shapley = gc.contributions(ContributionFunction.SHAPLEY, topic);
      Contributions<String> gradient = gc.contributions(ContributionFunction.GRADIENT, topic);
      double full = strength(sem, g, topic);
      assertThat(removal.topicStrength()).as("seed %d", seed).isCloseTo(full, within(1e-12));
      int n = g.size();
      for (int x = 0; x < n; x++) {
        if (x == t) {
          continue;
        }
        final int fx = x;
        String label = g.label(x).orElseThrow();
        double without = strength(sem, restricted(g, v -> v != fx, -1), topic);
        assertThat(removal.of(label).value()).as("seed %d removal %s", seed, label)
            .isCloseTo(full - without, within(1e-12));
        BipolarGraph cut = restricted(g, v -> true, x);
        double cutFull = strength(sem, cut, topic);
        double cutWithout = strength(sem, restricted(cut, v -> v != fx, -1), topic);
        assertThat(intrinsic.of(label).value()).as("seed %d intrinsic %s", seed, label)
            .isCloseTo(cutFull - cutWithout, within(1e-12));
        double b = g.baseScore(x);
        double h = 1e-6;
        double lo = Math.max(0.0, b - h);
        double hi = Math.min(1.0, b + h);
        double fd = (strength(sem, withBase(g, x, hi), topic) - strength(sem, withBase(g, x, lo), topic)) / (hi - lo);
        if (!kinked(sem)) {
          assertThat(gradient.of(label).value()).as("seed %d gradient %s (base %s)", seed, label, b)
              .isCloseTo(fd, within(2e-5));
        }
      }
      // Shapley by brute force over every coalition of the other arguments
      double[] phi = bruteForceShapley(sem, g, t);
      for (int x = 0, p = 0; x < n; x++) {
        if (x != t) {
          assertThat(shapley.of(g.label(x).orElseThrow()).value()).as("seed %d shapley %s", seed, g.label(x).orElseThrow())
              .isCloseTo(phi[p++], within(1e-11));
        }
      }
      assertThat(shapley.sum()).as("seed %d efficiency", seed).isCloseTo(shapley.totalChange(), within(1e-12));
    }
  }

  /** Max-based, card-based and QuAD have kinks where a finite difference straddles two slopes. */
  private static boolean kinked(GradualSemantics sem) {
    return sem == GradualSemantics.WEIGHTED_MAX_BASED || sem == GradualSemantics.WEIGHTED_CARD_BASED
        || sem == GradualSemantics.QUAD || sem == GradualSemantics.DF_QUAD;
  }

  static double[] bruteForceShapley(GradualSemantics sem, BipolarGraph g, int t) {
    List<Integer> players = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (v != t) {
        players.add(v);
      }
    }
    int k = players.size();
    double[] value = new double[1 << k];
    for (int mask = 0; mask < (1 << k); mask++) {
      final int m = mask;
      value[mask] = strength(sem, restricted(g, v -> v == t || (m >> players.indexOf(v) & 1) == 1, -1), g.label(t).orElseThrow());
    }
    double[] fact = new double[k + 1];
    fact[0] = 1;
    for (int i = 1; i <= k; i++) {
      fact[i] = fact[i - 1] * i;
    }
    double[] phi = new double[k];
    for (int p = 0; p < k; p++) {
      for (int mask = 0; mask < (1 << k); mask++) {
        if ((mask >> p & 1) == 0) {
          int s = Integer.bitCount(mask);
          phi[p] += fact[s] * fact[k - s - 1] / fact[k] * (value[mask | 1 << p] - value[mask]);
        }
      }
    }
    return phi;
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "euler-based", "quadratic-energy", "weighted-h-categorizer"})
  void cyclicGraphsMatchTheirDefinitionsWithinTheTolerance(GradualSemantics sem) {
    int checked = 0;
    for (long seed = 1; seed <= 40; seed++) {
      BipolarGraph g = random(sem, seed, false);
      if (g.isAcyclic()) {
        continue;
      }
      int t = g.size() - 1;
      String topic = g.label(t).orElseThrow();
      GraphContributions gc = GraphContributions.of(g, sem)
          .withOptions(ContributionOptions.builder().evaluation(ITERATE).build());
      Contributions<String> removal;
      Contributions<String> gradient;
      try {
        removal = gc.contributions(ContributionFunction.REMOVAL, topic);
        gradient = gc.contributions(ContributionFunction.GRADIENT, topic);
      } catch (IllegalStateException e) {
        continue; // a sub-graph that does not converge is reported, not guessed
      }
      try {
        checkCyclic(sem, seed, g, t, removal, gradient);
      } catch (NoReference e) {
        continue;
      }
      checked++;
    }
    assertThat(checked).as("cyclic graphs checked").isGreaterThan(5);
  }

  private static void checkCyclic(GradualSemantics sem, long seed, BipolarGraph g, int t,
      Contributions<String> removal, Contributions<String> gradient) {
    String topic = g.label(t).orElseThrow();
    {
      double full = strength(sem, g, topic);
      for (int x = 0; x < g.size(); x++) {
        if (x == t) {
          continue;
        }
        final int fx = x;
        String label = g.label(x).orElseThrow();
        assertThat(removal.of(label).method()).isIn(Contribution.Method.CONVERGED, Contribution.Method.EXACT);
        double without = strength(sem, restricted(g, v -> v != fx, -1), topic);
        assertThat(removal.of(label).value()).as("seed %d removal %s", seed, label)
            .isCloseTo(full - without, within(1e-8));
        double b = g.baseScore(x);
        double h = 1e-5;
        double lo = Math.max(0.0, b - h);
        double hi = Math.min(1.0, b + h);
        double fd = (strength(sem, withBase(g, x, hi), topic) - strength(sem, withBase(g, x, lo), topic)) / (hi - lo);
        assertThat(gradient.of(label).value()).as("seed %d gradient %s", seed, label).isCloseTo(fd, within(1e-4));
      }
    }
  }

  @Test
  void sampledShapleyAgreesWithExactWithinItsStandardErrorAndIsSeeded() {
    for (long seed = 1; seed <= 20; seed++) {
      BipolarGraph g = RandomGraphs.bipolar(seed, 12, 2.0, 0.5, true, false);
      String topic = g.label(g.size() - 1).orElseThrow();
      GraphContributions gc = GraphContributions.of(g, GradualSemantics.DF_QUAD);
      Contributions<String> exact = gc.contributions(ContributionFunction.SHAPLEY, topic);
      ContributionOptions sampling = ContributionOptions.builder().exactPlayerLimit(0).seed(seed)
          .targetStandardError(0.002).build();
      Contributions<String> sampled = gc.withOptions(sampling).contributions(ContributionFunction.SHAPLEY, topic);
      assertThat(sampled.isEstimate() || sampled.values().values().stream().allMatch(c -> c.value() == 0.0))
          .isTrue();
      for (var e : exact.values().entrySet()) {
        Contribution s = sampled.of(e.getKey());
        if (s.method() == Contribution.Method.SAMPLED) {
          assertThat(s.samples()).isGreaterThanOrEqualTo(200);
          // 5 standard errors, or a hair when every sample agreed
          assertThat(s.value()).as("seed %d %s: %s vs exact %s", seed, e.getKey(), s, e.getValue())
              .isCloseTo(e.getValue().value(), within(5 * s.standardError() + 1e-12));
        } else {
          assertThat(e.getValue().value()).as("a null player is exactly 0").isZero();
        }
      }
      assertThat(sampled.sum()).as("sampled means add up to the change").isCloseTo(sampled.totalChange(),
          within(1e-12));
      assertThat(gc.withOptions(sampling).contributions(ContributionFunction.SHAPLEY, topic)).isEqualTo(sampled);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void theArrayGradientsEqualTheGradientContributions(GradualSemantics sem) {
    for (long seed = 1; seed <= 40; seed++) {
      boolean acyclic = seed % 4 != 0;
      BipolarGraph g = random(sem, seed, acyclic);
      if (!acyclic && sem == GradualSemantics.QUAD) {
        continue;
      }
      String topic = g.label(g.size() - 1).orElseThrow();
      GraphContributions gc = GraphContributions.of(g, sem)
          .withOptions(ContributionOptions.builder().evaluation(ITERATE).build());
      Contributions<String> c;
      try {
        c = gc.contributions(ContributionFunction.GRADIENT, topic);
      } catch (IllegalStateException e) {
        continue;
      }
      Gradients d = gc.gradients(topic);
      assertThat(d.topicStrength()).as("seed %d", seed).isCloseTo(c.topicStrength(), within(1e-12));
      assertThat(d.method()).isEqualTo(g.isAcyclic() ? Contribution.Method.EXACT : Contribution.Method.CONVERGED);
      for (int x = 0; x < g.size(); x++) {
        if (x != g.size() - 1) {
          assertThat(d.get(x)).as("seed %d %s", seed, g.label(x).orElseThrow()).isCloseTo(c.of(g.label(x).orElseThrow()).value(), within(1e-12));
          assertThat(d.get(g.label(x).orElseThrow())).isEqualTo(d.get(x));
        }
      }
      assertThat(d.toArray()).hasSize(g.size());
    }
  }

  @Test
  void groupsAreOnePlayer() {
    BipolarGraph g = RandomGraphs.bipolar(5, 7, 1.8, 0.5, true, false);
    String topic = g.label(6).orElseThrow();
    GraphContributions gc = GraphContributions.of(g, GradualSemantics.QUADRATIC_ENERGY);
    List<String> group = List.of(g.label(4).orElseThrow(), g.label(5).orElseThrow());
    double full = strength(GradualSemantics.QUADRATIC_ENERGY, g, topic);
    double without = strength(GradualSemantics.QUADRATIC_ENERGY, restricted(g, v -> v != 4 && v != 5, -1), topic);
    assertThat(gc.group(ContributionFunction.REMOVAL, topic, group).value()).isCloseTo(full - without,
        within(1e-12));
    Contributions<String> grad = gc.contributions(ContributionFunction.GRADIENT, topic);
    assertThat(gc.group(ContributionFunction.GRADIENT, topic, group).value())
        .isCloseTo(grad.of(g.label(4).orElseThrow()).value() + grad.of(g.label(5).orElseThrow()).value(), within(1e-15));
    // a group of one is the argument itself
    assertThat(gc.group(ContributionFunction.SHAPLEY, topic, List.of(g.label(3).orElseThrow())).value())
        .isCloseTo(gc.contributions(ContributionFunction.SHAPLEY, topic).of(g.label(3).orElseThrow()).value(), within(1e-12));
  }

  @Test
  void badInputIsRefusedWithAReason() {
    BipolarGraph g = RandomGraphs.bipolar(1, 4, 1.5, 0.5, true, false);
    GraphContributions gc = GraphContributions.of(g, GradualSemantics.DF_QUAD);
    assertThatThrownBy(() -> gc.contributions(ContributionFunction.SHAPLEY, "nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no argument 'nope'");
    assertThatThrownBy(() -> gc.group(ContributionFunction.SHAPLEY, "a3", List.of("a3")))
        .hasMessageContaining("must not hold the topic");
    assertThatThrownBy(() -> gc.group(ContributionFunction.SHAPLEY, "a3", List.of()))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> gc.contributions(null, "a3")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ContributionFunction.fromId("banzhaf")).hasMessageContaining("known: removal");
    BipolarGraph supports = RandomGraphs.bipolar(2, 5, 2.0, 1.0, true, false);
    assertThatThrownBy(() -> GraphContributions.of(supports, GradualSemantics.WEIGHTED_H_CATEGORIZER))
        .hasMessageContaining("attack-only");
    assertThatThrownBy(() -> gc.contributions(ContributionFunction.SHAPLEY, "a3").of("a3"))
        .hasMessageContaining("it is the topic");
    assertThatThrownBy(() -> new Contribution(0.1, 0.2, 3, Contribution.Method.EXACT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
