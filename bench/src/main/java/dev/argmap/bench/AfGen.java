package dev.argmap.bench;

import dev.argmap.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The input generator of the TweetyProject peer baseline ({@code shared/bench/tweety-baseline/README.md},
 * "Generator"), implemented from its description: SplitMix64 seeded with the seed; {@code nextInt(k)} is the
 * unsigned remainder of the next output modulo k; a pair is {@code a = nextInt(N)}, {@code b = nextInt(N-1)},
 * {@code b += (b >= a)}; {@code acyclic} orients it from the lower to the higher number; pairs are drawn for the
 * missing count, sorted and de-duplicated until M distinct remain. Supports ({@code FILE.af.sup}) are drawn after
 * the attacks from the same stream and skip pairs that are attacks. The files are byte-identical to the
 * baseline's {@code gen} ({@code bench/compare-tweety.sh} checks it).
 */
public final class AfGen {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  private AfGen(long seed) {
    this.state = seed;
  }

  private int nextInt(int bound) {
    long out = Checksums.splitMix64(state);
    state += GOLDEN;
    return (int) Long.remainderUnsigned(out, bound);
  }

  /** The attacks and supports of one generated graph, as sorted keys {@code a * n + b} (0-based). */
  record Graph(int nodes, long[] attacks, long[] supports) {}

  /**
   * Generates a graph.
   *
   * @param nodes N, at least 2
   * @param edges M, the number of attacks
   * @param supports K, the number of supports (0 for none)
   * @param seed the seed
   * @param acyclic true for the acyclic kind
   * @return the sorted keys
   */
  static Graph generate(int nodes, int edges, int supports, long seed, boolean acyclic) {
    long pairs = acyclic ? (long) nodes * (nodes - 1) / 2 : (long) nodes * (nodes - 1);
    if (nodes < 2 || edges < 0 || supports < 0 || (long) edges + supports > pairs) {
      throw new IllegalArgumentException("cannot draw " + edges + " attacks and " + supports + " supports on "
          + nodes + " nodes");
    }
    AfGen rng = new AfGen(seed);
    long[] att = rng.draw(nodes, edges, acyclic, null);
    long[] sup = supports == 0 ? new long[0] : rng.draw(nodes, supports, acyclic, att);
    return new Graph(nodes, att, sup);
  }

  private long[] draw(int n, int m, boolean acyclic, long[] exclude) {
    long[] keys = new long[m];
    int have = 0;
    while (have < m) {
      for (int i = have; i < m; i++) {
        int a = nextInt(n);
        int b = nextInt(n - 1);
        if (b >= a) {
          b++;
        }
        if (acyclic && a > b) {
          int t = a;
          a = b;
          b = t;
        }
        keys[i] = (long) a * n + b;
      }
      Arrays.sort(keys);
      int kept = 0;
      for (int i = 0; i < m; i++) {
        long k = keys[i];
        if (kept > 0 && keys[kept - 1] == k) {
          continue;
        }
        if (exclude != null && Arrays.binarySearch(exclude, k) >= 0) {
          continue;
        }
        keys[kept++] = k;
      }
      // the tail beyond `kept` is redrawn; sorting it with the rest keeps the array sorted after the pass
      have = kept;
    }
    return keys;
  }

  /**
   * Writes {@code FILE} (and {@code FILE.sup} if there are supports), atomically through temporary files.
   *
   * @param g the graph
   * @param file the {@code .af} file
   * @throws IOException if writing fails
   */
  static void write(Graph g, Path file) throws IOException {
    writeOne(file, "p af " + g.nodes(), g.attacks(), g.nodes());
    if (g.supports().length > 0) {
      writeOne(Path.of(file + ".sup"), "p sup " + g.nodes() + " " + g.supports().length, g.supports(),
          g.nodes());
    }
  }

  private static void writeOne(Path file, String header, long[] keys, int n) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    AtomicFiles.write(file, out -> {
      byte[] line = new byte[32];
      out.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      for (long k : keys) {
        int len = digits(line, 0, k / n + 1);
        line[len++] = ' ';
        len = digits(line, len, k % n + 1);
        line[len++] = '\n';
        out.write(line, 0, len);
      }
    });
  }

  private static int digits(byte[] buf, int at, long v) {
    String s = Long.toString(v);
    for (int i = 0; i < s.length(); i++) {
      buf[at + i] = (byte) s.charAt(i);
    }
    return at + s.length();
  }

  /**
   * Command line, with the baseline's options: {@code --nodes N --edges M --seed S --kind {random,acyclic}
   * [--supports K] --out FILE.af}.
   *
   * @param args the options
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    java.util.Map<String, String> o = IccmaRunner.options(args, 0).named();
    int n = Integer.parseInt(IccmaRunner.require(o, "nodes"));
    int m = Integer.parseInt(IccmaRunner.require(o, "edges"));
    long seed = Long.parseLong(IccmaRunner.require(o, "seed"));
    String kind = IccmaRunner.require(o, "kind");
    if (!kind.equals("random") && !kind.equals("acyclic")) {
      throw new IllegalArgumentException("--kind must be random or acyclic");
    }
    int k = Integer.parseInt(o.getOrDefault("supports", "0"));
    Path out = Path.of(IccmaRunner.require(o, "out"));
    write(generate(n, m, k, seed, kind.equals("acyclic")), out);
    System.err.println("wrote " + out + ": kind=" + kind + " nodes=" + n + " attacks=" + m + " supports=" + k
        + " seed=" + seed);
  }
}
