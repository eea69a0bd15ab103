package dev.argmap.internal.scoring;

import dev.argmap.internal.graph.Labels;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;

/**
 * The arrays of a {@link dev.argmap.scoring.MapGraph}, shared (not copied), for the internal engines: statements
 * are nodes {@code 0..ns-1}, arguments {@code ns..n-1}; the arrays are never written after construction.
 */
public final class MapNet {
  /** The map. */
  public final ArgumentMap map;
  /** The strategy that gave the statements their base scores. */
  public final BaseScoreStrategy strategy;
  /** Statement count. */
  public final int ns;
  /** Argument count. */
  public final int na;
  /** Node count. */
  public final int n;
  /** Statement of node {@code i < ns}. */
  public final StatementId[] statementIds;
  /** Argument of node {@code ns + k}. */
  public final ArgumentId[] argumentIds;
  /** Node labels. */
  public final Labels labels;
  /** Base scores of the statements, length {@code ns}. */
  public final double[] tau;
  /** Argument weights, length {@code na}. */
  public final double[] weight;
  /** Premises (statement nodes) of argument {@code k}: {@code premSrc[premStart[k]..premStart[k+1])}. */
  public final int[] premStart;
  /** See {@link #premStart}. */
  public final int[] premSrc;
  /** Attacking argument nodes of node {@code v}, CSR over all {@code n} nodes. */
  public final int[] attStart;
  /** See {@link #attStart}. */
  public final int[] attSrc;
  /** Supporting argument nodes of node {@code v}, CSR over all {@code n} nodes. */
  public final int[] supStart;
  /** See {@link #supStart}. */
  public final int[] supSrc;

  /**
   * Wraps a graph's arrays; only {@code MapGraph} calls this.
   *
   * @param map the map
   * @param strategy the base-score strategy
   * @param statementIds statements by node
   * @param argumentIds arguments by node minus {@code ns}
   * @param labels node labels
   * @param tau statement base scores
   * @param weight argument weights
   * @param prem premise CSR {start, src}
   * @param att attack CSR {start, src}
   * @param sup support CSR {start, src}
   */
  public MapNet(ArgumentMap map, BaseScoreStrategy strategy, StatementId[] statementIds, ArgumentId[] argumentIds,
      Labels labels, double[] tau, double[] weight, int[][] prem, int[][] att, int[][] sup) {
    this.map = map;
    this.strategy = strategy;
    this.ns = statementIds.length;
    this.na = argumentIds.length;
    this.n = ns + na;
    this.statementIds = statementIds;
    this.argumentIds = argumentIds;
    this.labels = labels;
    this.tau = tau;
    this.weight = weight;
    this.premStart = prem[0];
    this.premSrc = prem[1];
    this.attStart = att[0];
    this.attSrc = att[1];
    this.supStart = sup[0];
    this.supSrc = sup[1];
  }
}
