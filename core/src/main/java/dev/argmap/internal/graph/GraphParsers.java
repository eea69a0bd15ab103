package dev.argmap.internal.graph;

import dev.argmap.internal.access.Access;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GraphFormatException;
import dev.argmap.internal.io.AfFile;
import dev.argmap.io.ImportWarning;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** Readers for ICCMA 2023 {@code .af} and uncertainpy {@code .bag} text. Fast, streaming, position-aware. */
public final class GraphParsers {
  private GraphParsers() {}

  /** Buffered character source that tracks line and column. */
  private static final class Source {
    static final int EOF = -1;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    int line = 1;
    int col = 1;
    /** Whether the last character was a CR, so that the LF of a CRLF does not count a second line. */
    private boolean afterCr;

    public Source(Reader in) {
      this.in = in;
    }

    public int peek() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return EOF;
        }
      }
      return buf[pos];
    }

    public void advance() {
      char c = buf[pos++];
      if (c > '\r') {
        col++;
        afterCr = false;
      } else if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        col = 1;
        afterCr = false;
      } else if (c == '\r') {
        line++;
        col = 1;
        afterCr = true;
      } else {
        col++;
        afterCr = false;
      }
    }

    /** Skips spaces, tabs, form feeds and vertical tabs (not line ends). */
    public void skipBlanks() throws IOException {
      int c;
      while (isBlank(c = peek())) {
        advance();
      }
    }

    public void skipToEndOfLine() throws IOException {
      int c;
      while ((c = peek()) != EOF && c != '\n' && c != '\r') {
        advance();
      }
    }

    /** Consumes the end of the line (LF, CR or CRLF; or accepts EOF); anything else is an error. */
    public void endOfLine(String after) throws IOException {
      if (!endsLine()) {
        throw error("unexpected " + describe(peek()) + " after " + after);
      }
    }

    /**
     * Skips blanks and consumes the end of the line (LF, CR or CRLF), or accepts EOF; returns false, with the
     * unexpected character next, when something else follows.
     */
    public boolean endsLine() throws IOException {
      skipBlanks();
      int c = peek();
      if (c == '\n' || c == '\r') {
        advance();
        return true;
      }
      return c == EOF;
    }

    public GraphFormatException error(String problem) {
      return new GraphFormatException(line, col, problem);
    }
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
  }

  /** Describes a character for a message: {@code 'x'}, {@code end of line} or {@code end of file}. */
  public static String describe(int c) {
    if (c == Source.EOF) {
      return "end of file";
    }
    if (c == '\n' || c == '\r') {
      return "end of line";
    }
    return "'" + (char) c + "'";
  }

  // ---------------------------------------------------------------- ICCMA .af

  /**
   * Drops every warning. A named class, not a lambda: the first lambda of a process starts the JDK's lambda
   * machinery, which costs a one-question process (argmap iccma) more than reading a small file.
   */
  public static final Consumer<ImportWarning> IGNORE_WARNINGS = new IgnoreWarnings();

  private static final class IgnoreWarnings implements Consumer<ImportWarning> {
    @Override
    public void accept(ImportWarning warning) {
      // dropped on purpose: the caller asked for no warnings
    }
  }

  /** The most arguments a header may declare: more would not fit in memory as a graph anyway. */
  public static final int MAX_ARGUMENTS = 50_000_000;

  /**
   * Reads an ICCMA 2023 {@code .af} text into a graph; see {@link #readIccma}.
   *
   * @param reader the text; not closed
   * @param warnings receives a warning for every repeated attack
   * @return the graph
   * @throws IOException if the text is not valid ({@link GraphFormatException}) or reading fails
   */
  public static AttackGraph parseIccma(Reader reader, Consumer<ImportWarning> warnings) throws IOException {
    return readIccma(reader, warnings).graph();
  }

  /**
   * Reads an ICCMA 2023 {@code .af} text: the one grammar of {@code .af} in argmap. A header {@code p af N},
   * then lines {@code i j}; {@code #} comment lines anywhere; blank lines; LF, CR or CRLF line ends; a byte
   * order mark. A repeated attack is dropped with a warning ({@code attack i -> j is repeated; the repetition
   * is dropped}); everything else that does not follow the grammar is a {@link GraphFormatException} with the
   * line and column.
   *
   * @param reader the text; not closed
   * @param warnings receives a warning for every repeated attack, in the order of the file
   * @return the graph and its attacks in file order
   * @throws IOException if the text is not valid ({@link GraphFormatException}) or reading fails
   */
  public static AfFile readIccma(Reader reader, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(warnings, "warnings");
    Source s = new Source(reader);
    if (s.peek() == '\uFEFF') {
      s.pos++; // a byte order mark is not part of the text, nor a column
    }
    long n = -1;
    int headerLine = 0;
    Csr.IntBuf from = new Csr.IntBuf(1024);
    Csr.IntBuf to = new Csr.IntBuf(1024);
    Csr.IntBuf lines = new Csr.IntBuf(1024);
    while (true) {
      s.skipBlanks();
      int c = s.peek();
      if (c == Source.EOF) {
        break;
      }
      if (c == '\n' || c == '\r') {
        s.advance();
        continue;
      }
      if (c == '#') {
        s.skipToEndOfLine();
        continue;
      }
      if (n < 0) {
        if (c != 'p') {
          throw s.error("expected the header 'p af N' before any attack, found " + describe(c));
        }
        headerLine = s.line;
        s.advance();
        requireBlank(s, "'p'");
        if (s.peek() != 'a') {
          throw s.error("expected 'af' after 'p' (only the 'af' problem type is supported), found "
              + describe(s.peek()));
        }
        s.advance();
        if (s.peek() != 'f') {
          throw s.error("expected 'af' after 'p', found " + describe(s.peek()));
        }
        s.advance();
        requireBlank(s, "'p af'");
        int col = s.col;
        n = readNumber(s, Long.MAX_VALUE / 16, "the number of arguments");
        if (n > MAX_ARGUMENTS) {
          throw new GraphFormatException(s.line, col, "the header declares " + n
              + " arguments, more than the limit of " + MAX_ARGUMENTS);
        }
        s.endOfLine("the header 'p af " + n + "'");
        continue;
      }
      if (c == 'p') {
        throw s.error("a second header line; the header 'p af N' must appear once (first on line "
            + headerLine + ")");
      }
      int line = s.line;
      // the messages are built only on an error: building them for every line would cost a large file more
      // than its reading
      int a = (int) readArgument(s, n);
      if (!isBlank(s.peek())) {
        requireBlank(s, "the attacker " + a);
      }
      s.skipBlanks();
      int b = (int) readArgument(s, n);
      if (!s.endsLine()) {
        throw s.error("unexpected " + describe(s.peek()) + " after the attack '" + a + " " + b + "'");
      }
      from.add(a - 1);
      to.add(b - 1);
      lines.add(line);
    }
    if (n < 0) {
      throw s.error("no header 'p af N' found (empty file?)");
    }
    int size = (int) n;
    double[] weights = new double[size];
    java.util.Arrays.fill(weights, 1.0);
    int m = from.size;
    try {
      return new AfFile(Access.semantics().attackGraph(Labels.numbered(size, 1), weights, from.a, to.a, m),
          from.a, to.a, lines.a, m);
    } catch (EdgeTable.DuplicateEdgeException e) {
      // rare, so the common case pays nothing: find every repetition, in file order, and build again
      Set<Long> seen = new HashSet<>(m * 2);
      int kept = 0;
      for (int k = 0; k < m; k++) {
        int f = from.a[k];
        int t = to.a[k];
        if (!seen.add(((long) f << 32) | t)) {
          warnings.accept(new ImportWarning(lines.a[k], 0, "attack " + (f + 1) + " -> " + (t + 1)
              + " is repeated; the repetition is dropped"));
          continue;
        }
        from.a[kept] = f;
        to.a[kept] = t;
        lines.a[kept] = lines.a[k];
        kept++;
      }
      return new AfFile(Access.semantics().attackGraph(Labels.numbered(size, 1), weights, from.a, to.a, kept),
          from.a, to.a, lines.a, kept);
    }
  }

  private static void requireBlank(Source s, String after) throws IOException {
    int c = s.peek();
    if (!isBlank(c)) {
      throw s.error("expected a space after " + after + ", found " + describe(c));
    }
    s.skipBlanks();
  }

  private static long readArgument(Source s, long n) throws IOException {
    int col = s.col;
    long v = readNumber(s, Long.MAX_VALUE / 16, "an argument number");
    if (v < 1 || v > n) {
      throw new GraphFormatException(s.line, col, "argument " + v + " is out of range; the header declares "
          + (n == 1 ? "1 argument, numbered 1" : n + " arguments, numbered 1 to " + n));
    }
    return v;
  }

  private static long readNumber(Source s, long max, String what) throws IOException {
    int c = s.peek();
    if (c < '0' || c > '9') {
      throw s.error("expected " + what + ", found " + describe(c));
    }
    int col = s.col;
    long v = 0;
    while ((c = s.peek()) >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (v > max) {
        throw new GraphFormatException(s.line, col, what + " is too large");
      }
      s.advance();
    }
    return v;
  }

  // ---------------------------------------------------------------- uncertainpy .bag

  private static final class Token {
    public final String text;
    public final int line;
    public final int col;

    public Token(String text, int line, int col) {
      this.text = text;
      this.line = line;
      this.col = col;
    }

    public GraphFormatException error(String problem) {
      return new GraphFormatException(line, col, problem);
    }
  }

  public static BipolarGraph parseBag(Reader reader) throws IOException {
    Source s = new Source(reader);
    Map<String, Token> declared = new HashMap<>();
    BipolarGraph.Builder builder = BipolarGraph.builder();
    Map<String, Integer> index = new HashMap<>();
    java.util.List<Token[]> edges = new java.util.ArrayList<>(); // {keyword, from, to, weight-or-null}
    while (true) {
      skipSpaceAndComments(s);
      int c = s.peek();
      if (c == Source.EOF) {
        break;
      }
      Token kw = readItem(s, "a statement (arg, att or sup)");
      if (!kw.text.equals("arg") && !kw.text.equals("att") && !kw.text.equals("sup")) {
        throw kw.error("unknown statement '" + kw.text + "'; expected arg(name, base), att(from, to) or "
            + "sup(from, to)");
      }
      skipInline(s);
      expect(s, '(', "after '" + kw.text + "'");
      Token first = readItem(s, kw.text.equals("arg") ? "an argument name" : "the source argument");
      skipInline(s);
      expect(s, ',', "after '" + first.text + "'");
      Token second = readItem(s, kw.text.equals("arg") ? "a base score" : "the target argument");
      skipInline(s);
      Token third = null;
      if (s.peek() == ',') {
        if (kw.text.equals("arg")) {
          throw s.error("arg takes two items, arg(name, base)");
        }
        s.advance();
        third = readItem(s, "an edge weight");
        skipInline(s);
      }
      expect(s, ')', "to close '" + kw.text + "('");
      skipInline(s);
      if (s.peek() == '.') {
        s.advance();
      }
      if (kw.text.equals("arg")) {
        double base = number(second, "base score");
        Token prev = declared.putIfAbsent(first.text, first);
        if (prev != null) {
          throw first.error("argument '" + first.text + "' is declared twice (first on line " + prev.line + ")");
        }
        index.put(first.text, builder.addArgument(first.text, base));
      } else {
        edges.add(new Token[] {kw, first, second, third});
      }
    }
    Map<Long, Token[]> seen = new HashMap<>();
    for (Token[] e : edges) {
      boolean attack = e[0].text.equals("att");
      int f = resolve(index, e[1], attack ? "attack source" : "support source");
      int t = resolve(index, e[2], attack ? "attack target" : "support target");
      long key = ((long) f << 32) | (t & 0xffffffffL);
      Token[] prev = seen.putIfAbsent(key, e);
      if (prev != null) {
        String what = e[1].text + " -> " + e[2].text;
        if (prev[0].text.equals(e[0].text)) {
          throw e[0].error((attack ? "attack " : "support ") + what + " is listed twice (first on line "
              + prev[0].line + ")");
        }
        throw e[0].error(what + " is both an attack and a support (the other on line " + prev[0].line + ")");
      }
      double w = e[3] == null ? 1.0 : number(e[3], "edge weight");
      if (attack) {
        builder.addAttack(f, t, w);
      } else {
        builder.addSupport(f, t, w);
      }
    }
    return builder.build();
  }

  private static int resolve(Map<String, Integer> index, Token name, String role) throws GraphFormatException {
    Integer i = index.get(name.text);
    if (i == null) {
      throw name.error(role + " '" + name.text + "' is not declared; add arg(" + name.text + ", base)");
    }
    return i;
  }

  private static double number(Token t, String what) throws GraphFormatException {
    double v;
    try {
      v = Double.parseDouble(t.text);
    } catch (NumberFormatException e) {
      throw t.error("expected a number for the " + what + ", found '" + t.text + "'");
    }
    if (!(v >= 0.0 && v <= 1.0)) {
      throw t.error(what + " must be in [0, 1] but was " + t.text);
    }
    return v;
  }

  private static void skipSpaceAndComments(Source s) throws IOException {
    while (true) {
      int c = s.peek();
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        s.advance();
      } else if (c == '#' || c == '%') {
        s.skipToEndOfLine();
      } else {
        return;
      }
    }
  }

  /** Blanks inside a statement (a statement may not span lines). */
  private static void skipInline(Source s) throws IOException {
    s.skipBlanks();
  }

  private static void expect(Source s, char ch, String where) throws IOException {
    if (s.peek() != ch) {
      throw s.error("expected '" + ch + "' " + where + ", found " + describe(s.peek()));
    }
    s.advance();
  }

  private static Token readItem(Source s, String what) throws IOException {
    skipInline(s);
    int line = s.line;
    int col = s.col;
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = s.peek()) != Source.EOF
        && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '(' && c != ')' && c != ',') {
      sb.append((char) c);
      s.advance();
    }
    if (sb.length() == 0) {
      throw s.error("expected " + what + ", found " + describe(c));
    }
    return new Token(sb.toString(), line, col);
  }
}
