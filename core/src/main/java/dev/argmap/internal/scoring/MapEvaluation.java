package dev.argmap.internal.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualEngine;
import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.scoring.MapGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;

/**
 * Evaluates a gradual semantics on a {@link MapGraph}: the same engine, schemes, tolerance, caps and convergence
 * status as a graph, with the map's update. A statement node gets {@code f(tau, attackers, supporters)}; an
 * argument node gets {@code f(weight x prod(premise strengths), attackers, supporters)}, where {@code f} is
 * {@link GradualSemantics#strength}: the map is handed to the engine as a network whose arguments have their
 * premises as conjunctive inputs, so a built-in runs its fused sweep here too. Attack-only semantics ignore
 * supports (and so do their cycles).
 */
public final class MapEvaluation {
  private final GradualSemantics sem;
  private final MapNet gn;
  private final GradualInput input;
  private final GradualEngine.Pass pass;

  private MapEvaluation(GradualSemantics sem, MapGraph g) {
    this.sem = sem;
    this.gn = Access.scoring().net(g);
    this.input = network(gn);
    this.pass = GradualEngine.pass(sem, input);
  }

  /** An evaluator of one graph, for callers that evaluate some nodes themselves in a topological order. */
  public static MapEvaluation on(GradualSemantics sem, MapGraph g) {
    return new MapEvaluation(sem, g);
  }

  public static Strengths run(GradualSemantics sem, MapGraph g, EvaluationOptions o) {
    MapEvaluation e = new MapEvaluation(sem, g);
    boolean withSupports = sem.isBipolar();
    return GradualEngine.run(sem, "map", "", e.input, Access.scoring().order(g, withSupports),
        () -> Access.scoring().cycleWitness(g, withSupports), e.start(), o);
  }

  /**
   * The map as the engine's network: node bases are the statements' base scores and the arguments' weights, and
   * an argument's premises are its conjunctive inputs (their values multiply its weight).
   */
  private static GradualInput network(MapNet gn) {
    double[] base = new double[gn.n];
    System.arraycopy(gn.tau, 0, base, 0, gn.ns);
    System.arraycopy(gn.weight, 0, base, gn.ns, gn.na);
    int[] conjStart = new int[gn.n + 1];
    for (int k = 0; k <= gn.na; k++) {
      conjStart[gn.ns + k] = gn.premStart[k];
    }
    return new GradualInput(gn.n, base, conjStart, gn.premSrc, gn.attStart, gn.attSrc, null, gn.supStart,
        gn.supSrc, null, gn.labels);
  }

  /** Statements at their base scores, arguments at weight x prod(premise base scores); h-categorizer: all 1. */
  private double[] start() {
    double[] s = new double[gn.n];
    System.arraycopy(gn.tau, 0, s, 0, gn.ns);
    for (int k = 0; k < gn.na; k++) {
      s[gn.ns + k] = input.baseOf(gn.ns + k, s);
    }
    for (int v = 0; v < gn.n; v++) {
      s[v] = sem.initialStrength(s[v]);
    }
    return s;
  }

  /**
   * Evaluates the nodes of {@code order} in that order, each reading its inputs from {@code values} (so an
   * order in which every node comes after its inputs gives their exact values) and writing its value there.
   */
  public void evaluateInOrder(int[] order, double[] values) {
    pass.apply(order, values, values);
  }
}
