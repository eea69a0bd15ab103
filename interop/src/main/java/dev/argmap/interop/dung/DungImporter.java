package dev.argmap.interop.dung;

import java.io.StringReader;
import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Framework.Edge;
import dev.argmap.interop.internal.Framework.EdgeType;
import dev.argmap.model.ArgumentMap;
import dev.argmap.internal.io.AfFile;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.GraphFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a Dung argumentation framework into a map: every argument of the framework becomes a statement
 * (identifier: the argument's name; text: its TGF label, else its name), every attack {@code a -> b} an
 * attacking argument {@code a-attacks-b} with the premise {@code a} and the conclusion {@code b}. A
 * self-attack cannot be an argument (an argument may not conclude its own premise), so it is kept in the
 * map's {@code "framework"} extension and written back by {@link DungExporter}. Theses: the attacked
 * statements that attack nothing, else those that attack nothing, else the first.
 *
 * <p>Tolerated: CRLF or CR line ends, no final line end, blank and tab-only lines, a byte order mark,
 * repeated attacks (dropped, with a warning), self-attacks; in {@code .af} comment lines anywhere (those of
 * the form {@code # label N name}, which {@link DungExporter} writes, name argument N); in {@code .apx}
 * facts in any order, several on a line, spaces inside, {@code %} comments, a missing final period, quoted
 * names, attacks on undeclared arguments (declared, with a warning) and other facts (skipped, with a
 * warning); in TGF labels after node ids and edges, a missing {@code #} line (no edges) and edges between
 * undeclared nodes (declared, with a warning). Immutable and thread-safe.
 */
public final class DungImporter implements MapImporter {
  private final DungDialect dialect;

  /**
   * Creates an importer for a dialect.
   *
   * @param dialect the dialect
   */
  public DungImporter(DungDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * Returns the dialect this importer reads.
   *
   * @return the dialect
   */
  public DungDialect dialect() {
    return dialect;
  }

  @Override
  public MapFormat format() {
    return dialect.format();
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.read(in, limits, format());
    return framework(text, warnings).toMap(warnings);
  }

  /**
   * Reads a framework as an attack graph, for Dung's semantics, by the same rules as
   * {@link #read(Reader, Consumer)}: the same syntax, the same errors, the same warnings (a repeated
   * attack is dropped with a warning). Argument {@code k} is the {@code k}-th of the file (in {@code .af},
   * argument {@code k+1}); its label is its name ({@code .af}: its number, or the name of a
   * {@code # label} comment); weights are 1. Self-attacks are attacks. The reader is not closed.
   *
   * @param in the text
   * @param warnings receives each warning, in the order of the file
   * @return the graph
   * @throws MapFormatException if the text is not valid in this dialect, with the line and column
   * @throws IOException if reading fails
   */
  public AttackGraph readAttackGraph(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    // an empty framework is a framework (with the empty extension); only a map needs a statement
    Framework g = framework(Limits.read(in, ReadLimits.defaults(), format()), warnings);
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < g.size(); i++) {
      b.addArgument(g.name(i));
    }
    for (Edge e : g.distinctEdges(warnings)) {
      b.addAttack(e.from(), e.to());
    }
    return b.build();
  }

  private Framework framework(String text, Consumer<ImportWarning> warnings) {
    return switch (dialect) {
      case ICCMA_AF -> readAf(text, warnings);
      case APX -> new ApxReader(text, warnings).read();
      case TGF -> readTgf(text, warnings);
    };
  }

  /** A line of the text: its content without the line end, its number and where it starts. */
  private record Line(String text, int number) {}

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i < text.length() || start < i) {
          lines.add(new Line(text.substring(start, i), number));
        }
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length()
            && text.charAt(i + 1) == '\n') {
          i++;
        }
        number++;
        start = i + 1;
      }
    }
    return lines;
  }

  /** The words of a line with their 1-based columns. */
  private static List<int[]> words(String line) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && isBlank(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !isBlank(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
  }

  // ---------------------------------------------------------------- ICCMA 2023 .af

  /**
   * Reads {@code .af} text with core's one {@code .af} parser ({@link AttackGraph#parseIccma(Reader,
   * Consumer)}), so that every command reads a file by the same rules and messages, then applies the
   * {@code # label N name} comments (comments to the parser) that {@link DungExporter} writes.
   */
  private static Framework readAf(String text, Consumer<ImportWarning> warnings) {
    AfFile file;
    try {
      file = AfFile.read(new StringReader(text), warnings);
    } catch (GraphFormatException e) {
      throw new MapFormatException(e.problem(), e.line(), e.column(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    String[] names = labels(text, file.graph().size(), warnings);
    Framework g = new Framework();
    for (String name : names) {
      g.addNode(name, null, null);
    }
    for (int k = 0; k < file.attacks(); k++) {
      g.addEdge(new Edge(file.from()[k], file.to()[k], EdgeType.ATTACK, 1.0, file.lines()[k]));
    }
    return g;
  }

  /** The names of the arguments: the {@code # label N name} comments, else the numbers. */
  private static String[] labels(String text, int n, Consumer<ImportWarning> warnings) {
    List<String[]> labels = new ArrayList<>();
    List<Integer> labelLines = new ArrayList<>();
    for (Line line : lines(text)) {
      String t = line.text();
      List<int[]> words = words(t);
      if (words.size() == 4 && word(t, words.get(0)).equals("#") && word(t, words.get(1)).equals("label")) {
        labels.add(new String[] {word(t, words.get(2)), word(t, words.get(3))});
        labelLines.add(line.number());
      }
    }
    String[] names = new String[n];
    for (int k = 0; k < labels.size(); k++) {
      String[] l = labels.get(k);
      long i;
      try {
        i = Long.parseLong(l[0]);
      } catch (NumberFormatException e) {
        i = -1;
      }
      if (i < 1 || i > n || names[(int) i - 1] != null) {
        warnings.accept(new ImportWarning(labelLines.get(k), 0, "the label comment for " + l[0]
            + " names no argument of the header, or one named before; it is ignored"));
        continue;
      }
      names[(int) i - 1] = l[1];
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean unique = true;
    for (int i = 0; i < n; i++) {
      if (names[i] == null) {
        names[i] = Integer.toString(i + 1);
      }
      unique &= seen.add(names[i]);
    }
    if (!unique) {
      warnings.accept(new ImportWarning(labelLines.get(0), 0,
          "the label comments give two arguments one name; all labels are ignored and arguments numbered"));
      for (int i = 0; i < n; i++) {
        names[i] = Integer.toString(i + 1);
      }
    }
    return names;
  }

  private static String word(String line, int[] w) {
    return line.substring(w[0], w[1]);
  }

  // ---------------------------------------------------------------- TGF

  private static Framework readTgf(String text, Consumer<ImportWarning> warnings) {
    Framework g = new Framework();
    boolean edges = false;
    for (Line line : lines(text)) {
      String t = line.text();
      List<int[]> words = words(t);
      if (words.isEmpty()) {
        continue;
      }
      if (!edges && t.trim().equals("#")) {
        edges = true;
        continue;
      }
      int[] w0 = words.get(0);
      String name = word(t, w0);
      if (!edges) {
        String label = t.substring(w0[1]).trim();
        if (g.addNode(name, label.isEmpty() ? null : label, null) < 0) {
          warnings.accept(new ImportWarning(line.number(), w0[0] + 1,
              "node " + name + " is declared again; the repetition is ignored"));
        }
        continue;
      }
      if (words.size() < 2) {
        throw new MapFormatException("an edge needs a source and a target node, 'from to'", line.number(),
            t.length() + 1);
      }
      int from = node(g, name, line.number(), w0[0] + 1, warnings);
      int[] w1 = words.get(1);
      int to = node(g, word(t, w1), line.number(), w1[0] + 1, warnings);
      g.addEdge(new Edge(from, to, EdgeType.ATTACK, 1.0, line.number()));
    }
    return g;
  }

  private static int node(Framework g, String name, int line, int column, Consumer<ImportWarning> warnings) {
    int i = g.indexOf(name);
    if (i < 0) {
      warnings.accept(new ImportWarning(line, column,
          "node " + name + " is not declared; it is added as an argument"));
      i = g.addNode(name, null, null);
    }
    return i;
  }

  // ---------------------------------------------------------------- ASPARTIX .apx

  /** A reader of ASPARTIX facts: {@code name(term, ...).} with {@code %} comments. */
  private static final class ApxReader {
    private final String text;
    private final Consumer<ImportWarning> warnings;
    private int pos;
    private int line = 1;
    private int lineStart;

    ApxReader(String text, Consumer<ImportWarning> warnings) {
      this.text = text;
      this.warnings = warnings;
    }

    Framework read() {
      Framework g = new Framework();
      List<Object[]> attacks = new ArrayList<>(); // {from, to, line, col, col}
      while (true) {
        skipSpace();
        if (pos >= text.length()) {
          break;
        }
        int factLine = line;
        int factColumn = column();
        String predicate = identifier();
        skipInline();
        expect('(', "after '" + predicate + "'");
        List<String> terms = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while (true) {
          skipInline();
          columns.add(column());
          terms.add(term());
          skipInline();
          if (peek() == ',') {
            pos++;
            continue;
          }
          expect(')', "to close '" + predicate + "('");
          break;
        }
        skipInline();
        if (peek() == '.') {
          pos++;
        } else {
          warnings.accept(new ImportWarning(line, column(),
              "the fact " + predicate + "(...) does not end with a period"));
        }
        if (predicate.equals("arg") && terms.size() == 1) {
          if (g.addNode(terms.get(0), null, null) < 0) {
            warnings.accept(new ImportWarning(factLine, factColumn,
                "argument " + terms.get(0) + " is declared again; the repetition is ignored"));
          }
        } else if (predicate.equals("att") && terms.size() == 2) {
          attacks.add(new Object[] {terms.get(0), terms.get(1), factLine, columns.get(0), columns.get(1)});
        } else {
          warnings.accept(new ImportWarning(factLine, factColumn, "the fact " + predicate + "/" + terms.size()
              + " is not part of a Dung framework (arg/1, att/2); it is skipped"));
        }
      }
      for (Object[] a : attacks) {
        int l = (Integer) a[2];
        int from = node(g, (String) a[0], l, (Integer) a[3], warnings);
        int to = node(g, (String) a[1], l, (Integer) a[4], warnings);
        g.addEdge(new Edge(from, to, EdgeType.ATTACK, 1.0, l));
      }
      return g;
    }

    private int column() {
      return pos - lineStart + 1;
    }

    private int peek() {
      return pos < text.length() ? text.charAt(pos) : -1;
    }

    private void skipSpace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '%') {
          while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
          }
        } else if (c == '\n' || c == '\r') {
          pos++;
          if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          lineStart = pos;
        } else if (Character.isWhitespace(c) || c == '\uFEFF') {
          pos++;
        } else {
          return;
        }
      }
    }

    private void skipInline() {
      while (pos < text.length() && isBlank(text.charAt(pos))) {
        pos++;
      }
    }

    private void expect(char c, String where) {
      if (peek() != c) {
        throw error("expected '" + c + "' " + where + ", found " + found());
      }
      pos++;
    }

    private String found() {
      int c = peek();
      if (c < 0) {
        return "the end of the file";
      }
      if (c == '\n' || c == '\r') {
        return "the end of the line";
      }
      return "'" + (char) c + "'";
    }

    private MapFormatException error(String problem) {
      return new MapFormatException(problem, line, column());
    }

    private String identifier() {
      int start = pos;
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      if (pos == start) {
        throw error("expected a fact such as arg(a). or att(a,b)., found " + found());
      }
      return text.substring(start, pos);
    }

    private String term() {
      if (peek() == '"') {
        int startLine = line;
        int startColumn = column();
        pos++;
        StringBuilder s = new StringBuilder();
        while (true) {
          int c = peek();
          if (c < 0 || c == '\n' || c == '\r') {
            throw new MapFormatException("a quoted name is not closed", startLine, startColumn);
          }
          pos++;
          if (c == '"') {
            break;
          }
          if (c == '\\' && pos < text.length()) {
            s.append(text.charAt(pos++));
          } else {
            s.append((char) c);
          }
        }
        if (s.length() == 0) {
          throw new MapFormatException("an argument name is empty", startLine, startColumn);
        }
        return s.toString();
      }
      int start = pos;
      int depth = 0;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (depth == 0) {
            break;
          }
          depth--;
        } else if (c == ',' && depth == 0 || c == '\n' || c == '\r' || isBlank(c)) {
          break;
        }
        pos++;
      }
      if (pos == start) {
        throw error("expected an argument name, found " + found());
      }
      return text.substring(start, pos);
    }
  }
}
