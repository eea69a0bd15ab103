package dev.argmap.json;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem of a JSON document: where it is and what is wrong. Its {@link #toString()} reads, for
 * example, {@code line 12, column 7 ($.evidence[3].weight): weight must be in [0, 1] but was 1.5}.
 * Immutable; equal when line, column, path and message are equal.
 *
 * <p>A class rather than a record only because it is serializable (it travels inside {@link
 * ArgMapFormatException}) and Java 17's javadoc cannot document a serializable record's fields.
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The line, counting from 1. */
  private final int line;
  /** The column, counting from 1, in characters (UTF-16 code units) of that line. */
  private final int column;
  /** The JSON path of the value that has the problem. */
  private final String path;
  /** What is wrong. */
  private final String message;

  /**
   * Creates a problem.
   *
   * @param line the line, counting from 1
   * @param column the column, counting from 1, in characters (UTF-16 code units) of that line
   * @param path the JSON path of the value that has the problem, for example {@code $.statements[3].text}
   * @param message what is wrong, for example {@code weight must be in [0, 1] but was 1.5}
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   * @throws NullPointerException if {@code path} or {@code message} is null
   */
  public JsonProblem(int line, int column, String path, String message) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1 but were " + line + " and " + column);
    }
    this.line = line;
    this.column = column;
    this.path = requireNonNull(path, "path");
    this.message = requireNonNull(message, "message");
  }

  /** {@return the line, counting from 1} */
  public int line() {
    return line;
  }

  /** {@return the column, counting from 1, in characters (UTF-16 code units) of that line} */
  public int column() {
    return column;
  }

  /** {@return the JSON path of the value that has the problem, for example {@code $.statements[3].text}} */
  public String path() {
    return path;
  }

  /** {@return what is wrong, for example {@code weight must be in [0, 1] but was 1.5}} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem p
        && line == p.line && column == p.column && path.equals(p.path) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, path, message);
  }

  /** Returns {@code line L, column C (PATH): MESSAGE}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + " (" + path + "): " + message;
  }
}
