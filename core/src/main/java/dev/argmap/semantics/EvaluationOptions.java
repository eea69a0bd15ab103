package dev.argmap.semantics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to evaluate a gradual semantics: the scheme, the tolerance of the iterative schemes, their iteration cap,
 * and the RK4 step. Immutable; build with {@link #builder()} or use {@link #defaults()}.
 *
 * <p>Defaults: {@link EvaluationScheme#AUTO}, tolerance {@code 1e-12}, at most {@code 10000} iterations (Jacobi
 * sweeps or RK4 steps), RK4 step {@code 0.05}, no time budget. One Jacobi sweep costs {@code O(arguments +
 * edges)}, an RK4 step four sweeps; on a million arguments a sweep takes some tens of milliseconds, so on very
 * large cyclic graphs a {@linkplain Builder#timeBudget time budget} is the practical cap.
 */
public final class EvaluationOptions {
  private static final EvaluationOptions DEFAULTS = builder().build();

  private final EvaluationScheme scheme;
  private final double tolerance;
  private final int maxIterations;
  private final double rk4Step;
  private final Duration timeBudget;

  private EvaluationOptions(Builder b) {
    this.scheme = b.scheme;
    this.tolerance = b.tolerance;
    this.maxIterations = b.maxIterations;
    this.rk4Step = b.rk4Step;
    this.timeBudget = b.timeBudget;
  }

  /**
   * Returns the default options.
   *
   * @return AUTO scheme, tolerance 1e-12, 10000 iterations, RK4 step 0.05
   */
  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scheme.
   *
   * @return the requested scheme
   */
  public EvaluationScheme scheme() {
    return scheme;
  }

  /**
   * Returns the convergence tolerance: the largest accepted max-norm change of a Jacobi sweep, or max-norm
   * increment per unit time of an RK4 step.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns the iteration cap (Jacobi sweeps or RK4 steps).
   *
   * @return the cap
   */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Returns the RK4 step size (time units per step).
   *
   * @return the step
   */
  public double rk4Step() {
    return rk4Step;
  }

  /**
   * Returns the wall-clock budget of an iterative evaluation, or empty for none (the default). When it runs out
   * the result is {@link Strengths.Status#NOT_CONVERGED}, like reaching the iteration cap.
   *
   * @return the budget, or empty
   */
  public Optional<Duration> timeBudget() {
    return Optional.ofNullable(timeBudget);
  }

  @Override
  public String toString() {
    return "EvaluationOptions[scheme=" + scheme + ", tolerance=" + tolerance + ", maxIterations=" + maxIterations
        + ", rk4Step=" + rk4Step + (timeBudget == null ? "" : ", timeBudget=" + timeBudget) + "]";
  }

  /** Builder of {@link EvaluationOptions}; starts from the defaults. */
  public static final class Builder {
    private EvaluationScheme scheme = EvaluationScheme.AUTO;
    private double tolerance = 1e-12;
    private int maxIterations = 10_000;
    private double rk4Step = 0.05;
    private Duration timeBudget;

    private Builder() {}

    /**
     * Sets the scheme. Forcing {@link EvaluationScheme#JACOBI} or {@link EvaluationScheme#RK4} also applies to
     * acyclic graphs; forcing {@link EvaluationScheme#TOPOLOGICAL} fails on a cyclic graph.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder scheme(EvaluationScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Sets the convergence tolerance.
     *
     * @param tolerance positive and finite
     * @return this builder
     * @throws IllegalArgumentException if not positive and finite
     */
    public Builder tolerance(double tolerance) {
      if (!(tolerance > 0 && tolerance < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("tolerance must be positive and finite but was " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the iteration cap.
     *
     * @param maxIterations at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be at least 1 but was " + maxIterations);
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * Sets the RK4 step.
     *
     * @param step in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException if outside (0, 1]
     */
    public Builder rk4Step(double step) {
      if (!(step > 0 && step <= 1)) {
        throw new IllegalArgumentException("rk4Step must be in (0, 1] but was " + step);
      }
      this.rk4Step = step;
      return this;
    }

    /**
     * Sets a wall-clock budget for the iterative schemes; checked after every iteration. The exact topological
     * pass is never limited.
     *
     * @param budget positive; the default is none ({@link #noTimeBudget()})
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder timeBudget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isZero() || budget.isNegative()) {
        throw new IllegalArgumentException("timeBudget must be positive but was " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /**
     * Removes the time budget: the iterative schemes run until they finish, converge or reach the iteration cap.
     *
     * @return this builder
     */
    public Builder noTimeBudget() {
      this.timeBudget = null;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public EvaluationOptions build() {
      return new EvaluationOptions(this);
    }
  }
}
