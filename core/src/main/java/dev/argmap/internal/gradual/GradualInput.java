package dev.argmap.internal.gradual;

import dev.argmap.internal.graph.Labels;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;

/**
 * The arrays a gradual evaluation reads, shared (not copied) from a {@link BipolarGraph} or an
 * {@link AttackGraph}. Incoming edges in CSR form; weight arrays are null when every edge weight is 1.
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
    this.n = n;
    this.base = base;
    this.attStart = attStart;
    this.attSrc = attSrc;
    this.attW = attW;
    this.supStart = supStart;
    this.supSrc = supSrc;
    this.supW = supW;
    this.labels = labels;
  }

  public int supportCount() {
    return supSrc.length;
  }
}
