package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects answer options whose texts differ, as a reader sees them (case, spacing and punctuation aside). */
final class AnswerOptions {
  private final List<Option> options = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  static String key(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    // a text of symbols only (say "—") is compared as it is
    return sb.length() > 0 ? sb.toString() : s.strip();
  }

  /** Adds the option unless one with the same text is there; returns whether it was added. */
  boolean add(String text, String ref) {
    String k = key(text);
    if (k.isEmpty() || !keys.add(k)) {
      return false;
    }
    options.add(new Option(text, ref));
    return true;
  }

  boolean contains(String text) {
    return keys.contains(key(text));
  }

  /** Marks a text as taken without adding it (for example a text that would also be a right answer). */
  void exclude(String text) {
    keys.add(key(text));
  }

  int size() {
    return options.size();
  }

  List<Option> list() {
    return options;
  }
}
