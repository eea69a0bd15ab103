package dev.argmap.semantics;

/** How a gradual semantics is evaluated; see {@link EvaluationOptions}. */
public enum EvaluationScheme {
  /**
   * The recommended policy: {@link #TOPOLOGICAL} when the graph is acyclic; otherwise {@link #RK4} for the
   * bipolar semantics (DF-QuAD, Euler-based, quadratic energy) and {@link #JACOBI} for the attack-only ones.
   * QuAD is refused on a cyclic graph (it is only defined on acyclic ones) unless a scheme is forced.
   */
  AUTO,
  /** One pass in topological order (Kahn): exact, linear time; acyclic graphs only. */
  TOPOLOGICAL,
  /**
   * Synchronous (discrete) iteration from the base scores, {@code s(k+1) = f(s(k))}, until the max-norm change
   * is at most the tolerance. How the original papers define the attack-only semantics on cycles.
   */
  JACOBI,
  /**
   * Classical Runge-Kutta (RK4) integration of the continuous model {@code ds/dt = f(s) - s}, {@code s(0)} = base
   * scores (Potyka 2018), until the max-norm increment per unit time is at most the tolerance. Converges in
   * cases where Jacobi oscillates.
   */
  RK4
}
