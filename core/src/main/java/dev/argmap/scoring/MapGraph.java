package dev.argmap.scoring;

import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.graph.Topo;
import dev.argmap.internal.scoring.MapNet;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.dung.DungSolver;
import com.google.common.collect.ImmutableMap;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An argument map as a graph to score: one node per statement and one per argument, with the statements' base
 * scores. Immutable and thread-safe; {@code docs/scoring-guide.md} explains the construction with examples.
 *
 * <p><b>Nodes.</b> Statements come first, in map order (indices {@code 0..statementCount()-1}), then the
 * arguments, in map order. An argument's node stands for its inference: how strongly its premises, together,
 * carry its conclusion.
 *
 * <p><b>Edges.</b> An argument acts on its conclusion: a supporting argument supports it, an attacking one
 * attacks it; the conclusion is a statement, or another argument (an attacking argument on an argument is an
 * undercutter). A premise is not an edge but an input of its argument's base score: the base score of an
 * argument node is its weight times the product of its premises' <em>strengths</em>, so linked co-premises
 * combine conjunctively and an attacked premise weakens every argument that uses it. The base score of a
 * statement node comes from a {@link BaseScoreStrategy}.
 *
 * <p><b>Exports.</b> {@link #toBipolarGraph()} and {@link #toAttackGraph()} give the structure in the engine's
 * own graph types, labelled with the element identifiers (an argument whose identifier is also a statement's
 * is labelled {@code argument:<id>}), for the {@code .bag} and {@code .af} writers and for {@link DungSolver}.
 * A graph of those types has no conjunctive edge, so the premise links are not edges there; read each method
 * for what it keeps.
 */
public final class MapGraph {
  final ArgumentMap map;
  final BaseScoreStrategy strategy;
  final int ns;
  final int na;
  final int n;
  final StatementId[] statementIds;
  final ArgumentId[] argumentIds;
  final ImmutableMap<ConclusionId, Integer> index;
  final Labels labels;
  /** Base scores of the statements, length {@code ns}. */
  final double[] tau;
  /** Argument weights, length {@code na}. */
  final double[] weight;
  /** Premises (statement indices) of argument {@code k}: {@code premSrc[premStart[k]..premStart[k+1])}. */
  final int[] premStart;
  final int[] premSrc;
  /** Attacking argument nodes of node {@code v}, CSR over all {@code n} nodes. */
  final int[] attStart;
  final int[] attSrc;
  /** Supporting argument nodes of node {@code v}, CSR over all {@code n} nodes. */
  final int[] supStart;
  final int[] supSrc;
  private static final int[] CYCLIC = new int[0];
  private volatile int[] topoBipolar;
  private volatile int[] topoAttack;
  /** The arrays for the internal engines; racy single-check caching is safe as MapNet's fields are final. */
  private MapNet net;

  private MapGraph(ArgumentMap map, BaseScoreStrategy strategy) {
    this.map = map;
    this.strategy = strategy;
    List<Statement> statements = map.statements();
    List<Argument> arguments = map.arguments();
    ns = statements.size();
    na = arguments.size();
    n = ns + na;
    statementIds = new StatementId[ns];
    argumentIds = new ArgumentId[na];
    ImmutableMap.Builder<ConclusionId, Integer> idx = ImmutableMap.builderWithExpectedSize(n);
    String[] labelArray = new String[n];
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < ns; i++) {
      statementIds[i] = statements.get(i).id();
      idx.put(statementIds[i], i);
      labelArray[i] = statementIds[i].value();
      taken.add(labelArray[i]);
    }
    for (int k = 0; k < na; k++) {
      argumentIds[k] = arguments.get(k).id();
      idx.put(argumentIds[k], ns + k);
      String label = argumentIds[k].value();
      while (taken.contains(label)) {
        label = "argument:" + label;
      }
      taken.add(label);
      labelArray[ns + k] = label;
    }
    index = idx.buildOrThrow();
    labels = Labels.explicit(labelArray);

    tau = new double[ns];
    for (int i = 0; i < ns; i++) {
      double b = strategy.baseScore(map, statementIds[i]);
      if (!(b >= 0.0 && b <= 1.0)) {
        throw new IllegalArgumentException("base score strategy " + strategy + " gave statement "
            + statementIds[i] + " the base score " + b + ", which is not in [0, 1]");
      }
      tau[i] = b;
    }

    weight = new double[na];
    premStart = new int[na + 1];
    int premCount = 0;
    for (int k = 0; k < na; k++) {
      premCount += arguments.get(k).premises().size();
    }
    premSrc = new int[premCount];
    int[] attDeg = new int[n];
    int[] supDeg = new int[n];
    int[] target = new int[na];
    int p = 0;
    for (int k = 0; k < na; k++) {
      Argument a = arguments.get(k);
      weight[k] = a.weight();
      premStart[k] = p;
      for (StatementId premise : a.premises()) {
        premSrc[p++] = index.get(premise);
      }
      target[k] = index.get(a.conclusion());
      if (a.polarity() == Polarity.ATTACKS) {
        attDeg[target[k]]++;
      } else {
        supDeg[target[k]]++;
      }
    }
    premStart[na] = p;
    attStart = prefix(attDeg);
    supStart = prefix(supDeg);
    attSrc = new int[attStart[n]];
    supSrc = new int[supStart[n]];
    int[] attPos = Arrays.copyOf(attStart, n);
    int[] supPos = Arrays.copyOf(supStart, n);
    for (int k = 0; k < na; k++) {
      if (arguments.get(k).polarity() == Polarity.ATTACKS) {
        attSrc[attPos[target[k]]++] = ns + k;
      } else {
        supSrc[supPos[target[k]]++] = ns + k;
      }
    }
  }

  /** A copy with other statement base scores, sharing the structure. */
  private MapGraph(MapGraph g, double[] tau) {
    this(g, tau, g.weight, null);
  }

  /**
   * A copy with other statement base scores and argument weights, and with the arguments marked in
   * {@code removed} acting on nothing (their edges dropped, their nodes kept so indices stay valid). For the
   * counterfactual search, which re-scores thousands of variants and must not rebuild and validate a map each
   * time. Dropping edges keeps a topological order valid, so an acyclic graph's cached order is shared.
   */
  private MapGraph(MapGraph g, double[] tau, double[] weight, boolean[] removed) {
    this.map = g.map;
    this.strategy = g.strategy;
    this.ns = g.ns;
    this.na = g.na;
    this.n = g.n;
    this.statementIds = g.statementIds;
    this.argumentIds = g.argumentIds;
    this.index = g.index;
    this.labels = g.labels;
    this.tau = tau;
    this.weight = weight;
    this.premStart = g.premStart;
    this.premSrc = g.premSrc;
    if (removed == null) {
      this.attStart = g.attStart;
      this.attSrc = g.attSrc;
      this.supStart = g.supStart;
      this.supSrc = g.supSrc;
      this.topoBipolar = g.topoBipolar;
      this.topoAttack = g.topoAttack;
    } else {
      int[][] att = without(g.attStart, g.attSrc, removed, g.ns);
      int[][] sup = without(g.supStart, g.supSrc, removed, g.ns);
      this.attStart = att[0];
      this.attSrc = att[1];
      this.supStart = sup[0];
      this.supSrc = sup[1];
      // a cyclic graph may become acyclic without the removed edges: let it find out
      this.topoBipolar = g.topoBipolar == CYCLIC ? null : g.topoBipolar;
      this.topoAttack = g.topoAttack == CYCLIC ? null : g.topoAttack;
    }
  }

  private static int[][] without(int[] start, int[] src, boolean[] removed, int ns) {
    int n = start.length - 1;
    int[] s = new int[n + 1];
    int[] out = new int[src.length];
    int p = 0;
    for (int v = 0; v < n; v++) {
      s[v] = p;
      for (int i = start[v]; i < start[v + 1]; i++) {
        if (!removed[src[i] - ns]) {
          out[p++] = src[i];
        }
      }
    }
    s[n] = p;
    return new int[][] {s, Arrays.copyOf(out, p)};
  }

  private static int[] prefix(int[] deg) {
    int[] start = new int[deg.length + 1];
    for (int v = 0; v < deg.length; v++) {
      start[v + 1] = start[v] + deg[v];
    }
    return start;
  }

  /**
   * Returns the graph of a map, with base scores from its evidence ({@link BaseScoreStrategy#evidence()}).
   *
   * @param map the map
   * @return the graph
   */
  public static MapGraph of(ArgumentMap map) {
    return of(map, BaseScoreStrategy.evidence());
  }

  /**
   * Returns the graph of a map, asking a strategy for the base score of every statement.
   *
   * @param map the map
   * @param baseScores the strategy
   * @return the graph
   * @throws IllegalArgumentException if the strategy gives a value outside [0, 1] or NaN, naming the statement
   */
  public static MapGraph of(ArgumentMap map, BaseScoreStrategy baseScores) {
    return new MapGraph(Objects.requireNonNull(map, "map"), Objects.requireNonNull(baseScores, "baseScores"));
  }

  /** The same structure with other statement base scores (length {@link #statementCount()}, not copied). */
  MapGraph withStatementBases(double[] bases) {
    return new MapGraph(this, bases);
  }

  /**
   * The same structure with other statement base scores (length {@code ns}) and argument weights (length
   * {@code na}), and with the arguments flagged in {@code removed} (length {@code na}, or null for none)
   * acting on nothing; none of the arrays is copied.
   */
  MapGraph withParameters(double[] bases, double[] weights, boolean[] removed) {
    return new MapGraph(this, bases, weights, removed);
  }

  /** The same structure with the base score of statement node {@code i} replaced. */
  MapGraph withStatementBase(int i, double value) {
    double[] t = tau.clone();
    t[i] = value;
    return new MapGraph(this, t);
  }

  /**
   * Returns the map.
   *
   * @return the map this graph was built from
   */
  public ArgumentMap map() {
    return map;
  }

  /**
   * Returns the strategy that gave the statements their base scores.
   *
   * @return the strategy
   */
  public BaseScoreStrategy baseScores() {
    return strategy;
  }

  /**
   * Returns the number of nodes: statements plus arguments.
   *
   * @return the number of nodes
   */
  public int size() {
    return n;
  }

  /**
   * Returns the number of statement nodes; they have indices {@code 0..statementCount()-1}.
   *
   * @return the number of statements
   */
  public int statementCount() {
    return ns;
  }

  /**
   * Returns the number of argument nodes; they follow the statements.
   *
   * @return the number of arguments
   */
  public int argumentCount() {
    return na;
  }

  /**
   * Returns the node of a statement or argument.
   *
   * @param element a statement or argument identifier
   * @return its node index, or -1 if the map has no such element
   */
  public int indexOf(ConclusionId element) {
    Integer i = index.get(Objects.requireNonNull(element, "element"));
    return i == null ? -1 : i;
  }

  /**
   * Returns the element a node stands for.
   *
   * @param node a node index
   * @return its statement or argument identifier
   */
  public ConclusionId element(int node) {
    checkNode(node);
    return node < ns ? statementIds[node] : argumentIds[node - ns];
  }

  /**
   * Returns a node's label in the exported graphs: the element identifier, or {@code argument:<id>} for an
   * argument whose identifier is also a statement's.
   *
   * @param node a node index
   * @return the label
   */
  public String label(int node) {
    checkNode(node);
    return labels.label(node);
  }

  /**
   * Returns the base score of a statement, as the strategy gave it.
   *
   * @param statement a statement of the map
   * @return its base score
   * @throws IllegalArgumentException if the map has no such statement
   */
  public double baseScore(StatementId statement) {
    return tau[statementNode(statement)];
  }

  /**
   * Tells whether the map has no cycle through premises, arguments and conclusions (supports included).
   * Acyclic maps are scored exactly in one pass.
   *
   * @return true if acyclic
   */
  public boolean isAcyclic() {
    return order(true) != null;
  }

  /**
   * Returns the structure as a weighted bipolar graph: one argument per statement and per map argument,
   * labelled with the element identifiers; a supporting map argument supports its conclusion and an attacking
   * one attacks it (a statement, or an argument for an undercutter). Base scores: a statement's is its base
   * score, an argument's is its weight times the product of its premises' <em>base scores</em>, which is where
   * the iteration starts. Premise links are not edges (a bipolar graph has no conjunctive edge), so evaluating
   * this graph does not let the premises' arguments reach the argument; {@link #toBipolarGraph(MapScores)}
   * gives a graph that does reproduce a scoring.
   *
   * @return the graph; edge weights all 1
   */
  public BipolarGraph toBipolarGraph() {
    double[] b = new double[na];
    for (int k = 0; k < na; k++) {
      double prod = weight[k];
      for (int i = premStart[k]; i < premStart[k + 1]; i++) {
        prod *= tau[premSrc[i]];
      }
      b[k] = prod;
    }
    return bipolar(b);
  }

  /**
   * Returns the structure as a bipolar graph, as {@link #toBipolarGraph()}, but with every argument's base
   * score frozen at its value in a scoring: its weight times the product of its premises' final strengths.
   * Evaluating this graph with the scoring's semantics gives back the scoring's strengths (exactly when the map
   * is acyclic; on a cyclic map the scoring's fixpoint is a fixpoint of this graph too). Use it to hand a scored
   * map to a tool that reads {@code .bag} files.
   *
   * @param scores a scoring of this graph's map
   * @return the graph
   * @throws IllegalArgumentException if the scoring is of another map
   * @throws IllegalStateException if the scoring did not converge
   */
  public BipolarGraph toBipolarGraph(MapScores scores) {
    Objects.requireNonNull(scores, "scores");
    if (!scores.graph().map.equals(map)) {
      throw new IllegalArgumentException("the scores are of another map");
    }
    double[] b = new double[na];
    for (int k = 0; k < na; k++) {
      b[k] = scores.base(argumentIds[k]);
    }
    return bipolar(b);
  }

  private BipolarGraph bipolar(double[] argumentBases) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < ns; i++) {
      b.addArgument(labels.label(i), tau[i]);
    }
    for (int k = 0; k < na; k++) {
      b.addArgument(labels.label(ns + k), argumentBases[k]);
    }
    for (int v = 0; v < n; v++) {
      for (int i = attStart[v]; i < attStart[v + 1]; i++) {
        b.addAttack(attSrc[i], v);
      }
      for (int i = supStart[v]; i < supStart[v + 1]; i++) {
        b.addSupport(supSrc[i], v);
      }
    }
    return b.build();
  }

  /**
   * Returns the structure as a Dung argumentation framework, for {@link DungSolver} and the {@code .af} writer:
   * one argument per statement and per map argument, labelled with the element identifiers. Attacks:
   *
   * <ul>
   *   <li>an attacking map argument attacks its conclusion (a statement, or an argument for an undercutter);
   *   <li>premise attack (as in ASPIC+): every map argument is attacked by every attacking argument on each of
   *       its premises, so an argument whose premise is defeated is defeated with it.
   * </ul>
   *
   * <p>Supports play no part: a statement is accepted unless an accepted argument attacks it. Initial weights
   * (for the weighted attack-only semantics) are as in {@link #toBipolarGraph()}.
   *
   * @return the framework
   */
  public AttackGraph toAttackGraph() {
    AttackGraph.Builder b = AttackGraph.builder();
    BipolarGraph bg = toBipolarGraph();
    for (int v = 0; v < n; v++) {
      b.addArgument(labels.label(v), bg.baseScore(v));
    }
    for (int v = 0; v < n; v++) {
      for (int i = attStart[v]; i < attStart[v + 1]; i++) {
        b.addAttack(attSrc[i], v);
      }
    }
    for (int k = 0; k < na; k++) {
      for (int i = premStart[k]; i < premStart[k + 1]; i++) {
        int premise = premSrc[i];
        for (int j = attStart[premise]; j < attStart[premise + 1]; j++) {
          b.addAttack(attSrc[j], ns + k);
        }
      }
    }
    return b.build();
  }

  /**
   * The nodes in an order where every input of a node (attackers, supporters when {@code withSupports}, and an
   * argument's premises) comes before it, or null when there is a cycle. Cached.
   */
  int[] order(boolean withSupports) {
    int[] t = withSupports ? topoBipolar : topoAttack;
    if (t == null) {
      int[][] deps = dependencies(withSupports);
      t = Topo.order(n, deps[0], deps[1], null, null);
      if (t == null) {
        t = CYCLIC;
      }
      if (withSupports) {
        topoBipolar = t;
      } else {
        topoAttack = t;
      }
    }
    return t == CYCLIC ? null : t;
  }

  /** A node on a cycle of the dependencies, or -1. */
  int cycleWitness(boolean withSupports) {
    int[][] deps = dependencies(withSupports);
    return Topo.cycleWitness(n, deps[0], deps[1], null, null);
  }

  /** CSR of every node's inputs: attackers, supporters (optional) and, for arguments, premises. */
  private int[][] dependencies(boolean withSupports) {
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      int deg = attStart[v + 1] - attStart[v];
      if (withSupports) {
        deg += supStart[v + 1] - supStart[v];
      }
      if (v >= ns) {
        deg += premStart[v - ns + 1] - premStart[v - ns];
      }
      start[v + 1] = start[v] + deg;
    }
    int[] src = new int[start[n]];
    for (int v = 0; v < n; v++) {
      int p = start[v];
      for (int i = attStart[v]; i < attStart[v + 1]; i++) {
        src[p++] = attSrc[i];
      }
      if (withSupports) {
        for (int i = supStart[v]; i < supStart[v + 1]; i++) {
          src[p++] = supSrc[i];
        }
      }
      if (v >= ns) {
        for (int i = premStart[v - ns]; i < premStart[v - ns + 1]; i++) {
          src[p++] = premSrc[i];
        }
      }
    }
    return new int[][] {start, src};
  }

  MapNet net() {
    MapNet t = net;
    if (t == null) {
      t = new MapNet(map, strategy, statementIds, argumentIds, labels, tau, weight,
          new int[][] {premStart, premSrc}, new int[][] {attStart, attSrc}, new int[][] {supStart, supSrc});
      net = t;
    }
    return t;
  }

  int statementNode(StatementId statement) {
    Integer i = index.get(Objects.requireNonNull(statement, "statement"));
    if (i == null) {
      throw new IllegalArgumentException("the map has no statement " + statement);
    }
    return i;
  }

  int argumentNode(ArgumentId argument) {
    Integer i = index.get(Objects.requireNonNull(argument, "argument"));
    if (i == null) {
      throw new IllegalArgumentException("the map has no argument " + argument);
    }
    return i;
  }

  private void checkNode(int node) {
    if (node < 0 || node >= n) {
      throw new IndexOutOfBoundsException("node index " + node + " out of range [0, " + n + ")");
    }
  }

  @Override
  public String toString() {
    return "MapGraph[" + ns + " statements, " + na + " arguments, " + attSrc.length + " attacks, "
        + supSrc.length + " supports, base scores by " + strategy + "]";
  }
}
