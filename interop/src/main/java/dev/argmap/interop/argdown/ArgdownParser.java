package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import dev.argmap.interop.argdown.ArgdownModel.End;
import dev.argmap.interop.argdown.ArgdownModel.RelationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line-oriented reader of the common subset of Argdown into an {@link ArgdownModel}: frontmatter (read for
 * its title, description and settings, otherwise skipped), comments, headings (skipped), statements and
 * arguments (definitions, references, plain paragraphs, list items), premise-conclusion structures with
 * single- or multi-line inference bars and several steps, relations by indentation with every marker,
 * {@code @import} of other files and Markdown files with fenced Argdown blocks.
 */
final class ArgdownParser {
  private static final Pattern NUMBER = Pattern.compile("^([ \\t]*)\\((\\d+)\\)");
  private static final Pattern BAR = Pattern.compile("^([ \\t]*)(-{2,})");
  private static final Pattern RELATION =
      Pattern.compile("^([ \\t]*)(\\+>|->|<\\+|<-|><|_>|<_|\\+|-|_(?=\\s|$))");
  private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(\\*|\\d+\\.)(?=\\s)");
  private static final Pattern HEADING = Pattern.compile("^#+[ \\t]");
  private static final Pattern IMPORT = Pattern.compile("^[ \\t]*@import[ \\t]+([\"'])(.+?)\\1[ \\t]*$");
  /** Argdown's own include, {@code @include(file)}, on a line of its own. */
  private static final Pattern INCLUDE = Pattern.compile("^[ \\t]*@include\\(([^)]+)\\)[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})[ \\t]*\\{?[ \\t]*\\.?argdown");
  private static final Pattern LINK = Pattern.compile("^\\[[^\\]]+?\\]\\([^)]+?\\)");
  private static final Pattern STATEMENT_DEFINITION = Pattern.compile("^\\[(.+?)\\]:");
  private static final Pattern STATEMENT_REFERENCE = Pattern.compile("^\\[([^-].*?)\\]");
  private static final Pattern ARGUMENT_DEFINITION = Pattern.compile("^<(.+?)>:");
  private static final Pattern ARGUMENT_REFERENCE = Pattern.compile("^<([^-].*?)>");
  /** What a comment is replaced with: read as nothing, and the white space after it is dropped. */
  static final char COMMENT = '\u0001';

  /** Opens included files. */
  interface Includes {
    /**
     * Opens an included file.
     *
     * @param path the path as the {@code @import} gives it
     * @param line the line of the {@code @import}
     * @param column its column
     * @return the file, or null when it is not to be read (a warning has been given)
     */
    Included open(String path, int line, int column);

    /** Called when the file these includes belong to has been read to its end. */
    default void done() {}
  }

  /**
   * An included file.
   *
   * @param text its text
   * @param name its name for messages
   * @param includes what its own {@code @import}s resolve against
   */
  record Included(String text, String name, Includes includes) {}

  private final ArgdownModel model;
  private final Consumer<ImportWarning> warnings;
  private final Includes includes;
  private final boolean topLevel;

  // lines
  private List<String> lines;
  private boolean[] removed;

  // paragraph state
  private boolean inParagraph;
  private Element pending;
  private End root;
  private final Deque<Parent> stack = new ArrayDeque<>();
  private ArgdownModel.Argument pcsOwnerCandidate;

  // premise-conclusion structure state
  private ArgdownModel.Argument pcs;
  private int pcsLine;
  private int pcsColumn;
  private List<String> premises = new ArrayList<>();
  private boolean afterBar;
  private boolean inRules;
  private boolean complete;
  private StringBuilder rules = new StringBuilder();
  private int rulesLine;

  private ArgdownParser(ArgdownModel model, Consumer<ImportWarning> warnings, Includes includes,
      boolean topLevel) {
    this.model = model;
    this.warnings = warnings;
    this.includes = includes;
    this.topLevel = topLevel;
  }

  /** An element being read: its raw text grows with continuation lines. */
  private static final class Element {
    final ArgdownModel.Statement statement;
    final ArgdownModel.Argument argument;
    final StringBuilder raw = new StringBuilder();
    final int line;
    final int column;
    final boolean ignored;
    /** A definition ({@code [T]: text}, {@code <T>: text} or untitled text), not a reference. */
    boolean definition = true;

    Element(ArgdownModel.Statement statement, ArgdownModel.Argument argument, int line, int column,
        boolean ignored) {
      this.statement = statement;
      this.argument = argument;
      this.line = line;
      this.column = column;
      this.ignored = ignored;
    }

    Element reference() {
      definition = false;
      return this;
    }

    End end() {
      return argument != null ? new End(true, argument.title) : new End(false, statement.title);
    }
  }

  /**
   * A relation parent: its indentation, what it is, for a conclusion in a structure (or an inference bar)
   * its step, and whether it is the inference bar itself.
   */
  private record Parent(int indent, End end, int step, boolean inference) {
    Parent(int indent, End end, int step) {
      this(indent, end, step, false);
    }
  }

  /**
   * Reads a document into a model.
   *
   * @param text the document
   * @param model the model to fill
   * @param warnings told of what is tolerated
   * @param includes opens included files; null when there is no file to resolve them against
   * @throws MapFormatException if the document is not valid Argdown, with the line and column
   */
  static void parse(String text, ArgdownModel model, Consumer<ImportWarning> warnings, Includes includes) {
    new ArgdownParser(model, warnings, includes, true).run(text);
  }

  private void run(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
    removed = new boolean[lines.size()];
    frontmatter();
    markdown();
    comments();
    yamlBlocks();
    for (int i = 0; i < lines.size(); i++) {
      if (!removed[i]) {
        line(i);
      }
    }
    endParagraph();
    if (pcs != null) {
      endPcs();
    }
  }

  // ---------------------------------------------------------------- preparation

  private void frontmatter() {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first >= lines.size() || !lines.get(first).strip().startsWith("===")) {
      return;
    }
    int close = first + 1;
    while (close < lines.size() && !lines.get(close).strip().startsWith("===")) {
      close++;
    }
    if (close >= lines.size()) {
      throw new MapFormatException("the frontmatter opened by === is not closed by another ===", first + 1,
          lines.get(first).indexOf('=') + 1);
    }
    for (int i = first + 1; i < close; i++) {
      String l = lines.get(i);
      Matcher m = Pattern.compile("^([ \\t]*)([A-Za-z_][\\w-]*)[ \\t]*:(.*)$").matcher(l);
      if (!m.matches()) {
        continue;
      }
      String key = m.group(2);
      Object value = YamlFlow.readScalar(m.group(3));
      boolean top = m.group(1).isEmpty();
      if (key.equals("syntax") && value instanceof String s && s.toLowerCase().contains("micro")) {
        throw new MapFormatException("the frontmatter asks for the syntax \"" + s + "\", a dialect this reader"
            + " does not read; only standard Argdown is supported", i + 1, m.start(2) + 1);
      }
      if (key.equals("removeTagsFromText") && Boolean.TRUE.equals(value)) {
        model.removeTagsFromText = true;
      }
      if (top && topLevel && key.equals("title") && value != null && !value.toString().isBlank()) {
        model.title = value.toString().strip();
      }
      if (top && topLevel && key.equals("description") && value != null && !value.toString().isBlank()) {
        model.description = value.toString().strip();
      }
    }
    for (int i = first; i <= close; i++) {
      lines.set(i, "");
    }
  }

  /** In a Markdown file, only the fenced Argdown blocks are read; everything else becomes blank. */
  private void markdown() {
    boolean fenced = false;
    for (String l : lines) {
      if (l.contains("argdown") && FENCE.matcher(l).lookingAt()) {
        fenced = true;
        break;
      }
    }
    if (!fenced) {
      return;
    }
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (fence == null) {
        Matcher m = FENCE.matcher(l);
        if (m.lookingAt()) {
          fence = m.group(1);
        }
        lines.set(i, "");
      } else if (l.strip().startsWith(fence) && l.strip().replace(fence.substring(0, 1), "").isEmpty()) {
        fence = null;
        lines.set(i, "");
      }
    }
  }

  /**
   * Blanks out comments ({@code <!-- -->}, {@code /* *}{@code /}, {@code //}), skipping escapes, links and
   * data blocks as Argdown's lexer does. A line that held only comments is removed, so that it neither
   * ends a paragraph nor continues one.
   */
  private void comments() {
    String text = String.join("\n", lines);
    char[] out = text.toCharArray();
    boolean[] touched = new boolean[lines.size()];
    int[] dataEnds = Inline.dataEnds(text);
    int[][] next = {Inline.next(text, '\n'), Inline.next(text, ']'), Inline.next(text, '>'),
        Inline.next(text, ')')};
    int line = 0;
    int i = 0;
    while (i < out.length) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < out.length && text.charAt(i + 1) != '\n') {
        i += 2;
        continue;
      }
      if (c == '[' || c == '<' && !text.startsWith("<!--", i) || c == '#') {
        int skip = token(text, i, next);
        if (skip > i) {
          i = skip;
          continue;
        }
      }
      if (c == '{') {
        int end = dataEnds[i];
        if (end > 0) {
          for (int k = i; k < end; k++) {
            if (text.charAt(k) == '\n') {
              line++;
            }
          }
          i = end;
          continue;
        }
      }
      int end = -1;
      if (text.startsWith("<!--", i)) {
        end = text.indexOf("-->", i + 4);
        end = end < 0 ? -1 : end + 3;
      } else if (text.startsWith("/*", i)) {
        end = text.indexOf("*/", i + 2);
        end = end < 0 ? -1 : end + 2;
      } else if (text.startsWith("//", i)) {
        end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
      }
      if (end < 0) {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out[k] == '\n') {
          line++;
        } else {
          out[k] = COMMENT;
          touched[line] = true;
        }
      }
      touched[line] = true;
      i = end;
    }
    List<String> blanked = List.of(new String(out).split("\n", -1));
    for (int k = 0; k < lines.size(); k++) {
      String l = blanked.get(k);
      if (touched[k] && l.replace(COMMENT, ' ').isBlank()) {
        removed[k] = !lines.get(k).isBlank();
        l = "";
      }
      lines.set(k, l);
    }
  }

  /**
   * Data in YAML block style: a line ending in {@code {}, then indented YAML lines, then a line {@code }}
   * (as Argdown reads a {@code {} followed by a line break). The block is written in flow style onto the
   * line that opens it, and its other lines are removed, so that a list item ({@code - a}) in it is not
   * read as a relation.
   */
  private void yamlBlocks() {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      String stripped = l.stripTrailing();
      if (removed[i] || !stripped.endsWith("{") || stripped.endsWith("\\{") || stripped.strip().equals("{")) {
        continue;
      }
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().startsWith("}")) {
        String inner = lines.get(close);
        if (!inner.isBlank() && indent(inner) == 0 && !inner.strip().startsWith("-")
            && !inner.contains(":")) {
          close = lines.size(); // not YAML: leave the lines as they are
          break;
        }
        close++;
      }
      if (close >= lines.size()) {
        continue;
      }
      List<String> body = new ArrayList<>(lines.subList(i + 1, close));
      StringBuilder flow = new StringBuilder(stripped.substring(0, stripped.length() - 1)).append('{');
      new BlockYaml(body).map(-1, flow);
      String after = lines.get(close).strip().substring(1);
      flow.append('}').append(after.isEmpty() ? "" : " " + after);
      lines.set(i, flow.toString());
      for (int k = i + 1; k <= close; k++) {
        lines.set(k, "");
        removed[k] = true;
      }
      i = close;
    }
  }

  /** The lines of a YAML block, turned into flow style: maps of scalars, lists and maps. */
  private static final class BlockYaml {
    private final List<String> lines;
    private int next;

    BlockYaml(List<String> lines) {
      this.lines = lines;
    }

    private int peekIndent() {
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      return next < lines.size() ? indent(lines.get(next)) : -1;
    }

    /** Reads the map whose keys stand at the indentation of the next line, if deeper than {@code above}. */
    void map(int above, StringBuilder out) {
      int level = peekIndent();
      boolean first = true;
      while (level > above && peekIndent() == level && !lines.get(next).strip().startsWith("-")) {
        String line = lines.get(next++).strip();
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        out.append(first ? "" : ", ");
        first = false;
        YamlFlow.quote(line.substring(0, colon).strip(), out);
        out.append(": ");
        value(line.substring(colon + 1), level, out);
      }
    }

    private void value(String rest, int level, StringBuilder out) {
      if (!rest.isBlank()) {
        scalar(rest, out);
        return;
      }
      int deeper = peekIndent();
      if (deeper > level && lines.get(next).strip().startsWith("-")) {
        out.append('[');
        boolean first = true;
        while (peekIndent() == deeper && lines.get(next).strip().startsWith("-")) {
          out.append(first ? "" : ", ");
          first = false;
          scalar(lines.get(next++).strip().substring(1), out);
        }
        out.append(']');
      } else if (deeper > level) {
        out.append('{');
        map(level, out);
        out.append('}');
      } else {
        out.append("null");
      }
    }

    private static void scalar(String raw, StringBuilder out) {
      Object v = YamlFlow.readScalar(raw);
      if (v instanceof String str) {
        YamlFlow.quote(str, out);
      } else {
        out.append(v);
      }
    }
  }

  /**
   * The end of a title, link or bracketed tag starting at {@code i}, which Argdown's lexer reads as one
   * token (so that a {@code //} inside it starts no comment); {@code i} when there is none.
   */
  private static int token(String text, int i, int[][] next) {
    int lineEnd = next[0][i];
    char c = text.charAt(i);
    int after = i + 1 < text.length() ? text.charAt(i + 1) : -1;
    if (c == '[') {
      int close = next[1][i + 1];
      if (close > i + 1 && close < lineEnd) {
        if (close + 1 < lineEnd && text.charAt(close + 1) == '(') {
          int paren = next[3][close + 2];
          if (paren > close + 2 && paren < lineEnd) {
            return paren + 1; // [text](url)
          }
        }
        return close + 1; // [Title] or [Title]:
      }
    } else if (c == '<' && after != '-') {
      int close = next[2][i + 1];
      if (close > i + 1 && close < lineEnd) {
        return close + 1; // <Title> or <Title>:
      }
    } else if (c == '#' && after == '(') {
      int close = next[3][i + 2];
      if (close > i + 2 && close < lineEnd) {
        return close + 1; // #(tag)
      }
    }
    return i;
  }

  // ---------------------------------------------------------------- lines

  private void line(int index) {
    String t = lines.get(index);
    int lineNumber = index + 1;
    if (t.isBlank()) {
      endParagraph();
      return;
    }
    if (inRules) {
      Matcher bar = BAR.matcher(t);
      if (t.charAt(indent(t)) == '-' && bar.lookingAt()) {
        closeRules();
        afterBar = true;
        underInference(bar.group(1).length());
      } else {
        rules.append(' ').append(t.strip());
      }
      return;
    }
    // the first character decides which line patterns can match at all
    char first = t.charAt(indent(t));
    Matcher m;
    if (first == '@' && !inParagraph && pcs == null && (m = IMPORT.matcher(t)).matches()) {
      include(t.strip(), m.group(2), lineNumber, t.indexOf('@') + 1);
      return;
    }
    if (first == '@' && !inParagraph && pcs == null && (m = INCLUDE.matcher(t)).matches()) {
      include(t.strip(), m.group(1).strip(), lineNumber, t.indexOf('@') + 1);
      return;
    }
    if (first == '#' && !inParagraph && HEADING.matcher(t).lookingAt()) {
      closePcs();
      pcsOwnerCandidate = null;
      pending = new Element(null, null, lineNumber, 1, true);
      inParagraph = true;
      root = null;
      return;
    }
    if (first == '-' && (m = BAR.matcher(t)).lookingAt()) {
      bar(t, m, index);
      return;
    }
    if (first == '(' && (m = NUMBER.matcher(t)).lookingAt()) {
      numbered(t, m, lineNumber);
      return;
    }
    if ("+-<>_".indexOf(first) >= 0 && (m = RELATION.matcher(t)).lookingAt()) {
      if (!inParagraph) {
        throw new MapFormatException("a relation marker (" + m.group(2) + ") with no statement or argument"
            + " above it; a relation must be indented under the statement or argument it belongs to",
            lineNumber, m.group(1).length() + 1);
      }
      relation(t, m, lineNumber);
      return;
    }
    if ((first == '*' || first >= '0' && first <= '9') && (m = LIST_ITEM.matcher(t)).lookingAt()) {
      finishPending();
      closePcs();
      pcsOwnerCandidate = null;
      int indent = m.group(1).length() + 1;
      Element e = element(t.substring(m.end()), lineNumber, m.end() + 1);
      startRoot(e, indent, -1);
      return;
    }
    if (inParagraph && pending != null) {
      pending.raw.append(' ').append(t.strip());
      return;
    }
    // a new paragraph
    finishPending();
    closePcs();
    int indent = indent(t);
    Element e = element(t.substring(indent), lineNumber, indent + 1);
    pcsOwnerCandidate = e.argument;
    if (e.argument != null) {
      model.appears(e.argument);
    }
    startRoot(e, indent, -1);
  }

  private static int indent(String t) {
    int i = 0;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private void startRoot(Element e, int indent, int step) {
    pending = e;
    root = e.end();
    stack.clear();
    stack.push(new Parent(indent, root, step));
    inParagraph = true;
  }

  private void endParagraph() {
    finishPending();
    if (pcs != null && complete && !afterBar && !inRules) {
      endPcs();
    }
    inParagraph = false;
    root = null;
    stack.clear();
  }

  /** Before something that is not part of a structure: a complete structure ends, an incomplete one fails. */
  private void closePcs() {
    if (pcs != null) {
      endPcs();
    }
  }

  private void endPcs() {
    finishPending();
    if (!complete) {
      throw new MapFormatException("the premise-conclusion structure of <" + pcs.title + "> has no conclusion;"
          + " it needs premises (1), (2), ..., an inference bar (--) and a conclusion below it", pcsLine,
          pcsColumn);
    }
    pcs = null;
    premises = new ArrayList<>();
    afterBar = false;
    complete = false;
  }

  private void bar(String t, Matcher m, int index) {
    int lineNumber = index + 1;
    if (pcs == null) {
      throw new MapFormatException("an inference bar (--) outside a premise-conclusion structure; it must follow"
          + " numbered premises such as (1)", lineNumber, m.group(1).length() + 1);
    }
    finishPending();
    stack.clear();
    root = null;
    inParagraph = true;
    if (premises.isEmpty()) {
      throw new MapFormatException("an inference bar (--) with no premise above it", lineNumber,
          m.group(1).length() + 1);
    }
    if (afterBar) {
      throw new MapFormatException("a second inference bar without a conclusion between the two", lineNumber,
          m.group(1).length() + 1);
    }
    String rest = t.substring(m.end()).strip();
    rulesLine = lineNumber;
    rules = new StringBuilder();
    if (!rest.isEmpty()) {
      int endDashes = rest.length();
      while (endDashes > 0 && rest.charAt(endDashes - 1) == '-') {
        endDashes--;
      }
      if (endDashes < rest.length() - 1) {
        rest = rest.substring(0, endDashes);
      }
      rules.append(rest);
      closeRules();
      afterBar = true;
      underInference(m.group(1).length());
      return;
    }
    int next = index + 1;
    while (next < lines.size() && removed[next]) {
      next++;
    }
    String following = next < lines.size() ? lines.get(next) : "";
    if (!following.isBlank() && !NUMBER.matcher(following).lookingAt() && !BAR.matcher(following).lookingAt()
        && !(indent(following) > 0 && RELATION.matcher(following).lookingAt())) {
      inRules = true;
    } else {
      afterBar = true;
      underInference(m.group(1).length());
    }
  }

  /**
   * After an inference bar, the relations indented under it are undercuts of the inference that the next
   * conclusion ends, as Argdown reads them; that inference becomes the relations' parent.
   */
  private void underInference(int indent) {
    root = new End(true, pcs.title);
    stack.clear();
    stack.push(new Parent(indent, root, pcs.steps.size(), true));
  }

  private List<String> stepRules = new ArrayList<>();
  private Map<String, Object> stepData = new java.util.LinkedHashMap<>();

  private void closeRules() {
    inRules = false;
    stepRules = new ArrayList<>();
    stepData = new java.util.LinkedHashMap<>();
    String raw = rules.toString();
    int[] dataEnds = Inline.dataEnds(raw);
    int start = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i < raw.length() && raw.charAt(i) == '\\') {
        i++;
        continue;
      }
      if (i < raw.length() && raw.charAt(i) == '{') {
        int end = dataEnds[i];
        if (end > 0) {
          i = end - 1;
          continue;
        }
      }
      if (i == raw.length() || raw.charAt(i) == ',') {
        Inline.Parsed p = Inline.read(raw.substring(start, i), false, (offset, problem) ->
            warnings.accept(new ImportWarning(rulesLine, 0, "a data block is not read: " + problem)));
        if (!p.text.isEmpty()) {
          stepRules.add(p.text);
        }
        stepData.putAll(p.data);
        start = i + 1;
      }
    }
  }

  private void numbered(String t, Matcher m, int lineNumber) {
    finishPending();
    int column = m.group(1).length() + 1;
    if (pcs == null) {
      ArgdownModel.Argument owner = pcsOwnerCandidate;
      pcsOwnerCandidate = null;
      if (owner == null || !owner.steps.isEmpty()) {
        owner = model.newUntitledArgument(lineNumber, column);
        model.appears(owner);
      }
      pcs = owner;
      pcsLine = lineNumber;
      pcsColumn = column;
      premises = new ArrayList<>();
      afterBar = false;
      complete = false;
    }
    Element e = element(t.substring(m.end()), lineNumber, m.end() + 1);
    if (e.argument != null) {
      throw new MapFormatException("an argument (<" + e.argument.title + ">) cannot be a premise or conclusion;"
          + " use a statement ([Title] or [Title]: text)", lineNumber, m.end() + 1);
    }
    String title = e.statement.title;
    int step = -1;
    if (afterBar) {
      ArgdownModel.Step s = new ArgdownModel.Step();
      if (!pcs.steps.isEmpty()) {
        s.premises.add(pcs.mainConclusion());
      }
      for (String p : premises) {
        if (!s.premises.contains(p)) {
          s.premises.add(p);
        }
      }
      s.conclusion = title;
      s.rules.addAll(stepRules);
      s.data.putAll(stepData);
      s.line = lineNumber;
      stepRules = new ArrayList<>();
      stepData = new java.util.LinkedHashMap<>();
      pcs.steps.add(s);
      premises = new ArrayList<>();
      afterBar = false;
      complete = true;
      step = pcs.steps.size() - 1;
    } else {
      premises.add(title);
      complete = false;
    }
    pending = e;
    root = e.end();
    stack.clear();
    stack.push(new Parent(m.group(1).length(), root, step));
    inParagraph = true;
  }

  private void relation(String t, Matcher m, int lineNumber) {
    finishPending();
    int indent = m.group(1).length();
    int column = indent + 1;
    String marker = m.group(2);
    // as Argdown's lexer: deeper entries close; an entry at the same indentation is a sibling; an
    // indentation between two levels, reached by closing deeper ones, counts as the level above it
    boolean closed = false;
    while (stack.size() > 1 && stack.peek().indent() > indent) {
      stack.pop();
      closed = true;
    }
    if (stack.size() > 1 && (stack.peek().indent() == indent || closed)) {
      stack.pop();
    }
    Parent parent = stack.peek();
    if (parent == null) {
      throw new MapFormatException("a relation marker (" + marker + ") with no statement or argument above it",
          lineNumber, column);
    }
    String content = t.substring(m.end());
    if (content.isBlank()) {
      throw new MapFormatException("a relation marker (" + marker + ") with no statement or argument after it",
          lineNumber, column);
    }
    int contentColumn = m.end() + 1 + indent(content);
    Element child = element(content.strip(), lineNumber, contentColumn);
    End p = parent.end();
    End c = child.end();
    if (parent.inference() && !marker.equals("<_") && !marker.equals("_")) {
      throw new MapFormatException("only an undercut (<_) can stand under an inference bar, not " + marker
          + "; to attack or support a premise or the conclusion, indent the relation under that statement",
          lineNumber, column);
    }
    switch (marker) {
      case "+":
      case "<+":
        relate(c, p, RelationType.SUPPORT, -1, lineNumber, column);
        break;
      case "-":
      case "<-":
        relate(c, p, RelationType.ATTACK, -1, lineNumber, column);
        break;
      case "+>":
        relate(p, c, RelationType.SUPPORT, -1, lineNumber, column);
        break;
      case "->":
        relate(p, c, RelationType.ATTACK, -1, lineNumber, column);
        break;
      case "<_":
      case "_":
        if (parent.step() >= 0) {
          relate(c, new End(true, pcs.title), RelationType.UNDERCUT, parent.step(), lineNumber, column);
        } else {
          relate(c, p, RelationType.UNDERCUT, -1, lineNumber, column);
        }
        break;
      case "_>":
        relate(p, c, RelationType.UNDERCUT, -1, lineNumber, column);
        break;
      default:
        relate(p, c, RelationType.CONTRADICTION, -1, lineNumber, column);
    }
    stack.push(new Parent(indent, c, -1));
    pending = child;
  }

  private void relate(End from, End to, RelationType type, int step, int line, int column) {
    model.relations.add(new ArgdownModel.Relation(from, to, type, step, line, column));
  }

  /** Reads the start of an element: a statement or argument definition or reference, or plain text. */
  private Element element(String s, int line, int column) {
    String content = s.strip();
    while (!content.isEmpty() && content.charAt(0) == COMMENT) {
      content = content.substring(1).strip();
    }
    Matcher m;
    if (!LINK.matcher(content).lookingAt()) {
      if ((m = STATEMENT_DEFINITION.matcher(content)).lookingAt()) {
        return withRest(new Element(model.statement(m.group(1).strip(), line, column), null, line, column, false),
            content.substring(m.end()));
      }
      if ((m = STATEMENT_REFERENCE.matcher(content)).lookingAt()) {
        return withRest(new Element(model.statement(m.group(1).strip(), line, column), null, line, column, false)
            .reference(), content.substring(m.end()));
      }
    }
    if ((m = ARGUMENT_DEFINITION.matcher(content)).lookingAt()) {
      return withRest(new Element(null, model.argument(m.group(1).strip(), line, column), line, column, false),
          content.substring(m.end()));
    }
    if ((m = ARGUMENT_REFERENCE.matcher(content)).lookingAt()) {
      return withRest(new Element(null, model.argument(m.group(1).strip(), line, column), line, column, false)
          .reference(), content.substring(m.end()));
    }
    return withRest(new Element(model.newUntitledStatement(line, column), null, line, column, false), content);
  }

  private static Element withRest(Element e, String rest) {
    e.raw.append(rest.strip());
    return e;
  }

  private void finishPending() {
    Element e = pending;
    pending = null;
    if (e == null || e.ignored) {
      return;
    }
    Inline.Parsed p = Inline.read(e.raw.toString(), model.removeTagsFromText, (offset, problem) ->
        warnings.accept(new ImportWarning(e.line, 0, "a data block is not read: " + problem)));
    boolean canonical = e.definition && truthy(p.data.get("isCanonical"));
    if (e.statement != null) {
      if (keeps(e, p.text, e.statement.text, e.statement.canonical, canonical)) {
        e.statement.text = p.text;
        e.statement.canonical |= canonical;
      }
      for (String tag : p.tags) {
        if (!e.statement.tags.contains(tag)) {
          e.statement.tags.add(tag);
        }
      }
      e.statement.data.putAll(p.data);
    } else {
      if (keeps(e, p.text, e.argument.description, e.argument.canonical, canonical)) {
        e.argument.description = p.text;
        e.argument.canonical |= canonical;
      }
      for (String tag : p.tags) {
        if (!e.argument.tags.contains(tag)) {
          e.argument.tags.add(tag);
        }
      }
      e.argument.data.putAll(p.data);
    }
  }

  /**
   * Whether an element's text replaces the text its statement or argument has so far. As Argdown's
   * canonical member: the last definition marked {@code {isCanonical: true}}, else the last definition.
   * A reference has no text in Argdown; one with text after it only fills a text still missing.
   */
  private static boolean keeps(Element e, String text, String current, boolean currentCanonical,
      boolean canonical) {
    if (text.isEmpty()) {
      return false;
    }
    if (!e.definition) {
      return current == null || current.isEmpty();
    }
    return canonical || !currentCanonical;
  }

  /** Truth as JavaScript sees it, for data such as {@code isCanonical}. */
  private static boolean truthy(Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return false;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
    }
    return !(value instanceof String str) || !str.isEmpty();
  }

  private void include(String directive, String path, int line, int column) {
    if (includes == null) {
      warnings.accept(new ImportWarning(line, column, directive
          + " is skipped: the text was not read from a file, so there is no folder to find it in"));
      return;
    }
    Included included = includes.open(path, line, column);
    if (included == null) {
      return;
    }
    Consumer<ImportWarning> named = w -> warnings.accept(new ImportWarning(w.line(), w.column(),
        included.name() + ": " + w.message()));
    try {
      new ArgdownParser(model, named, included.includes(), false).run(included.text());
    } catch (MapFormatException e) {
      throw e.source().isPresent() ? e : e.inSource(included.name());
    } finally {
      included.includes().done();
    }
  }
}
