package dev.argmap.bench;

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
 * The "bare loop" yardstick of the scoring goals (issue 5): one sweep over the incoming edges in compressed sparse
 * row form, in argument order, computing the sum of the parents' values for every argument. It is the least work
 * any semantics must do per sweep, with the same memory layout as the library's graphs (incoming edges grouped
 * by target, sources in file order) and nothing else: no allocation, no formula.
 *
 * <p>{@code edges = attacks} sweeps the attacks only (the yardstick of the attack-only semantics and of grounded);
 * {@code attacks+supports} sweeps the attacks and then the supports (the yardstick of the bipolar semantics).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class YardstickBench {
  /** {@code acyclic} or {@code random}. */
  @Param({"acyclic", "random"})
  public String kind;

  /** The number of arguments N. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int nodes;

  /** {@code attacks} or {@code attacks+supports}. */
  @Param({"attacks", "attacks+supports"})
  public String edges;

  private int n;
  private int[] attStart;
  private int[] attSrc;
  private int[] supStart;
  private int[] supSrc;
  private double[] values;
  private double[] out;

  /** Builds the compressed arrays from the generated files. */
  @Setup(Level.Trial)
  public void setUp() {
    java.nio.file.Path af = Data.af(kind, nodes);
    Data.Edges att = Data.readEdges(af);
    n = att.nodes();
    int[][] a = incoming(att);
    attStart = a[0];
    attSrc = a[1];
    if (edges.equals("attacks+supports")) {
      int[][] s = incoming(Data.readEdges(java.nio.file.Path.of(af + ".sup")));
      supStart = s[0];
      supSrc = s[1];
    } else if (!edges.equals("attacks")) {
      throw new IllegalArgumentException("edges must be attacks or attacks+supports");
    }
    values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Data.baseScore(i);
    }
    out = new double[n];
  }

  /** Incoming CSR {start, sources}, sources of a row in file order (a stable counting sort by target). */
  static int[][] incoming(Data.Edges e) {
    int n = e.nodes();
    int m = e.count();
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      start[e.to()[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] pos = java.util.Arrays.copyOf(start, n);
    int[] src = new int[m];
    for (int i = 0; i < m; i++) {
      src[pos[e.to()[i]]++] = e.from()[i];
    }
    return new int[][] {start, src};
  }

  /**
   * One sweep: for every argument, the sum of its parents' values.
   *
   * @return the sums
   */
  @Benchmark
  public double[] sweep() {
    final int[] as = attStart;
    final int[] asrc = attSrc;
    final double[] in = values;
    final double[] o = out;
    for (int v = 0; v < n; v++) {
      double s = 0.0;
      for (int i = as[v]; i < as[v + 1]; i++) {
        s += in[asrc[i]];
      }
      o[v] = s;
    }
    if (supStart != null) {
      final int[] ss = supStart;
      final int[] ssrc = supSrc;
      for (int v = 0; v < n; v++) {
        double s = 0.0;
        for (int i = ss[v]; i < ss[v + 1]; i++) {
          s += in[ssrc[i]];
        }
        o[v] -= s;
      }
    }
    return o;
  }
}
