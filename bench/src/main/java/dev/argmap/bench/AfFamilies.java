package dev.argmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Seeded generators of the argumentation-framework families of the ICCMA benchmark sets, writing ICCMA 2023
 * {@code .af} files for {@code bench/scripts/clingo-vs-argmap.py}. The same family, size and seed always give the
 * same bytes (SplitMix64, as {@link AfGen}).
 *
 * <pre>
 * java -cp bench/target/classes:cli/target/argmap.jar dev.argmap.bench.AfFamilies \
 *     --family ba --nodes 500 --seed 1 --out ba-500-s1.af
 * </pre>
 *
 * <ul>
 *   <li>{@code dense}: uniformly random attacks, 5 per argument: the clingo baseline's hard ladder, byte-identical
 *       to its generator ({@link AfGen}, kind {@code random}).
 *   <li>{@code ba}: Barabási–Albert preferential attachment, each new argument linked to 3 earlier ones chosen
 *       in proportion to their degree; each link an attack in a random direction, both directions one time in 4.
 *   <li>{@code ws}: Watts–Strogatz small world: a ring where each argument is linked to its 3 next neighbours,
 *       each link rewired to a random target with probability 0.1; directions as for {@code ba}.
 *   <li>{@code grid}: a square grid, each argument linked to its right and lower neighbours; directions as for
 *       {@code ba}, both directions one time in 2.
 *   <li>{@code marriage}: stable-marriage-like: k men and k women with random preference orders, one argument
 *       per couple (m, w) (N is rounded down to k²); a couple attacks every couple that shares its man and that
 *       the man likes less, and every couple that shares its woman and that she likes less. The stable extensions
 *       are the stable matchings.
 *   <li>{@code admissible}: admissible-heavy: N/2 pairs of arguments attacking each other (each pair a free
 *       choice), and every argument attacks one argument of a later pair, so that the frameworks have very many
 *       admissible sets and complete extensions.
 * </ul>
 */
public final class AfFamilies {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** The family names. */
  static final String[] FAMILIES = {"dense", "ba", "ws", "grid", "marriage", "admissible"};

  private long state;
  private long[] keys = new long[64];
  private int count;
  private final int n;

  private AfFamilies(int n, long seed) {
    this.n = n;
    this.state = seed;
  }

  private long next() {
    long out = Checksums.splitMix64(state);
    state += GOLDEN;
    return out;
  }

  private int nextInt(int bound) {
    return (int) Long.remainderUnsigned(next(), bound);
  }

  private double nextDouble() {
    return (next() >>> 11) * 0x1.0p-53;
  }

  private void attack(int a, int b) {
    if (a == b) {
      return;
    }
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, 2 * count);
    }
    keys[count++] = (long) a * n + b;
  }

  /** One link: an attack in a random direction, or both with probability {@code mutual}. */
  private void link(int a, int b, double mutual) {
    if (nextDouble() < mutual) {
      attack(a, b);
      attack(b, a);
    } else if (nextInt(2) == 0) {
      attack(a, b);
    } else {
      attack(b, a);
    }
  }

  private long[] sortedKeys() {
    long[] k = Arrays.copyOf(keys, count);
    Arrays.sort(k);
    int w = 0;
    for (int i = 0; i < k.length; i++) {
      if (w == 0 || k[w - 1] != k[i]) {
        k[w++] = k[i];
      }
    }
    return Arrays.copyOf(k, w);
  }

  /**
   * Generates a framework of a family.
   *
   * @param family one of {@link #FAMILIES}
   * @param nodes N, at least 4 (for {@code marriage} rounded down to a square)
   * @param seed the seed
   * @return the graph
   */
  static AfGen.Graph generate(String family, int nodes, long seed) {
    if (nodes < 4) {
      throw new IllegalArgumentException("need at least 4 arguments, not " + nodes);
    }
    switch (family) {
      case "dense":
        return AfGen.generate(nodes, 5 * nodes, 0, seed, false);
      case "ba":
        return new AfFamilies(nodes, seed).barabasiAlbert();
      case "ws":
        return new AfFamilies(nodes, seed).wattsStrogatz();
      case "grid":
        return new AfFamilies(nodes, seed).grid();
      case "marriage": {
        int k = (int) Math.sqrt(nodes);
        return new AfFamilies(k * k, seed).marriage(k);
      }
      case "admissible":
        return new AfFamilies(nodes - nodes % 2, seed).admissibleHeavy();
      default:
        throw new IllegalArgumentException(
            "unknown family '" + family + "'; known: " + String.join(", ", FAMILIES));
    }
  }

  private AfGen.Graph done() {
    return new AfGen.Graph(n, sortedKeys(), new long[0]);
  }

  private AfGen.Graph barabasiAlbert() {
    int m = 3;
    int[] ends = new int[2 * m * n]; // every link's two ends: a uniform pick is proportional to degree
    int e = 0;
    for (int a = 0; a <= m; a++) {
      for (int b = 0; b < a; b++) {
        link(a, b, 0.25);
        ends[e++] = a;
        ends[e++] = b;
      }
    }
    int[] chosen = new int[m];
    for (int a = m + 1; a < n; a++) {
      int c = 0;
      while (c < m) {
        int t = ends[nextInt(e)];
        boolean again = false;
        for (int i = 0; i < c; i++) {
          again |= chosen[i] == t;
        }
        if (!again) {
          chosen[c++] = t;
        }
      }
      for (int t : chosen) {
        link(a, t, 0.25);
        ends[e++] = a;
        ends[e++] = t;
      }
    }
    return done();
  }

  private AfGen.Graph wattsStrogatz() {
    for (int a = 0; a < n; a++) {
      for (int d = 1; d <= 3; d++) {
        int b = (a + d) % n;
        if (nextDouble() < 0.1) {
          b = nextInt(n);
        }
        link(a, b, 0.25);
      }
    }
    return done();
  }

  private AfGen.Graph grid() {
    int side = (int) Math.ceil(Math.sqrt(n));
    for (int a = 0; a < n; a++) {
      int x = a % side;
      if (x + 1 < side && a + 1 < n) {
        link(a, a + 1, 0.5);
      }
      if (a + side < n) {
        link(a, a + side, 0.5);
      }
    }
    return done();
  }

  private AfGen.Graph marriage(int k) {
    int[][] man = new int[k][]; // man[m][w]: rank of woman w for man m (0 = best)
    int[][] woman = new int[k][];
    for (int i = 0; i < k; i++) {
      man[i] = ranks(k);
      woman[i] = ranks(k);
    }
    for (int m = 0; m < k; m++) {
      for (int w = 0; w < k; w++) {
        int couple = m * k + w;
        for (int w2 = 0; w2 < k; w2++) {
          if (man[m][w] < man[m][w2]) {
            attack(couple, m * k + w2);
          }
        }
        for (int m2 = 0; m2 < k; m2++) {
          if (woman[w][m] < woman[w][m2]) {
            attack(couple, m2 * k + w);
          }
        }
      }
    }
    return done();
  }

  /** A random permutation of 0..k-1, read as ranks. */
  private int[] ranks(int k) {
    int[] p = new int[k];
    for (int i = 0; i < k; i++) {
      p[i] = i;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private AfGen.Graph admissibleHeavy() {
    int pairs = n / 2;
    for (int p = 0; p < pairs; p++) {
      attack(2 * p, 2 * p + 1);
      attack(2 * p + 1, 2 * p);
    }
    for (int p = 0; p + 1 < pairs; p++) {
      for (int side = 0; side < 2; side++) {
        int later = p + 1 + nextInt(pairs - p - 1);
        attack(2 * p + side, 2 * later + nextInt(2));
      }
    }
    return done();
  }

  /**
   * {@code --family F --nodes N --seed S --out FILE.af}: writes one framework (atomically).
   *
   * @param args the options
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    String family = null;
    String out = null;
    int nodes = -1;
    long seed = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--family" -> family = args[i + 1];
        case "--nodes" -> nodes = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --family {" + String.join(",", FAMILIES) + "} --nodes N --seed S --out FILE.af");
      }
    }
    if (family == null || out == null || nodes < 0) {
      throw new IllegalArgumentException(
          "usage: --family {" + String.join(",", FAMILIES) + "} --nodes N --seed S --out FILE.af");
    }
    AfGen.write(generate(family, nodes, seed), Path.of(out));
  }
}
