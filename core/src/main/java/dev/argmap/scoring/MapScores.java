package dev.argmap.scoring;

import dev.argmap.internal.gradual.QNet;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import com.google.common.collect.ImmutableMap;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;

/**
 * The result of scoring a map ({@link MapScorer#score(ArgumentMap)}): a strength in [0, 1] and a base score
 * for every statement and every argument, with an honest account of how they were obtained, as in
 * {@link Strengths}: the scheme, whether the values are exact or converged, the iterations and the residual.
 *
 * <p>When the iteration did not converge, the strengths (and the argument base scores, which depend on them)
 * throw {@link IllegalStateException}; {@link #strengths()} still gives the last iterate, explicitly.
 * Immutable.
 */
public final class MapScores {
  private final MapGraph graph;
  private final Strengths strengths;
  // compiled once for the explanations of every statement of these scores; a benign race builds it twice
  private volatile QNet network;

  MapScores(MapGraph graph, Strengths strengths) {
    this.graph = graph;
    this.strengths = strengths;
  }

  /** Returns the graph compiled into the network that contributions are computed on, built once. */
  QNet network() {
    QNet n = network;
    if (n == null) {
      n = QNet.of(strengths.semantics(), graph);
      network = n;
    }
    return n;
  }

  /**
   * Returns the map scored.
   *
   * @return the map
   */
  public ArgumentMap map() {
    return graph.map;
  }

  /**
   * Returns the graph scored, with its node numbering and base scores.
   *
   * @return the graph
   */
  public MapGraph graph() {
    return graph;
  }

  /**
   * Returns the node strengths as the engine reports them, indexed and labelled like {@link #graph()}.
   *
   * @return the strengths, with their convergence status
   */
  public Strengths strengths() {
    return strengths;
  }

  /**
   * Returns the semantics used.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return strengths.semantics();
  }

  /**
   * Returns the scheme actually used (never {@link EvaluationScheme#AUTO}).
   *
   * @return the scheme
   */
  public EvaluationScheme scheme() {
    return strengths.scheme();
  }

  /**
   * Returns how the values were obtained: exact (acyclic map, one pass), converged, or not converged.
   *
   * @return the status
   */
  public Strengths.Status status() {
    return strengths.status();
  }

  /**
   * Tells whether the values are usable.
   *
   * @return true unless the status is {@link Strengths.Status#NOT_CONVERGED}
   */
  public boolean converged() {
    return strengths.converged();
  }

  /**
   * Returns the number of iterations: 1 for the exact pass.
   *
   * @return the iteration count
   */
  public int iterations() {
    return strengths.iterations();
  }

  /**
   * Returns the final residual: 0 for the exact pass.
   *
   * @return the residual
   */
  public double residual() {
    return strengths.residual();
  }

  /**
   * Returns the strength of a statement.
   *
   * @param statement a statement of the map
   * @return its strength, in [0, 1]
   * @throws IllegalArgumentException if the map has no such statement
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double strength(StatementId statement) {
    return strengths.get(graph.statementNode(statement));
  }

  /**
   * Returns the strength of an argument: how strongly its inference carries its conclusion once its premises,
   * weight, undercutters and supporters are taken into account.
   *
   * @param argument an argument of the map
   * @return its strength, in [0, 1]
   * @throws IllegalArgumentException if the map has no such argument
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double strength(ArgumentId argument) {
    return strengths.get(graph.argumentNode(argument));
  }

  /**
   * Returns the base score of a statement, as the base-score strategy gave it. (The h-categorizer ignores it.)
   *
   * @param statement a statement of the map
   * @return its base score
   * @throws IllegalArgumentException if the map has no such statement
   */
  public double base(StatementId statement) {
    return graph.tau[graph.statementNode(statement)];
  }

  /**
   * Returns the base score of an argument: its weight times the product of its premises' final strengths.
   *
   * @param argument an argument of the map
   * @return its base score
   * @throws IllegalArgumentException if the map has no such argument
   * @throws IllegalStateException if the evaluation did not converge
   */
  public double base(ArgumentId argument) {
    int k = graph.argumentNode(argument) - graph.ns;
    double b = graph.weight[k];
    for (int i = graph.premStart[k]; i < graph.premStart[k + 1]; i++) {
      b *= strengths.get(graph.premSrc[i]);
    }
    return b;
  }

  /**
   * Returns the strength of every statement, in map order.
   *
   * @return statement to strength
   * @throws IllegalStateException if the evaluation did not converge
   */
  public ImmutableMap<StatementId, Double> statementStrengths() {
    ImmutableMap.Builder<StatementId, Double> b = ImmutableMap.builderWithExpectedSize(graph.ns);
    for (int i = 0; i < graph.ns; i++) {
      b.put(graph.statementIds[i], strengths.get(i));
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the strength of every argument, in map order.
   *
   * @return argument to strength
   * @throws IllegalStateException if the evaluation did not converge
   */
  public ImmutableMap<ArgumentId, Double> argumentStrengths() {
    ImmutableMap.Builder<ArgumentId, Double> b = ImmutableMap.builderWithExpectedSize(graph.na);
    for (int k = 0; k < graph.na; k++) {
      b.put(graph.argumentIds[k], strengths.get(graph.ns + k));
    }
    return b.buildOrThrow();
  }

  /** Summary: semantics, status and, when converged, the theses' strengths. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MapScores[").append(semantics().id()).append(", ").append(scheme())
        .append(", ").append(status()).append(", iterations=").append(iterations());
    if (converged()) {
      for (StatementId t : graph.map.thesisIds()) {
        sb.append(", ").append(t).append('=').append(strength(t));
      }
    }
    return sb.append(']').toString();
  }
}
