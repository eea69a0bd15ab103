package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader for test data in modules that have no JSON library (core, render):
 * objects become {@link LinkedHashMap} (in document order), arrays {@link ArrayList}, numbers
 * {@link Double}, and strings, booleans and {@code null} themselves. Anything that is not JSON (a
 * trailing comma, an unknown escape, a bare word, text after the value) fails with the offset where
 * it stands, so a broken test file cannot pass unnoticed.
 *
 * <pre>{@code
 * Map<String, Object> root = MiniJson.parseObject(Files.readString(file));
 * }</pre>
 */
public final class MiniJson {
  private final String s;
  private int pos;

  private MiniJson(String s) {
    this.s = s;
  }

  /**
   * Parses one JSON value and nothing after it but white space.
   *
   * @param text the JSON text
   * @return the value: a map, a list, a string, a double, a boolean, or {@code null} for JSON null
   * @throws IllegalArgumentException if the text is not one JSON value, naming the offset
   */
  public static Object parse(String text) {
    MiniJson p = new MiniJson(requireNonNull(text, "text"));
    Object v = p.value();
    p.ws();
    if (p.pos != p.s.length()) {
      throw p.error("text after the value");
    }
    return v;
  }

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return its members, in document order
   * @throws IllegalArgumentException if the text is not one JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("JSON: expected an object, found " + describe(v));
    }
    return (Map<String, Object>) v;
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }

  private Object value() {
    ws();
    if (pos >= s.length()) {
      throw error("unexpected end of text");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    ws();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      ws();
      String k = string();
      ws();
      expect(':');
      if (m.containsKey(k)) {
        throw error("duplicate key \"" + k + "\"");
      }
      m.put(k, value());
      ws();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    pos++;
    ws();
    if (peek() == ']') {
      pos++;
      return l;
    }
    while (true) {
      l.add(value());
      ws();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return l;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("unescaped control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= s.length()) {
        throw error("unterminated escape");
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error("short \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> throw error("unknown escape \\" + e);
      }
    }
  }

  private Double number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character '" + s.charAt(pos) + "'");
    }
    String n = s.substring(start, pos);
    // The JSON grammar, not Java's: no leading '+', no leading zeros, digits on both sides of '.'.
    if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      pos = start;
      throw error("bad number '" + n + "'");
    }
    return Double.valueOf(n);
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
    return v;
  }

  private void ws() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
  }
}
