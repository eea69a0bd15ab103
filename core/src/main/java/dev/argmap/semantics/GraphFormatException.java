package dev.argmap.semantics;

import java.io.IOException;

/**
 * A graph file that does not follow its format ({@link AttackGraph#parseIccma ICCMA .af},
 * {@link BipolarGraph#parseBag uncertainpy .bag}). The message starts with {@code line L, column C:}.
 */
public final class GraphFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem. */
  private final int line;

  /** The 1-based column of the problem. */
  private final int column;

  /** What is wrong, without the position. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the problem
   * @param column the 1-based column of the problem
   * @param problem what is wrong there
   */
  public GraphFormatException(int line, int column, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns what is wrong, without the position (for a message that places it another way).
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the 1-based line number
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the 1-based column number
   */
  public int column() {
    return column;
  }
}
