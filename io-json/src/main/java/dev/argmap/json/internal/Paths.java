package dev.argmap.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.TokenStreamContext;

/** JSON paths in the dot-and-bracket notation: {@code $.statements[3].text}. */
final class Paths {
  static final String ROOT = "$";

  private Paths() {}

  static String property(String parent, String name) {
    if (isIdentifier(name)) {
      return parent + "." + name;
    }
    StringBuilder s = new StringBuilder(parent).append("['");
    int limit = Math.min(name.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    if (name.length() > limit) {
      s.append("...");
    }
    return s.append("']").toString();
  }

  /** Shortens a path longer than 200 characters in its middle, for messages. */
  static String abbreviate(String path) {
    return path.length() <= 200
        ? path
        : path.substring(0, 100) + "..." + path.substring(path.length() - 97);
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Returns the path of the value a parser's context is at: the names and indexes of every
   * enclosing object and array.
   */
  static String of(TokenStreamContext context) {
    return of(context, true);
  }

  /**
   * Returns the path of the object or array a parser's context is in, without the property or
   * element it was last at: where a problem between two properties belongs.
   */
  static String ofContainer(TokenStreamContext context) {
    return of(context, false);
  }

  private static String of(TokenStreamContext context, boolean current) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = ROOT;
    for (TokenStreamContext c : chain) {
      if (!current && c == context) {
        break;
      }
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          path = index(path, c.getCurrentIndex());
        }
      } else if (c.inObject() && c.currentName() != null) {
        path = property(path, c.currentName());
      }
    }
    return path;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return name.charAt(0) < 0x80;
  }
}
