package dev.argmap.io;

import java.util.Objects;

/**
 * Something an importer tolerated: the file is usable but not all of it made it into the map as such (for
 * example an AIF edge to a node that is not in the file, kept only for writing back). Its
 * {@link #toString()} reads {@code line 12, column 7: message}, or only the message when the position is
 * unknown.
 *
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param message what was tolerated and what became of it
 */
public record ImportWarning(int line, int column, String message) {
  /**
   * Checks the warning's parts.
   *
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what was tolerated
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public ImportWarning {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column count from 1 (0 for unknown) but were " + line + " and " + column);
    }
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code line L, column C: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return message;
    }
    return "line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
  }
}
