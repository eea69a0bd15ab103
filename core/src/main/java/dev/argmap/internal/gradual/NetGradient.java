package dev.argmap.internal.gradual;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.GradualSemantics;

/**
 * The gradient of one node's strength with respect to every node's own base, by reverse-mode differentiation of
 * the evaluation. The local partial derivatives ({@link GradualSemantics#partialDerivatives}) are taken once at the final strengths;
 * then the adjoints {@code lambda} solve {@code lambda = e_topic + J^T lambda}, where {@code J} holds the partial
 * derivative of each node's update with respect to each of its inputs. On an acyclic network that is one sweep in
 * reverse topological order, exact. On a cyclic one it is the implicit-function theorem at the fixpoint, solved by
 * iterating the adjoint equation (damped by the RK4 step for the bipolar semantics, as their strengths are the
 * limit of the continuous model) to the evaluation's tolerance; a run that does not converge is an error.
 */
public final class NetGradient {
  private NetGradient() {}

  /** The result: d s(topic) / d base(v) for every node, and whether it came from an iteration. */
  public static final class Result {
    public final double[] dBase;
    public final boolean iterated;

    public Result(double[] dBase, boolean iterated) {
      this.dBase = dBase;
      this.iterated = iterated;
    }
  }

  /** Needs an evaluator with every node present and evaluated. */
  public static Result of(NetEval e, int topic, EvaluationOptions o) {
    QNet g = e.net;
    int n = g.n;
    double[] s = e.s;
    double[] pAtt = new double[g.attSrc.length];
    double[] pSup = new double[g.supSrc.length];
    double[] pConj = new double[g.conjSrc.length];
    double[] pOwn = new double[n];
    int deg = g.maxInDegree();
    double[] att = new double[deg];
    double[] sup = new double[deg];
    double[] dAtt = new double[deg];
    double[] dSup = new double[deg];
    for (int v = 0; v < n; v++) {
      double conj = 1.0;
      for (int i = g.conjStart[v]; i < g.conjStart[v + 1]; i++) {
        conj *= s[g.conjSrc[i]];
      }
      double b = g.base[v] * conj;
      int na = 0;
      for (int i = g.attStart[v]; i < g.attStart[v + 1]; i++) {
        att[na++] = g.attW == null ? s[g.attSrc[i]] : g.attW[i] * s[g.attSrc[i]];
      }
      int ns = 0;
      for (int i = g.supStart[v]; i < g.supStart[v + 1]; i++) {
        sup[ns++] = g.supW == null ? s[g.supSrc[i]] : g.supW[i] * s[g.supSrc[i]];
      }
      double db = g.sem.partialDerivatives(b, att, na, sup, ns, dAtt, dSup);
      for (int i = g.attStart[v], k = 0; i < g.attStart[v + 1]; i++, k++) {
        pAtt[i] = dAtt[k] * (g.attW == null ? 1.0 : g.attW[i]);
      }
      for (int i = g.supStart[v], k = 0; i < g.supStart[v + 1]; i++, k++) {
        pSup[i] = dSup[k] * (g.supW == null ? 1.0 : g.supW[i]);
      }
      pOwn[v] = db * conj;
      for (int i = g.conjStart[v]; i < g.conjStart[v + 1]; i++) {
        double others = g.base[v];
        for (int j = g.conjStart[v]; j < g.conjStart[v + 1]; j++) {
          if (j != i) {
            others *= s[g.conjSrc[j]];
          }
        }
        pConj[i] = db * others;
      }
    }
    double[] lambda = new double[n];
    boolean iterated;
    if (e.isAcyclic()) {
      lambda[topic] = 1.0;
      int[] topo = g.topo;
      for (int k = n - 1; k >= 0; k--) {
        int v = topo[k];
        double l = lambda[v];
        if (l == 0.0) {
          continue;
        }
        push(g, v, l, pAtt, pSup, pConj, lambda);
      }
      iterated = false;
    } else {
      double h = g.sem.isBipolar() ? o.rk4Step() : 1.0;
      double[] next = new double[n];
      boolean converged = false;
      for (int it = 0; it < o.maxIterations() && !converged; it++) {
        java.util.Arrays.fill(next, 0.0);
        next[topic] = 1.0;
        for (int v = 0; v < n; v++) {
          if (lambda[v] != 0.0) {
            push(g, v, lambda[v], pAtt, pSup, pConj, next);
          }
        }
        double max = 0.0;
        for (int v = 0; v < n; v++) {
          double d = next[v] - lambda[v];
          lambda[v] += h * d;
          max = Math.max(max, Math.abs(d));
        }
        if (Double.isNaN(max)) {
          break;
        }
        converged = max <= o.tolerance();
      }
      if (!converged) {
        throw new IllegalStateException("the adjoint equation of the gradient did not converge in "
            + o.maxIterations() + " iterations; the strengths may be at an unstable fixpoint");
      }
      iterated = true;
    }
    double[] dBase = new double[n];
    for (int v = 0; v < n; v++) {
      dBase[v] = lambda[v] * pOwn[v];
    }
    return new Result(dBase, iterated);
  }

  private static void push(QNet g, int v, double l, double[] pAtt, double[] pSup, double[] pConj, double[] out) {
    for (int i = g.attStart[v]; i < g.attStart[v + 1]; i++) {
      out[g.attSrc[i]] += l * pAtt[i];
    }
    for (int i = g.supStart[v]; i < g.supStart[v + 1]; i++) {
      out[g.supSrc[i]] += l * pSup[i];
    }
    for (int i = g.conjStart[v]; i < g.conjStart[v + 1]; i++) {
      out[g.conjSrc[i]] += l * pConj[i];
    }
  }
}
