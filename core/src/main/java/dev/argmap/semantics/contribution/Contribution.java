package dev.argmap.semantics.contribution;

import java.util.Locale;

/**
 * One contribution and how it was obtained. A sampled value always comes with its standard error and the number
 * of samples behind it, so no estimate passes for an exact number.
 *
 * @param value the contribution: positive when the contributor raises the topic's strength
 * @param standardError the standard error of a {@link Method#SAMPLED} value; 0 otherwise
 * @param samples the number of sampled permutations behind a {@link Method#SAMPLED} value; 0 otherwise
 * @param method how the value was obtained
 */
public record Contribution(double value, double standardError, long samples, Method method) {
  /** How a contribution was obtained. */
  public enum Method {
    /** Computed exactly (up to floating point): enumeration, one topological pass, a reverse sweep. */
    EXACT,
    /** From strengths or adjoints that an iteration computed to the evaluation's tolerance (cyclic graphs). */
    CONVERGED,
    /** A seeded Monte Carlo estimate over random permutations; see the standard error. */
    SAMPLED
  }

  /**
   * Checks the parts.
   *
   * @param value the value part
   * @param standardError the standardError part
   * @param samples the samples part
   * @param method the method part
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if the standard error or the samples are negative, or given for a value
   *     that is not sampled
   */
  public Contribution {
    java.util.Objects.requireNonNull(method, "method");
    if (!(standardError >= 0.0) || samples < 0) {
      throw new IllegalArgumentException("standard error and samples must be >= 0 but were " + standardError
          + " and " + samples);
    }
    if (method != Method.SAMPLED && (standardError != 0.0 || samples != 0)) {
      throw new IllegalArgumentException("only a sampled contribution has a standard error and samples");
    }
  }

  static Contribution exact(double value) {
    return new Contribution(value, 0.0, 0, Method.EXACT);
  }

  static Contribution converged(double value) {
    return new Contribution(value, 0.0, 0, Method.CONVERGED);
  }

  /** The value with four decimals, and for an estimate its standard error and samples: "+0.1665 ± 0.0021 (n=800)". */
  @Override
  public String toString() {
    String v = String.format(Locale.ROOT, "%+.4f", value);
    return method == Method.SAMPLED
        ? v + String.format(Locale.ROOT, " ± %.4f (n=%d)", standardError, samples)
        : v;
  }
}
