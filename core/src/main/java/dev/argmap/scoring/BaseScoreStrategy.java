package dev.argmap.scoring;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Gives every statement of a map its base score in [0, 1]: how acceptable it is on its own evidence, before
 * the arguments for and against it act on it. The {@link MapScorer} asks for the base score of every statement
 * once per scoring, and checks that each is in [0, 1].
 *
 * <p>The default, {@link #evidence()}, derives it from the statement's evidence and the credibility of its
 * sources ({@link EvidenceBaseScore}). {@link #constant(double)} gives every statement the same prior, and
 * {@link #of(ToDoubleFunction)} takes any function, for example scores set by hand. Implementations must be
 * deterministic and should be thread-safe.
 */
@FunctionalInterface
public interface BaseScoreStrategy {
  /**
   * Returns the base score of a statement.
   *
   * @param map the map
   * @param statement a statement of the map
   * @return the base score, in [0, 1]
   */
  double baseScore(ArgumentMap map, StatementId statement);

  /**
   * Returns the default strategy, {@link EvidenceBaseScore}: evidence weight times source credibility, combined
   * by probabilistic sum on each side; 0.5 without evidence.
   *
   * @return the evidence-based strategy
   */
  static BaseScoreStrategy evidence() {
    return EvidenceBaseScore.INSTANCE;
  }

  /**
   * Returns a strategy that gives every statement the same base score, ignoring evidence.
   *
   * @param value the base score, in [0, 1]
   * @return the strategy
   * @throws IllegalArgumentException if {@code value} is outside [0, 1] or NaN
   */
  static BaseScoreStrategy constant(double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("a base score must be in [0, 1] but was " + value);
    }
    return new BaseScoreStrategy() {
      @Override
      public double baseScore(ArgumentMap map, StatementId statement) {
        return value;
      }

      @Override
      public String toString() {
        return "constant(" + value + ")";
      }
    };
  }

  /**
   * Returns a strategy that asks a function of the statement alone, for example a table of scores set by hand.
   *
   * @param function gives each statement its base score, in [0, 1]
   * @return the strategy
   */
  static BaseScoreStrategy of(ToDoubleFunction<StatementId> function) {
    Objects.requireNonNull(function, "function");
    return (map, statement) -> function.applyAsDouble(statement);
  }
}
