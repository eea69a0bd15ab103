package dev.argmap.semantics;

import com.google.common.collect.ImmutableList;
import dev.argmap.internal.gradual.Aggregation;
import dev.argmap.internal.gradual.LocalForm;

/**
 * The eight built-in semantics, each written once: its local function as aggregation plus influence
 * ({@link LocalForm}: how attackers and supporters are folded, and the influence of the two aggregates on the base
 * score), from which {@link #strength} is derived here and the engine's fused sweeps are run, and the exact partial
 * derivatives of that function, side by side. Where a semantics is not differentiable the derivative makes a fixed, documented choice
 * ({@code docs/scoring-guide.md}): weighted max-based passes the derivative to the first attacker of maximal
 * strength (and to none when every attacker has strength 0, the right-hand derivative being 1 for each there,
 * which is not a gradient); weighted card-based treats the number of attackers of non-zero strength as fixed (the
 * jump when one reaches 0 has no derivative); QuAD is differentiated within the case (attackers only, supporters
 * only, both) that the inputs are in.
 *
 * <p>Not an enum: the constants of {@link GradualSemantics} are created in that interface's initializer, which an
 * enum implementing the interface would re-enter and see half-built.
 */
abstract class BuiltInSemantics implements GradualSemantics, LocalForm {
  private final String id;
  private final String name;
  private final boolean bipolar;
  private final Aggregation attack;
  private final Aggregation support;

  /**
   * {@link GradualSemantics}'s constants in their order; a holder, so that it is built after that interface's
   * initializer has created them (this class is initialized during it).
   */
  static final class All {
    static final ImmutableList<GradualSemantics> LIST = ImmutableList.of(
        GradualSemantics.DF_QUAD,
        GradualSemantics.QUAD,
        GradualSemantics.EULER_BASED,
        GradualSemantics.QUADRATIC_ENERGY,
        GradualSemantics.H_CATEGORIZER,
        GradualSemantics.WEIGHTED_H_CATEGORIZER,
        GradualSemantics.WEIGHTED_MAX_BASED,
        GradualSemantics.WEIGHTED_CARD_BASED);

    private All() {}
  }

  private BuiltInSemantics(String id, String name, boolean bipolar, Aggregation attack, Aggregation support) {
    this.id = id;
    this.name = name;
    this.bipolar = bipolar;
    this.attack = attack;
    this.support = support;
  }

  /** The local function, from the two pieces every built-in is written as: one fold per side, then influence. */
  @Override
  public final double strength(double w, double[] att, int na, double[] sup, int ns) {
    return influence(w, attack.of(att, na), attack.kept(att, na), support.of(sup, ns), support.kept(sup, ns));
  }

  @Override
  public final Aggregation attackAggregation() {
    return attack;
  }

  @Override
  public final Aggregation supportAggregation() {
    return support;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final boolean isBipolar() {
    return bipolar;
  }

  /** The constant's name, e.g. {@code DF_QUAD}, as the enum this was before printed. */
  @Override
  public final String toString() {
    return name;
  }

  static final class DfQuad extends BuiltInSemantics {
    DfQuad() {
      super("df-quad", "DF_QUAD", true, Aggregation.COMPLEMENT_PRODUCT, Aggregation.COMPLEMENT_PRODUCT);
    }

    @Override
    public double influence(double w, double attackComplement, int na, double supportComplement, int ns) {
      double va = 1.0 - attackComplement;
      double vs = 1.0 - supportComplement;
      return va >= vs ? w - w * (va - vs) : w + (1.0 - w) * (vs - va);
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      double va = 1.0 - productExcept(att, na, dAtt);
      double vs = 1.0 - productExcept(sup, ns, dSup);
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
  }

  static final class Quad extends BuiltInSemantics {
    Quad() {
      super("quad", "QUAD", true, Aggregation.COMPLEMENT_PRODUCT, Aggregation.COMPLEMENT_PRODUCT);
    }

    @Override
    public double influence(double w, double attackComplement, int na, double supportComplement, int ns) {
      if (na == 0 && ns == 0) {
        return w;
      }
      double va = na > 0 ? w * attackComplement : 0.0;
      double vs = ns > 0 ? 1.0 - (1.0 - w) * supportComplement : 0.0;
      return ns == 0 ? va : na == 0 ? vs : (va + vs) / 2.0;
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
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

    @Override
    public boolean isAcyclicOnly() {
      return true;
    }
  }

  static final class EulerBased extends BuiltInSemantics {
    EulerBased() {
      super("euler-based", "EULER_BASED", true, Aggregation.SUM, Aggregation.SUM);
    }

    @Override
    public double influence(double w, double attackSum, int na, double supportSum, int ns) {
      if (w == 0.0) {
        return 0.0; // the formula's value for every finite energy; avoids 0 * infinity
      }
      double e = supportSum - attackSum;
      return 1.0 - (1.0 - w * w) / (1.0 + w * Math.exp(e));
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      double x = Math.exp(Aggregation.SUM.of(sup, ns) - Aggregation.SUM.of(att, na));
      double d = 1.0 + w * x;
      double dE = w == 0.0 ? 0.0 : (1.0 - w * w) * w * x / (d * d);
      fill(dAtt, na, -dE);
      fill(dSup, ns, dE);
      return (2.0 * w * d + (1.0 - w * w) * x) / (d * d);
    }
  }

  static final class QuadraticEnergy extends BuiltInSemantics {
    QuadraticEnergy() {
      super("quadratic-energy", "QUADRATIC_ENERGY", true, Aggregation.SUM, Aggregation.SUM);
    }

    @Override
    public double influence(double w, double attackSum, int na, double supportSum, int ns) {
      double e = supportSum - attackSum;
      double h = e * e / (1.0 + e * e);
      return e > 0 ? w + (1.0 - w) * h : w - w * h;
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      double e = Aggregation.SUM.of(sup, ns) - Aggregation.SUM.of(att, na);
      double q = 1.0 + e * e;
      double dh = 2.0 * e / (q * q);
      double dE = e > 0 ? (1.0 - w) * dh : -w * dh;
      fill(dAtt, na, -dE);
      fill(dSup, ns, dE);
      return 1.0 - e * e / q;
    }
  }

  static final class HCategorizer extends BuiltInSemantics {
    HCategorizer() {
      super("h-categorizer", "H_CATEGORIZER", false, Aggregation.SUM, Aggregation.SUM);
    }

    @Override
    public double influence(double w, double attackSum, int na, double supportSum, int ns) {
      return 1.0 / (1.0 + attackSum);
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      double d = 1.0 + Aggregation.SUM.of(att, na);
      fill(dAtt, na, -1.0 / (d * d));
      fill(dSup, ns, 0.0);
      return 0.0;
    }

    @Override
    public double initialStrength(double base) {
      return 1.0;
    }
  }

  static final class WeightedHCategorizer extends BuiltInSemantics {
    WeightedHCategorizer() {
      super("weighted-h-categorizer", "WEIGHTED_H_CATEGORIZER", false, Aggregation.SUM, Aggregation.SUM);
    }

    @Override
    public double influence(double w, double attackSum, int na, double supportSum, int ns) {
      return w / (1.0 + attackSum);
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      double d = 1.0 + Aggregation.SUM.of(att, na);
      fill(dAtt, na, -w / (d * d));
      fill(dSup, ns, 0.0);
      return 1.0 / d;
    }
  }

  static final class WeightedMaxBased extends BuiltInSemantics {
    WeightedMaxBased() {
      super("weighted-max-based", "WEIGHTED_MAX_BASED", false, Aggregation.MAX, Aggregation.SUM);
    }

    @Override
    public double influence(double w, double attackMax, int na, double supportSum, int ns) {
      return w / (1.0 + attackMax);
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      int arg = argMax(att, na);
      double d = 1.0 + (arg < 0 ? 0.0 : att[arg]);
      fill(dAtt, na, 0.0);
      if (arg >= 0) {
        dAtt[arg] = -w / (d * d);
      }
      fill(dSup, ns, 0.0);
      return 1.0 / d;
    }
  }

  static final class WeightedCardBased extends BuiltInSemantics {
    WeightedCardBased() {
      super("weighted-card-based", "WEIGHTED_CARD_BASED", false, Aggregation.POSITIVE_SUM, Aggregation.SUM);
    }

    /** {@code count} is the number of attackers of non-zero strength, {@code total} their sum. */
    @Override
    public double influence(double w, double total, int count, double supportSum, int ns) {
      return count == 0 ? w : w / (1.0 + count + total / count);
    }

    @Override
    public double partialDerivatives(double w, double[] att, int na, double[] sup, int ns, double[] dAtt,
        double[] dSup) {
      int count = Aggregation.POSITIVE_SUM.kept(att, na);
      double total = Aggregation.POSITIVE_SUM.of(att, na);
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
  }

  /** The default of {@link GradualSemantics#partialDerivatives}: central differences, one-sided at 0 and 1. */
  static double numericPartials(GradualSemantics s, double w, double[] att, int na, double[] sup, int ns,
      double[] dAtt, double[] dSup) {
    double[] a = java.util.Arrays.copyOf(att, na);
    double[] p = java.util.Arrays.copyOf(sup, ns);
    for (int i = 0; i < na; i++) {
      dAtt[i] = difference(s, w, a, p, a, i);
    }
    for (int j = 0; j < ns; j++) {
      dSup[j] = difference(s, w, a, p, p, j);
    }
    double lo = Math.max(0.0, w - STEP);
    double hi = Math.min(1.0, w + STEP);
    return (s.strength(hi, a, na, p, ns) - s.strength(lo, a, na, p, ns)) / (hi - lo);
  }

  private static final double STEP = 1e-6;

  /** d f / d v[i] with {@code v} one of {@code a} or {@code p}; restores {@code v[i]}. */
  private static double difference(GradualSemantics s, double w, double[] a, double[] p, double[] v, int i) {
    double x = v[i];
    double lo = Math.max(0.0, x - STEP);
    double hi = Math.min(1.0, x + STEP);
    v[i] = hi;
    double up = s.strength(w, a, a.length, p, p.length);
    v[i] = lo;
    double down = s.strength(w, a, a.length, p, p.length);
    v[i] = x;
    return (up - down) / (hi - lo);
  }

  static void checkUnit(String what, int i, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(
          what + (i < 0 ? "" : " [" + i + "]") + " must be in [0, 1] but was " + v);
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

  /** The index of the first maximal value above 0, or -1. */
  private static int argMax(double[] v, int k) {
    double max = 0.0;
    int arg = -1;
    for (int i = 0; i < k; i++) {
      if (v[i] > max) {
        max = v[i];
        arg = i;
      }
    }
    return arg;
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
}
