package dev.argmap.json.internal;

import dev.argmap.json.JsonProblem;
import tools.jackson.core.TokenStreamLocation;

/** A place in a document: line and column (from 1) and the JSON path of the value there. */
record Pos(int line, int column, String path) {
  static Pos of(TokenStreamLocation location, String path) {
    if (location == null) {
      return new Pos(1, 1, path);
    }
    return new Pos(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), path);
  }

  JsonProblem problem(String message) {
    return new JsonProblem(line, column, Paths.abbreviate(path), message);
  }
}
