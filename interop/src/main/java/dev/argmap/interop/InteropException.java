package dev.argmap.interop;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a file is not valid in its format, or a map cannot be written in one. It names the line and
 * column of the problem where they are known; its message then starts with them, as in {@code line 4,
 * column 3: a relation marker with no statement or argument above it}, preceded by the file when known.
 *
 * <p>It is unchecked, like the JSON format's {@code ArgMapFormatException} and the core's
 * {@code InvalidMapException}: a malformed file is bad input, not a failure of I/O. Real I/O failures still
 * surface as {@link java.io.IOException}.
 */
public final class InteropException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem, or 0 when unknown. */
  private final int line;

  /** The 1-based column of the problem, or 0 when unknown. */
  private final int column;

  /** The file or other source the problem is in, or null when unknown. */
  private final String source;

  /** What is wrong, without the position. */
  private final String problem;

  /**
   * Creates the exception for a problem without a position.
   *
   * @param problem what is wrong
   */
  public InteropException(String problem) {
    this(problem, 0, 0, null, null);
  }

  /**
   * Creates the exception for a problem at a position.
   *
   * @param problem what is wrong
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public InteropException(String problem, int line, int column) {
    this(problem, line, column, null, null);
  }

  /**
   * Creates the exception for a problem at a position, with its cause.
   *
   * @param problem what is wrong
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the underlying exception, or null
   */
  public InteropException(String problem, int line, int column, Throwable cause) {
    this(problem, line, column, null, cause);
  }

  private InteropException(String problem, int line, int column, String source, Throwable cause) {
    super(describe(Objects.requireNonNull(problem, "problem"), line, column, source), cause);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column count from 1 (0 for unknown) but were " + line + " and " + column);
    }
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.source = source;
  }

  private static String describe(String problem, int line, int column, String source) {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source);
      s.append(line > 0 ? ", " : ": ");
    }
    if (line > 0) {
      s.append("line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
      s.append(": ");
    }
    return s.append(problem).toString();
  }

  /**
   * Returns the same problem, naming the file it is in.
   *
   * @param source the file or other source, for example a path
   * @return a new exception with this one's position, problem and cause
   */
  public InteropException inSource(String source) {
    InteropException e =
        new InteropException(problem, line, column, Objects.requireNonNull(source, "source"), getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the file or other source the problem is in.
   *
   * @return the source, when known
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns what is wrong, without the position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
