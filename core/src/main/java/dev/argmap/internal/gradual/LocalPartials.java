package dev.argmap.internal.gradual;

import dev.argmap.semantics.GradualSemantics;

/**
 * Partial derivatives of {@link Kernels#local}: of a node's strength with respect to its base and to each input
 * strength, at given inputs. Exact formulas, no finite differences. Where a semantics is not differentiable the
 * choice is fixed and documented in {@code docs/scoring-guide.md}: the weighted max-based semantics passes the
 * derivative to the first attacker of maximal strength (and to none when every attacker has strength 0, the
 * right-hand derivative being 1 for each there, which is not a gradient); weighted card-based treats the number of
 * attackers of non-zero strength as fixed (the jump when one reaches 0 has no derivative); QuAD is
 * differentiated within the case (attackers only, supporters only, both) that the inputs are in.
 */
public final class LocalPartials {
  private LocalPartials() {}

  /**
   * Writes {@code d f / d att[i]} to {@code dAtt[i]} and {@code d f / d sup[j]} to {@code dSup[j]} and returns
   * {@code d f / d w}.
   */
  public static double of(GradualSemantics s, double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
      double[] dSup) {
    switch (s) {
      case DF_QUAD: {
        double pa = productExcept(att, na, dAtt);
        double ps = productExcept(sup, ns, dSup);
        double va = 1.0 - pa;
        double vs = 1.0 - ps;
        // d va / d a_i = prod_{k != i}(1 - a_k), left in dAtt by productExcept; likewise for vs
        if (va >= vs) {
          scale(dAtt, na, -w);
          scale(dSup, ns, w);
          return 1.0 - va + vs;
        }
        scale(dAtt, na, -(1.0 - w));
        scale(dSup, ns, 1.0 - w);
        return 1.0 - (vs - va);
      }
      case QUAD: {
        if (na == 0 && ns == 0) {
          return 1.0;
        }
        double pa = productExcept(att, na, dAtt);
        double ps = productExcept(sup, ns, dSup);
        double half = na > 0 && ns > 0 ? 0.5 : 1.0;
        scale(dAtt, na, -w * half);
        scale(dSup, ns, (1.0 - w) * half);
        double dw = 0.0;
        if (na > 0) {
          dw += pa;
        }
        if (ns > 0) {
          dw += ps;
        }
        return dw * half;
      }
      case EULER_BASED: {
        double e = sum(sup, ns) - sum(att, na);
        double x = Math.exp(e);
        double d = 1.0 + w * x;
        double dE = w == 0.0 ? 0.0 : (1.0 - w * w) * w * x / (d * d);
        fill(dAtt, na, -dE);
        fill(dSup, ns, dE);
        return (2.0 * w * d + (1.0 - w * w) * x) / (d * d);
      }
      case QUADRATIC_ENERGY: {
        double e = sum(sup, ns) - sum(att, na);
        double q = 1.0 + e * e;
        double h = e * e / q;
        double dh = 2.0 * e / (q * q);
        double dE = e > 0 ? (1.0 - w) * dh : -w * dh;
        fill(dAtt, na, -dE);
        fill(dSup, ns, dE);
        return 1.0 - h;
      }
      case H_CATEGORIZER: {
        double d = 1.0 + sum(att, na);
        fill(dAtt, na, -1.0 / (d * d));
        fill(dSup, ns, 0.0);
        return 0.0;
      }
      case WEIGHTED_H_CATEGORIZER: {
        double d = 1.0 + sum(att, na);
        fill(dAtt, na, -w / (d * d));
        fill(dSup, ns, 0.0);
        return 1.0 / d;
      }
      case WEIGHTED_MAX_BASED: {
        double max = 0.0;
        int arg = -1;
        for (int i = 0; i < na; i++) {
          if (att[i] > max) {
            max = att[i];
            arg = i;
          }
        }
        double d = 1.0 + max;
        fill(dAtt, na, 0.0);
        if (arg >= 0) {
          dAtt[arg] = -w / (d * d);
        }
        fill(dSup, ns, 0.0);
        return 1.0 / d;
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
        fill(dSup, ns, 0.0);
        if (count == 0) {
          fill(dAtt, na, 0.0);
          return 1.0;
        }
        double d = 1.0 + count + total / count;
        for (int i = 0; i < na; i++) {
          dAtt[i] = att[i] > 0.0 ? -w / (d * d) / count : 0.0;
        }
        return 1.0 / d;
      }
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * Returns {@code prod(1 - v[i])} and writes {@code prod_{k != i}(1 - v[k])} to {@code out[i]} (prefix and
   * suffix products, so a factor of 0 is no problem).
   */
  private static double productExcept(double[] v, int k, double[] out) {
    double prefix = 1.0;
    for (int i = 0; i < k; i++) {
      out[i] = prefix;
      prefix *= 1.0 - v[i];
    }
    double suffix = 1.0;
    for (int i = k - 1; i >= 0; i--) {
      out[i] *= suffix;
      suffix *= 1.0 - v[i];
    }
    return prefix;
  }

  private static void scale(double[] v, int k, double f) {
    for (int i = 0; i < k; i++) {
      v[i] *= f;
    }
  }

  private static void fill(double[] v, int k, double f) {
    for (int i = 0; i < k; i++) {
      v[i] = f;
    }
  }

  private static double sum(double[] v, int k) {
    double acc = 0.0;
    for (int i = 0; i < k; i++) {
      acc += v[i];
    }
    return acc;
  }
}
