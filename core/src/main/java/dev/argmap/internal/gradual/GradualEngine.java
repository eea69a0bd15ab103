package dev.argmap.internal.gradual;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.util.Deadlines;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.util.function.IntSupplier;

/**
 * The one engine of every gradual evaluation, graphs and maps alike: chooses the scheme (one topological pass,
 * Jacobi iteration or RK4 integration) and runs a {@link Pass} over the nodes, whose node update is the semantics'
 * local function {@link GradualSemantics#strength}: fused from its aggregations and influence for a built-in
 * ({@link FusedSweep}), gathered into scratch arrays for any other ({@link GatherSweep}).
 */
public final class GradualEngine {
  private GradualEngine() {}

  /**
   * Updates nodes: those of {@code order} in that order, or every node by index when it is null, reading their
   * inputs from {@code in} and writing {@code out}. With {@code in == out} and a topological order it is the
   * exact one-pass evaluation; with two arrays and no order, one synchronous (Jacobi) step.
   */
  public interface Pass {
    void apply(int[] order, double[] in, double[] out);
  }

  /**
   * The pass of a semantics over a network: the fused loops for a semantics written as aggregation plus influence
   * (the built-ins), else one call of {@link GradualSemantics#strength} per node on gathered inputs.
   */
  public static Pass pass(GradualSemantics sem, GradualInput g) {
    if (sem instanceof LocalForm && FusedSweep.covers((LocalForm) sem, sem.isBipolar())) {
      return new FusedSweep((LocalForm) sem, g, sem.isBipolar());
    }
    return new GatherSweep(sem, g);
  }

  /** Evaluates a graph: each argument's local function reads its weighted attackers and supporters. */
  public static Strengths run(
      GradualSemantics sem, GradualInput g, int[] topoOrder, IntSupplier cycleWitness, EvaluationOptions o) {
    double[] start = new double[g.n];
    for (int v = 0; v < g.n; v++) {
      start[v] = sem.initialStrength(g.base[v]);
    }
    return run(sem, "graph", "argument ", g, topoOrder, cycleWitness, start, o);
  }

  /**
   * Chooses the scheme and runs it: {@link EvaluationScheme#AUTO} is one topological pass on an acyclic
   * {@code what} (a "graph" or a "map"), else RK4 for a bipolar semantics and Jacobi for an attack-only one,
   * and refuses a cycle for a semantics defined on acyclic graphs only. {@code start} holds the starting values
   * of the iterative schemes and is overwritten.
   */
  public static Strengths run(GradualSemantics sem, String what, String nodeWord, GradualInput g,
      int[] topoOrder, IntSupplier cycleWitness, double[] start, EvaluationOptions o) {
    final int n = g.n;
    final Labels labels = g.labels;
    EvaluationScheme scheme = o.scheme();
    if (scheme == EvaluationScheme.AUTO) {
      if (topoOrder != null) {
        scheme = EvaluationScheme.TOPOLOGICAL;
      } else if (sem.isAcyclicOnly()) {
        throw new IllegalArgumentException(
            sem.id() + " is defined on acyclic graphs only, and this " + what + " has a cycle through " + nodeWord
                + labels.describe(cycleWitness.getAsInt()) + "; to iterate anyway, force a scheme with "
                + "EvaluationOptions.builder().scheme(EvaluationScheme.RK4) or JACOBI");
      } else {
        scheme = sem.isBipolar() ? EvaluationScheme.RK4 : EvaluationScheme.JACOBI;
      }
    }
    final Pass pass = pass(sem, g);
    // one call per sweep, not per node: the loop over the nodes is the pass's own
    Sweep sweep = (in, out) -> pass.apply(null, in, out);
    switch (scheme) {
      case TOPOLOGICAL:
        if (topoOrder == null) {
          throw new IllegalArgumentException(
              "the topological scheme needs an acyclic " + what + ", and this " + what + " has a cycle through "
                  + nodeWord + labels.describe(cycleWitness.getAsInt())
                  + "; use EvaluationScheme.AUTO, JACOBI or RK4");
        }
        pass.apply(topoOrder, start, start);
        return Access.semantics().strengths(sem, scheme, Strengths.Status.EXACT, 1, 0.0, 0.0, start, labels, false);
      case JACOBI:
        return jacobi(sem, sweep, n, labels, start, o);
      case RK4:
        return rk4(sem, sweep, n, labels, start, o);
      default:
        throw new AssertionError(scheme);
    }
  }

  /** One synchronous update of every argument: reads {@code in}, writes {@code out}. */
  public interface Sweep {
    public void apply(double[] in, double[] out);
  }

  /**
   * Jacobi iteration of a sweep from {@code start} until the max-norm change is within the tolerance,
   * the iteration cap or the time budget; shared by the graph engine and map scoring.
   */
  public static Strengths jacobi(
      GradualSemantics sem, Sweep sweep, int n, Labels labels, double[] start, EvaluationOptions o) {
    final double tol = o.tolerance();
    double[] cur = start;
    double[] next = new double[n];
    double residual = 0.0;
    int it = 0;
    boolean converged = n == 0;
    boolean timedOut = false;
    final long deadline = Deadlines.after(o.timeBudget());
    while (!converged && it < o.maxIterations()) {
      if (it > 0 && System.nanoTime() > deadline) {
        timedOut = true;
        break;
      }
      sweep.apply(cur, next);
      it++;
      double max = 0.0;
      for (int i = 0; i < n; i++) {
        double d = Math.abs(next[i] - cur[i]);
        if (!(d <= max)) {
          max = d; // also picks up NaN
        }
      }
      double[] t = cur;
      cur = next;
      next = t;
      residual = max;
      if (Double.isNaN(max)) {
        break;
      }
      converged = max <= tol;
    }
    return Access.semantics().strengths(
        sem,
        EvaluationScheme.JACOBI,
        converged ? Strengths.Status.CONVERGED : Strengths.Status.NOT_CONVERGED,
        it,
        residual,
        tol,
        cur,
        labels,
        timedOut);
  }

  /**
   * Classical RK4 integration of {@code d(sigma)/dt = sweep(sigma) - sigma} from {@code y} (updated in
   * place) until the increment per unit time is within the tolerance, the cap or the time budget.
   */
  public static Strengths rk4(
      GradualSemantics sem, Sweep sweep, int n, Labels labels, double[] y, EvaluationOptions o) {
    final double tol = o.tolerance();
    final double h = o.rk4Step();
    final double h2 = h / 2.0;
    double[] stage = new double[n];
    double[] f = new double[n];
    double[] acc = new double[n];
    double residual = 0.0;
    int it = 0;
    boolean converged = n == 0;
    boolean timedOut = false;
    final long deadline = Deadlines.after(o.timeBudget());
    while (!converged && it < o.maxIterations()) {
      if (it > 0 && System.nanoTime() > deadline) {
        timedOut = true;
        break;
      }
      // k1 = f(y) - y
      sweep.apply(y, f);
      for (int i = 0; i < n; i++) {
        double k = f[i] - y[i];
        acc[i] = k;
        stage[i] = y[i] + h2 * k;
      }
      // k2 at y + h/2 k1
      sweep.apply(stage, f);
      for (int i = 0; i < n; i++) {
        double k = f[i] - stage[i];
        acc[i] += 2.0 * k;
        stage[i] = y[i] + h2 * k;
      }
      // k3 at y + h/2 k2
      sweep.apply(stage, f);
      for (int i = 0; i < n; i++) {
        double k = f[i] - stage[i];
        acc[i] += 2.0 * k;
        stage[i] = y[i] + h * k;
      }
      // k4 at y + h k3
      sweep.apply(stage, f);
      double max = 0.0;
      for (int i = 0; i < n; i++) {
        double d = (acc[i] + (f[i] - stage[i])) / 6.0;
        y[i] += h * d;
        double ad = Math.abs(d);
        if (!(ad <= max)) {
          max = ad;
        }
      }
      it++;
      residual = max;
      if (Double.isNaN(max)) {
        break;
      }
      converged = max <= tol;
    }
    return Access.semantics().strengths(
        sem,
        EvaluationScheme.RK4,
        converged ? Strengths.Status.CONVERGED : Strengths.Status.NOT_CONVERGED,
        it,
        residual,
        tol,
        y,
        labels,
        timedOut);
  }
}
