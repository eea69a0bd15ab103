package dev.argmap.semantics;

import dev.argmap.internal.gradual.GradualEngine;
import dev.argmap.internal.gradual.Kernels;
import dev.argmap.scoring.MapScorer;
import java.util.Objects;

/**
 * The gradual semantics: each gives every argument a strength in [0, 1] computed from its base score and the
 * strengths of its attackers and supporters. See {@code docs/scoring-engine.md} and the reference note for the
 * formulas; {@link #id()} gives the identifier used in files and test vectors.
 *
 * <p>Evaluation follows {@link EvaluationOptions}: by default exactly in one topological pass when the graph is
 * acyclic, otherwise iteratively with an explicit convergence status in the {@link Strengths}. Edge weights of a
 * {@link BipolarGraph} multiply the parent's strength before aggregation (an argmap extension; the papers have no
 * edge weights).
 */
public enum GradualSemantics {
  /**
   * DF-QuAD (Rago et al., KR 2016): probabilistic-sum aggregation of attackers ({@code va}) and supporters
   * ({@code vs}); {@code w - w(va - vs)} if {@code va >= vs}, else {@code w + (1 - w)(vs - va)}.
   */
  DF_QUAD("df-quad", true),
  /**
   * QuAD (Baroni et al., Argument &amp; Computation 2015): {@code va = w * prod(1 - a_i)}, {@code vs = 1 - (1 -
   * w) prod(1 - s_j)}; only attackers gives {@code va}, only supporters {@code vs}, both their average. Defined on
   * acyclic graphs only: refused on a cyclic one unless a scheme is forced.
   */
  QUAD("quad", true),
  /**
   * Euler-based (Amgoud and Ben-Naim 2017): {@code 1 - (1 - w^2) / (1 + w e^E)} with {@code E} = sum of
   * supporters minus sum of attackers.
   */
  EULER_BASED("euler-based", true),
  /**
   * Quadratic energy (Potyka, KR 2018): with {@code E} as for Euler-based, {@code w + (1 - w) E^2/(1 + E^2)} if
   * {@code E > 0}, else {@code w - w E^2/(1 + E^2)}.
   */
  QUADRATIC_ENERGY("quadratic-energy", true),
  /**
   * h-categorizer (Besnard and Hunter 2001; Pu et al. 2014 for cycles): {@code 1 / (1 + sum of attackers)}.
   * Attack-only; ignores base scores / initial weights (all taken as 1).
   */
  H_CATEGORIZER("h-categorizer", false),
  /** Weighted h-categorizer, Hbs (Amgoud et al., IJCAI 2017): {@code w / (1 + sum of attackers)}. Attack-only. */
  WEIGHTED_H_CATEGORIZER("weighted-h-categorizer", false),
  /** Weighted max-based, Mbs (Amgoud et al., IJCAI 2017): {@code w / (1 + max of attackers)}. Attack-only. */
  WEIGHTED_MAX_BASED("weighted-max-based", false),
  /**
   * Weighted card-based, Cbs (Amgoud et al., IJCAI 2017): over the attackers of non-zero weight {@code Att*},
   * {@code w / (1 + |Att*| + sum(Att*)/|Att*|)}, or {@code w} when {@code Att*} is empty. Attack-only. With edge
   * weights, an attacker counts when its initial weight and its edge weight are both non-zero.
   */
  WEIGHTED_CARD_BASED("weighted-card-based", false);

  private final String id;
  private final boolean bipolar;

  GradualSemantics(String id, boolean bipolar) {
    this.id = id;
    this.bipolar = bipolar;
  }

  /**
   * Returns the identifier, e.g. {@code "df-quad"}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether the semantics uses supports (DF-QuAD, QuAD, Euler-based, quadratic energy) rather than being
   * attack-only.
   *
   * @return true for the bipolar semantics
   */
  public boolean isBipolar() {
    return bipolar;
  }

  /**
   * Returns the semantics with an identifier.
   *
   * @param id an identifier such as {@code "weighted-max-based"}
   * @return the semantics
   * @throws IllegalArgumentException if no semantics has that identifier
   */
  public static GradualSemantics fromId(String id) {
    for (GradualSemantics s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    StringBuilder known = new StringBuilder();
    for (GradualSemantics s : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(s.id);
    }
    throw new IllegalArgumentException("unknown gradual semantics '" + id + "'; known: " + known);
  }

  /**
   * Returns the local update of one argument: its strength given its base score and the strengths of its
   * attackers and supporters, that is {@code f_a(s)} of semantics.md §1 with every edge weight 1. On an acyclic
   * graph, {@link #evaluate(BipolarGraph)} applies exactly this to every argument in topological order, and every
   * fixpoint it reports satisfies it; the map scorer ({@link MapScorer}) is built on it.
   *
   * <p>Attack-only semantics ignore {@code supporters}. {@link #H_CATEGORIZER} ignores {@code base} (it takes
   * every weight as 1). {@link #WEIGHTED_CARD_BASED} counts an attacker when its strength is non-zero: for
   * strengths of that semantics this is the paper's test on the attacker's initial weight, since a Cbs strength
   * is zero exactly when the initial weight is.
   *
   * @param base the base score (initial weight), in [0, 1]
   * @param attackers the attackers' strengths, each in [0, 1]; not modified
   * @param supporters the supporters' strengths, each in [0, 1]; not modified
   * @return the strength, in [0, 1]
   * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
   */
  public double localStrength(double base, double[] attackers, double[] supporters) {
    Objects.requireNonNull(attackers, "attackers");
    Objects.requireNonNull(supporters, "supporters");
    checkUnit("base", -1, base);
    for (int i = 0; i < attackers.length; i++) {
      checkUnit("attacker strength", i, attackers[i]);
    }
    for (int i = 0; i < supporters.length; i++) {
      checkUnit("supporter strength", i, supporters[i]);
    }
    return Kernels.local(this, base, attackers, attackers.length, supporters, bipolar ? supporters.length : 0);
  }

  private static void checkUnit(String what, int i, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(
          what + (i < 0 ? "" : " [" + i + "]") + " must be in [0, 1] but was " + v);
    }
  }

  /**
   * Evaluates the semantics with the default options.
   *
   * @param graph the graph
   * @return the strengths
   * @throws IllegalArgumentException if the semantics is attack-only and the graph has supports, or it is QuAD
   *     and the graph is cyclic
   */
  public Strengths evaluate(BipolarGraph graph) {
    return evaluate(graph, EvaluationOptions.defaults());
  }

  /**
   * Evaluates the semantics.
   *
   * @param graph the graph
   * @param options scheme, tolerance and iteration cap
   * @return the strengths, with their convergence status
   * @throws IllegalArgumentException if the semantics is attack-only and the graph has supports (convert it
   *     with {@link BipolarGraph#toAttackGraph()} to drop them), if it is QuAD under {@link EvaluationScheme#AUTO}
   *     on a cyclic graph, or if {@link EvaluationScheme#TOPOLOGICAL} is forced on a cyclic graph
   */
  public Strengths evaluate(BipolarGraph graph, EvaluationOptions options) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(options, "options");
    if (!bipolar && graph.supportCount() > 0) {
      throw new IllegalArgumentException(
          id + " is an attack-only semantics but the graph has " + graph.supportCount() + " supports; "
              + "convert it with toAttackGraph() to drop them, or use a bipolar semantics");
    }
    return GradualEngine.run(this, graph.input(), graph.topologicalOrder(), graph::cycleWitness, options);
  }

  /**
   * Evaluates the semantics on an attack-only graph with the default options; initial weights act as base
   * scores.
   *
   * @param graph the graph
   * @return the strengths
   * @throws IllegalArgumentException if it is QuAD and the graph is cyclic
   */
  public Strengths evaluate(AttackGraph graph) {
    return evaluate(graph, EvaluationOptions.defaults());
  }

  /**
   * Evaluates the semantics on an attack-only graph; initial weights act as base scores.
   *
   * @param graph the graph
   * @param options scheme, tolerance and iteration cap
   * @return the strengths, with their convergence status
   * @throws IllegalArgumentException if it is QuAD under {@link EvaluationScheme#AUTO} on a cyclic graph, or if
   *     {@link EvaluationScheme#TOPOLOGICAL} is forced on a cyclic graph
   */
  public Strengths evaluate(AttackGraph graph, EvaluationOptions options) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(options, "options");
    return GradualEngine.run(this, graph.input(), graph.topologicalOrder(), graph::cycleWitness, options);
  }
}
