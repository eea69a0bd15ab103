package dev.argmap.render.dot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the DOT subset the renderer writes: one {@code digraph} of attribute statements,
 * node statements and edge statements, every identifier a quoted string or a plain word, each
 * statement ending with a semicolon. Fails on anything else, so it checks the syntax too.
 */
final class DotParser {
  record Node(String id, Map<String, String> attributes) {}

  record Edge(String from, String to, Map<String, String> attributes) {}

  record Graph(Map<String, String> graph, Map<String, Node> nodes, List<Edge> edges) {}

  private final List<String> tokens = new ArrayList<>();
  private final List<Boolean> quoted = new ArrayList<>();
  private int at;

  private DotParser(String text) {
    lex(text);
  }

  static Graph parse(String text) {
    return new DotParser(text).graph();
  }

  private void lex(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new IllegalArgumentException("unterminated string");
          }
          char d = s.charAt(i++);
          if (d == '"') {
            break;
          }
          if (d == '\n' || d == '\r') {
            throw new IllegalArgumentException("line break inside a string");
          }
          if (d == '\\') {
            char e = s.charAt(i++);
            // keep DOT's label escapes visible, unescape quotes and backslashes
            if (e == '"' || e == '\\') {
              b.append(e);
            } else if (e == 'n') {
              b.append('\n');
            } else {
              throw new IllegalArgumentException("unexpected escape \\" + e);
            }
          } else {
            b.append(d);
          }
        }
        tokens.add(b.toString());
        quoted.add(true);
      } else if (s.startsWith("->", i)) {
        tokens.add("->");
        quoted.add(false);
        i += 2;
      } else if ("{}[];,=".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        quoted.add(false);
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
            || s.charAt(i) == '_')) {
          i++;
        }
        tokens.add(s.substring(start, i));
        quoted.add(false);
      } else {
        throw new IllegalArgumentException("unexpected character '" + c + "'");
      }
    }
  }

  private String next() {
    if (at >= tokens.size()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return tokens.get(at++);
  }

  private boolean isPunct(String p) {
    return at < tokens.size() && !quoted.get(at) && tokens.get(at).equals(p);
  }

  private void expect(String p) {
    if (!isPunct(p)) {
      throw new IllegalArgumentException("expected " + p + " at token " + at + " but was "
          + (at < tokens.size() ? tokens.get(at) : "the end"));
    }
    at++;
  }

  private Graph graph() {
    expect("digraph");
    String name = next();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("graph without a name");
    }
    expect("{");
    Map<String, String> graphAttributes = new LinkedHashMap<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    while (!isPunct("}")) {
      boolean keyword = !quoted.get(at);
      String first = next();
      if (keyword && (first.equals("graph") || first.equals("node") || first.equals("edge"))) {
        Map<String, String> a = attributes();
        if (first.equals("graph")) {
          graphAttributes.putAll(a);
        }
      } else if (isPunct("->")) {
        expect("->");
        String to = next();
        edges.add(new Edge(first, to, attributes()));
      } else {
        if (nodes.put(first, new Node(first, attributes())) != null) {
          throw new IllegalArgumentException("node declared twice: " + first);
        }
      }
      expect(";");
    }
    expect("}");
    if (at != tokens.size()) {
      throw new IllegalArgumentException("text after the graph");
    }
    return new Graph(graphAttributes, nodes, edges);
  }

  private Map<String, String> attributes() {
    Map<String, String> a = new LinkedHashMap<>();
    if (!isPunct("[")) {
      return a;
    }
    expect("[");
    while (!isPunct("]")) {
      String key = next();
      expect("=");
      a.put(key, next());
      if (isPunct(",")) {
        expect(",");
      }
    }
    expect("]");
    return a;
  }
}
