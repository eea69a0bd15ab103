package dev.argmap.interop.carneades;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Stmt;
import dev.argmap.interop.internal.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identifiers a Carneades file's statements and arguments get in a map: the statement's normal key (see
 * {@link Term#normalize}), the argument's key, each with white space made {@code _} and a suffix where two
 * would clash. The importer names elements so, and the exporter works it backwards to write a map read from
 * a file under the file's own keys; both compute it from the file alone, so it needs no storing.
 */
final class MapIds {
  /** Normal statement key to map identifier. */
  final Map<String, String> statements = new LinkedHashMap<>();
  /** Argument key to map identifier. */
  final Map<String, String> arguments = new LinkedHashMap<>();
  /** The allocator of argument identifiers, for the arguments the importer adds (undercuts). */
  final Names argumentNames = new Names();

  MapIds(Graph graph) {
    Names statementNames = new Names();
    for (Stmt s : graph.statements.values()) {
      if (!s.derived) {
        statements.put(s.id, statementNames.claim(s.id));
      }
    }
    for (Arg a : graph.arguments.values()) {
      arguments.put(a.id, argumentNames.claim(a.id));
    }
  }

  /**
   * Returns whether the importer can make a map argument of a Carneades argument: it needs a premise, and
   * none may be its own conclusion.
   */
  static boolean fitsMap(Arg a) {
    return !a.premises.isEmpty() && a.premises.stream().noneMatch(p -> p.stmt() == a.conclusion);
  }

  /** The identifier of the map argument that stands for the undercutter of argument {@code a}. */
  static String undercutName(String argumentId) {
    return argumentId + ".undercut";
  }
}
