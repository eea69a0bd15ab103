package dev.argmap.render.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Turns the map's plain text into Markdown that shows that text literally. */
final class MarkdownText {
  /** Characters that start inline markup anywhere in a line. */
  private static final String ALWAYS_ESCAPED = "\\`*_[]<>#|~";

  /** An ampersand that would start an entity or numeric character reference. */
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);");

  /** The start of a line that would open a list, a quote, a heading or a thematic break. */
  private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /**
   * Returns the text on one line, with every character that Markdown would read as markup escaped.
   * Line breaks, tabs and other control characters become single spaces; leading and trailing white
   * space is dropped.
   */
  static String inline(String text) {
    String flat = flatten(text);
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < flat.length() && Character.isLowSurrogate(flat.charAt(i + 1))) {
          out.append(c).append(flat.charAt(++i));
        } else {
          out.append('\uFFFD');
        }
      } else if (Character.getType(c) == Character.FORMAT) {
        // an invisible bidirectional or zero-width character, as a character reference that shows
        // the same but cannot reorder the Markdown source as a reader sees it
        out.append("&#").append((int) c).append(';');
      } else if (c == '&' && ENTITY.matcher(flat).region(i, flat.length()).lookingAt()) {
        out.append("\\&");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the text escaped as by {@link #inline(String)}, and safe also at the start of a line,
   * where {@code -}, {@code +}, {@code =} or {@code 1.} would open a block.
   */
  static String paragraph(String text) {
    String escaped = inline(text);
    if (escaped.isEmpty()) {
      return escaped;
    }
    char first = escaped.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return "\\" + escaped;
    }
    var m = BLOCK_START.matcher(escaped);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + escaped.substring(m.end());
    }
    return escaped;
  }

  /** Returns the text as italic Markdown, escaped. */
  static String italic(String text) {
    String escaped = inline(text);
    return escaped.isEmpty() ? escaped : "*" + escaped + "*";
  }

  /** Returns the text as bold Markdown, escaped. */
  static String bold(String text) {
    String escaped = inline(text);
    return escaped.isEmpty() ? escaped : "**" + escaped + "**";
  }

  /**
   * Returns an identifier as a code span; the fence is longer than any run of backticks inside it.
   */
  static String code(String id) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < id.length(); i++) {
      run = id.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = id.startsWith("`") || id.endsWith("`");
    return pad ? fence + " " + id + " " + fence : fence + id + fence;
  }

  /** Returns a number in [0, 1] with at most three decimals and no trailing zeros. */
  static String number(double value) {
    return new BigDecimal(Double.toString(value))
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String flatten(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaking = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (breaking) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = c == ' ';
      }
    }
    return out.toString().strip();
  }
}
