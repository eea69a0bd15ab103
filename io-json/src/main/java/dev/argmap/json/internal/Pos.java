package dev.argmap.json.internal;

import dev.argmap.json.JsonProblem;
import tools.jackson.core.TokenStreamLocation;

/**
 * A place in a document: line and column (from 1) and the JSON path of the value there. The path of
 * a property is kept as its object's path and its name, and joined only when a problem needs it.
 *
 * @param line the line
 * @param column the column
 * @param parent the path of the value, or of its object when {@code name} is given
 * @param name the name of the property, or null
 */
record Pos(int line, int column, String parent, String name) {
  Pos(int line, int column, String path) {
    this(line, column, path, null);
  }

  static Pos of(TokenStreamLocation location, String path) {
    return of(location, path, null);
  }

  static Pos of(TokenStreamLocation location, String parent, String name) {
    if (location == null) {
      return new Pos(1, 1, parent, name);
    }
    return new Pos(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), parent,
        name);
  }

  String path() {
    return name == null ? parent : Paths.property(parent, name);
  }

  JsonProblem problem(String message) {
    return new JsonProblem(line, column, Paths.abbreviate(path()), message);
  }
}
