package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.testing.MiniJson;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the shared reference vectors ({@code shared/reference/vectors.json}, format in §8 of
 * semantics.md), honouring each case's scheme and tolerance. Skipped, with the path looked for, when the shared
 * folder is not there.
 */
class ReferenceVectorsTest {
  private static final String RELATIVE = "reference/vectors.json";

  /** Walks up from the working directory to a directory with {@code shared/reference/vectors.json}. */
  static Path findVectors() {
    return SharedFiles.find(RELATIVE).orElse(null);
  }

  @SuppressWarnings("unchecked")
  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    Path file = findVectors();
    if (file == null) {
      String msg = SharedFiles.missing(RELATIVE);
      return Stream.of(DynamicTest.dynamicTest("vectors.json missing", () -> Assumptions.assumeTrue(false, msg)));
    }
    Map<String, Object> root =
        (Map<String, Object>) MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(root.get("schema")).isEqualTo("argmap-semantics-vectors/1");
    List<Map<String, Object>> cases = (List<Map<String, Object>>) root.get("cases");
    assertThat(cases).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> c : cases) {
      String id = (String) c.get("id");
      if ("dung".equals(c.get("semantics"))) {
        tests.add(DynamicTest.dynamicTest(id, () -> dungCase(c)));
      } else {
        tests.add(DynamicTest.dynamicTest(id, () -> gradualCase(c)));
        addExtraChecks(c, tests);
      }
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  static BipolarGraph graphOf(Map<String, Object> c) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (Map<String, Object> a : (List<Map<String, Object>>) c.get("arguments")) {
      Object base = a.get("base");
      b.addArgument((String) a.get("id"), base == null ? 1.0 : (Double) base);
    }
    BipolarGraph partial = b.build();
    for (List<String> e : (List<List<String>>) c.get("attacks")) {
      b.addAttack(partial.indexOf(e.get(0)), partial.indexOf(e.get(1)));
    }
    for (List<String> e : (List<List<String>>) c.get("supports")) {
      b.addSupport(partial.indexOf(e.get(0)), partial.indexOf(e.get(1)));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static void gradualCase(Map<String, Object> c) {
    GradualSemantics sem = GradualSemantics.fromId((String) c.get("semantics"));
    assertThat(sem.id()).isEqualTo(c.get("semantics"));
    Map<String, Object> ev = (Map<String, Object>) c.get("evaluation");
    String scheme = (String) ev.get("scheme");
    double tol = (Double) c.get("tolerance");
    BipolarGraph g = graphOf(c);
    Strengths s;
    switch (scheme) {
      case "topological":
        assertThat(g.isAcyclic()).as("case says acyclic").isTrue();
        s = sem.evaluate(g);
        assertThat(s.scheme()).isEqualTo(EvaluationScheme.TOPOLOGICAL);
        assertThat(s.status()).isEqualTo(Strengths.Status.EXACT);
        break;
      case "jacobi":
        s = sem.evaluate(g, EvaluationOptions.builder().scheme(EvaluationScheme.JACOBI).build());
        break;
      case "rk4":
        s = sem.evaluate(g, EvaluationOptions.builder().scheme(EvaluationScheme.RK4).build());
        break;
      default:
        throw new AssertionError("unknown scheme " + scheme);
    }
    assertThat(g.isAcyclic()).isEqualTo("acyclic".equals(ev.get("graph")));
    assertThat(s.converged()).as("%s converged: %s", c.get("id"), s).isTrue();
    assertExpected(c, g, s, tol);
    if (!sem.isBipolar()) {
      // The same case through the attack-only graph type.
      Strengths viaAf = sem.evaluate(g.toAttackGraph(), EvaluationOptions.builder()
          .scheme(scheme.equals("topological") ? EvaluationScheme.AUTO : EvaluationScheme.valueOf(
              scheme.toUpperCase(java.util.Locale.ROOT))).build());
      assertExpected(c, g, viaAf, tol);
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertExpected(Map<String, Object> c, BipolarGraph g, Strengths s, double tol) {
    Map<String, Object> expected = (Map<String, Object>) c.get("expected");
    assertThat(expected).hasSize(g.size());
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      assertThat(s.get(e.getKey()))
          .as("%s: strength of %s (%s)", c.get("id"), e.getKey(), s)
          .isCloseTo((Double) e.getValue(), within(tol));
    }
  }

  /**
   * Checks that follow from the case's own metadata: a scheme the provenance says does not converge must report
   * non-convergence (never a value); when the fixpoint is unique, the other iterative scheme, if it converges,
   * reaches the same values.
   */
  @SuppressWarnings("unchecked")
  private static void addExtraChecks(Map<String, Object> c, List<DynamicTest> tests) {
    String id = (String) c.get("id");
    Map<String, Object> ev = (Map<String, Object>) c.get("evaluation");
    Map<String, Object> prov = (Map<String, Object>) c.get("provenance");
    List<Object> observations = prov == null ? null : (List<Object>) prov.get("observations");
    boolean jacobiFails = false;
    if (observations != null) {
      for (Object o : observations) {
        String text = String.valueOf(o).toLowerCase(java.util.Locale.ROOT);
        jacobiFails |= text.contains("jacobi") && text.contains("not converge");
      }
    }
    GradualSemantics sem = GradualSemantics.fromId((String) c.get("semantics"));
    if (jacobiFails) {
      tests.add(DynamicTest.dynamicTest(id + " [jacobi reports non-convergence]", () -> {
        Strengths s = sem.evaluate(graphOf(c), EvaluationOptions.builder()
            .scheme(EvaluationScheme.JACOBI).maxIterations(20_000).build());
        assertThat(s.status()).as("%s with Jacobi: %s", id, s).isEqualTo(Strengths.Status.NOT_CONVERGED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.get(0))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("did not converge");
      }));
    }
    String scheme = (String) ev.get("scheme");
    if ("cyclic".equals(ev.get("graph")) && Boolean.TRUE.equals(ev.get("fixpoint_unique")) && !jacobiFails) {
      EvaluationScheme other = "rk4".equals(scheme) ? EvaluationScheme.JACOBI : EvaluationScheme.RK4;
      tests.add(DynamicTest.dynamicTest(id + " [" + other + " agrees, unique fixpoint]", () -> {
        BipolarGraph g = graphOf(c);
        Strengths s = sem.evaluate(g, EvaluationOptions.builder().scheme(other).maxIterations(50_000).build());
        assertThat(s.converged()).as("%s with %s: %s", id, other, s).isTrue();
        assertExpected(c, g, s, (Double) c.get("tolerance"));
      }));
    }
  }

  @SuppressWarnings("unchecked")
  private static void dungCase(Map<String, Object> c) {
    AttackGraph g = graphOf(c).toAttackGraph();
    Map<String, Object> exp = (Map<String, Object>) c.get("expected_extensions");
    DungSolver solver = DungSolver.create();
    // The vectors list grounded, complete, preferred and stable; every task under every semantics, the later
    // ones (semi-stable, stage, ideal) included, is checked against exhaustive search with checked certificates.
    DungTasksTest.check(g, "vector " + c.get("id"));
    for (DungSemantics sem : DungSemantics.values()) {
      List<List<String>> want = (List<List<String>>) exp.get(sem.id());
      boolean listed = sem.compareTo(DungSemantics.STABLE) <= 0;
      assertThat(want != null).as("case %s lists %s", c.get("id"), sem.id()).isEqualTo(listed);
      if (!listed) {
        continue;
      }
      Set<Set<String>> expected = new HashSet<>();
      for (List<String> e : want) {
        expected.add(new TreeSet<>(e));
      }
      Set<Set<String>> actual = new HashSet<>();
      for (Extension e : solver.extensions(g, sem)) {
        actual.add(new TreeSet<>(e.labels()));
      }
      assertThat(actual).as("%s %s", c.get("id"), sem.id()).isEqualTo(expected);
      assertThat(solver.extensions(g, sem)).as("no duplicates").hasSize(want.size());
      // Acceptance queries agree with the enumeration.
      for (int a = 0; a < g.size(); a++) {
        String label = g.label(a).orElseThrow();
        boolean inSome = expected.stream().anyMatch(e -> e.contains(label));
        boolean inAll = expected.stream().allMatch(e -> e.contains(label));
        assertThat(solver.credulous(g, sem, a)).as("%s credulous %s %s", c.get("id"), sem.id(), label)
            .isEqualTo(inSome);
        assertThat(solver.skeptical(g, sem, a)).as("%s skeptical %s %s", c.get("id"), sem.id(), label)
            .isEqualTo(inAll);
      }
    }
  }
}
