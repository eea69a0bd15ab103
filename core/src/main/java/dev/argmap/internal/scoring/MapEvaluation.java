package dev.argmap.internal.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualEngine;
import dev.argmap.internal.gradual.Kernels;
import dev.argmap.scoring.MapGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.util.Arrays;

/**
 * Evaluates a gradual semantics on a {@link MapGraph}: the same schemes, tolerance, caps and convergence status
 * as {@link GradualEngine}, with the map's update. A statement node gets {@code f(tau, attackers, supporters)};
 * an argument node gets {@code f(weight x prod(premise strengths), attackers, supporters)}, where {@code f} is
 * {@link Kernels#local}. Attack-only semantics ignore supports (and so do their cycles).
 */
public final class MapEvaluation {
  private final GradualSemantics sem;
  private final MapGraph g;
  private final MapNet gn;
  private final boolean bipolar;
  private final double[] att;
  private final double[] sup;

  private MapEvaluation(GradualSemantics sem, MapGraph g) {
    this.sem = sem;
    this.g = g;
    this.gn = Access.scoring().net(g);
    this.bipolar = sem.isBipolar();
    int maxAtt = 0;
    int maxSup = 0;
    for (int v = 0; v < gn.n; v++) {
      maxAtt = Math.max(maxAtt, gn.attStart[v + 1] - gn.attStart[v]);
      maxSup = Math.max(maxSup, gn.supStart[v + 1] - gn.supStart[v]);
    }
    this.att = new double[maxAtt];
    this.sup = new double[maxSup];
  }

  /** An evaluator of one graph, for callers that apply {@link #update} themselves in a topological order. */
  public static MapEvaluation on(GradualSemantics sem, MapGraph g) {
    return new MapEvaluation(sem, g);
  }

  public static Strengths run(GradualSemantics sem, MapGraph g, EvaluationOptions o) {
    MapEvaluation e = new MapEvaluation(sem, g);
    boolean withSupports = sem.isBipolar();
    int[] topo = Access.scoring().order(g, withSupports);
    EvaluationScheme scheme = o.scheme();
    if (scheme == EvaluationScheme.AUTO) {
      if (topo != null) {
        scheme = EvaluationScheme.TOPOLOGICAL;
      } else if (sem == GradualSemantics.QUAD) {
        throw new IllegalArgumentException(
            "quad is defined on acyclic graphs only, and this map has a cycle through "
                + e.gn.labels.describe(Access.scoring().cycleWitness(g, true)) + "; to iterate anyway, force a scheme with "
                + "EvaluationOptions.builder().scheme(EvaluationScheme.RK4) or JACOBI");
      } else {
        scheme = sem.isBipolar() ? EvaluationScheme.RK4 : EvaluationScheme.JACOBI;
      }
    }
    double[] start = e.start();
    switch (scheme) {
      case TOPOLOGICAL:
        if (topo == null) {
          throw new IllegalArgumentException(
              "the topological scheme needs an acyclic map, and this map has a cycle through "
                  + e.gn.labels.describe(Access.scoring().cycleWitness(g, withSupports))
                  + "; use EvaluationScheme.AUTO, JACOBI or RK4");
        }
        for (int v : topo) {
          start[v] = e.update(v, start);
        }
        return Access.semantics().strengths(sem, scheme, Strengths.Status.EXACT, 1, 0.0, 0.0, start, e.gn.labels, false);
      case JACOBI:
        return GradualEngine.jacobi(sem, e::sweep, e.gn.n, e.gn.labels, start, o);
      case RK4:
        return GradualEngine.rk4(sem, e::sweep, e.gn.n, e.gn.labels, start, o);
      default:
        throw new AssertionError(scheme);
    }
  }

  /** Statements at their base scores, arguments at weight x prod(premise base scores); h-categorizer: all 1. */
  private double[] start() {
    double[] s = new double[gn.n];
    if (sem == GradualSemantics.H_CATEGORIZER) {
      Arrays.fill(s, 1.0);
      return s;
    }
    System.arraycopy(gn.tau, 0, s, 0, gn.ns);
    for (int k = 0; k < gn.na; k++) {
      s[gn.ns + k] = argumentBase(k, s);
    }
    return s;
  }

  /** Weight times the product of the premises' values in {@code s}. */
  public double argumentBase(int k, double[] s) {
    double b = gn.weight[k];
    for (int i = gn.premStart[k]; i < gn.premStart[k + 1]; i++) {
      b *= s[gn.premSrc[i]];
    }
    return b;
  }

  /** The local update of node {@code v}, reading every input from {@code in}. */
  public double update(int v, double[] in) {
    double base = v < gn.ns ? gn.tau[v] : argumentBase(v - gn.ns, in);
    int na = 0;
    for (int i = gn.attStart[v]; i < gn.attStart[v + 1]; i++) {
      att[na++] = in[gn.attSrc[i]];
    }
    int nsup = 0;
    if (bipolar) {
      for (int i = gn.supStart[v]; i < gn.supStart[v + 1]; i++) {
        sup[nsup++] = in[gn.supSrc[i]];
      }
    }
    return Kernels.local(sem, base, att, na, sup, nsup);
  }

  private void sweep(double[] in, double[] out) {
    for (int v = 0; v < gn.n; v++) {
      out[v] = update(v, in);
    }
  }
}
