package dev.argmap.cli;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Source;

/** Counts of a map's elements, in words. */
final class Counts {
  private Counts() {}

  /** Returns, for example, {@code "1 thesis, 6 statements, 4 arguments (1 linked, 1 undercutter), ..."}. */
  static String of(ArgumentMap map) {
    int linked = 0;
    int undercutters = 0;
    for (Argument a : map.arguments()) {
      linked += a.isLinked() ? 1 : 0;
      undercutters += a.isUndercutter() ? 1 : 0;
    }
    int copies = 0;
    for (Source s : map.sources()) {
      copies += s.copies().size();
    }
    return plural(map.thesisIds().size(), "thesis", "theses")
        + ", " + plural(map.statements().size(), "statement")
        + ", " + plural(map.arguments().size(), "argument")
        + " (" + linked + " linked, " + plural(undercutters, "undercutter") + ")"
        + ", " + plural(map.evidence().size(), "evidence item")
        + ", " + plural(map.sources().size(), "source")
        + " (" + plural(copies, "copy", "copies") + ")";
  }

  static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
