package dev.argmap.semantics;

import dev.argmap.io.MapFormatException;

/**
 * A graph file that does not follow its format ({@link AttackGraph#parseIccma ICCMA .af},
 * {@link BipolarGraph#parseBag uncertainpy .bag}). The message starts with {@code line L, column C:}.
 *
 * <p>It is a {@link MapFormatException}, the one unchecked exception argmap raises for any input that does not
 * follow its format, so a caller that handles bad documents handles bad graph files too; catch this subtype only
 * to tell a graph file apart.
 */
public final class GraphFormatException extends MapFormatException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the problem
   * @param column the 1-based column of the problem
   * @param problem what is wrong there
   */
  public GraphFormatException(int line, int column, String problem) {
    super(problem, line, column);
  }
}
