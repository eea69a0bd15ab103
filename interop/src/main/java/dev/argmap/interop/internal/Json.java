package dev.argmap.interop.internal;

import dev.argmap.io.MapFormatException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A small JSON tree that keeps what a foreign document holds verbatim: members in their order, numbers as
 * written, and the line and column of every value, so that a problem can be placed and a document written
 * back as it was read. Parsed with Jackson's streaming parser.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(200)
              .maxDocumentLength(-1)
              .build())
          .build();

  private Json() {}

  /** A JSON value with the position it was read at (line 0 for values made in memory). */
  public abstract static class Node {
    final int line;
    final int column;

    Node(int line, int column) {
      this.line = line;
      this.column = column;
    }

    /** Returns the 1-based line of the value, or 0. */
    public int line() {
      return line;
    }

    /** Returns the 1-based column of the value, or 0. */
    public int column() {
      return column;
    }

    /** Returns the kind of value for messages, for example {@code "a string"}. */
    public abstract String kind();
  }

  /** An object; members keep their order. */
  public static final class Obj extends Node {
    private final LinkedHashMap<String, Node> members = new LinkedHashMap<>();

    /** Creates an empty object at a position. */
    public Obj(int line, int column) {
      super(line, column);
    }

    /** Creates an empty object made in memory. */
    public Obj() {
      this(0, 0);
    }

    /** Returns the members, in order; changes write through. */
    public Map<String, Node> members() {
      return members;
    }

    /** Returns a member, or null. */
    public Node get(String name) {
      return members.get(name);
    }

    /** Sets a member, keeping its place when it exists. */
    public Obj put(String name, Node value) {
      members.put(name, value);
      return this;
    }

    /** Sets a string member. */
    public Obj put(String name, String value) {
      return put(name, new Str(value));
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** An array. */
  public static final class Arr extends Node {
    private final List<Node> items = new ArrayList<>();

    /** Creates an empty array at a position. */
    public Arr(int line, int column) {
      super(line, column);
    }

    /** Creates an empty array made in memory. */
    public Arr() {
      this(0, 0);
    }

    /** Returns the items; changes write through. */
    public List<Node> items() {
      return items;
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A string. */
  public static final class Str extends Node {
    private final String value;

    /** Creates a string at a position. */
    public Str(String value, int line, int column) {
      super(line, column);
      this.value = value;
    }

    /** Creates a string made in memory. */
    public Str(String value) {
      this(value, 0, 0);
    }

    /** Returns the string. */
    public String value() {
      return value;
    }

    @Override
    public String kind() {
      return "a string";
    }
  }

  /** A number, kept as written. */
  public static final class Num extends Node {
    private final String text;

    /** Creates a number from its JSON text. */
    public Num(String text, int line, int column) {
      super(line, column);
      this.text = text;
    }

    /** Creates a number made in memory. */
    public Num(String text) {
      this(text, 0, 0);
    }

    /** Returns the number as written. */
    public String text() {
      return text;
    }

    /** Returns the number in plain decimal form: {@code 7} for {@code 7}, {@code 7.0} or {@code 0.7e1}. */
    public String decimal() {
      try {
        BigDecimal d = new BigDecimal(text);
        if (d.signum() == 0) {
          return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.toBigInteger().toString() : s.toPlainString();
      } catch (NumberFormatException | ArithmeticException e) {
        return text;
      }
    }

    @Override
    public String kind() {
      return "a number";
    }
  }

  /** {@code true} or {@code false}. */
  public static final class Bool extends Node {
    private final boolean value;

    /** Creates a boolean at a position (line 0 for one made in memory). */
    public Bool(boolean value, int line, int column) {
      super(line, column);
      this.value = value;
    }

    /** Returns the value. */
    public boolean value() {
      return value;
    }

    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  public static final class Null extends Node {
    /** Creates a null at a position. */
    public Null(int line, int column) {
      super(line, column);
    }

    /** Creates a null made in memory. */
    public Null() {
      this(0, 0);
    }

    @Override
    public String kind() {
      return "null";
    }
  }

  /**
   * Parses a document.
   *
   * @param in the text; not closed
   * @param duplicate told of each repeated member name (the last value wins), with its position
   * @return the root value
   * @throws MapFormatException if the text is not one JSON value, with the line and column
   * @throws IOException if reading fails
   */
  public static Node parse(Reader in, Consumer<Str> duplicate) throws IOException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new MapFormatException("the document is empty; expected a JSON object", 1, 1);
      }
      Node root = value(p, t, duplicate);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        TokenStreamLocation l = p.currentTokenLocation();
        throw new MapFormatException("unexpected " + describe(extra) + " after the end of the document",
            l.getLineNr(), l.getColumnNr());
      }
      return root;
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      TokenStreamLocation l = e.getLocation();
      int line = l == null ? 0 : Math.max(0, l.getLineNr());
      int column = l == null ? 0 : Math.max(0, l.getColumnNr());
      throw new MapFormatException("not valid JSON: " + e.getOriginalMessage(), line, column, e);
    }
  }

  /**
   * Parses a document held in a string.
   *
   * @param text the document
   * @return the root value
   * @throws MapFormatException if the text is not one JSON value
   */
  public static Node parse(String text) {
    try {
      return parse(new StringReader(text), d -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node value(JsonParser p, JsonToken t, Consumer<Str> duplicate) {
    TokenStreamLocation l = p.currentTokenLocation();
    int line = l.getLineNr();
    int column = l.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        Obj o = new Obj(line, column);
        JsonToken n;
        while ((n = p.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          TokenStreamLocation nl = p.currentTokenLocation();
          Node v = value(p, p.nextToken(), duplicate);
          if (o.members.put(name, v) != null) {
            duplicate.accept(new Str(name, nl.getLineNr(), nl.getColumnNr()));
          }
        }
        return o;
      }
      case START_ARRAY: {
        Arr a = new Arr(line, column);
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          a.items.add(value(p, n, duplicate));
        }
        return a;
      }
      case VALUE_STRING:
        return new Str(p.getString(), line, column);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(p.getString(), line, column);
      case VALUE_TRUE:
        return new Bool(true, line, column);
      case VALUE_FALSE:
        return new Bool(false, line, column);
      case VALUE_NULL:
        return new Null(line, column);
      default:
        throw new MapFormatException("unexpected " + describe(t), line, column);
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "'{'";
      case START_ARRAY:
        return "'['";
      case END_OBJECT:
        return "'}'";
      case END_ARRAY:
        return "']'";
      default:
        return "value";
    }
  }

  /**
   * Writes a value as JSON text: compact, or indented by two spaces with one line per member and item.
   *
   * @param node the value
   * @param pretty whether to indent
   * @return the text, without a final line end
   */
  public static String write(Node node, boolean pretty) {
    StringBuilder s = new StringBuilder();
    write(node, pretty, 0, s);
    return s.toString();
  }

  private static void write(Node node, boolean pretty, int depth, StringBuilder s) {
    if (node instanceof Obj o) {
      if (o.members.isEmpty()) {
        s.append("{}");
        return;
      }
      boolean inline = pretty && isFlat(o);
      s.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> e : o.members.entrySet()) {
        if (!first) {
          s.append(',');
          if (inline) {
            s.append(' ');
          }
        }
        first = false;
        if (pretty && !inline) {
          newline(s, depth + 1);
        } else if (inline && s.charAt(s.length() - 1) == '{') {
          s.append(' ');
        }
        string(e.getKey(), s);
        s.append(pretty ? ": " : ":");
        write(e.getValue(), pretty, depth + 1, s);
      }
      if (pretty && !inline) {
        newline(s, depth);
      } else if (inline) {
        s.append(' ');
      }
      s.append('}');
    } else if (node instanceof Arr a) {
      if (a.items.isEmpty()) {
        s.append("[]");
        return;
      }
      s.append('[');
      boolean first = true;
      for (Node item : a.items) {
        if (!first) {
          s.append(',');
        }
        first = false;
        if (pretty) {
          newline(s, depth + 1);
        }
        write(item, pretty, depth + 1, s);
      }
      if (pretty) {
        newline(s, depth);
      }
      s.append(']');
    } else if (node instanceof Str str) {
      string(str.value, s);
    } else if (node instanceof Num n) {
      s.append(n.text);
    } else if (node instanceof Bool b) {
      s.append(b.value);
    } else {
      s.append("null");
    }
  }

  /** An object of scalars only, written on one line (AIF nodes and edges, as AIFdb lays them out). */
  private static boolean isFlat(Obj o) {
    for (Node v : o.members.values()) {
      if (v instanceof Obj || v instanceof Arr) {
        return false;
      }
    }
    return true;
  }

  private static void newline(StringBuilder s, int depth) {
    s.append('\n');
    for (int i = 0; i < depth; i++) {
      s.append("  ");
    }
  }

  /**
   * Appends a JSON string literal: quotes, backslashes, control characters and the line separators
   * U+2028/U+2029 escaped, everything else as is.
   *
   * @param value the string
   * @param s where to append
   */
  public static void string(String value, StringBuilder s) {
    s.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          s.append("\\\"");
          break;
        case '\\':
          s.append("\\\\");
          break;
        case '\n':
          s.append("\\n");
          break;
        case '\r':
          s.append("\\r");
          break;
        case '\t':
          s.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    s.append('"');
  }
}
