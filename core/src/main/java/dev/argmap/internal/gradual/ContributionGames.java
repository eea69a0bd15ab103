package dev.argmap.internal.gradual;

import dev.argmap.internal.util.Deadlines;
import dev.argmap.scoring.EvidenceBaseScore;
import dev.argmap.semantics.contribution.ContributionOptions;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The cooperative games behind contribution functions, and the Shapley computations on them. A game's players
 * switch parts of a {@link NetEval} on and off; its value is the topic's strength. Exact Shapley values enumerate
 * every coalition in Gray-code order, so each step switches one player and the evaluator settles only what is
 * downstream of it; sampled ones walk random permutations, alternately adding players to the empty coalition and
 * removing them from the full one (each walk is one uniformly random permutation, read forwards or backwards), so
 * no walk pays for a reset.
 */
public final class ContributionGames {
  private ContributionGames() {}

  /** A game: players, and the topic's strength for the coalition switched on. */
  public abstract static class Game {
    public final NetEval eval;
    public final int topic;
    public final int players;
    public final boolean[] in;

    public Game(NetEval eval, int topic, int players) {
      this.eval = eval;
      this.topic = topic;
      this.players = players;
      this.in = new boolean[players];
    }

    /** Switches player {@code p} in or out; {@link #value()} settles. */
    public final void set(int p, boolean on) {
      if (in[p] != on) {
        in[p] = on;
        apply(p, on);
      }
    }

    public abstract void apply(int p, boolean on);

    public final void setAll(boolean on) {
      for (int p = 0; p < players; p++) {
        set(p, on);
      }
    }

    public final double value() {
      eval.settle();
      return eval.s[topic];
    }
  }

  /**
   * Players are sets of nodes (which may overlap: a node is present while any player holding it is in). Nodes
   * that no player holds are always present.
   */
  public static final class NodeGame extends Game {
    private final int[][] nodes;
    private final int[] holders;
    private final int[] inCount;

    public NodeGame(NetEval eval, int topic, int[][] nodes) {
      super(eval, topic, nodes.length);
      this.nodes = nodes;
      this.holders = new int[eval.net.n];
      this.inCount = new int[eval.net.n];
      for (int[] ns : nodes) {
        for (int v : ns) {
          holders[v]++;
        }
      }
      Arrays.fill(eval.present, true);
      for (int v = 0; v < eval.net.n; v++) {
        if (holders[v] > 0) {
          eval.present[v] = false;
        }
      }
      eval.evaluateAll();
    }

    @Override
    public void apply(int p, boolean on) {
      for (int v : nodes[p]) {
        inCount[v] += on ? 1 : -1;
        eval.setPresent(v, inCount[v] > 0);
      }
    }
  }

  /**
   * Players are groups of evidence items; a statement's base is the evidence rule's combination of the items
   * switched on ({@link EvidenceBaseScore}): {@code 0.5 + 0.5 (S - U)}, with S and U the probabilistic sums of
   * the supporting and the undermining items' {@code weight x credibility}.
   */
  public static final class EvidenceGame extends Game {
    /** Per player: the items it switches. */
    private final int[][] items;
    /** Per item: its statement node, its contribution, whether it supports. */
    private final int[] itemNode;
    private final double[] itemValue;
    private final boolean[] itemSupports;
    private final boolean[] itemOn;
    /** Per node: the items on it, CSR. */
    private final int[] nodeStart;
    private final int[] nodeItems;

    public EvidenceGame(NetEval eval, int topic, int[][] items, int[] itemNode, double[] itemValue,
        boolean[] itemSupports, boolean[] alwaysOn) {
      super(eval, topic, items.length);
      this.items = items;
      this.itemNode = itemNode;
      this.itemValue = itemValue;
      this.itemSupports = itemSupports;
      this.itemOn = alwaysOn.clone();
      int n = eval.net.n;
      nodeStart = new int[n + 1];
      for (int node : itemNode) {
        nodeStart[node + 1]++;
      }
      for (int v = 0; v < n; v++) {
        nodeStart[v + 1] += nodeStart[v];
      }
      nodeItems = new int[itemNode.length];
      int[] pos = Arrays.copyOf(nodeStart, n);
      for (int i = 0; i < itemNode.length; i++) {
        nodeItems[pos[itemNode[i]]++] = i;
      }
      Arrays.fill(eval.present, true);
      for (int v = 0; v < n; v++) {
        if (nodeStart[v + 1] > nodeStart[v]) {
          eval.base[v] = base(v);
        }
      }
      eval.evaluateAll();
    }

    private double base(int v) {
      double notS = 1.0;
      double notU = 1.0;
      for (int j = nodeStart[v]; j < nodeStart[v + 1]; j++) {
        int i = nodeItems[j];
        if (itemOn[i]) {
          if (itemSupports[i]) {
            notS *= 1.0 - itemValue[i];
          } else {
            notU *= 1.0 - itemValue[i];
          }
        }
      }
      return 0.5 + 0.5 * ((1.0 - notS) - (1.0 - notU));
    }

    @Override
    public void apply(int p, boolean on) {
      for (int i : items[p]) {
        itemOn[i] = on;
        eval.setBase(itemNode[i], base(itemNode[i]));
      }
    }
  }

  /** Leave-one-out: v(all) - v(all but p). Leaves every player in. */
  public static double removal(Game g, int p) {
    g.setAll(true);
    double all = g.value();
    g.set(p, false);
    double without = g.value();
    g.set(p, true);
    return all - without;
  }

  /** A coalition walked in Gray-code order: one player switched per step, then the coalition's value. */
  public interface GrayWalk {
    /** Switches player {@code p} in or out. */
    public void flip(int p, boolean on);

    /** The value of the coalition switched on. */
    public double value();
  }

  /** Exact Shapley values of a game by enumerating all 2^k coalitions in Gray-code order. */
  public static double[] shapleyExact(Game g) {
    g.setAll(false);
    double[] phi = shapleyExact(g.players, new GrayWalk() {
      @Override
      public void flip(int p, boolean on) {
        g.set(p, on);
      }

      @Override
      public double value() {
        return g.value();
      }
    });
    g.setAll(true);
    return phi;
  }

  /**
   * Exact Shapley values of {@code k} players whose coalitions {@code walk} evaluates, starting from the empty
   * one: {@code phi_i = sum over S holding i of v(S) w(|S|-1) - sum over S lacking i of v(S) w(|S|)}, with {@code
   * w(s) = s! (k - s - 1)! / k!}, accumulated so that each coalition's value is read once.
   */
  public static double[] shapleyExact(int k, GrayWalk walk) {
    double[] phi = new double[k];
    if (k == 0) {
      return phi;
    }
    double[] w = new double[k];
    w[0] = 1.0 / k;
    for (int s = 1; s < k; s++) {
      w[s] = w[s - 1] * s / (k - s);
    }
    long mask = 0;
    int size = 0;
    double totalB = 0.0;
    long count = 1L << k;
    for (long i = 0; i < count; i++) {
      if (i > 0) {
        int bit = Long.numberOfTrailingZeros(i);
        mask ^= 1L << bit;
        boolean on = (mask & (1L << bit)) != 0;
        size += on ? 1 : -1;
        walk.flip(bit, on);
      }
      double v = walk.value();
      double a = size > 0 ? v * w[size - 1] : 0.0;
      double b = size < k ? v * w[size] : 0.0;
      totalB += b;
      double c = a + b;
      for (long m = mask; m != 0; m &= m - 1) {
        phi[Long.numberOfTrailingZeros(m)] += c;
      }
    }
    for (int p = 0; p < k; p++) {
      phi[p] -= totalB;
    }
    return phi;
  }

  /** A sampled Shapley estimate: means, standard errors, the number of permutations. */
  public static final class Sampled {
    public final double[] mean;
    public final double[] standardError;
    public final long samples;

    public Sampled(double[] mean, double[] standardError, long samples) {
      this.mean = mean;
      this.standardError = standardError;
      this.samples = samples;
    }
  }

  /** Permutation sampling until the largest standard error reaches the target, the cap or the budget. */
  public static Sampled shapleySampled(Game g, ContributionOptions o) {
    int k = g.players;
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    int[] perm = new int[k];
    for (int i = 0; i < k; i++) {
      perm[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(o.seed());
    long deadline = Deadlines.after(o.timeBudget());
    g.setAll(false);
    double prev = g.value();
    boolean empty = true;
    long n = 0;
    double[] se = new double[k];
    while (n < o.maxSamples()) {
      for (int i = k - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      // from the empty coalition each player adds itself; from the full one, removing in this order is the
      // reversed permutation's walk, so the marginal is the value lost
      for (int i = 0; i < k; i++) {
        int p = perm[i];
        g.set(p, empty);
        double cur = g.value();
        double m = empty ? cur - prev : prev - cur;
        sum[p] += m;
        sumSq[p] += m * m;
        prev = cur;
      }
      empty = !empty;
      n++;
      if (n >= o.minSamples() && (n & 15) == 0) {
        if (maxStandardError(sum, sumSq, n, se) <= o.targetStandardError() || System.nanoTime() > deadline) {
          break;
        }
      }
    }
    maxStandardError(sum, sumSq, n, se);
    double[] mean = new double[k];
    for (int p = 0; p < k; p++) {
      mean[p] = sum[p] / n;
    }
    g.setAll(true);
    return new Sampled(mean, se, n);
  }

  private static double maxStandardError(double[] sum, double[] sumSq, long n, double[] se) {
    double max = 0.0;
    for (int p = 0; p < sum.length; p++) {
      double mean = sum[p] / n;
      double var = Math.max(0.0, (sumSq[p] - n * mean * mean) / (n - 1));
      se[p] = Math.sqrt(var / n);
      max = Math.max(max, se[p]);
    }
    return max;
  }
}
