package dev.argmap.scoring;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;

/** Seeded random graphs for property tests. */
final class RandomGraphs {
  private RandomGraphs() {}

  /** SplitMix64: the same stream as the baseline's {@code Mix}. */
  static final class Rng {
    private long state;

    Rng(long seed) {
      this.state = seed;
    }

    long next() {
      // SplitMix64 (the output function applied to state + golden gamma), as the bench's Checksums.splitMix64
      long z = state + 0x9E3779B97F4A7C15L;
      state = z;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
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
}
