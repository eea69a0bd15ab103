package dev.argmap.internal.gradual;

import dev.argmap.semantics.GradualSemantics;

/**
 * The local update {@code s(a) = f_a(s)} of every gradual semantics, as a sweep over all arguments. A sweep reads
 * parents from {@code in} and writes {@code out}; with {@code in == out} and a topological order it is the exact
 * one-pass evaluation, with distinct arrays and the identity order ({@code order == null}) it is one Jacobi
 * step. Primitive arrays only, no allocation. An edge weight {@code w} multiplies the parent's strength.
 */
public abstract class Kernels {
  public abstract void sweep(GradualInput g, int[] order, double[] in, double[] out);

  public static Kernels of(GradualSemantics s) {
    switch (s) {
      case DF_QUAD:
        return new DfQuad();
      case QUAD:
        return new Quad();
      case EULER_BASED:
        return new EulerBased();
      case QUADRATIC_ENERGY:
        return new QuadraticEnergy();
      case H_CATEGORIZER:
        return new HCategorizer();
      case WEIGHTED_H_CATEGORIZER:
        return new WeightedHCategorizer();
      case WEIGHTED_MAX_BASED:
        return new WeightedMaxBased();
      case WEIGHTED_CARD_BASED:
        return new WeightedCardBased();
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * The local update of one argument from its base score and its parents' strengths (edge weight 1), the same
   * formula as the sweeps: {@code att[0..na)} are the attackers' strengths, {@code sup[0..ns)} the supporters'.
   * Attack-only semantics ignore {@code sup}. Weighted card-based counts an attacker when its strength is
   * non-zero, which on consistent strengths is the same as the sweep's test on its initial weight (a Cbs
   * strength is zero exactly when the initial weight is). No allocation.
   */
  public static double local(GradualSemantics s, double w, double[] att, int na, double[] sup, int ns) {
    switch (s) {
      case DF_QUAD: {
        double pa = 1.0;
        for (int i = 0; i < na; i++) {
          pa *= 1.0 - att[i];
        }
        double ps = 1.0;
        for (int i = 0; i < ns; i++) {
          ps *= 1.0 - sup[i];
        }
        double va = 1.0 - pa;
        double vs = 1.0 - ps;
        return va >= vs ? w - w * (va - vs) : w + (1.0 - w) * (vs - va);
      }
      case QUAD: {
        if (na == 0 && ns == 0) {
          return w;
        }
        double pa = 1.0;
        for (int i = 0; i < na; i++) {
          pa *= 1.0 - att[i];
        }
        double ps = 1.0;
        for (int i = 0; i < ns; i++) {
          ps *= 1.0 - sup[i];
        }
        double va = na > 0 ? w * pa : 0.0;
        double vs = ns > 0 ? 1.0 - (1.0 - w) * ps : 0.0;
        return ns == 0 ? va : na == 0 ? vs : (va + vs) / 2.0;
      }
      case EULER_BASED: {
        if (w == 0.0) {
          return 0.0;
        }
        double e = plain(sup, ns) - plain(att, na);
        return 1.0 - (1.0 - w * w) / (1.0 + w * Math.exp(e));
      }
      case QUADRATIC_ENERGY: {
        double e = plain(sup, ns) - plain(att, na);
        double h = e * e / (1.0 + e * e);
        return e > 0 ? w + (1.0 - w) * h : w - w * h;
      }
      case H_CATEGORIZER:
        return 1.0 / (1.0 + plain(att, na));
      case WEIGHTED_H_CATEGORIZER:
        return w / (1.0 + plain(att, na));
      case WEIGHTED_MAX_BASED: {
        double max = 0.0;
        for (int i = 0; i < na; i++) {
          if (att[i] > max) {
            max = att[i];
          }
        }
        return w / (1.0 + max);
      }
      case WEIGHTED_CARD_BASED: {
        int count = 0;
        double total = 0.0;
        for (int i = 0; i < na; i++) {
          if (att[i] > 0.0) {
            count++;
            total += att[i];
          }
        }
        return count == 0 ? w : w / (1.0 + count + total / count);
      }
      default:
        throw new AssertionError(s);
    }
  }

  private static double plain(double[] v, int k) {
    double acc = 0.0;
    for (int i = 0; i < k; i++) {
      acc += v[i];
    }
    return acc;
  }

  /** Product of (1 - w*s) over a CSR row. */
  public static double complementProduct(int from, int to, int[] src, double[] w, double[] s) {
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

  /** Sum of w*s over a CSR row. */
  public static double sum(int from, int to, int[] src, double[] w, double[] s) {
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

  public static final class DfQuad extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] ss = g.supStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        double va = 1.0 - complementProduct(as[a], as[a + 1], g.attSrc, g.attW, in);
        double vs = 1.0 - complementProduct(ss[a], ss[a + 1], g.supSrc, g.supW, in);
        double w = g.base[a];
        out[a] = va >= vs ? w - w * (va - vs) : w + (1.0 - w) * (vs - va);
      }
    }
  }

  public static final class Quad extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] ss = g.supStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        boolean hasAtt = as[a + 1] > as[a];
        boolean hasSup = ss[a + 1] > ss[a];
        double w = g.base[a];
        double r;
        if (!hasAtt && !hasSup) {
          r = w;
        } else {
          double va = hasAtt ? w * complementProduct(as[a], as[a + 1], g.attSrc, g.attW, in) : 0.0;
          double vs = hasSup ? 1.0 - (1.0 - w) * complementProduct(ss[a], ss[a + 1], g.supSrc, g.supW, in) : 0.0;
          r = !hasSup ? va : !hasAtt ? vs : (va + vs) / 2.0;
        }
        out[a] = r;
      }
    }
  }

  public static final class EulerBased extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] ss = g.supStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        double w = g.base[a];
        if (w == 0.0) {
          out[a] = 0.0; // the formula's value for every finite energy; avoids 0 * infinity
          continue;
        }
        double e = sum(ss[a], ss[a + 1], g.supSrc, g.supW, in) - sum(as[a], as[a + 1], g.attSrc, g.attW, in);
        out[a] = 1.0 - (1.0 - w * w) / (1.0 + w * Math.exp(e));
      }
    }
  }

  public static final class QuadraticEnergy extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] ss = g.supStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        double w = g.base[a];
        double e = sum(ss[a], ss[a + 1], g.supSrc, g.supW, in) - sum(as[a], as[a + 1], g.attSrc, g.attW, in);
        double h = e * e / (1.0 + e * e);
        out[a] = e > 0 ? w + (1.0 - w) * h : w - w * h;
      }
    }
  }

  public static final class HCategorizer extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        out[a] = 1.0 / (1.0 + sum(as[a], as[a + 1], g.attSrc, g.attW, in));
      }
    }
  }

  public static final class WeightedHCategorizer extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        out[a] = g.base[a] / (1.0 + sum(as[a], as[a + 1], g.attSrc, g.attW, in));
      }
    }
  }

  public static final class WeightedMaxBased extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] src = g.attSrc;
      final double[] w = g.attW;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        double max = 0.0;
        for (int i = as[a]; i < as[a + 1]; i++) {
          double v = w == null ? in[src[i]] : w[i] * in[src[i]];
          if (v > max) {
            max = v;
          }
        }
        out[a] = g.base[a] / (1.0 + max);
      }
    }
  }

  public static final class WeightedCardBased extends Kernels {
    @Override
    public void sweep(GradualInput g, int[] order, double[] in, double[] out) {
      final int[] as = g.attStart;
      final int[] src = g.attSrc;
      final double[] w = g.attW;
      final double[] base = g.base;
      for (int k = 0; k < g.n; k++) {
        int a = order == null ? k : order[k];
        int count = 0;
        double total = 0.0;
        for (int i = as[a]; i < as[a + 1]; i++) {
          int b = src[i];
          double ew = w == null ? 1.0 : w[i];
          if (base[b] > 0.0 && ew > 0.0) {
            count++;
            total += ew * in[b];
          }
        }
        out[a] = count == 0 ? base[a] : base[a] / (1.0 + count + total / count);
      }
    }
  }
}
