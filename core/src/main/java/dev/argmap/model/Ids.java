package dev.argmap.model;

import static java.util.Objects.requireNonNull;

/** Shared checks of the typed identifiers. */
final class Ids {
  private Ids() {}

  static String check(String kind, String value) {
    requireNonNull(value, () -> kind + " value");
    // one scan for both rules: a blank value is empty or has white space first, so whether it is
    // blank is asked only once the scan has found white space or a control character
    if (value.isEmpty()) {
      throw new IllegalArgumentException(kind + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        if (value.isBlank()) {
          throw new IllegalArgumentException(kind + " must not be blank");
        }
        throw new IllegalArgumentException(
            kind + " must not contain white space or control characters but was \"" + value + "\"");
      }
    }
    // the string caches its hash: computed now, while its characters are in cache, rather than by
    // the first index lookup of a map build, when a large map's identifiers have long left it
    value.hashCode();
    return value;
  }
}
