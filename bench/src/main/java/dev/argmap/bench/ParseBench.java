package dev.argmap.bench;

import dev.argmap.semantics.AttackGraph;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Reading an ICCMA {@code .af} graph with the library's parser, warm ({@link IccmaRunner} and the Tweety baseline
 * time one cold parse instead). The text is held in memory, so no disk is measured; {@code parse} builds the
 * graph (incoming CSR, duplicate check), {@code parseAndIndex} also the lazily built outgoing index and
 * topological order that the Dung and gradual solvers use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class ParseBench {
  /** {@code acyclic} or {@code random}. */
  @Param({"acyclic", "random"})
  public String kind;

  /** The number of arguments N. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int nodes;

  private String text;

  /**
   * Loads the file's text.
   *
   * @throws IOException if reading fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = Files.readString(Data.af(kind, nodes), StandardCharsets.US_ASCII);
  }

  /**
   * Parses the text.
   *
   * @return the graph
   * @throws IOException never (no I/O)
   */
  @Benchmark
  public AttackGraph parse() throws IOException {
    try (Reader r = new StringReader(text)) {
      return AttackGraph.parseIccma(r);
    }
  }

  /**
   * Parses the text and builds the graph's lazy indexes.
   *
   * @return the graph
   * @throws IOException never (no I/O)
   */
  @Benchmark
  public AttackGraph parseAndIndex() throws IOException {
    AttackGraph g = parse();
    g.isAcyclic();
    g.attacked(0);
    return g;
  }
}
