package dev.argmap.semantics;

import dev.argmap.internal.graph.Labels;
import java.util.Arrays;

/**
 * The result of evaluating a gradual semantics: one strength in [0, 1] per argument, plus an honest account of
 * how it was obtained: the scheme actually used, whether the values are exact or converged, the number of
 * iterations and the final residual.
 *
 * <p>When the iteration did not converge, {@link #get(int)} and {@link #toArray()} throw: the last iterate is not
 * a strength. It stays available, explicitly, through {@link #lastIterate()}.
 */
public final class Strengths {
  /** How the values were obtained. */
  public enum Status {
    /** One topological pass on an acyclic graph: the unique solution, up to floating-point rounding. */
    EXACT,
    /** An iterative scheme met the tolerance. */
    CONVERGED,
    /**
     * The iteration cap or the time budget was reached (or the iterate stopped being finite) before the tolerance
     * was met.
     */
    NOT_CONVERGED
  }

  private final GradualSemantics semantics;
  private final EvaluationScheme scheme;
  private final Status status;
  private final int iterations;
  private final double residual;
  private final double tolerance;
  private final double[] values;
  private final Labels labels;
  private final boolean timedOut;

  Strengths(
      GradualSemantics semantics,
      EvaluationScheme scheme,
      Status status,
      int iterations,
      double residual,
      double tolerance,
      double[] values,
      Labels labels,
      boolean timedOut) {
    this.semantics = semantics;
    this.scheme = scheme;
    this.status = status;
    this.iterations = iterations;
    this.residual = residual;
    this.tolerance = tolerance;
    this.values = values;
    this.labels = labels;
    this.timedOut = timedOut;
  }

  /**
   * Returns the semantics evaluated.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the scheme actually used (never {@link EvaluationScheme#AUTO}).
   *
   * @return the scheme
   */
  public EvaluationScheme scheme() {
    return scheme;
  }

  /**
   * Returns how the values were obtained.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns whether the iteration stopped because its {@linkplain EvaluationOptions#timeBudget() time
   * budget} ran out, so that callers can name the budget as the cause.
   *
   * @return true when the time budget ended the iteration
   */
  public boolean timedOut() {
    return timedOut;
  }

  /**
   * Tells whether the values are usable: exact or converged.
   *
   * @return true unless the status is {@link Status#NOT_CONVERGED}
   */
  public boolean converged() {
    return status != Status.NOT_CONVERGED;
  }

  /**
   * Returns the number of iterations: 1 for a topological pass, the number of sweeps for Jacobi, the number of
   * steps for RK4.
   *
   * @return the iteration count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the final residual: 0 for a topological pass; the max-norm change of the last Jacobi sweep; the
   * max-norm increment per unit time of the last RK4 step. Converged means {@code residual() <= tolerance()}.
   *
   * @return the residual (NaN if the iterate stopped being finite)
   */
  public double residual() {
    return residual;
  }

  /**
   * Returns the tolerance the iteration was run with.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns the number of arguments.
   *
   * @return the number of values
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns the strength of an argument.
   *
   * @param argument an index in {@code [0, size())}
   * @return its strength
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double get(int argument) {
    requireConverged();
    if (argument < 0 || argument >= values.length) {
      throw new IndexOutOfBoundsException("argument index " + argument + " out of range [0, " + values.length
          + ")");
    }
    return values[argument];
  }

  /**
   * Returns the strength of the argument with a label.
   *
   * @param label the argument's label
   * @return its strength
   * @throws IllegalArgumentException if no argument has that label
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double get(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("no argument is labelled '" + label + "'");
    }
    return get(i);
  }

  /**
   * Returns all strengths, indexed like the graph's arguments.
   *
   * @return a new array
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double[] toArray() {
    requireConverged();
    return values.clone();
  }

  /**
   * Returns the values of the last iterate whatever the status: the strengths when converged, otherwise only
   * the state where the iteration stopped, which is not a fixpoint.
   *
   * @return a new array
   */
  public double[] lastIterate() {
    return values.clone();
  }

  private void requireConverged() {
    if (status == Status.NOT_CONVERGED) {
      throw new IllegalStateException(
          semantics.id() + " did not converge with " + scheme + ": residual " + residual + " > tolerance "
              + tolerance + " after " + iterations + " iterations"
              + (timedOut ? " (the time budget ran out)" : "") + ". The fixpoint may not be unique or the "
              + "iteration may oscillate; try EvaluationScheme.RK4, a larger iteration cap or time budget, or read "
              + "lastIterate() knowing it is not a fixpoint");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Strengths[").append(semantics.id()).append(", ").append(scheme)
        .append(", ").append(status).append(timedOut ? " (time budget ran out)" : "").append(", iterations=")
        .append(iterations).append(", residual=").append(residual);
    if (values.length <= 20) {
      sb.append(", ").append(Arrays.toString(values));
    }
    return sb.append(']').toString();
  }

  /** The values themselves, not a copy: for package code that only reads them. */
  double[] rawValues() {
    return values;
  }
}
