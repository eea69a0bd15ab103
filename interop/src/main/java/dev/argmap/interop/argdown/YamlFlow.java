package dev.argmap.interop.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of YAML that Argdown data blocks use: flow mappings {@code {key: value, ...}} and sequences
 * {@code [a, b]} of plain, single-quoted and double-quoted scalars; and the writing of such blocks. Values
 * read are {@link String}, {@link Double}, {@link Long}, {@link Boolean}, {@code null}, {@link List} and
 * {@link Map}.
 */
final class YamlFlow {
  private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?([0-9][0-9_]*)?\\.?[0-9]+([eE][-+]?[0-9]+)?|[-+]?[0-9]+\\.([eE][-+]?[0-9]+)?");

  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private YamlFlow(String text) {
    this.text = text;
  }

  /** Thrown for text that is not a flow mapping; the message says where. */
  static final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    YamlException(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  /**
   * Reads a flow mapping such as {@code {id: s1, weight: 0.5, tags: [a, "b c"]}}.
   *
   * @param block the text from its opening to its closing brace
   * @return the mapping, in order
   * @throws YamlException if the text is not a flow mapping
   */
  static Map<String, Object> readMapping(String block) throws YamlException {
    YamlFlow y = new YamlFlow(block);
    y.space();
    if (y.peek() != '{') {
      throw new YamlException("a data block starts with '{'", y.pos);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) y.value(true);
    y.space();
    if (y.pos < block.length()) {
      throw new YamlException("unexpected text after the data block", y.pos);
    }
    return m;
  }

  /**
   * Reads one scalar as it stands after {@code key:} on a frontmatter line.
   *
   * @param value the text after the colon
   * @return the value
   */
  static Object readScalar(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      YamlFlow y = new YamlFlow(v);
      if (v.charAt(0) == '"' || v.charAt(0) == '\'') {
        return y.value(false);
      }
    } catch (YamlException e) {
      return v;
    }
    int comment = v.indexOf(" #");
    return typed(comment >= 0 ? v.substring(0, comment).strip() : v);
  }

  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Object value(boolean inFlow) throws YamlException {
    if (++depth > MAX_DEPTH) {
      throw new YamlException("the data nests deeper than " + MAX_DEPTH + " levels", pos);
    }
    try {
      return nested(inFlow);
    } finally {
      depth--;
    }
  }

  private Object nested(boolean inFlow) throws YamlException {
    space();
    int c = peek();
    if (c == '{') {
      pos++;
      Map<String, Object> m = new LinkedHashMap<>();
      space();
      if (peek() == '}') {
        pos++;
        return m;
      }
      while (true) {
        space();
        int keyAt = pos;
        Object key = scalar(true, true);
        space();
        Object v = null;
        if (peek() == ':') {
          pos++;
          v = value(true);
          space();
        }
        if (key == null || key.toString().isEmpty()) {
          throw new YamlException("a key is missing", keyAt);
        }
        m.put(String.valueOf(key), v);
        if (peek() == ',') {
          pos++;
          continue;
        }
        if (peek() == '}') {
          pos++;
          return m;
        }
        throw new YamlException("expected ',' or '}' in the data block", pos);
      }
    }
    if (c == '[') {
      pos++;
      List<Object> list = new ArrayList<>();
      space();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value(true));
        space();
        if (peek() == ',') {
          pos++;
          continue;
        }
        if (peek() == ']') {
          pos++;
          return list;
        }
        throw new YamlException("expected ',' or ']' in a list", pos);
      }
    }
    return scalar(inFlow, false);
  }

  private Object scalar(boolean inFlow, boolean key) throws YamlException {
    int c = peek();
    if (c == '"') {
      return doubleQuoted();
    }
    if (c == '\'') {
      pos++;
      StringBuilder s = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw new YamlException("a quoted string is not closed", pos);
        }
        char ch = text.charAt(pos++);
        if (ch == '\'') {
          if (peek() == '\'') {
            s.append('\'');
            pos++;
            continue;
          }
          return s.toString();
        }
        s.append(ch);
      }
    }
    int start = pos;
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (inFlow && (ch == ',' || ch == '}' || ch == ']' || ch == '{' || ch == '[')) {
        break;
      }
      if (key && ch == ':' && (pos + 1 >= text.length() || Character.isWhitespace(text.charAt(pos + 1))
          || text.charAt(pos + 1) == ',' || text.charAt(pos + 1) == '}')) {
        break;
      }
      if (!key && ch == ':' && pos + 1 < text.length() && Character.isWhitespace(text.charAt(pos + 1))) {
        throw new YamlException("a nested mapping needs braces", pos);
      }
      pos++;
    }
    String plain = text.substring(start, pos).strip();
    return key ? plain : typed(plain);
  }

  private static Object typed(String plain) {
    switch (plain) {
      case "":
      case "~":
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return Boolean.TRUE;
      case "false":
      case "False":
      case "FALSE":
        return Boolean.FALSE;
      default:
        break;
    }
    String digits = plain.replace("_", "");
    if (INTEGER.matcher(plain).matches()) {
      try {
        return Long.parseLong(digits);
      } catch (NumberFormatException e) {
        return Double.parseDouble(digits);
      }
    }
    if (FLOAT.matcher(plain).matches()) {
      return Double.parseDouble(digits);
    }
    return plain;
  }

  private String doubleQuoted() throws YamlException {
    int start = pos;
    pos++;
    StringBuilder s = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new YamlException("a quoted string is not closed", start);
      }
      char ch = text.charAt(pos++);
      if (ch == '"') {
        return s.toString();
      }
      if (ch == '\n' || ch == '\r') {
        // line folding: a line break and the indentation after it read as one space
        while (s.length() > 0 && (s.charAt(s.length() - 1) == ' ' || s.charAt(s.length() - 1) == '\t')) {
          s.setLength(s.length() - 1);
        }
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
        s.append(' ');
        continue;
      }
      if (ch != '\\') {
        s.append(ch);
        continue;
      }
      if (pos >= text.length()) {
        throw new YamlException("a quoted string is not closed", start);
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '0': s.append('\0'); break;
        case 'a': s.append('\u0007'); break;
        case 'b': s.append('\b'); break;
        case 't':
        case '\t': s.append('\t'); break;
        case 'n': s.append('\n'); break;
        case 'v': s.append('\u000B'); break;
        case 'f': s.append('\f'); break;
        case 'r': s.append('\r'); break;
        case 'e': s.append('\u001B'); break;
        case ' ': s.append(' '); break;
        case '"': s.append('"'); break;
        case '/': s.append('/'); break;
        case '\\': s.append('\\'); break;
        case 'N': s.append('\u0085'); break;
        case '_': s.append('\u00A0'); break;
        case 'L': s.append('\u2028'); break;
        case 'P': s.append('\u2029'); break;
        case 'x': s.appendCodePoint(hex(2)); break;
        case 'u': s.appendCodePoint(hex(4)); break;
        case 'U': s.appendCodePoint(hex(8)); break;
        default:
          throw new YamlException("unknown escape \\" + e + " in a quoted string", pos - 2);
      }
    }
  }

  private int hex(int digits) throws YamlException {
    if (pos + digits > text.length()) {
      throw new YamlException("an escape needs " + digits + " hex digits", pos);
    }
    try {
      int v = Integer.parseUnsignedInt(text.substring(pos, pos + digits), 16);
      pos += digits;
      if (!Character.isValidCodePoint(v)) {
        throw new YamlException("the escape names no character", pos - digits);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new YamlException("an escape needs " + digits + " hex digits", pos);
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Appends a YAML double-quoted string that an Argdown data block or frontmatter can hold: quotes,
   * backslashes, control characters, the line separators, braces, brackets, angle brackets, {@code @} and
   * {@code =} escaped (so that no Argdown lexer reads a definition, reference or relation inside the data, and
   * the reference tools, which expand {@code @include(...)} in the raw file, find none there).
   *
   * @param value the string
   * @param s where to append
   */
  static void quote(String value, StringBuilder s) {
    s.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"': s.append("\\\""); break;
        case '\\': s.append("\\\\"); break;
        case '\n': s.append("\\n"); break;
        case '\r': s.append("\\r"); break;
        case '\t': s.append("\\t"); break;
        default:
          if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '{'
              || c == '}' || c == '=' || c == '@' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\uFEFF' || Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                  && Character.isLowSurrogate(value.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
            s.append(String.format("\\u%04X", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    s.append('"');
  }
}
