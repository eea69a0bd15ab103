package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.testing.MiniJson;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@link GradualSemantics#localStrength} is the update the engine applies: every strength the engine reports
 * (exact or converged) satisfies {@code s(a) = localStrength(base(a), s(attackers), s(supporters))}, on the
 * reference vectors and on seeded random graphs.
 */
class LocalStrengthTest {
  private static final int SEEDS = 40;

  /** The fixpoint equation at every argument of a graph (edge weights 1). */
  private static void assertFixpoint(String what, BipolarGraph g, GradualSemantics sem, Strengths s, double tol) {
    for (int a = 0; a < g.size(); a++) {
      double[] att = values(s, g.attackers(a));
      double[] sup = values(s, g.supporters(a));
      assertThat(sem.localStrength(g.baseScore(a), att, sup))
          .as("%s, %s, argument %s", what, sem.id(), g.label(a).orElseThrow())
          .isCloseTo(s.get(a), within(tol));
    }
  }

  private static double[] values(Strengths s, int[] idx) {
    double[] v = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      v[i] = s.get(idx[i]);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  @Test
  void referenceVectorsSatisfyTheLocalUpdate() throws IOException {
    Path file = ReferenceVectorsTest.findVectors();
    Assumptions.assumeTrue(file != null, SharedFiles.missing("reference/vectors.json"));
    Map<String, Object> root =
        (Map<String, Object>) MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    int checked = 0;
    for (Map<String, Object> c : (List<Map<String, Object>>) root.get("cases")) {
      if ("dung".equals(c.get("semantics"))) {
        continue;
      }
      GradualSemantics sem = GradualSemantics.fromId((String) c.get("semantics"));
      BipolarGraph g = ReferenceVectorsTest.graphOf(c);
      String scheme = (String) ((Map<String, Object>) c.get("evaluation")).get("scheme");
      EvaluationOptions o = "topological".equals(scheme) ? EvaluationOptions.defaults()
          : EvaluationOptions.builder().scheme(EvaluationScheme.valueOf(scheme.toUpperCase(java.util.Locale.ROOT)))
              .build();
      Strengths s = sem.evaluate(g, o);
      assertThat(s.converged()).as("%s: %s", c.get("id"), s).isTrue();
      assertFixpoint((String) c.get("id"), g, sem, s, g.isAcyclic() ? 1e-15 : 1e-9);
      // and the expected values themselves, within the case's tolerance times the parents' count
      Map<String, Object> expected = (Map<String, Object>) c.get("expected");
      double tol = (Double) c.get("tolerance");
      for (int a = 0; a < g.size(); a++) {
        int[] at = g.attackers(a);
        int[] su = g.supporters(a);
        double[] av = new double[at.length];
        double[] sv = new double[su.length];
        for (int i = 0; i < at.length; i++) {
          av[i] = (Double) expected.get(g.label(at[i]).orElseThrow());
        }
        for (int i = 0; i < su.length; i++) {
          sv[i] = (Double) expected.get(g.label(su[i]).orElseThrow());
        }
        assertThat(sem.localStrength(g.baseScore(a), av, sv))
            .as("%s: expected value of %s", c.get("id"), g.label(a).orElseThrow())
            .isCloseTo((Double) expected.get(g.label(a).orElseThrow()), within(tol * (2 + at.length + su.length)));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void randomGraphsSatisfyTheLocalUpdate(GradualSemantics sem) {
    for (long seed = 1; seed <= SEEDS; seed++) {
      boolean acyclic = seed % 2 == 0;
      if (sem == GradualSemantics.QUAD && !acyclic) {
        continue;
      }
      BipolarGraph g = RandomGraphs.bipolar(seed * 7919, 30, 2.0, sem.isBipolar() ? 0.4 : 0.0, acyclic, false);
      Strengths s = sem.evaluate(g);
      if (!s.converged()) {
        continue; // a cyclic bipolar case without a fixpoint found: nothing to check
      }
      assertFixpoint("seed " + seed * 7919 + (acyclic ? " acyclic" : " cyclic"), g, sem, s,
          acyclic ? 1e-15 : 1e-9);
    }
  }

  @Test
  void handValues() {
    double[] none = {};
    assertThat(GradualSemantics.DF_QUAD.localStrength(0.5, new double[] {0.4}, new double[] {0.8}))
        .isCloseTo(0.5 + 0.5 * 0.4, within(1e-15));
    assertThat(GradualSemantics.DF_QUAD.localStrength(0.5, new double[] {0.5, 0.5}, none))
        .isCloseTo(0.5 - 0.5 * 0.75, within(1e-15));
    assertThat(GradualSemantics.QUAD.localStrength(0.6, new double[] {0.5}, new double[] {0.5}))
        .isCloseTo((0.6 * 0.5 + 1 - 0.4 * 0.5) / 2, within(1e-15));
    assertThat(GradualSemantics.WEIGHTED_MAX_BASED.localStrength(0.9, new double[] {0.2, 0.8}, none))
        .isCloseTo(0.5, within(1e-15));
    // Attack-only semantics ignore supporters; h-categorizer ignores the base.
    assertThat(GradualSemantics.WEIGHTED_H_CATEGORIZER.localStrength(0.6, new double[] {0.5}, new double[] {1}))
        .isCloseTo(0.4, within(1e-15));
    assertThat(GradualSemantics.H_CATEGORIZER.localStrength(0.2, new double[] {1.0}, none)).isEqualTo(0.5);
    // Stability: no parents give the base (Euler-based up to rounding).
    for (GradualSemantics s : GradualSemantics.builtIns()) {
      if (s != GradualSemantics.H_CATEGORIZER) {
        assertThat(s.localStrength(0.37, none, none)).as(s.id()).isCloseTo(0.37, within(1e-15));
      }
    }
  }

  @Test
  void rejectsValuesOutsideTheUnitInterval() {
    assertThatThrownBy(() -> GradualSemantics.DF_QUAD.localStrength(1.2, new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base");
    assertThatThrownBy(() -> GradualSemantics.DF_QUAD.localStrength(0.5, new double[] {Double.NaN}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attacker strength [0]");
    assertThatThrownBy(() -> GradualSemantics.DF_QUAD.localStrength(0.5, new double[0], new double[] {-0.1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supporter strength [0]");
  }
}
