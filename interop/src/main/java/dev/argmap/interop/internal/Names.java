package dev.argmap.interop.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique identifiers: each {@link #claim(String) claimed} name is made valid (no white space or
 * control characters, not blank) and unique by a suffix {@code -2}, {@code -3}, ... Not thread-safe.
 */
public final class Names {
  private final Set<String> taken = new HashSet<>();

  /** Creates an allocator with nothing taken. */
  public Names() {}

  /**
   * Marks a name as taken without changing it.
   *
   * @param name the name
   * @return whether it was free
   */
  public boolean reserve(String name) {
    return taken.add(name);
  }

  /**
   * Returns whether a name is taken.
   *
   * @param name the name
   * @return whether it is taken
   */
  public boolean isTaken(String name) {
    return taken.contains(name);
  }

  /**
   * Returns {@code wanted} made valid, or with the first free suffix {@code -2}, {@code -3}, ..., and takes
   * it.
   *
   * @param wanted the name wanted
   * @return the name given
   */
  public String claim(String wanted) {
    String base = valid(wanted);
    String name = base;
    for (int k = 2; !taken.add(name); k++) {
      name = base + "-" + k;
    }
    return name;
  }

  /**
   * Returns a name with white space and control characters replaced by {@code _}; {@code _} for a blank one.
   *
   * @param name any text
   * @return a valid identifier
   */
  public static String valid(String name) {
    StringBuilder s = new StringBuilder(name.length());
    boolean lastUnderscore = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        if (!lastUnderscore) {
          s.append('_');
        }
        lastUnderscore = true;
      } else {
        s.append(c);
        lastUnderscore = false;
      }
    }
    String v = s.toString();
    return v.isEmpty() ? "_" : v;
  }

  /**
   * Returns a slug of a title: lower case, letters and digits kept, {@code - _ .} kept, every other run of
   * characters turned into one {@code -}, no {@code -} at either end; {@code "untitled"} if nothing is left.
   *
   * @param title the title
   * @return the slug
   */
  public static String slug(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    StringBuilder s = new StringBuilder(lower.length());
    boolean dash = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '.') {
        s.appendCodePoint(cp);
        dash = false;
      } else if (!dash && s.length() > 0) {
        s.append('-');
        dash = true;
      }
    }
    while (s.length() > 0 && s.charAt(s.length() - 1) == '-') {
      s.setLength(s.length() - 1);
    }
    return s.length() == 0 ? "untitled" : s.toString();
  }
}
