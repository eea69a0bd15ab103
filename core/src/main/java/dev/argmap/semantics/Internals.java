package dev.argmap.semantics;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.internal.graph.Labels;

/** Installs this package's side of {@link Access}: what the internal engines need of the graph types. */
final class Internals implements Access.Semantics {
  static {
    Access.install(new Internals());
  }

  private Internals() {}

  @Override
  public GradualInput input(AttackGraph g) {
    return g.input();
  }

  @Override
  public GradualInput input(BipolarGraph g) {
    return g.input();
  }

  @Override
  public int[] topologicalOrder(AttackGraph g) {
    return g.topologicalOrder();
  }

  @Override
  public int[] topologicalOrder(BipolarGraph g) {
    return g.topologicalOrder();
  }

  @Override
  public int cycleWitness(AttackGraph g) {
    return g.cycleWitness();
  }

  @Override
  public int cycleWitness(BipolarGraph g) {
    return g.cycleWitness();
  }

  @Override
  public int[][] outgoing(AttackGraph g) {
    return g.outgoing();
  }

  @Override
  public Labels labels(AttackGraph g) {
    return g.labels;
  }

  @Override
  public int[] attStart(AttackGraph g) {
    return g.attStart;
  }

  @Override
  public int[] attSrc(AttackGraph g) {
    return g.attSrc;
  }

  @Override
  public AttackGraph attackGraph(Labels labels, double[] weights, int[] from, int[] to, int m) {
    return AttackGraph.fromEdges(labels, weights, from, to, m);
  }

  @Override
  public Strengths strengths(GradualSemantics semantics, EvaluationScheme scheme, Strengths.Status status,
      int iterations, double residual, double tolerance, double[] values, Labels labels, boolean timedOut) {
    return new Strengths(semantics, scheme, status, iterations, residual, tolerance, values, labels, timedOut);
  }

  @Override
  public double[] rawValues(Strengths s) {
    return s.rawValues();
  }
}
