package dev.argmap.semantics;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualEngine;
import java.util.List;
import java.util.Objects;

/**
 * A gradual semantics: it gives every argument a strength in [0, 1] computed from the argument's base score and
 * the strengths of its attackers and supporters. See {@code docs/scoring-engine.md} and the reference note for
 * the formulas; {@link #id()} gives the identifier used in files and test vectors.
 *
 * <p><b>Writing one.</b> A semantics is its <em>local function</em> {@code f(w, attackers, supporters)}
 * ({@link #strength}), the one formula every engine runs: the graph and map evaluations (in one topological pass
 * or iterated), and every explanation and contribution. The usual split into an aggregation of the attackers and
 * supporters and an influence function of the base score and the aggregate is how the built-ins are written,
 * but it is not the interface, because the built-ins do not agree on what to aggregate: QuAD needs to know
 * whether each side is empty, weighted max-based keeps only the strongest attacker, weighted card-based counts
 * the attackers as well as summing them. Internally each built-in is written as exactly that pair (one fold per
 * side and one influence function) and derives {@link #strength} from it; the engine uses the same pair to run
 * a built-in without calling {@link #strength} per argument, with the same values. A semantics of your own is
 * run through {@link #strength}. Gradients and gradient contributions need the partial derivatives
 * ({@link #partialDerivatives}); the default computes them by central differences, and the built-ins override it
 * with exact formulas. The built-ins are the constants of this interface ({@link #builtIns()}); an
 * implementation of your own is evaluated, scored and explained by the same engine.
 *
 * <p>Evaluation follows {@link EvaluationOptions}: by default exactly in one topological pass when the graph is
 * acyclic, otherwise iteratively with an explicit convergence status in the {@link Strengths}. Edge weights of a
 * {@link BipolarGraph} multiply the parent's strength before {@link #strength} sees it (an argmap extension; the
 * papers have no edge weights).
 */
public interface GradualSemantics {
  /**
   * DF-QuAD (Rago et al., KR 2016): probabilistic-sum aggregation of attackers ({@code va}) and supporters
   * ({@code vs}); {@code w - w(va - vs)} if {@code va >= vs}, else {@code w + (1 - w)(vs - va)}.
   */
  GradualSemantics DF_QUAD = new BuiltInSemantics.DfQuad();

  /**
   * QuAD (Baroni et al., Argument &amp; Computation 2015): {@code va = w * prod(1 - a_i)}, {@code vs = 1 - (1 -
   * w) prod(1 - s_j)}; only attackers gives {@code va}, only supporters {@code vs}, both their average. Defined on
   * acyclic graphs only: refused on a cyclic one unless a scheme is forced.
   */
  GradualSemantics QUAD = new BuiltInSemantics.Quad();

  /**
   * Euler-based (Amgoud and Ben-Naim 2017): {@code 1 - (1 - w^2) / (1 + w e^E)} with {@code E} = sum of
   * supporters minus sum of attackers.
   */
  GradualSemantics EULER_BASED = new BuiltInSemantics.EulerBased();

  /**
   * Quadratic energy (Potyka, KR 2018): with {@code E} as for Euler-based, {@code w + (1 - w) E^2/(1 + E^2)} if
   * {@code E > 0}, else {@code w - w E^2/(1 + E^2)}.
   */
  GradualSemantics QUADRATIC_ENERGY = new BuiltInSemantics.QuadraticEnergy();

  /**
   * h-categorizer (Besnard and Hunter 2001; Pu et al. 2014 for cycles): {@code 1 / (1 + sum of attackers)}.
   * Attack-only; ignores base scores / initial weights (all taken as 1).
   */
  GradualSemantics H_CATEGORIZER = new BuiltInSemantics.HCategorizer();

  /** Weighted h-categorizer, Hbs (Amgoud et al., IJCAI 2017): {@code w / (1 + sum of attackers)}. Attack-only. */
  GradualSemantics WEIGHTED_H_CATEGORIZER = new BuiltInSemantics.WeightedHCategorizer();

  /** Weighted max-based, Mbs (Amgoud et al., IJCAI 2017): {@code w / (1 + max of attackers)}. Attack-only. */
  GradualSemantics WEIGHTED_MAX_BASED = new BuiltInSemantics.WeightedMaxBased();

  /**
   * Weighted card-based, Cbs (Amgoud et al., IJCAI 2017): over the attackers of non-zero strength {@code Att*},
   * {@code w / (1 + |Att*| + sum(Att*)/|Att*|)}, or {@code w} when {@code Att*} is empty. Attack-only. The paper
   * counts an attacker when its initial weight is non-zero; a Cbs strength is zero exactly when the initial weight
   * is, so on Cbs strengths the two tests agree. With edge weights, an attacker counts when its weighted strength
   * is non-zero.
   */
  GradualSemantics WEIGHTED_CARD_BASED = new BuiltInSemantics.WeightedCardBased();

  /**
   * Returns the identifier, e.g. {@code "df-quad"}.
   *
   * @return the identifier
   */
  String id();

  /**
   * Tells whether the semantics reads supporters (DF-QuAD, QuAD, Euler-based, quadratic energy) rather than being
   * attack-only. The engines pass no supporters to an attack-only semantics, and a graph with supports is refused.
   *
   * @return true for a bipolar semantics
   */
  boolean isBipolar();

  /**
   * The local function: an argument's strength from its base score and its parents' strengths (each already
   * multiplied by its edge weight). The engines call it once per argument and sweep, with scratch arrays: it
   * must read only {@code attackers[0..attackerCount)} and {@code supporters[0..supporterCount)}, write neither,
   * allocate nothing and keep no state. Inputs are in [0, 1]; the result must be too.
   *
   * @param base the base score (initial weight)
   * @param attackers the attackers' strengths, in the first {@code attackerCount} slots
   * @param attackerCount how many attackers
   * @param supporters the supporters' strengths, in the first {@code supporterCount} slots (none for an
   *     attack-only semantics)
   * @param supporterCount how many supporters
   * @return the strength
   */
  double strength(double base, double[] attackers, int attackerCount, double[] supporters, int supporterCount);

  /**
   * The partial derivatives of {@link #strength} at the given inputs: writes {@code d f / d attackers[i]} to
   * {@code dAttackers[i]} and {@code d f / d supporters[j]} to {@code dSupporters[j]} and returns
   * {@code d f / d base}. Used by the gradients and the gradient contribution function. This default
   * differentiates numerically (central differences, one-sided at 0 and 1, step {@code 1e-6}); the built-ins
   * override it with exact formulas, and say in {@code docs/scoring-guide.md} which one-sided choice they make
   * where the function has no derivative.
   *
   * @param base the base score
   * @param attackers the attackers' strengths; not modified
   * @param attackerCount how many attackers
   * @param supporters the supporters' strengths; not modified
   * @param supporterCount how many supporters
   * @param dAttackers receives the derivatives by the attackers' strengths
   * @param dSupporters receives the derivatives by the supporters' strengths
   * @return the derivative by the base score
   */
  default double partialDerivatives(double base, double[] attackers, int attackerCount, double[] supporters,
      int supporterCount, double[] dAttackers, double[] dSupporters) {
    return BuiltInSemantics.numericPartials(this, base, attackers, attackerCount, supporters, supporterCount,
        dAttackers, dSupporters);
  }

  /**
   * Tells whether the semantics is defined on acyclic graphs only (QuAD): then the automatic scheme refuses a
   * cyclic graph instead of iterating.
   *
   * @return true if cycles are refused unless a scheme is forced
   */
  default boolean isAcyclicOnly() {
    return false;
  }

  /**
   * Where the iterative schemes start an argument whose base score is {@code base}: the base score itself, except
   * for a semantics that ignores base scores (h-categorizer starts every argument at 1).
   *
   * @param base the base score
   * @return the starting strength
   */
  default double initialStrength(double base) {
    return base;
  }

  /**
   * Returns the built-in semantics, in the order of the constants above.
   *
   * @return the eight built-ins
   */
  static List<GradualSemantics> builtIns() {
    return BuiltInSemantics.All.LIST;
  }

  /**
   * Returns the built-in semantics with an identifier.
   *
   * @param id an identifier such as {@code "weighted-max-based"}
   * @return the semantics
   * @throws IllegalArgumentException if no built-in has that identifier
   */
  static GradualSemantics fromId(String id) {
    for (GradualSemantics s : builtIns()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    StringBuilder known = new StringBuilder();
    for (GradualSemantics s : builtIns()) {
      known.append(known.length() == 0 ? "" : ", ").append(s.id());
    }
    throw new IllegalArgumentException("unknown gradual semantics '" + id + "'; known: " + known);
  }

  /**
   * Returns the local update of one argument, checked: its strength given its base score and the strengths of
   * its attackers and supporters, that is {@code f_a(s)} of semantics.md §1 with every edge weight 1. On an
   * acyclic graph, {@link #evaluate(BipolarGraph)} applies exactly this to every argument in topological order,
   * and every fixpoint it reports satisfies it; the map scorer is built on it.
   *
   * <p>Attack-only semantics ignore {@code supporters}. {@link #H_CATEGORIZER} ignores {@code base} (it takes
   * every weight as 1).
   *
   * @param base the base score (initial weight), in [0, 1]
   * @param attackers the attackers' strengths, each in [0, 1]; not modified
   * @param supporters the supporters' strengths, each in [0, 1]; not modified
   * @return the strength, in [0, 1]
   * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
   */
  default double localStrength(double base, double[] attackers, double[] supporters) {
    Objects.requireNonNull(attackers, "attackers");
    Objects.requireNonNull(supporters, "supporters");
    BuiltInSemantics.checkUnit("base", -1, base);
    for (int i = 0; i < attackers.length; i++) {
      BuiltInSemantics.checkUnit("attacker strength", i, attackers[i]);
    }
    for (int i = 0; i < supporters.length; i++) {
      BuiltInSemantics.checkUnit("supporter strength", i, supporters[i]);
    }
    return strength(base, attackers, attackers.length, supporters, isBipolar() ? supporters.length : 0);
  }

  /**
   * Evaluates the semantics with the default options.
   *
   * @param graph the graph
   * @return the strengths
   * @throws IllegalArgumentException if the semantics is attack-only and the graph has supports, or it is QuAD
   *     and the graph is cyclic
   */
  default Strengths evaluate(BipolarGraph graph) {
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
  default Strengths evaluate(BipolarGraph graph, EvaluationOptions options) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(options, "options");
    if (!isBipolar() && graph.supportCount() > 0) {
      throw new IllegalArgumentException(
          id() + " is an attack-only semantics but the graph has " + graph.supportCount() + " supports; "
              + "convert it with toAttackGraph() to drop them, or use a bipolar semantics");
    }
    Access.Semantics a = Access.semantics();
    return GradualEngine.run(this, a.input(graph), a.topologicalOrder(graph), () -> a.cycleWitness(graph),
        options);
  }

  /**
   * Evaluates the semantics on an attack-only graph with the default options; initial weights act as base
   * scores.
   *
   * @param graph the graph
   * @return the strengths
   * @throws IllegalArgumentException if it is QuAD and the graph is cyclic
   */
  default Strengths evaluate(AttackGraph graph) {
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
  default Strengths evaluate(AttackGraph graph, EvaluationOptions options) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(options, "options");
    Access.Semantics a = Access.semantics();
    return GradualEngine.run(this, a.input(graph), a.topologicalOrder(graph), () -> a.cycleWitness(graph),
        options);
  }
}
