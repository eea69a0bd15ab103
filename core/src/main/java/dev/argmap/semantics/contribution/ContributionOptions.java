package dev.argmap.semantics.contribution;

import dev.argmap.semantics.EvaluationOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How contributions are computed: when Shapley values are exact and how they are sampled above that. Immutable;
 * {@link #defaults()} suits maps and graphs of any size.
 *
 * <p>Shapley values are exact when the game has at most {@link #exactPlayerLimit()} players (every coalition is
 * evaluated, incrementally in Gray-code order). Above, permutations are sampled with a seeded generator until the
 * largest standard error of any player is at most {@link #targetStandardError()} (after at least {@link
 * #minSamples()} permutations), or {@link #maxSamples()} or the {@link #timeBudget()} is reached; the result then
 * reports the standard error it reached. The same seed gives the same estimate.
 */
public final class ContributionOptions {
  private static final ContributionOptions DEFAULTS = builder().build();

  private final int exactPlayerLimit;
  private final double targetStandardError;
  private final int minSamples;
  private final int maxSamples;
  private final long seed;
  private final Duration timeBudget;
  private final EvaluationOptions evaluation;

  private ContributionOptions(Builder b) {
    this.exactPlayerLimit = b.exactPlayerLimit;
    this.targetStandardError = b.targetStandardError;
    this.minSamples = b.minSamples;
    this.maxSamples = b.maxSamples;
    this.seed = b.seed;
    this.timeBudget = b.timeBudget;
    this.evaluation = b.evaluation;
  }

  /**
   * Returns the defaults: exact up to 20 players, else sampled to a standard error of 0.005 with at least 200
   * and at most 1,000,000 permutations, seed 1, a 60 s budget, default evaluation options.
   *
   * @return the defaults
   */
  public static ContributionOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest number of players for which Shapley values are computed exactly.
   *
   * @return the limit, 0 to 30
   */
  public int exactPlayerLimit() {
    return exactPlayerLimit;
  }

  /**
   * Returns the standard error at which sampling stops.
   *
   * @return the target, positive
   */
  public double targetStandardError() {
    return targetStandardError;
  }

  /**
   * Returns the number of permutations always sampled before the standard error may stop sampling.
   *
   * @return the minimum, at least 2
   */
  public int minSamples() {
    return minSamples;
  }

  /**
   * Returns the largest number of permutations sampled.
   *
   * @return the maximum
   */
  public int maxSamples() {
    return maxSamples;
  }

  /**
   * Returns the seed of the permutation sampler.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the time after which sampling stops with what it has (an exact enumeration is not interrupted; its
   * size is bounded by the player limit).
   *
   * @return the budget (60 s unless set), or empty for none
   */
  public Optional<Duration> timeBudget() {
    return Optional.ofNullable(timeBudget);
  }

  /**
   * Returns a builder that starts from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.exactPlayerLimit = exactPlayerLimit;
    b.targetStandardError = targetStandardError;
    b.minSamples = minSamples;
    b.maxSamples = maxSamples;
    b.seed = seed;
    b.timeBudget = timeBudget;
    b.evaluation = evaluation;
    return b;
  }

  /**
   * Returns the options of every evaluation the contributions make (scheme, tolerance, iterations).
   *
   * @return the evaluation options
   */
  public EvaluationOptions evaluation() {
    return evaluation;
  }

  @Override
  public String toString() {
    return "ContributionOptions[exact up to " + exactPlayerLimit + " players, target standard error "
        + targetStandardError + ", samples " + minSamples + ".." + maxSamples + ", seed " + seed + ", budget "
        + timeBudget + "]";
  }

  /** Builds {@link ContributionOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int exactPlayerLimit = 20;
    private double targetStandardError = 0.005;
    private int minSamples = 200;
    private int maxSamples = 1_000_000;
    private long seed = 1L;
    private Duration timeBudget = Duration.ofSeconds(60);
    private EvaluationOptions evaluation = EvaluationOptions.defaults();

    private Builder() {}

    /**
     * Sets the largest number of players for exact Shapley values (the work doubles with each player).
     *
     * @param limit 0 to 30
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder exactPlayerLimit(int limit) {
      if (limit < 0 || limit > 30) {
        throw new IllegalArgumentException("exactPlayerLimit must be in [0, 30] but was " + limit);
      }
      this.exactPlayerLimit = limit;
      return this;
    }

    /**
     * Sets the standard error at which sampling stops.
     *
     * @param se a positive number
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder targetStandardError(double se) {
      if (!(se > 0.0)) {
        throw new IllegalArgumentException("targetStandardError must be > 0 but was " + se);
      }
      this.targetStandardError = se;
      return this;
    }

    /**
     * Sets the least and the most permutations to sample.
     *
     * @param min at least 2
     * @param max at least {@code min}
     * @return this builder
     * @throws IllegalArgumentException if {@code min < 2} or {@code max < min}
     */
    public Builder samples(int min, int max) {
      if (min < 2 || max < min) {
        throw new IllegalArgumentException("samples need 2 <= min <= max but were " + min + " and " + max);
      }
      this.minSamples = min;
      this.maxSamples = max;
      return this;
    }

    /**
     * Sets the seed of the sampler.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the time budget of sampling.
     *
     * @param budget a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeBudget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("timeBudget must be positive but was " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /**
     * Removes the time budget: sampled contributions run until they finish or reach their sample cap.
     *
     * @return this builder
     */
    public Builder noTimeBudget() {
      this.timeBudget = null;
      return this;
    }

    /**
     * Sets the options of the evaluations.
     *
     * @param options the evaluation options
     * @return this builder
     */
    public Builder evaluation(EvaluationOptions options) {
      this.evaluation = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ContributionOptions build() {
      return new ContributionOptions(this);
    }
  }
}
