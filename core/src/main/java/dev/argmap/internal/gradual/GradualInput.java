package dev.argmap.internal.gradual;

import dev.argmap.internal.graph.Labels;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;

/**
 * The arrays a gradual evaluation reads, shared (not copied) from a {@link BipolarGraph} or an
 * {@link AttackGraph}, or built from a map graph. Incoming edges in CSR form; weight arrays are null when every
 * edge weight is 1. A map's argument also has conjunctive inputs (its premises), whose values multiply its base
 * before the semantics sees it; {@link #conjStart} is null when no node has any (every graph).
 */
public final class GradualInput {
  public final int n;
  public final double[] base;
  public final int[] attStart;
  public final int[] attSrc;
  public final double[] attW;
  public final int[] supStart;
  public final int[] supSrc;
  public final double[] supW;
  public final Labels labels;
  /** Conjunctive inputs of node {@code v}: {@code conjSrc[conjStart[v]..conjStart[v+1])}; null when none. */
  public final int[] conjStart;
  /** See {@link #conjStart}. */
  public final int[] conjSrc;

  public GradualInput(
      int n,
      double[] base,
      int[] attStart,
      int[] attSrc,
      double[] attW,
      int[] supStart,
      int[] supSrc,
      double[] supW,
      Labels labels) {
    this(n, base, null, null, attStart, attSrc, attW, supStart, supSrc, supW, labels);
  }

  public GradualInput(
      int n,
      double[] base,
      int[] conjStart,
      int[] conjSrc,
      int[] attStart,
      int[] attSrc,
      double[] attW,
      int[] supStart,
      int[] supSrc,
      double[] supW,
      Labels labels) {
    this.n = n;
    this.conjStart = conjStart;
    this.conjSrc = conjSrc;
    this.base = base;
    this.attStart = attStart;
    this.attSrc = attSrc;
    this.attW = attW;
    this.supStart = supStart;
    this.supSrc = supSrc;
    this.supW = supW;
    this.labels = labels;
  }

  /** The base of node {@code v} times the values in {@code in} of its conjunctive inputs, in their order. */
  public double baseOf(int v, double[] in) {
    return baseOf(base, conjStart, conjSrc, v, in);
  }

  /** {@link #baseOf(int, double[])} on arrays a sweep has already loaded into locals. */
  static double baseOf(double[] base, int[] conjStart, int[] conjSrc, int v, double[] in) {
    double b = base[v];
    if (conjStart != null) {
      for (int i = conjStart[v]; i < conjStart[v + 1]; i++) {
        b *= in[conjSrc[i]];
      }
    }
    return b;
  }

  public int supportCount() {
    return supSrc.length;
  }
}
