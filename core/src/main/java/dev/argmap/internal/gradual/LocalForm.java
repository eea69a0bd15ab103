package dev.argmap.internal.gradual;

/**
 * A semantics written as aggregation plus influence, the form of the built-ins: its local function is
 * {@code influence(base, A(attackers), |attackers|, S(supporters), |supporters|)} with {@code A} and {@code S}
 * the two {@link Aggregation}s. The built-ins derive {@code GradualSemantics.strength} from these two pieces,
 * and the engine runs them as a fused sweep ({@link FusedSweep}) that aggregates straight from the graph's
 * rows; a semantics without this form runs through {@link GatherSweep}, which calls {@code strength}.
 */
public interface LocalForm {
  /**
   * How the attackers are folded.
   *
   * @return the attackers' aggregation
   */
  Aggregation attackAggregation();

  /**
   * How the supporters are folded (an attack-only semantics is given none, whose fold is the aggregation's
   * value for no input).
   *
   * @return the supporters' aggregation
   */
  Aggregation supportAggregation();

  /**
   * The strength from the base score and the two aggregates.
   *
   * @param base the base score
   * @param attack the attackers' aggregate
   * @param attackCount how many attackers the aggregation kept ({@link Aggregation#kept})
   * @param support the supporters' aggregate
   * @param supportCount how many supporters the aggregation kept
   * @return the strength
   */
  double influence(double base, double attack, int attackCount, double support, int supportCount);
}
