package dev.argmap.bench;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.bench.Checksums;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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
 * Dung's grounded, preferred and stable extensions (issue 5) on the generated {@code .af} graphs ({@link
 * Data#af}), read with the library's ICCMA parser. The graph's lazily built indexes (outgoing attacks,
 * topological order) are built in the setup, as {@link IccmaRunner} does. Preferred and stable enumerate all
 * extensions, with the solver's default limits (60 s, 100,000 extensions). The setup prints the checksum of the
 * answer in the baseline's format.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class DungBench {
  /** {@code grounded}, {@code preferred} or {@code stable}. */
  @Param({"grounded", "preferred", "stable"})
  public String semantics;

  /** {@code acyclic} or {@code random}. */
  @Param({"acyclic", "random"})
  public String kind;

  /** The number of arguments N. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int nodes;

  private DungSemantics sem;
  private AttackGraph graph;
  private final DungSolver solver = DungSolver.create();

  /**
   * Parses the graph, builds its indexes, solves once and prints the checksum.
   *
   * @throws IOException if reading fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    sem = DungSemantics.valueOf(semantics.toUpperCase(Locale.ROOT));
    try (Reader r = Files.newBufferedReader(Data.af(kind, nodes), StandardCharsets.US_ASCII)) {
      graph = AttackGraph.parseIccma(r);
    }
    graph.isAcyclic();
    graph.attacked(0);
    long t0 = System.nanoTime();
    List<Extension> e = solver.extensions(graph, sem);
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%n# dung %s %s-%d: %s, checksum %s, first run %.1f ms%n", semantics, kind,
        nodes, graph, Checksums.extensions(e), (t1 - t0) / 1e6);
  }

  /**
   * Computes the extensions.
   *
   * @return the extensions
   */
  @Benchmark
  public List<Extension> extensions() {
    return solver.extensions(graph, sem);
  }
}
