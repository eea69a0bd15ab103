package dev.argmap.json;

import static java.util.Objects.requireNonNull;

/**
 * Where a value stands in a JSON document, as a streamed reading reports each element.
 *
 * @param line the line, counting from 1
 * @param column the column, counting from 1, in characters (UTF-16 code units) of that line
 * @param path the JSON path of the value, for example {@code $.statements[3]}
 */
public record JsonLocation(int line, int column, String path) {
  /**
   * Checks the location's parts.
   *
   * @param line the line, counting from 1
   * @param column the column, counting from 1
   * @param path the JSON path of the value
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   * @throws NullPointerException if {@code path} is null
   */
  public JsonLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1 but were " + line + " and " + column);
    }
    requireNonNull(path, "path");
  }

  /** Returns {@code line L, column C (PATH)}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + " (" + path + ")";
  }
}
