package dev.argmap.internal.gradual;

/**
 * The sweep of a semantics written as aggregation plus influence ({@link LocalForm}, every built-in): each node's
 * attackers and supporters are folded straight from the compressed rows, with no scratch arrays and no call per
 * edge, and the influence is called once per node. The choice of loop is made once per sweep, by the pair of
 * aggregations ({@link #covers} says which pairs have one), so each loop is short and its influence call sees at most the two built-ins that share that pair
 * (the JIT inlines both). Each fold visits the edges in row order and multiplies by the edge weight exactly as
 * {@link GatherSweep} does before calling {@code strength}, which the built-ins derive from the same two pieces:
 * the two sweeps give the same bits (pinned by {@code FusedSweepAgreementTest} in the testing module).
 */
final class FusedSweep implements GradualEngine.Pass {
  private final LocalForm form;
  private final GradualInput g;
  private final Aggregation attack;
  /** The supporters' aggregation, or null for an attack-only semantics, which is given no supporters. */
  private final Aggregation support;
  /** The supporters' aggregate of an attack-only semantics: its fold of nothing. */
  private final double noSupport;

  FusedSweep(LocalForm form, GradualInput g, boolean bipolar) {
    this.form = form;
    this.g = g;
    this.attack = form.attackAggregation();
    this.support = bipolar ? form.supportAggregation() : null;
    this.noSupport = form.supportAggregation().of(new double[0], 0);
  }

  @Override
  public void apply(int[] order, double[] in, double[] out) {
    if (support == null) {
      switch (attack) {
        case SUM:
          attackSums(order, in, out);
          return;
        case MAX:
          attackMax(order, in, out);
          return;
        case POSITIVE_SUM:
          attackPositiveSums(order, in, out);
          return;
        default:
          break;
      }
    } else if (attack == support) {
      switch (attack) {
        case SUM:
          sums(order, in, out);
          return;
        case COMPLEMENT_PRODUCT:
          complementProducts(order, in, out);
          return;
        default:
          break;
      }
    }
    throw new AssertionError("no fused loop for " + attack + "/" + support);
  }

  /**
   * Tells whether a fused loop exists for the semantics' pair of aggregations (every built-in's pair has one);
   * any other pair runs through {@link GatherSweep}, whose values are the same.
   */
  static boolean covers(LocalForm form, boolean bipolar) {
    Aggregation a = form.attackAggregation();
    if (!bipolar) {
      return a == Aggregation.SUM || a == Aggregation.MAX || a == Aggregation.POSITIVE_SUM;
    }
    return a == form.supportAggregation() && (a == Aggregation.SUM || a == Aggregation.COMPLEMENT_PRODUCT);
  }

  private int count(int[] order) {
    return order == null ? g.n : order.length;
  }

  /** Sums on both sides (Euler-based, quadratic energy). */
  private void sums(int[] order, double[] in, double[] out) {
    final LocalForm f = form;
    final double[] base = g.base;
    final int[] cs = g.conjStart;
    final int[] csrc = g.conjSrc;
    final int[] as = g.attStart;
    final int[] asrc = g.attSrc;
    final double[] aw = g.attW;
    final int[] ss = g.supStart;
    final int[] ssrc = g.supSrc;
    final double[] sw = g.supW;
    final int n = count(order);
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      double a = sumRow(as[v], as[v + 1], asrc, aw, in);
      double s = sumRow(ss[v], ss[v + 1], ssrc, sw, in);
      out[v] = f.influence(GradualInput.baseOf(base, cs, csrc, v, in), a, as[v + 1] - as[v], s, ss[v + 1] - ss[v]);
    }
  }

  /** Complement products on both sides (DF-QuAD, QuAD). */
  private void complementProducts(int[] order, double[] in, double[] out) {
    final LocalForm f = form;
    final double[] base = g.base;
    final int[] cs = g.conjStart;
    final int[] csrc = g.conjSrc;
    final int[] as = g.attStart;
    final int[] asrc = g.attSrc;
    final double[] aw = g.attW;
    final int[] ss = g.supStart;
    final int[] ssrc = g.supSrc;
    final double[] sw = g.supW;
    final int n = count(order);
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      double a = complementRow(as[v], as[v + 1], asrc, aw, in);
      double s = complementRow(ss[v], ss[v + 1], ssrc, sw, in);
      out[v] = f.influence(GradualInput.baseOf(base, cs, csrc, v, in), a, as[v + 1] - as[v], s, ss[v + 1] - ss[v]);
    }
  }

  /** The attackers' sum (h-categorizer, weighted h-categorizer). */
  private void attackSums(int[] order, double[] in, double[] out) {
    final LocalForm f = form;
    final double[] base = g.base;
    final int[] cs = g.conjStart;
    final int[] csrc = g.conjSrc;
    final int[] as = g.attStart;
    final int[] asrc = g.attSrc;
    final double[] aw = g.attW;
    final double none = noSupport;
    final int n = count(order);
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      double a = sumRow(as[v], as[v + 1], asrc, aw, in);
      out[v] = f.influence(GradualInput.baseOf(base, cs, csrc, v, in), a, as[v + 1] - as[v], none, 0);
    }
  }

  /** The strongest attacker (weighted max-based). */
  private void attackMax(int[] order, double[] in, double[] out) {
    final LocalForm f = form;
    final double[] base = g.base;
    final int[] cs = g.conjStart;
    final int[] csrc = g.conjSrc;
    final int[] as = g.attStart;
    final int[] src = g.attSrc;
    final double[] w = g.attW;
    final double none = noSupport;
    final int n = count(order);
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      double max = 0.0;
      for (int i = as[v]; i < as[v + 1]; i++) {
        double x = w == null ? in[src[i]] : w[i] * in[src[i]];
        if (x > max) {
          max = x;
        }
      }
      out[v] = f.influence(GradualInput.baseOf(base, cs, csrc, v, in), max, as[v + 1] - as[v], none, 0);
    }
  }

  /** The sum and count of the attackers above 0 (weighted card-based). */
  private void attackPositiveSums(int[] order, double[] in, double[] out) {
    final LocalForm f = form;
    final double[] base = g.base;
    final int[] cs = g.conjStart;
    final int[] csrc = g.conjSrc;
    final int[] as = g.attStart;
    final int[] src = g.attSrc;
    final double[] w = g.attW;
    final double none = noSupport;
    final int n = count(order);
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      double total = 0.0;
      int kept = 0;
      for (int i = as[v]; i < as[v + 1]; i++) {
        double x = w == null ? in[src[i]] : w[i] * in[src[i]];
        if (x > 0.0) {
          kept++;
          total += x;
        }
      }
      out[v] = f.influence(GradualInput.baseOf(base, cs, csrc, v, in), total, kept, none, 0);
    }
  }

  private static double sumRow(int from, int to, int[] src, double[] w, double[] s) {
    double acc = 0.0;
    if (w == null) {
      for (int i = from; i < to; i++) {
        acc += s[src[i]];
      }
    } else {
      for (int i = from; i < to; i++) {
        acc += w[i] * s[src[i]];
      }
    }
    return acc;
  }

  private static double complementRow(int from, int to, int[] src, double[] w, double[] s) {
    double p = 1.0;
    if (w == null) {
      for (int i = from; i < to; i++) {
        p *= 1.0 - s[src[i]];
      }
    } else {
      for (int i = from; i < to; i++) {
        p *= 1.0 - w[i] * s[src[i]];
      }
    }
    return p;
  }
}
