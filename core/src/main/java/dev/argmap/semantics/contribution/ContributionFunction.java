package dev.argmap.semantics.contribution;

import java.util.Objects;

/**
 * How much one argument (or a group taken as one) moves a topic's final strength: the contribution functions of
 * Kampik, Potyka, Yin, Čyras and Toni, "Contribution functions for quantitative bipolar argumentation graphs: a
 * principle-based analysis" (2024). No function satisfies every principle of that paper; {@code
 * docs/scoring-guide.md} has the table and says which to use for what. {@link #id()} is the name used on the
 * command line and in the reference vectors.
 */
public enum ContributionFunction {
  /**
   * Leave-one-out: the topic's strength minus its strength without the contributor. Answers "what if this were
   * not there?"; saturates when many arguments pull the same way (each alone then changes almost nothing).
   */
  REMOVAL("removal"),
  /**
   * Removal computed after the edges into the contributor were removed, so it counts only with its own base
   * score, not with what supports or attacks it.
   */
  INTRINSIC_REMOVAL("intrinsic-removal"),
  /**
   * The Shapley value of the contributor in the game whose players are all the other arguments and whose value of
   * a coalition is the topic's strength in the graph restricted to the coalition and the topic. The
   * contributions of all players add up to the topic's whole change from its strength alone (efficiency), so
   * they are shares of that change. Exact up to {@link ContributionOptions#exactPlayerLimit()} players, a seeded
   * estimate with its standard error above.
   */
  SHAPLEY("shapley"),
  /**
   * The partial derivative of the topic's strength with respect to the contributor's base score: exact on
   * acyclic graphs (one reverse sweep through the evaluation), and on cyclic ones the solution of the adjoint
   * fixpoint equation at the converged strengths.
   */
  GRADIENT("gradient");

  private final String id;

  ContributionFunction(String id) {
    this.id = id;
  }

  /**
   * Returns the identifier, e.g. {@code "intrinsic-removal"}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Returns the function with an identifier.
   *
   * @param id {@code removal}, {@code intrinsic-removal}, {@code shapley} or {@code gradient}
   * @return the function
   * @throws IllegalArgumentException if no function has that identifier, listing the known ones
   */
  public static ContributionFunction fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (ContributionFunction f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown contribution function '" + id + "'; known: removal, intrinsic-removal, shapley, gradient");
  }
}
