package dev.argmap.internal.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualEngine;
import dev.argmap.scoring.MapGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;

/**
 * Evaluates a gradual semantics on a {@link MapGraph}: the same schemes, tolerance, caps and convergence status
 * as {@link GradualEngine}, with the map's update. A statement node gets {@code f(tau, attackers, supporters)};
 * an argument node gets {@code f(weight x prod(premise strengths), attackers, supporters)}, where {@code f} is
 * {@link GradualSemantics#strength}. Attack-only semantics ignore supports (and so do their cycles).
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
    return GradualEngine.run(sem, "map", "", e.gn.n, e.gn.labels, Access.scoring().order(g, withSupports),
        () -> Access.scoring().cycleWitness(g, withSupports), e.start(), e::update, o);
  }

  /** Statements at their base scores, arguments at weight x prod(premise base scores); h-categorizer: all 1. */
  private double[] start() {
    double[] s = new double[gn.n];
    System.arraycopy(gn.tau, 0, s, 0, gn.ns);
    for (int k = 0; k < gn.na; k++) {
      s[gn.ns + k] = argumentBase(k, s);
    }
    for (int v = 0; v < gn.n; v++) {
      s[v] = sem.initialStrength(s[v]);
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
    return sem.strength(base, att, na, sup, nsup);
  }
}
