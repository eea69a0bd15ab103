package dev.argmap.scoring;

/**
 * The arrays a gradual evaluation reads, shared (not copied) from a {@link BipolarGraph} or an
 * {@link AttackGraph}. Incoming edges in CSR form; weight arrays are null when every edge weight is 1.
 */
final class GradualInput {
  final int n;
  final double[] base;
  final int[] attStart;
  final int[] attSrc;
  final double[] attW;
  final int[] supStart;
  final int[] supSrc;
  final double[] supW;
  final Labels labels;

  GradualInput(
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

  int supportCount() {
    return supSrc.length;
  }
}
