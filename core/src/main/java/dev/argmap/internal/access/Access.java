package dev.argmap.internal.access;

import com.google.common.collect.ImmutableMap;
import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.internal.gradual.QNet;
import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.internal.scoring.MapNet;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.MapGraph;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Sensitivity;
import dev.argmap.scoring.explain.Target;
import dev.argmap.scoring.explain.WhatIf;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.dung.DungLimitExceededException;
import java.util.function.ToDoubleFunction;

/**
 * The bridge from argmap's internal engines to the non-public parts of its API types. The API packages keep
 * their constructors and raw arrays package-private, so users see only the API; each API package installs an
 * implementation of its interface here (from the static initializer of its package-private {@code Internals}
 * class), and internal code reaches those parts through {@link #semantics()}, {@link #dung()},
 * {@link #scoring()} and {@link #explain()}. The JDK's own {@code SharedSecrets} follow the same pattern.
 */
public final class Access {
  private static volatile Semantics semantics;
  private static volatile Contributions contributions;
  private static volatile Dung dung;
  private static volatile Scoring scoring;
  private static volatile Explain explain;

  private Access() {}

  /** What internal code needs of {@code dev.argmap.semantics}. */
  public interface Semantics {
    /** The engine's view of an attack graph. */
    GradualInput input(AttackGraph g);

    /** The engine's view of a bipolar graph. */
    GradualInput input(BipolarGraph g);

    /** A cached topological order, or null when the graph is cyclic. */
    int[] topologicalOrder(AttackGraph g);

    /** A cached topological order, or null when the graph is cyclic. */
    int[] topologicalOrder(BipolarGraph g);

    /** An argument on a cycle, or -1. */
    int cycleWitness(AttackGraph g);

    /** An argument on a cycle, or -1. */
    int cycleWitness(BipolarGraph g);

    /** Outgoing attacks as CSR {start, targets}. */
    int[][] outgoing(AttackGraph g);

    /** The argument labels. */
    Labels labels(AttackGraph g);

    /** Row starts of the incoming attacks. */
    int[] attStart(AttackGraph g);

    /** Attackers, by row. */
    int[] attSrc(AttackGraph g);

    /** A validated attack graph from an edge list. */
    AttackGraph attackGraph(Labels labels, double[] weights, int[] from, int[] to, int m);

    /** A result of an evaluation. */
    Strengths strengths(GradualSemantics semantics, EvaluationScheme scheme, Strengths.Status status,
        int iterations, double residual, double tolerance, double[] values, Labels labels, boolean timedOut);

    /** The values of a result, not copied. */
    double[] rawValues(Strengths s);
  }

  /** What internal code needs of {@code dev.argmap.semantics.contribution}. */
  public interface Contributions {
    /** A contributions result. */
    <K> dev.argmap.semantics.contribution.Contributions<K> contributions(ContributionFunction function,
        GradualSemantics semantics, K topic, double topicStrength, double topicAlone,
        ImmutableMap<K, Contribution> values);
  }

  /** What internal code needs of {@code dev.argmap.semantics.dung}. */
  public interface Dung {
    /** The exception for a limit of the solver. */
    DungLimitExceededException limitExceeded(DungLimitExceededException.Limit limit, int found, String message);
  }

  /** What internal code needs of {@code dev.argmap.scoring}. */
  public interface Scoring {
    /** The raw arrays of a map graph. */
    MapNet net(MapGraph g);

    /** The node of a statement. */
    int statementNode(MapGraph g, StatementId statement);

    /** The node of an argument. */
    int argumentNode(MapGraph g, ArgumentId argument);

    /** A cached order of the nodes after their inputs, or null when there is a cycle. */
    int[] order(MapGraph g, boolean withSupports);

    /** A node on a cycle, or -1. */
    int cycleWitness(MapGraph g, boolean withSupports);

    /** The same structure with other bases and weights and some arguments acting on nothing. */
    MapGraph withParameters(MapGraph g, double[] bases, double[] weights, boolean[] removed);

    /** The same structure with other statement bases. */
    MapGraph withStatementBases(MapGraph g, double[] bases);

    /** The same structure with one statement base replaced. */
    MapGraph withStatementBase(MapGraph g, int node, double value);

    /** The network behind map scores. */
    QNet network(MapScores scores);

    /** The evidence combination of the evidence base score, with a contribution per evidence item. */
    double combineEvidence(ArgumentMap map, StatementId statement, ToDoubleFunction<Evidence> contribution);
  }

  /** What the map scorer needs of {@code dev.argmap.scoring.explain}. */
  public interface Explain {
    /** The explanation of a statement's score. */
    Explanation explanation(MapScorer scorer, ArgumentMap map, StatementId statement);

    /** The explanation of a statement's score, ranked by a contribution function. */
    Explanation explanation(MapScorer scorer, ArgumentMap map, StatementId statement, ContributionFunction ranking);

    /** The explanation of a statement's score from scores already computed. */
    Explanation explanation(MapScorer scorer, MapScores scores, StatementId statement, ContributionFunction ranking);

    /** The balance report of a map. */
    BalanceReport balance(MapScorer scorer, ArgumentMap map);

    /** The default step of the sensitivity analysis. */
    double defaultSensitivityStep();

    /** The sensitivity of a statement's score. */
    Sensitivity sensitivity(MapScorer scorer, ArgumentMap map, StatementId target, double step);

    /** A what-if session. */
    WhatIf whatIf(MapScorer scorer, ArgumentMap map);

    /** The minimal change reaching a target. */
    MinimalChange minimalChange(Counterfactuals counterfactuals, Target target);

    /** The robustness of a verdict. */
    Robustness robustness(Counterfactuals counterfactuals, double threshold);

    /** Whether the knobs allow turning one knob. */
    boolean allows(Knobs knobs, KnobKind kind, String id);
  }

  /**
   * Installs the bridge of {@code dev.argmap.semantics}; once.
   *
   * @param s the implementation
   */
  public static void install(Semantics s) {
    semantics = once(semantics, s);
  }

  /**
   * Installs the bridge of {@code dev.argmap.semantics.contribution}; once.
   *
   * @param c the implementation
   */
  public static void install(Contributions c) {
    contributions = once(contributions, c);
  }

  /**
   * Installs the bridge of {@code dev.argmap.semantics.dung}; once.
   *
   * @param d the implementation
   */
  public static void install(Dung d) {
    dung = once(dung, d);
  }

  /**
   * Installs the bridge of {@code dev.argmap.scoring}; once.
   *
   * @param s the implementation
   */
  public static void install(Scoring s) {
    scoring = once(scoring, s);
  }

  /**
   * Installs the bridge of {@code dev.argmap.scoring.explain}; once.
   *
   * @param e the implementation
   */
  public static void install(Explain e) {
    explain = once(explain, e);
  }

  /**
   * Returns the bridge of {@code dev.argmap.semantics}.
   *
   * @return the bridge
   */
  public static Semantics semantics() {
    Semantics s = semantics;
    if (s == null) {
      initialize("dev.argmap.semantics.Internals");
      s = semantics;
    }
    return s;
  }

  /**
   * Returns the bridge of {@code dev.argmap.semantics.contribution}.
   *
   * @return the bridge
   */
  public static Contributions contributions() {
    Contributions c = contributions;
    if (c == null) {
      initialize("dev.argmap.semantics.contribution.Internals");
      c = contributions;
    }
    return c;
  }

  /**
   * Returns the bridge of {@code dev.argmap.semantics.dung}.
   *
   * @return the bridge
   */
  public static Dung dung() {
    Dung d = dung;
    if (d == null) {
      initialize("dev.argmap.semantics.dung.Internals");
      d = dung;
    }
    return d;
  }

  /**
   * Returns the bridge of {@code dev.argmap.scoring}.
   *
   * @return the bridge
   */
  public static Scoring scoring() {
    Scoring s = scoring;
    if (s == null) {
      initialize("dev.argmap.scoring.Internals");
      s = scoring;
    }
    return s;
  }

  /**
   * Returns the bridge of {@code dev.argmap.scoring.explain}.
   *
   * @return the bridge
   */
  public static Explain explain() {
    Explain e = explain;
    if (e == null) {
      initialize("dev.argmap.scoring.explain.Internals");
      e = explain;
    }
    return e;
  }

  private static <T> T once(T current, T next) {
    if (current != null) {
      throw new IllegalStateException("already installed: " + current);
    }
    return java.util.Objects.requireNonNull(next, "bridge");
  }

  private static void initialize(String className) {
    try {
      Class.forName(className, true, Access.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("argmap core is incomplete: " + className + " is missing", e);
    }
  }
}
