package dev.argmap.scoring;

import java.util.Arrays;

/** Seeded random graphs for property tests, and the TweetyProject baseline generator (README, "Generator"). */
final class RandomGraphs {
  private RandomGraphs() {}

  /** SplitMix64: the same stream as the baseline's {@code Mix}. */
  static final class Rng {
    private long state;

    Rng(long seed) {
      this.state = seed;
    }

    long next() {
      long out = Checksums.splitMix64(state);
      state += 0x9E3779B97F4A7C15L;
      return out;
    }

    int nextInt(int bound) {
      return (int) Long.remainderUnsigned(next(), bound);
    }

    double nextDouble() {
      return (next() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
      return nextDouble() < p;
    }

    /** A score in [0, 1]: 10% exactly 0, 10% exactly 1, else uniform. */
    double score() {
      double r = nextDouble();
      return r < 0.1 ? 0.0 : r < 0.2 ? 1.0 : nextDouble();
    }

    /** A score strictly inside (0, 1). */
    double interior() {
      return 0.02 + 0.96 * nextDouble();
    }
  }

  /**
   * A random bipolar graph: {@code n} arguments with random base scores, about {@code edgesPerArgument * n}
   * distinct edges, each a support with probability {@code supportShare}, oriented low to high index when
   * {@code acyclic}; optional random edge weights (half the edges). Self-loops only when cyclic.
   */
  static BipolarGraph bipolar(
      long seed, int n, double edgesPerArgument, double supportShare, boolean acyclic, boolean edgeWeights) {
    Rng r = new Rng(seed);
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument("a" + i, r.score());
    }
    int m = (int) Math.round(edgesPerArgument * n);
    java.util.Set<Long> used = new java.util.HashSet<>();
    for (int tries = 0; used.size() < m && tries < 20 * m + 20 && n > 0; tries++) {
      int x = r.nextInt(n);
      int y = r.nextInt(n);
      if (acyclic) {
        if (x == y) {
          continue;
        }
        if (x > y) {
          int t = x;
          x = y;
          y = t;
        }
      }
      if (!used.add((long) x * n + y)) {
        continue;
      }
      boolean support = r.chance(supportShare);
      double w = edgeWeights && r.chance(0.5) ? r.nextDouble() : 1.0;
      if (support) {
        if (w == 1.0) {
          b.addSupport(x, y);
        } else {
          b.addSupport(x, y, w);
        }
      } else {
        if (w == 1.0) {
          b.addAttack(x, y);
        } else {
          b.addAttack(x, y, w);
        }
      }
    }
    return b.build();
  }

  /** A random attack graph with weights ({@link Rng#score()}) or all weights 1; self-attacks possible. */
  static AttackGraph attacks(long seed, int n, double attacksPerArgument, boolean weighted, boolean acyclic) {
    BipolarGraph shape = bipolar(seed, n, attacksPerArgument, 0.0, acyclic, false);
    Rng r = new Rng(~seed);
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument("a" + i, weighted ? r.score() : 1.0);
    }
    for (int i = 0; i < n; i++) {
      for (int x : shape.attackers(i)) {
        b.addAttack(x, i);
      }
    }
    return b.build();
  }

  /**
   * The baseline generator (tweety-baseline README): SplitMix64 seeded with {@code seed}, pairs {@code a =
   * nextInt(N)}, {@code b = nextInt(N-1)}, {@code b += (b >= a)}, oriented low to high for {@code acyclic}, drawn
   * for the missing count, sorted and de-duplicated until {@code m} distinct pairs remain. Argument numbers are
   * indices + 1, as {@link AttackGraph#parseIccma} assigns them.
   */
  static AttackGraph baseline(int n, int m, long seed, boolean acyclic) {
    Rng r = new Rng(seed);
    long[] keys = new long[m];
    int have = 0;
    while (have < m) {
      for (int i = have; i < m; i++) {
        int a = r.nextInt(n);
        int b = r.nextInt(n - 1);
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
      Arrays.sort(keys, 0, m);
      int w = 0;
      for (int i = 0; i < m; i++) {
        if (w > 0 && keys[w - 1] == keys[i]) {
          continue;
        }
        keys[w++] = keys[i];
      }
      have = w;
    }
    StringBuilder sb = new StringBuilder(m * 12 + 16);
    sb.append("p af ").append(n).append('\n');
    for (long k : keys) {
      sb.append(k / n + 1).append(' ').append(k % n + 1).append('\n');
    }
    try {
      return AttackGraph.parseIccma(new java.io.StringReader(sb.toString()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
