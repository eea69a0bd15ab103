package dev.argmap.bench;

import dev.argmap.json.ArgMapJson;
import dev.argmap.json.JsonReadOptions;
import dev.argmap.model.ArgumentMap;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.testing.RandomMaps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmarks' inputs, generated on first use and kept: argument maps in JSON ({@link RandomMaps}, seed 42) and
 * ICCMA {@code .af} graphs with a {@code .af.sup} support sidecar ({@link AfGen}, seed 42, M = 5N/2 attacks, K = N
 * supports). They go to the directory named by the system property {@code argmap.bench.data}, by default {@code
 * bench/target/data} when run from the repository root and {@code target/data} otherwise. Delete the directory
 * (or {@code mvn clean}) to regenerate.
 */
public final class Data {
  /** The seed of every generated input. */
  public static final long SEED = 42;

  /**
   * The reader used by the benchmarks: the defaults, except for the document size and array length limits,
   * which the 1M-statement map exceeds (its file is larger than the default 64 MiB).
   */
  public static final ArgMapJson.Reader READER =
      ArgMapJson.reader(JsonReadOptions.builder()
          .maxDocumentBytes(Long.MAX_VALUE / 2)
          .maxArrayElements(Integer.MAX_VALUE - 8)
          .build());

  private Data() {}

  /**
   * Returns the data directory, creating it.
   *
   * @return the directory
   */
  public static Path dir() {
    String p = System.getProperty("argmap.bench.data");
    Path d;
    if (p != null) {
      d = Path.of(p);
    } else if (Files.isDirectory(Path.of("bench", "src"))) {
      d = Path.of("bench", "target", "data");
    } else {
      d = Path.of("target", "data");
    }
    try {
      return Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the JSON file of the generated map with a number of statements, writing it first if needed.
   *
   * @param statements the number of statements
   * @return the file
   */
  public static Path jsonMap(int statements) {
    Path f = dir().resolve("map-" + statements + "-s" + SEED + ".json");
    if (!Files.isRegularFile(f)) {
      try {
        ArgMapJson.write(map(statements), f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return f;
  }

  /**
   * Generates the map with a number of statements.
   *
   * @param statements the number of statements
   * @return the map
   */
  public static ArgumentMap map(int statements) {
    return RandomMaps.withStatements(statements).seed(SEED).generate();
  }

  /**
   * Returns the {@code .af} file of a generated graph (its supports in the {@code .af.sup} sidecar), writing both
   * first if needed. The attacks are those of the baseline's {@code gen --nodes N --edges 5N/2 --seed 42}.
   *
   * @param kind {@code acyclic} or {@code random}
   * @param nodes N
   * @return the {@code .af} file
   */
  public static Path af(String kind, int nodes) {
    Path f = dir().resolve(kind + "-" + nodes + "-s" + SEED + ".af");
    Path sup = Path.of(f + ".sup");
    if (!Files.isRegularFile(f) || !Files.isRegularFile(sup)) {
      try {
        AfGen.write(AfGen.generate(nodes, (int) ((long) nodes * 5 / 2), nodes, SEED,
            kind.equals("acyclic")), f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return f;
  }

  /** A graph's edges as read from an {@code .af} or {@code .af.sup} file: numbers made 0-based. */
  public record Edges(int nodes, int[] from, int[] to) {
    /** Returns the number of edges. @return the count */
    public int count() {
      return from.length;
    }
  }

  /**
   * Reads the edges of a generated file (no comments, one {@code a b} per line after the header). A small
   * reader for the files of {@link AfGen}, not a general ICCMA parser: the library's is {@code
   * AttackGraph.parseIccma}.
   *
   * @param file an {@code .af} or {@code .af.sup} file
   * @return the edges
   */
  public static Edges readEdges(Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int i = 0;
    int eol = 0;
    while (b[eol] != '\n') {
      eol++;
    }
    String[] header = new String(b, 0, eol, java.nio.charset.StandardCharsets.US_ASCII).trim().split(" ");
    int n = Integer.parseInt(header[2]);
    int lines = 0;
    for (int k = eol + 1; k < b.length; k++) {
      if (b[k] == '\n') {
        lines++;
      }
    }
    int[] from = new int[lines];
    int[] to = new int[lines];
    i = eol + 1;
    for (int e = 0; e < lines; e++) {
      int v = 0;
      while (b[i] != ' ') {
        v = v * 10 + (b[i++] - '0');
      }
      i++;
      from[e] = v - 1;
      v = 0;
      while (b[i] != '\n') {
        v = v * 10 + (b[i++] - '0');
      }
      i++;
      to[e] = v - 1;
    }
    return new Edges(n, from, to);
  }

  /**
   * The base score (initial weight) of argument {@code i} in the gradual benchmarks: a fixed pseudo-random number
   * in [0, 1), so that no semantics meets a constant shortcut.
   *
   * @param i the argument index
   * @return its base score
   */
  public static double baseScore(int i) {
    return (Checksums.splitMix64(i + 1L) >>> 11) * 0x1.0p-53;
  }

  /**
   * Builds the bipolar graph of a generated {@code .af} file: base scores {@link #baseScore}, its attacks, and its
   * sidecar supports if asked.
   *
   * @param af the {@code .af} file
   * @param withSupports whether to add the supports of {@code af.sup}
   * @return the graph
   */
  public static BipolarGraph bipolar(Path af, boolean withSupports) {
    Edges att = readEdges(af);
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < att.nodes(); i++) {
      b.addArgument(baseScore(i));
    }
    for (int e = 0; e < att.count(); e++) {
      b.addAttack(att.from()[e], att.to()[e]);
    }
    if (withSupports) {
      Edges sup = readEdges(Path.of(af + ".sup"));
      for (int e = 0; e < sup.count(); e++) {
        b.addSupport(sup.from()[e], sup.to()[e]);
      }
    }
    return b.build();
  }
}
