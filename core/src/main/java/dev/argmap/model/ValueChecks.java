package dev.argmap.model;

/**
 * The checks a value makes of itself when it is built. They throw at once, naming the element, the
 * field, the range and the value, in the words of the map-wide {@link MapRule}: a value cannot be
 * built invalid, so those checks need not be repeated when a map is built.
 */
final class ValueChecks {
  private ValueChecks() {}

  /**
   * {@return whether the map-wide text checks could find a problem in this text: it is empty, starts
   * with white space (so it may be blank) or holds an unpaired surrogate} A value asks this once
   * when it is built, while its texts are still in cache, so that building a map reads again only
   * the texts of the rare element that needs a closer look; at 100k statements the texts are long
   * out of cache by then. Paired surrogates (an emoji, any character beyond the first 65,536) are
   * looked at here, pair by pair, rather than flagged: they are common in real texts and never a
   * problem.
   */
  static boolean suspectText(String text) {
    int n = text.length();
    if (n == 0 || Character.isWhitespace(text.charAt(0))) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        // the same pairing rule as the map-wide check: a high surrogate followed by a low one
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** {@return whether an optional text is present and {@linkplain #suspectText(String) suspect}} */
  static boolean suspectText(java.util.Optional<String> text) {
    return text.isPresent() && suspectText(text.get());
  }

  /**
   * Requires a number in [0, 1].
   *
   * @throws IllegalArgumentException naming the element, the field and the value, if it is
   *     outside [0, 1] or not a number
   */
  static void requireUnit(ElementId id, String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(
          MapProblem.of(id, MapRule.OUT_OF_RANGE, unitMessage(field, value),
              "give " + Messages.withArticle(field) + " between 0 and 1").toString());
    }
  }

  /** {@return the message of a number outside [0, 1], for example "weight must be in [0, 1] but was 1.5"} */
  static String unitMessage(String field, double value) {
    return field + " must be in [0, 1] but was " + value;
  }
}
