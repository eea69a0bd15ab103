package dev.argmap.bench;

import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON read against its yardstick when the machine is too busy for wall-clock JMH figures to separate
 * them: {@code ArgMapJson} and {@code JsonMapper.readTree} read the same file in turn, in one JVM, and each read
 * is timed in the CPU time of the reading thread. Prints, per size, the median CPU milliseconds of each and the
 * median of the per-pair ratios. The map builds its query indexes on the first query rather than when it is read,
 * so the CPU time of that first query ({@code argumentsFor} of the first thesis) is printed too, outside the
 * ratio: a reader that queries the map pays it once.
 *
 * <pre>
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.argmap.bench.JsonReadPairs 1000:200 100000:12
 * </pre>
 *
 * <p>Each argument is {@code statements:pairs}; as many pairs again are run first to warm up. Not a JMH
 * benchmark and not a test: it reports, it checks nothing.
 */
public final class JsonReadPairs {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JsonReadPairs() {}

  /**
   * Runs the pairs.
   *
   * @param args {@code statements:pairs} for each size
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    for (String arg : args) {
      String[] parts = arg.split(":");
      int statements = Integer.parseInt(parts[0]);
      int pairs = Integer.parseInt(parts[1]);
      Path file = Data.jsonMap(statements);
      for (int i = 0; i < pairs; i++) {
        readBoth(mapper, file);
      }
      double[] argmap = new double[pairs];
      double[] tree = new double[pairs];
      double[] ratio = new double[pairs];
      double[] firstQuery = new double[pairs];
      for (int i = 0; i < pairs; i++) {
        long[] t = readBoth(mapper, file);
        tree[i] = t[0] / 1e6;
        argmap[i] = t[1] / 1e6;
        firstQuery[i] = t[2] / 1e6;
        ratio[i] = argmap[i] / tree[i];
      }
      System.out.printf(Locale.ROOT,
          "statements %d, file %d bytes, %d pairs: argmap %.1f ms CPU, readTree %.1f ms CPU, "
              + "ratio %.2f (quartiles %.2f-%.2f); first query after the read %.1f ms CPU%n",
          statements, Files.size(file), pairs, median(argmap), median(tree), median(ratio),
          quantile(ratio, 0.25), quantile(ratio, 0.75), median(firstQuery));
    }
  }

  private static long[] readBoth(JsonMapper mapper, Path file) throws IOException {
    long start = THREADS.getCurrentThreadCpuTime();
    try (InputStream in = Files.newInputStream(file)) {
      if (mapper.readTree(in) == null) {
        throw new IllegalStateException("no tree");
      }
    }
    long middle = THREADS.getCurrentThreadCpuTime();
    ArgumentMap map = Data.READER.read(file);
    if (map.statements().isEmpty()) {
      throw new IllegalStateException("no statements");
    }
    long end = THREADS.getCurrentThreadCpuTime();
    if (map.argumentsFor(map.thesisIds().get(0)) == null) {
      throw new IllegalStateException("no query result");
    }
    long queried = THREADS.getCurrentThreadCpuTime();
    return new long[] {middle - start, end - middle, queried - end};
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
