package dev.argmap.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a document is not valid in its format, breaks a {@link ReadLimits limit}, or a map cannot be
 * written in a format. It names the line and column of the problem where they are known; its message then
 * starts with them, as in {@code line 4, column 3: a relation marker with no statement or argument above
 * it}, preceded by the file when known.
 *
 * <p>It is unchecked: a malformed file is bad input, not a failure of I/O, which still surfaces as
 * {@link java.io.IOException}. Catch this one type for bad input in any format; subclasses add what a
 * format knows more (the JSON format lists every problem, {@link ReadLimitException} names the limit).
 */
public class MapFormatException extends RuntimeException {
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
  public MapFormatException(String problem) {
    this(problem, 0, 0, null, null);
  }

  /**
   * Creates the exception for a problem at a position.
   *
   * @param problem what is wrong
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public MapFormatException(String problem, int line, int column) {
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
  public MapFormatException(String problem, int line, int column, Throwable cause) {
    this(problem, line, column, null, cause);
  }

  /**
   * Creates the exception for a problem at a position in a named source, with its cause.
   *
   * @param problem what is wrong
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param source the file or other source, or null when unknown
   * @param cause the underlying exception, or null
   */
  public MapFormatException(String problem, int line, int column, String source, Throwable cause) {
    this(describe(Objects.requireNonNull(problem, "problem"), line, column, source), problem, line, column,
        source, cause);
  }

  /**
   * Creates the exception with a message of the subclass's own, for formats that report more than one
   * problem at once.
   *
   * @param message the whole message
   * @param problem what is wrong, without the position
   * @param line the 1-based line of the first problem, or 0 when unknown
   * @param column the 1-based column of the first problem, or 0 when unknown
   * @param source the file or other source, or null when unknown
   * @param cause the underlying exception, or null
   */
  protected MapFormatException(String message, String problem, int line, int column, String source,
      Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column count from 1 (0 for unknown) but were " + line + " and " + column);
    }
    this.problem = Objects.requireNonNull(problem, "problem");
    this.line = line;
    this.column = column;
    this.source = source == null || source.isEmpty() ? null : source;
  }

  private static String describe(String problem, int line, int column, String source) {
    StringBuilder s = new StringBuilder();
    if (source != null && !source.isEmpty()) {
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
   * Returns the same problem, naming the file it is in. Subclasses whose message already names the source
   * return themselves when they have one.
   *
   * @param source the file or other source, for example a path
   * @return an exception with this one's position, problem and cause
   */
  public MapFormatException inSource(String source) {
    Objects.requireNonNull(source, "source");
    if (this.source != null) {
      return this;
    }
    MapFormatException e = new MapFormatException(problem, line, column, source, getCause());
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
