package dev.argmap.internal.gradual;

/**
 * How a built-in semantics folds the strengths of one side (its attackers or its supporters) into one number,
 * the first half of its local function; {@link LocalForm#influence} is the second. The fused sweeps of
 * {@link FusedSweep} run the same folds straight over the compressed rows of a graph, in the same order, so
 * that both paths give the same bits.
 */
public enum Aggregation {
  /** The sum of the strengths; 0 for none. */
  SUM,
  /** The product of {@code 1 - x} over the strengths; 1 for none (the complement of a probabilistic sum). */
  COMPLEMENT_PRODUCT,
  /** The largest strength above 0; 0 for none (a NaN is never larger). */
  MAX,
  /** The sum of the strengths above 0, keeping count of them (card-based counts its non-zero attackers). */
  POSITIVE_SUM;

  /**
   * Folds {@code v[0..k)}.
   *
   * @param v the strengths
   * @param k how many
   * @return the aggregate
   */
  public double of(double[] v, int k) {
    switch (this) {
      case SUM: {
        double acc = 0.0;
        for (int i = 0; i < k; i++) {
          acc += v[i];
        }
        return acc;
      }
      case COMPLEMENT_PRODUCT: {
        double p = 1.0;
        for (int i = 0; i < k; i++) {
          p *= 1.0 - v[i];
        }
        return p;
      }
      case MAX: {
        double max = 0.0;
        for (int i = 0; i < k; i++) {
          if (v[i] > max) {
            max = v[i];
          }
        }
        return max;
      }
      case POSITIVE_SUM: {
        double acc = 0.0;
        for (int i = 0; i < k; i++) {
          if (v[i] > 0.0) {
            acc += v[i];
          }
        }
        return acc;
      }
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * How many of {@code v[0..k)} the fold kept, the count {@link LocalForm#influence} receives: all of them,
   * except for {@link #POSITIVE_SUM}, which keeps those above 0.
   *
   * @param v the strengths
   * @param k how many
   * @return the count kept
   */
  public int kept(double[] v, int k) {
    if (this != POSITIVE_SUM) {
      return k;
    }
    int count = 0;
    for (int i = 0; i < k; i++) {
      if (v[i] > 0.0) {
        count++;
      }
    }
    return count;
  }
}
