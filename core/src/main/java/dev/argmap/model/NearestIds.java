package dev.argmap.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names the known identifiers nearest to an unknown one (by edit distance), so that an error about
 * a typo shows what was probably meant, as Guava's graphs do for an unknown node.
 */
final class NearestIds {
  private static final int SHOWN = 3;

  private NearestIds() {}

  /**
   * Returns the error for an identifier that the map does not hold.
   *
   * @param id the unknown identifier
   * @param known the identifiers of the same kind that the map holds
   * @return an exception naming the identifier and the nearest known ones
   */
  static IllegalArgumentException unknown(ElementId id, Iterable<? extends ElementId> known) {
    String kind = Messages.noun(id.kind());
    List<String> nearest = nearest(id.value(), known);
    String hint = nearest.isEmpty()
        ? "; it holds none of that kind"
        : "; nearest known: " + String.join(", ", nearest);
    return new IllegalArgumentException(
        "no " + kind + " \"" + id.value() + "\" in the map" + hint);
  }

  /** {@return up to three known identifiers nearest to {@code unknown}, nearest first} */
  static List<String> nearest(String unknown, Iterable<? extends ElementId> known) {
    record Candidate(String id, int distance, int order) {}
    List<Candidate> all = new ArrayList<>();
    int order = 0;
    for (ElementId k : known) {
      all.add(new Candidate(k.value(), distance(unknown, k.value()), order++));
    }
    all.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::order));
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(SHOWN, all.size()); i++) {
      shown.add(all.get(i).id());
    }
    return shown;
  }

  /** {@return the Levenshtein distance: insertions, deletions and substitutions of one char each} */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
