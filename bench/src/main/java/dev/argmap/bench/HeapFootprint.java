package dev.argmap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retained heap of a loaded map against the size of its JSON file (issue 3; goal: at most 3x). For each size,
 * several times: force a full GC, read used heap, load the file, force a full GC again, read used heap while the
 * loaded object is still reachable; the difference is the retained size. Reports the median, for argmap's map and,
 * as a reference, for a Jackson tree of the same file.
 *
 * <pre>
 * java -Xmx12g -cp bench/target/benchmarks.jar dev.argmap.bench.HeapFootprint 1000 100000 1000000
 * </pre>
 *
 * <p>Not a JMH benchmark: it measures space, not time. Use a single GC-friendly JVM and nothing else running in
 * it; {@code -XX:+UseSerialGC} gives the most stable numbers.
 */
public final class HeapFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapFootprint() {}

  /** Used heap after full collections, once it stops shrinking. */
  static long usedAfterGc() throws InterruptedException {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (used >= last - 1024) {
        return Math.min(used, last);
      }
      last = used;
    }
    return last;
  }

  interface Loader {
    Object load(Path file) throws IOException;
  }

  static long median(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static long[] measure(Loader loader, Path file, int repeat) throws Exception {
    long[] r = new long[repeat];
    for (int i = 0; i < repeat; i++) {
      long before = usedAfterGc();
      Object loaded = loader.load(file);
      long after = usedAfterGc();
      Reference.reachabilityFence(loaded);
      r[i] = after - before;
      loaded = null;
    }
    return r;
  }

  /**
   * Measures the sizes given as arguments (default 1000, 100000, 1000000).
   *
   * @param args sizes, and optionally {@code --repeat R} (default 5)
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    int repeat = 5;
    java.util.List<Integer> sizes = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = java.util.List.of(1000, 100_000, 1_000_000);
    }
    JsonMapper mapper = JsonMapper.builder().build();
    Loader argmap = Data.READER::read;
    Loader tree = f -> {
      try (InputStream in = Files.newInputStream(f)) {
        return mapper.readTree(in);
      }
    };
    // load the classes and their static state first
    Path warm = Data.jsonMap(1000);
    measure(argmap, warm, 1);
    measure(tree, warm, 1);
    System.out.printf(Locale.ROOT, "# max heap %d MiB, GC %s, repeat %d%n",
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(), repeat);
    System.out.println("statements,file_bytes,argmap_retained_bytes,argmap_ratio,argmap_bytes_per_statement,"
        + "tree_retained_bytes,tree_ratio,argmap_samples");
    for (int n : sizes) {
      Path f = Data.jsonMap(n);
      long file = Files.size(f);
      long[] a = measure(argmap, f, repeat);
      long[] t = measure(tree, f, Math.max(1, Math.min(repeat, 3)));
      long am = median(a);
      long tm = median(t);
      System.out.printf(Locale.ROOT, "%d,%d,%d,%.2f,%.0f,%d,%.2f,%s%n", n, file, am, am / (double) file,
          am / (double) n, tm, tm / (double) file, Arrays.toString(a).replace(",", ";"));
    }
  }
}
