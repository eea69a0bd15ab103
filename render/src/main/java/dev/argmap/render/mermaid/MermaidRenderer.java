package dev.argmap.render.mermaid;

import static java.util.Objects.requireNonNull;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.io.Loss.Kind;
import dev.argmap.io.LossReport;
import dev.argmap.render.Scores;
import dev.argmap.render.internal.Json;
import dev.argmap.render.internal.Omissions;
import dev.argmap.render.internal.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link ArgumentMap} as a <a href="https://mermaid.js.org/syntax/flowchart.html">Mermaid
 * flowchart</a>, drawn right to left: theses at the left, their reasons to the right. The front matter
 * holds the map's title and tighter spacing than Mermaid's default ({@code config: flowchart:
 * nodeSpacing, rankSpacing}), which versions of Mermaid before 10.5 ignore.
 *
 * <ul>
 *   <li>Statements are rectangles with their identifier (and title) and text; theses have the class
 *       {@code thesis}, other statements {@code statement}.
 *   <li>Arguments are stadiums ({@code (["..."])}) of class {@code pro} or {@code con}, named by their
 *       label or, without one, by their premises (never by their identifier); their premises
 *       join them with plain links ({@code ---}), so linked co-premises meet in one argument, and the
 *       argument links to its conclusion with {@code -->|supports|} or {@code -->|attacks|}, or, for an
 *       argument on another argument, {@code -.->|undercuts|} or {@code -.->|backs|}. Support links
 *       are green, attack links red ({@code linkStyle}).
 *   <li>With {@link Builder#showEvidence(boolean) showEvidence}, evidence items are flags with the
 *       quote (shortened) and its source, linked to their statement by a dotted arrow.
 *   <li>With {@link Builder#scores(Scores) scores}, scored statements and arguments show the score.
 * </ul>
 *
 * <p>Node names are {@code S0, S1, ...} for statements, {@code A0, ...} for arguments and {@code E0,
 * ...} for evidence, in the map's order, so no identifier of the map can clash with Mermaid's
 * keywords. Every label is quoted; the characters Mermaid would read as markup, as the end of the
 * label or as the start of a comment or directive ({@code " # & < > ` %}) are written as Mermaid's
 * entity codes ({@code #34;} and so on), so the text shows literally and no text of a map can
 * reconfigure the diagram. The title, when the map has one, is in the front matter. Output is
 * deterministic.
 *
 * <pre>{@code
 * String mermaid = MermaidRenderer.create().renderToString(map);
 * }</pre>
 */
public final class MermaidRenderer implements MapRenderer {
  private static final int QUOTE_LENGTH = 120;
  private static final int NAME_WIDTH = 40;
  private static final int SHORT_NAME_LENGTH = 60;
  private static final String SUPPORT = "#2e7d32";
  private static final String ATTACK = "#c62828";

  private final boolean showEvidence;
  private final boolean titlesOnly;
  private final boolean elkLayout;
  private final Scores scores;

  private MermaidRenderer(Builder b) {
    this.showEvidence = b.showEvidence;
    this.titlesOnly = b.titlesOnly;
    this.elkLayout = b.elkLayout;
    this.scores = b.scores;
  }

  /**
   * Returns a renderer with the default options: no evidence, no scores.
   *
   * @return the renderer
   */
  public static MermaidRenderer create() {
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
   * <p>Mermaid leaves out argument schemes, tags, notes, the map's description and other formats'
   * extensions; without {@link Builder#showEvidence(boolean) showEvidence} the evidence and every source,
   * with it the sources that no evidence item is found in (a drawn source shows by its name only); with
   * {@link Builder#titlesOnly(boolean) titlesOnly} the texts of titled statements.
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    requireNonNull(map, "map");
    EnumSet<Kind> leftOut = EnumSet.of(Kind.SOURCES, Kind.ARGUMENT_SCHEMES, Kind.STATEMENT_TAGS,
        Kind.STATEMENT_NOTES, Kind.ARGUMENT_NOTES, Kind.SOURCE_NOTES, Kind.MAP_DESCRIPTION, Kind.EXTENSIONS);
    leftOut.add(showEvidence ? Kind.EVIDENCE_NOTES : Kind.EVIDENCE);
    if (titlesOnly) {
      leftOut.add(Kind.STATEMENT_TEXTS);
    }
    return Omissions.count(map, leftOut);
  }

  @Override
  public void render(ArgumentMap map, Appendable out) throws IOException {
    requireNonNull(map, "map");
    requireNonNull(out, "out");
    // right to left, with tight spacing: a thesis at the left, its reasons to its right. Drawn bottom
    // to top, a thesis with many reasons puts them side by side in one row, many screens wide.
    out.append("---\n");
    if (map.title().isPresent()) {
      out.append("title: ").append(title(map.title().get())).append('\n');
    }
    out.append("config:\n");
    if (elkLayout) {
      // straight rows of nodes and merged parallel edges: the reasons of a thesis spread over more
      // columns, so a large map is about as wide as high, not twice as high as wide
      out.append("  layout: elk\n  elk:\n    nodePlacementStrategy: LINEAR_SEGMENTS\n    mergeEdges: true\n");
    }
    out.append("  flowchart:\n    nodeSpacing: 14\n    rankSpacing: 36\n---\n");
    out.append("flowchart RL\n");
    Map<StatementId, String> statementNodes = new HashMap<>();
    Map<ArgumentId, String> argumentNodes = new HashMap<>();
    for (Statement s : map.statements()) {
      statementNodes.put(s.id(), "S" + statementNodes.size());
    }
    for (Argument a : map.arguments()) {
      argumentNodes.put(a.id(), "A" + argumentNodes.size());
    }

    List<String> thesisNodes = new ArrayList<>();
    List<String> otherNodes = new ArrayList<>();
    for (Statement s : map.statements()) {
      String node = statementNodes.get(s.id());
      (map.isThesis(s.id()) ? thesisNodes : otherNodes).add(node);
      StringBuilder label = new StringBuilder();
      if (titlesOnly && s.title().isPresent()) {
        label.append(escape(s.title().get()));
      } else {
        label.append(escape(s.id().value()));
        s.title().ifPresent(t -> label.append(": ").append(escape(Text.flatten(t))));
        label.append("<br/>").append(escape(Text.flatten(s.text())));
      }
      scores.statement(s.id()).ifPresent(v -> label.append("<br/>score ").append(Text.score(v)));
      out.append("  ").append(node).append("[\"").append(label).append("\"]\n");
    }

    List<String> pro = new ArrayList<>();
    List<String> con = new ArrayList<>();
    List<Integer> supportLinks = new ArrayList<>();
    List<Integer> attackLinks = new ArrayList<>();
    int links = 0;
    for (Argument a : map.arguments()) {
      String node = argumentNodes.get(a.id());
      boolean supports = a.polarity() == Polarity.SUPPORTS;
      (supports ? pro : con).add(node);
      // a name made of premises is long: wrapped over a few lines rather than cut after one; with titles
      // only, one line, so that the picture keeps about the shape of a screen
      List<String> nameLines = new ArrayList<>();
      String name = Text.readerName(a, map);
      for (String line : titlesOnly ? List.of(Text.shorten(name, SHORT_NAME_LENGTH))
          : Text.wrap(Text.shorten(name, 3 * NAME_WIDTH), NAME_WIDTH)) {
        nameLines.add(escape(line));
      }
      StringBuilder label = new StringBuilder(supports ? "+ " : "\u2212 ").append(String.join("<br/>", nameLines));
      List<String> details = new ArrayList<>();
      if (a.isLinked()) {
        details.add("linked");
      }
      if (a.weight() != 1.0) {
        details.add("weight " + Text.number(a.weight()));
      }
      scores.argument(a.id()).ifPresent(v -> details.add("score " + Text.score(v)));
      if (!details.isEmpty()) {
        label.append("<br/>").append(String.join(", ", details));
      }
      out.append("  ").append(node).append("([\"").append(label).append("\"])\n");
      for (StatementId p : a.premises()) {
        out.append("  ").append(statementNodes.get(p)).append(" --- ").append(node).append('\n');
        links++;
      }
      String target = a.conclusion() instanceof StatementId s
          ? statementNodes.get(s) : argumentNodes.get((ArgumentId) a.conclusion());
      String verb = a.targetsArgument()
          ? (supports ? "backs" : "undercuts") : Text.polarity(a.polarity());
      out.append("  ").append(node).append(a.targetsArgument() ? " -.->|" : " -->|").append(verb)
          .append("| ").append(target).append('\n');
      (supports ? supportLinks : attackLinks).add(links++);
    }

    List<String> evidenceNodes = new ArrayList<>();
    if (showEvidence) {
      int i = 0;
      for (Evidence e : map.evidence()) {
        String node = "E" + i++;
        evidenceNodes.add(node);
        Source source = map.source(e.source()).orElseThrow();
        StringBuilder label = new StringBuilder("\u201c")
            .append(escape(Text.shorten(e.quote(), QUOTE_LENGTH))).append("\u201d<br/>");
        e.speaker().ifPresent(p -> label.append("\u2014 ").append(escape(Text.person(p))).append(", in "));
        label.append(escape(Text.sourceName(source)));
        label.append("<br/>weight ").append(Text.number(e.weight())).append(", ")
            .append(Text.evidencePolarity(e));
        out.append("  ").append(node).append(">\"").append(label).append("\"]\n");
        out.append("  ").append(node).append(" -.-> ").append(statementNodes.get(e.statement())).append('\n');
        (e.polarity() == Polarity.SUPPORTS ? supportLinks : attackLinks).add(links++);
      }
    }

    out.append("  classDef thesis fill:#dbe9ff,stroke:#1a56db,stroke-width:3px,color:#0b2545\n");
    out.append("  classDef statement fill:#ffffff,stroke:#616161,color:#212121\n");
    out.append("  classDef pro fill:#e8f5e9,stroke:" + SUPPORT + ",color:#1b5e20\n");
    out.append("  classDef con fill:#ffebee,stroke:" + ATTACK + ",color:#b71c1c\n");
    out.append("  classDef evidence fill:#fffde7,stroke:#f9a825,color:#5d4037,font-size:11px\n");
    classes(out, "thesis", thesisNodes);
    classes(out, "statement", otherNodes);
    classes(out, "pro", pro);
    classes(out, "con", con);
    classes(out, "evidence", evidenceNodes);
    linkStyle(out, supportLinks, SUPPORT);
    linkStyle(out, attackLinks, ATTACK);
  }

  private static void classes(Appendable out, String name, List<String> nodes) throws IOException {
    if (!nodes.isEmpty()) {
      out.append("  class ").append(String.join(",", nodes)).append(' ').append(name).append('\n');
    }
  }

  private static void linkStyle(Appendable out, List<Integer> links, String color) throws IOException {
    if (links.isEmpty()) {
      return;
    }
    List<String> numbers = new ArrayList<>();
    for (int i : links) {
      numbers.add(Integer.toString(i));
    }
    out.append("  linkStyle ").append(String.join(",", numbers)).append(" stroke:").append(color)
        .append(",stroke-width:2px\n");
  }

  /**
   * Returns text for a quoted Mermaid label: on one line, with {@code "}, {@code #}, {@code &},
   * {@code <}, {@code >}, the backtick and {@code %} as Mermaid entity codes ({@code #34;},
   * {@code #35;}, {@code #38;}, {@code #60;}, {@code #62;}, {@code #96;}, {@code #37;}), which Mermaid
   * turns back into the characters when it draws the label. {@code %} is among them because Mermaid
   * reads {@code %%} anywhere in a diagram as the start of a comment or of a directive
   * ({@code %%{init: ...}%%}) before it parses the diagram, so a label must never hold two in a row.
   * Invisible format characters (bidirectional overrides and isolates, zero-width characters) are
   * written as entity codes too, so they cannot reorder the diagram's source as a reader sees it.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(String text) {
    String flat = Text.flatten(text);
    StringBuilder b = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); ) {
      int c = flat.codePointAt(i);
      i += Character.charCount(c);
      if (c == '"' || c == '#' || c == '&' || c == '<' || c == '>' || c == '`' || c == '%'
          || Text.isInvisible(c)) {
        b.append('#').append(c).append(';');
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns the map's title as a double-quoted string for the front matter, with {@code %} and the
   * invisible format characters as backslash-u escapes ({@code \\u0025}), which YAML reads back.
   */
  private static String title(String title) {
    String json = Json.string(Text.flatten(title));
    StringBuilder b = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '%' || Text.isInvisible(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "MermaidRenderer{showEvidence=" + showEvidence + ", titlesOnly=" + titlesOnly + ", elkLayout="
        + elkLayout + ", scores=" + scores + "}";
  }

  /** Configures a {@link MermaidRenderer}. */
  public static final class Builder {
    private boolean showEvidence;
    private boolean titlesOnly;
    private boolean elkLayout;
    private Scores scores = Scores.none();

    private Builder() {}

    /**
     * Sets whether each evidence item is drawn beside its statement; it is not by default.
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
     * are then left out of the label), and an argument its label over several short lines; by
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
     * Sets whether Mermaid lays the map out with ELK, its layered layout ({@code layout: elk} in the
     * front matter, with {@code elk: nodePlacementStrategy: LINEAR_SEGMENTS} and {@code mergeEdges}),
     * rather than with its default layout (dagre); it does not by default. Mermaid 11 draws the
     * prebuilt map's titles about as wide as high with ELK (1.1 : 1), twice as high as wide without it.
     * A Mermaid that has not loaded the ELK layout ({@code @mermaid-js/layout-elk}; {@code mmdc} bundles
     * it) warns and falls back to its default layout.
     *
     * @param elkLayout whether to ask for the ELK layout
     * @return this builder
     */
    public Builder elkLayout(boolean elkLayout) {
      this.elkLayout = elkLayout;
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
    public MermaidRenderer build() {
      return new MermaidRenderer(this);
    }
  }
}
