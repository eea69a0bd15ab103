package dev.argmap.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.QNet;
import dev.argmap.internal.scoring.MapNet;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.StatementId;
import java.util.function.ToDoubleFunction;

/** Installs this package's side of {@link Access}: a map graph's arrays and variants for the internal engines. */
final class Internals implements Access.Scoring {
  static {
    Access.install(new Internals());
  }

  private Internals() {}

  @Override
  public MapNet net(MapGraph g) {
    return g.net();
  }

  @Override
  public int statementNode(MapGraph g, StatementId statement) {
    return g.statementNode(statement);
  }

  @Override
  public int argumentNode(MapGraph g, ArgumentId argument) {
    return g.argumentNode(argument);
  }

  @Override
  public int[] order(MapGraph g, boolean withSupports) {
    return g.order(withSupports);
  }

  @Override
  public int cycleWitness(MapGraph g, boolean withSupports) {
    return g.cycleWitness(withSupports);
  }

  @Override
  public MapGraph withParameters(MapGraph g, double[] bases, double[] weights, boolean[] removed) {
    return g.withParameters(bases, weights, removed);
  }

  @Override
  public MapGraph withStatementBases(MapGraph g, double[] bases) {
    return g.withStatementBases(bases);
  }

  @Override
  public MapGraph withStatementBase(MapGraph g, int node, double value) {
    return g.withStatementBase(node, value);
  }

  @Override
  public QNet network(MapScores scores) {
    return scores.network();
  }

  @Override
  public double combineEvidence(ArgumentMap map, StatementId statement, ToDoubleFunction<Evidence> contribution) {
    return EvidenceBaseScore.combine(map, statement, contribution);
  }
}
