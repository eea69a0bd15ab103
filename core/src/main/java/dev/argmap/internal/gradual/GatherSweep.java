package dev.argmap.internal.gradual;

import dev.argmap.semantics.GradualSemantics;

/**
 * The sweep of a semantics given only by its local function (a user's own): every node gathers its weighted
 * attackers' and supporters' values into scratch arrays and calls {@link GradualSemantics#strength}. The built-ins
 * run {@link FusedSweep} instead, which gives the same values without the gathering.
 */
final class GatherSweep implements GradualEngine.Pass {
  private final GradualSemantics sem;
  private final GradualInput g;
  private final boolean bipolar;
  private final double[] att;
  private final double[] sup;

  GatherSweep(GradualSemantics sem, GradualInput g) {
    this.sem = sem;
    this.g = g;
    this.bipolar = sem.isBipolar();
    int maxAtt = 0;
    int maxSup = 0;
    for (int v = 0; v < g.n; v++) {
      maxAtt = Math.max(maxAtt, g.attStart[v + 1] - g.attStart[v]);
      maxSup = Math.max(maxSup, g.supStart[v + 1] - g.supStart[v]);
    }
    this.att = new double[maxAtt];
    this.sup = new double[bipolar ? maxSup : 0];
  }

  @Override
  public void apply(int[] order, double[] in, double[] out) {
    final int n = order == null ? g.n : order.length;
    for (int k = 0; k < n; k++) {
      int v = order == null ? k : order[k];
      out[v] = update(v, in);
    }
  }

  /** The new value of node {@code v} from its inputs' values in {@code in}. */
  double update(int v, double[] in) {
    final double[] aw = g.attW;
    int na = 0;
    for (int i = g.attStart[v]; i < g.attStart[v + 1]; i++) {
      att[na++] = aw == null ? in[g.attSrc[i]] : aw[i] * in[g.attSrc[i]];
    }
    int ns = 0;
    if (bipolar) {
      final double[] sw = g.supW;
      for (int i = g.supStart[v]; i < g.supStart[v + 1]; i++) {
        sup[ns++] = sw == null ? in[g.supSrc[i]] : sw[i] * in[g.supSrc[i]];
      }
    }
    return sem.strength(g.baseOf(v, in), att, na, sup, ns);
  }
}
