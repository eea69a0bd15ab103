package dev.argmap.bench;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every gradual semantics (issue 5) on the generated graphs of the Tweety baseline ({@link Data#af}: seed 42, M =
 * 5N/2 attacks), with base scores {@link Data#baseScore}. The attack-only semantics see the attacks; the bipolar
 * ones (DF-QuAD, QuAD, Euler-based, quadratic energy) also the N supports of the {@code .af.sup} sidecar.
 *
 * <p>Default options ({@link dev.argmap.semantics.EvaluationScheme#AUTO}) with tolerance 1e-9: one exact
 * topological pass on the acyclic kind, Jacobi (attack-only) or RK4 (bipolar) on the random kind. QuAD is only
 * defined on acyclic graphs and is refused on the random kind: do not select that pair. The setup evaluates once
 * and prints the scheme, status, iteration count and residual; a run that does not converge fails on purpose, so
 * that it reports no time. The graph's topological order is cached by the graph from the first evaluation on.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class GradualBench {
  /** {@code acyclic} or {@code random}. */
  @Param({"acyclic", "random"})
  public String kind;

  /** The number of arguments N. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int nodes;

  /** The semantics' identifier. */
  @Param({"df-quad", "quad", "euler-based", "quadratic-energy", "h-categorizer", "weighted-h-categorizer",
      "weighted-max-based", "weighted-card-based"})
  public String semantics;

  private GradualSemantics sem;
  private BipolarGraph graph;
  private EvaluationOptions options;

  /** Loads the graph, evaluates once and prints how it went. */
  @Setup(Level.Trial)
  public void setUp() {
    sem = GradualSemantics.fromId(semantics);
    graph = Data.bipolar(Data.af(kind, nodes), sem.isBipolar());
    options = EvaluationOptions.builder().tolerance(1e-9).build();
    long t0 = System.nanoTime();
    Strengths s = sem.evaluate(graph, options);
    long t1 = System.nanoTime();
    double sum = 0;
    for (double v : s.lastIterate()) {
      sum += v;
    }
    System.out.printf(Locale.ROOT,
        "%n# gradual %s %s-%d: %s, scheme %s, %s, %d iterations, residual %.3g, sum %.9f, first run %.1f ms%n",
        semantics, kind, nodes, graph, s.scheme(), s.status(), s.iterations(), s.residual(), sum,
        (t1 - t0) / 1e6);
    if (!s.converged()) {
      throw new IllegalStateException(semantics + " on " + kind + "-" + nodes + " did not converge: " + s);
    }
  }

  /**
   * Evaluates the semantics.
   *
   * @return the strengths
   */
  @Benchmark
  public Strengths evaluate() {
    return sem.evaluate(graph, options);
  }
}
