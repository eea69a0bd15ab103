package dev.argmap.render.dot;

import static java.util.Objects.requireNonNull;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.io.Loss.Kind;
import dev.argmap.io.LossReport;
import dev.argmap.render.Scores;
import dev.argmap.render.internal.Omissions;
import dev.argmap.render.internal.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Renders an {@link ArgumentMap} as a <a href="https://graphviz.org/doc/info/lang.html">Graphviz
 * DOT</a> digraph, to lay out with {@code dot -Tsvg map.dot > map.svg}.
 *
 * <ul>
 *   <li>Each statement is a rounded box with its identifier, title and text (wrapped); theses are
 *       blue and bold.
 *   <li>Each argument is a small ellipse named by its label or, without one, by its premises (never by
 *       its identifier, which is the map's business), with a {@code +} when it
 *       supports and a {@code −} when it attacks. Its premises point into it with plain lines, so
 *       linked co-premises visibly meet in one argument, and it points at its conclusion: a green
 *       arrow for support, a red arrow with a bar for attack. An undercutter points at the argument
 *       whose inference it attacks.
 *   <li>With {@link Builder#showEvidence(boolean) showEvidence}, each evidence item is a note with
 *       its quote (shortened) and source, joined to its statement by a dashed line.
 *   <li>With {@link Builder#scores(Scores) scores}, each scored statement and argument shows its
 *       score.
 * </ul>
 *
 * <p>The graph runs right to left ({@code rankdir=RL}): theses at the left, their reasons to the right,
 * so a map with many reasons per thesis stays about as high as it is wide. Node
 * names are {@code "s:ID"}, {@code "a:ID"} and {@code "e:ID"}. Every string is quoted and escaped,
 * so any text of the map shows literally; full texts are also given as tooltips (shown in SVG).
 * Output is deterministic, in the map's order.
 *
 * <pre>{@code
 * DotRenderer.builder().showEvidence(true).build().render(map, writer);
 * }</pre>
 */
public final class DotRenderer implements MapRenderer {
  private static final int WIDTH = 36;
  private static final int SHORT_WIDTH = 22;
  private static final int QUOTE_LENGTH = 140;
  private static final String SUPPORT = "#2e7d32";
  private static final String ATTACK = "#c62828";

  private final boolean showEvidence;
  private final boolean titlesOnly;
  private final Scores scores;

  private DotRenderer(Builder b) {
    this.showEvidence = b.showEvidence;
    this.titlesOnly = b.titlesOnly;
    this.scores = b.scores;
  }

  /**
   * Returns a renderer with the default options: no evidence, no scores.
   *
   * @return the renderer
   */
  public static DotRenderer create() {
    return builder().build();
  }

  /**
   * Returns a new builder with the default options.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>DOT leaves out tags, notes, the map's description and other formats' extensions; without {@link
   * Builder#showEvidence(boolean) showEvidence} the evidence and every source, with it the sources that no
   * evidence item is found in (a drawn source shows by its name only).
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    requireNonNull(map, "map");
    EnumSet<Kind> leftOut = EnumSet.of(Kind.SOURCES, Kind.STATEMENT_TAGS, Kind.STATEMENT_NOTES, Kind.ARGUMENT_NOTES,
        Kind.SOURCE_NOTES, Kind.MAP_DESCRIPTION, Kind.EXTENSIONS);
    leftOut.add(showEvidence ? Kind.EVIDENCE_NOTES : Kind.EVIDENCE);
    return Omissions.count(map, leftOut);
  }

  @Override
  public void render(ArgumentMap map, Appendable out) throws IOException {
    requireNonNull(map, "map");
    requireNonNull(out, "out");
    out.append("digraph argmap {\n");
    // right to left: a thesis at the left, its reasons to its right, theirs further right. A map's
    // theses have many reasons each; drawn bottom to top, they stand side by side in one long row (the
    // prebuilt map came out 8.6 times as wide as high), while right to left they stack in columns and
    // the picture keeps about the shape of a screen.
    out.append("  graph [rankdir=RL, ").append(titlesOnly ? "nodesep=0.1, ranksep=0.3" : "nodesep=0.2, ranksep=0.4")
        .append(", fontname=\"Helvetica\"");
    if (map.title().isPresent()) {
      out.append(", label=").append(quote(Text.flatten(map.title().get())))
          .append(", labelloc=t, fontsize=18");
    }
    out.append("];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10").append(titlesOnly ? ", margin=\"0.05,0.02\"" : "")
        .append("];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");

    if (!map.statements().isEmpty()) {
      out.append("\n  // statements\n");
    }
    for (Statement s : map.statements()) {
      boolean thesis = map.isThesis(s.id());
      List<String> lines = new ArrayList<>();
      if (titlesOnly && s.title().isPresent()) {
        lines.addAll(Text.wrap(s.title().get(), SHORT_WIDTH));
      } else {
        lines.add(s.title().map(t -> s.id().value() + ": " + Text.flatten(t)).orElse(s.id().value()));
        lines.addAll(Text.wrap(s.text(), WIDTH));
      }
      OptionalDouble score = scores.statement(s.id());
      score.ifPresent(v -> lines.add("score " + Text.score(v)));
      out.append("  ").append(statementNode(s.id())).append(" [shape=box, style=\"")
          .append(thesis ? "rounded,filled,bold\", fillcolor=\"#dbe9ff\", penwidth=2"
              : "rounded,filled\", fillcolor=\"#ffffff\"")
          .append(", label=").append(label(lines))
          .append(", tooltip=").append(quote(Text.flatten(s.text())))
          .append("];\n");
    }

    if (!map.arguments().isEmpty()) {
      out.append("\n  // arguments: premises flow into the argument, the argument into its conclusion\n");
    }
    for (Argument a : map.arguments()) {
      boolean supports = a.polarity() == Polarity.SUPPORTS;
      List<String> lines = new ArrayList<>();
      // a name made of premises is long: wrapped over a few lines rather than cut after one
      int width = titlesOnly ? SHORT_WIDTH : WIDTH;
      lines.addAll(Text.wrap(Text.shorten(Text.readerName(a, map), 3 * width), width));
      List<String> details = new ArrayList<>();
      if (a.isLinked()) {
        details.add("linked");
      }
      if (a.weight() != 1.0) {
        details.add("weight " + Text.number(a.weight()));
      }
      scores.argument(a.id()).ifPresent(v -> details.add("score " + Text.score(v)));
      if (!details.isEmpty()) {
        lines.add(String.join(", ", details));
      }
      // the sign goes before the name, never alone on a line of its own
      lines.set(0, (supports ? "+ " : "\u2212 ") + lines.get(0));
      String color = supports ? SUPPORT : ATTACK;
      out.append("  ").append(argumentNode(a.id())).append(" [shape=ellipse, style=filled, fillcolor=\"")
          .append(supports ? "#e8f5e9" : "#ffebee").append("\", color=\"").append(color)
          .append("\", fontsize=9, label=").append(label(lines))
          .append(", tooltip=").append(quote(tooltip(a)))
          .append("];\n");
      for (StatementId p : a.premises()) {
        out.append("  ").append(statementNode(p)).append(" -> ").append(argumentNode(a.id()))
            .append(" [arrowhead=none, color=\"#757575\"];\n");
      }
      out.append("  ").append(argumentNode(a.id())).append(" -> ").append(node(a.conclusion()))
          .append(" [color=\"").append(color).append("\", penwidth=1.6")
          .append(supports ? ", arrowhead=normal" : ", arrowhead=tee")
          .append(a.targetsArgument() ? ", style=dashed, label=" + quote(supports ? "backs" : "undercuts") : "")
          .append("];\n");
    }

    if (showEvidence && !map.evidence().isEmpty()) {
      out.append("\n  // evidence\n");
      for (Evidence e : map.evidence()) {
        Source source = map.source(e.source()).orElseThrow();
        List<String> lines = new ArrayList<>(Text.wrap(
            "\u201c" + Text.shorten(e.quote(), QUOTE_LENGTH) + "\u201d", WIDTH + 4));
        lines.addAll(Text.wrap("\u2014 " + e.speaker().map(p -> Text.person(p) + ", quoted in ").orElse("")
            + Text.sourceName(source), WIDTH + 4));
        lines.add("weight " + Text.number(e.weight()) + ", " + Text.evidencePolarity(e));
        boolean supports = e.polarity() == Polarity.SUPPORTS;
        out.append("  ").append(name("e:" + e.id().value()))
            .append(" [shape=note, style=filled, fillcolor=\"#fffde7\", fontsize=8, label=")
            .append(label(lines)).append(", tooltip=").append(quote(Text.flatten(e.quote())))
            .append("];\n");
        out.append("  ").append(name("e:" + e.id().value())).append(" -> ")
            .append(statementNode(e.statement())).append(" [style=dashed, color=\"")
            .append(supports ? SUPPORT : ATTACK).append("\", arrowhead=")
            .append(supports ? "normal" : "tee").append("];\n");
      }
    }
    out.append("}\n");
  }

  private static String tooltip(Argument a) {
    StringBuilder t = new StringBuilder("Argument ").append(a.id().value())
        .append(a.polarity() == Polarity.SUPPORTS ? " supports " : " attacks ")
        .append(a.conclusion().value());
    a.scheme().ifPresent(s -> t.append(" (").append(Text.flatten(s)).append(')'));
    return t.toString();
  }

  private static String node(ConclusionId id) {
    return id instanceof StatementId s ? statementNode(s) : argumentNode((ArgumentId) id);
  }

  private static String statementNode(StatementId id) {
    return name("s:" + id.value());
  }

  private static String argumentNode(ArgumentId id) {
    return name("a:" + id.value());
  }

  /** Returns lines as one quoted, escaped DOT label, each line centred. */
  private static String label(List<String> lines) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        b.append("\\n");
      }
      escapeText(lines.get(i), b);
    }
    return b.append('"').toString();
  }

  /**
   * Returns text as a DOT double-quoted string for a label or tooltip: backslashes and quotes escaped,
   * control characters and line breaks as spaces, so no escape sequence of DOT's own ({@code \n},
   * {@code \N}, {@code \l}) can arise from the text; {@code &} as {@code &amp;}, since Graphviz reads
   * HTML entities in labels and tooltips ({@code &lt;} would otherwise show as {@code <}); invisible
   * format characters (bidirectional overrides, zero-width characters) as numeric entities.
   *
   * @param text any text
   * @return the quoted string
   */
  static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    escapeText(Text.flatten(text), b);
    return b.append('"').toString();
  }

  /** Returns a node name as a DOT double-quoted string: backslashes and quotes escaped. */
  private static String name(String name) {
    StringBuilder b = new StringBuilder(name.length() + 2).append('"');
    String flat = Text.flatten(name);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  private static void escapeText(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '"' || c == '\\') {
        b.append('\\').append((char) c);
      } else if (c == '&') {
        b.append("&amp;");
      } else if (Text.isInvisible(c)) {
        b.append("&#").append(c).append(';');
      } else {
        b.appendCodePoint(c);
      }
    }
  }

  @Override
  public String toString() {
    return "DotRenderer{showEvidence=" + showEvidence + ", titlesOnly=" + titlesOnly + ", scores=" + scores + "}";
  }

  /** Configures a {@link DotRenderer}. */
  public static final class Builder {
    private boolean showEvidence;
    private boolean titlesOnly;
    private Scores scores = Scores.none();

    private Builder() {}

    /**
     * Sets whether each evidence item is drawn as a note beside its statement; it is not by default.
     *
     * @param showEvidence whether to draw evidence
     * @return this builder
     */
    public Builder showEvidence(boolean showEvidence) {
      this.showEvidence = showEvidence;
      return this;
    }

    /**
     * Sets whether a statement that has a title shows only its title (its identifier and full text
     * are then left out of the label, and the full text is the tooltip), and an argument its label over several short lines; by
     * default every statement shows its identifier, title and full text. For a large map, this draws
     * a picture that can be read on one screen.
     *
     * @param titlesOnly whether statements show only their titles
     * @return this builder
     */
    public Builder titlesOnly(boolean titlesOnly) {
      this.titlesOnly = titlesOnly;
      return this;
    }

    /**
     * Sets the scores to show in the nodes; none by default.
     *
     * @param scores the scores
     * @return this builder
     */
    public Builder scores(Scores scores) {
      this.scores = requireNonNull(scores, "scores");
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer, immutable
     */
    public DotRenderer build() {
      return new DotRenderer(this);
    }
  }
}
