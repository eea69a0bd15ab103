package dev.argmap.model;

import java.util.Locale;

/** Wording shared by the model's messages, so that none reads "a argument" or "1 statements". */
final class Messages {
  private Messages() {}

  /** {@return the noun with "a" or "an" before it, by its first letter ("an argument", "a copy")} */
  static String withArticle(String noun) {
    boolean vowel = !noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0;
    return (vowel ? "an " : "a ") + noun;
  }

  /** {@return a count with its noun, singular for one ("1 statement", "2 statements")} */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * {@return the noun for one element of a kind as it stands inside a sentence: "statement",
   * "evidence item" (evidence is a mass noun, so "one evidence" would be a slip), "copy"}
   */
  static String noun(ElementKind kind) {
    return kind == ElementKind.EVIDENCE ? "evidence item" : kind.displayName().toLowerCase(Locale.ROOT);
  }
}
