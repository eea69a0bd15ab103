package dev.argmap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published answers of the TweetyProject peer benchmark (shared/bench/tweety-baseline/README.md: the results
 * table and the crosscheck.py reference answers), on graphs rebuilt with the README's generator (seed 42, 2.5
 * attacks per argument) by {@link AfGen}, the generator the benchmarks use. The checksums are the README's; this
 * checks the generator, the ICCMA reader, the solvers and {@link Checksums} end to end.
 */
class TweetyBaselineTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "grounded, acyclic, 1000, 1/349/2a831b7c0264f091",
    "grounded, acyclic, 10000, 1/3543/de10aefc25cd875b",
    "grounded, acyclic, 100000, 1/35833/ff3ac1e32100dd0f",
    "grounded, random, 1000, 1/268/5ebef2eb46d9a074",
    "grounded, random, 10000, 1/3627/b41daa5a5a3aa641",
    "grounded, random, 100000, 1/37710/b4d6c0a1fb4c507d",
    "preferred, random, 10, 1/3/a55728fd74668487",
    "preferred, random, 20, 1/7/37ae01604e43db68",
    "preferred, random, 30, 1/12/82e6e03551846749",
    "preferred, random, 40, 1/16/7686bf4541393451",
    "preferred, random, 50, 2/42/601de76361881ba8",
    "preferred, random, 60, 2/50/f350b39e1fdbba77",
    "preferred, random, 70, 1/25/780e263c3cc2265a",
    "preferred, acyclic, 100, 1/35/446f97f606f5d0cb",
    "preferred, acyclic, 300, 1/119/4a5267c4feabf8f5",
    "preferred, acyclic, 1000, 1/349/2a831b7c0264f091",
    "preferred, acyclic, 3000, 1/1060/4e0f5897b40d16df",
    "stable, random, 10, 1/3/a55728fd74668487",
    "stable, random, 20, 1/7/37ae01604e43db68",
    "stable, random, 30, 1/12/82e6e03551846749",
    "stable, random, 40, 1/16/7686bf4541393451",
    "stable, random, 50, 2/42/601de76361881ba8",
    "stable, random, 60, 2/50/f350b39e1fdbba77",
    "stable, random, 70, 1/25/780e263c3cc2265a",
    "stable, random, 80, 2/62/9533c9e783e4c3c5",
    "stable, acyclic, 100, 1/35/446f97f606f5d0cb",
    "stable, acyclic, 300, 1/119/4a5267c4feabf8f5",
    "stable, acyclic, 1000, 1/349/2a831b7c0264f091",
    "stable, acyclic, 3000, 1/1060/4e0f5897b40d16df",
  })
  void extensionChecksums(String semantics, String kind, int n, String expected) {
    AttackGraph g = baseline(n, n * 5 / 2, kind.equals("acyclic"));
    assertThat(g.isAcyclic()).isEqualTo(kind.equals("acyclic"));
    DungSolver solver = DungSolver.create();
    String got = Checksums.extensions(solver.extensions(g, DungSemantics.fromId(semantics)));
    assertThat(got).isEqualTo(expected);
    // the streamed checksum, which IccmaTaskTimer takes, gives the same
    Checksums.ExtensionChecksum streamed = new Checksums.ExtensionChecksum();
    solver.forEachExtension(g, DungSemantics.fromId(semantics), streamed);
    assertThat(streamed.toString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "hcat {0} {1}")
  @CsvSource({
    "acyclic, 1000, 516.326524853/210.046014962",
    "acyclic, 2000, 1039.329220114/419.875277786",
    "acyclic, 5000, 2573.790416509/1053.958929927",
    "acyclic, 10000, 5182.854806297/2114.773731013",
    "random, 1000, 509.783408609/254.395400387",
    "random, 2000, 1015.050944053/499.650977376",
    "random, 5000, 2545.638832967/1276.499454695",
    "random, 10000, 5105.078866796/2550.561334435",
  })
  void hCategorizerChecksums(String kind, int n, String expected) {
    AttackGraph g = baseline(n, n * 5 / 2, kind.equals("acyclic"));
    Strengths s = GradualSemantics.H_CATEGORIZER.evaluate(g);
    assertThat(s.converged()).isTrue();
    assertThat(s.scheme()).isEqualTo(kind.equals("acyclic") ? EvaluationScheme.TOPOLOGICAL
        : EvaluationScheme.JACOBI);
    String[] got = Checksums.strengths(s).split("/");
    String[] want = expected.split("/");
    assertThat(Double.parseDouble(got[0])).isCloseTo(Double.parseDouble(want[0]), within(1e-6));
    assertThat(Double.parseDouble(got[1])).isCloseTo(Double.parseDouble(want[1]), within(1e-6));
  }

  /** The generated attacks in ICCMA form, read back as {@code argmap extensions} reads a file. */
  private static AttackGraph baseline(int n, int m, boolean acyclic) {
    AfGen.Graph g = AfGen.generate(n, m, 0, 42, acyclic);
    StringBuilder sb = new StringBuilder(m * 12 + 16).append("p af ").append(n).append('\n');
    for (long k : g.attacks()) {
      sb.append(k / n + 1).append(' ').append(k % n + 1).append('\n');
    }
    try {
      return AttackGraph.parseIccma(new StringReader(sb.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
