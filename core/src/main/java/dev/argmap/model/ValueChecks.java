package dev.argmap.model;

/**
 * The checks a value makes of itself when it is built. They throw at once, naming the element, the
 * field, the range and the value, in the words of the map-wide {@link MapRule}: a value cannot be
 * built invalid, so those checks need not be repeated when a map is built.
 */
final class ValueChecks {
  private ValueChecks() {}

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
