package dev.argmap.render.internal;

import java.io.IOException;

/**
 * Writes JSON text without a library: objects and arrays by hand, strings escaped. Every character
 * that could end an HTML script element or start a comment in it ({@code <}, {@code >}, {@code &})
 * and the line separators U+2028 and U+2029 are written as {@code \}{@code uXXXX} escapes, so the
 * output can stand inside an HTML {@code <script>} element as it is; so are invisible format
 * characters (bidirectional overrides, zero-width characters), so that they cannot reorder the
 * page's source as a reader sees it, and unpaired surrogates, as U+FFFD.
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * Returns a string as a JSON string literal, quotes included.
   *
   * @param s the string
   * @return the literal
   */
  public static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    try {
      string(s, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /**
   * Appends a string as a JSON string literal, quotes included.
   *
   * @param s the string
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void string(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
              || (Character.isSurrogate(c) && !pairedAt(s, i)) || Text.isInvisible(c)) {
            char e = Character.isSurrogate(c) ? '\uFFFD' : c;
            out.append("\\u").append(HEX[e >> 12 & 15]).append(HEX[e >> 8 & 15])
                .append(HEX[e >> 4 & 15]).append(HEX[e & 15]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Returns a number as JSON: {@code Double.toString} for finite values, so the value reads back
   * exactly; {@code null} for NaN and infinities, which JSON cannot hold.
   *
   * @param value the number
   * @return the JSON text
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
