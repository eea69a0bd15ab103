package dev.argmap.json;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One problem of a JSON document: where it is and what is wrong. Its {@link #toString()} reads, for
 * example, {@code line 12, column 7 ($.evidence[3].weight): weight must be in [0, 1] but was 1.5}.
 *
 * @param line the line, counting from 1
 * @param column the column, counting from 1, in characters (UTF-16 code units) of that line
 * @param path the JSON path of the value that has the problem, for example {@code $.statements[3].text}
 * @param message what is wrong, for example {@code weight must be in [0, 1] but was 1.5}
 */
public record JsonProblem(int line, int column, String path, String message)
    implements Serializable {
  /**
   * Checks the problem's parts.
   *
   * @param line the line, counting from 1
   * @param column the column, counting from 1
   * @param path the JSON path of the value that has the problem
   * @param message what is wrong
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   * @throws NullPointerException if {@code path} or {@code message} is null
   */
  public JsonProblem {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1 but were " + line + " and " + column);
    }
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** Returns {@code line L, column C (PATH): MESSAGE}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + " (" + path + "): " + message;
  }
}
