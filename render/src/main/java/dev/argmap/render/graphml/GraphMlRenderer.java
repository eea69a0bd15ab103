package dev.argmap.render.graphml;

import static java.util.Objects.requireNonNull;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.io.Loss.Kind;
import dev.argmap.io.LossReport;
import dev.argmap.render.Scores;
import dev.argmap.render.internal.Omissions;
import dev.argmap.render.internal.Text;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link ArgumentMap} as <a href="http://graphml.graphdrawing.org/">GraphML</a>: one
 * directed graph with a node for every statement, argument, evidence item and source.
 *
 * <p>Nodes are named {@code statement:ID}, {@code argument:ID}, {@code evidence:ID} and {@code
 * source:ID}; their data key {@code kind} is {@code thesis}, {@code statement}, {@code argument},
 * {@code evidence} or {@code source}. Edges run the way reasons flow:
 *
 * <ul>
 *   <li>{@code premise}: from a premise to its argument (the edge's {@code position} orders linked
 *       co-premises, from 0);
 *   <li>{@code conclusion}: from an argument to its conclusion, a statement or (for an undercutter)
 *       an argument, with the argument's {@code polarity};
 *   <li>{@code evidence}: from an evidence item to its statement, with its {@code polarity} ({@code
 *       supports} or {@code attacks}) and {@code weight};
 *   <li>{@code found-in}: from an evidence item to its source; {@code cites}: to the work it cites.
 * </ul>
 *
 * <p>Data keys, declared with their types: {@code kind}, {@code text} (a statement's claim, an
 * evidence item's quote, a source's description), {@code title}, {@code polarity}, {@code weight},
 * {@code score} (with {@link Builder#scores(Scores) scores}), {@code scheme}, {@code label}, {@code
 * speaker}, {@code locator}, {@code sourceKind}, {@code authors}, {@code publisher}, {@code date},
 * {@code links}, {@code credibility}, {@code notes}, {@code position}; and, on the graph, {@code
 * mapTitle}, {@code mapDescription} and {@code semantics}. Texts are kept as they are in the map,
 * line breaks included; characters XML 1.0 cannot hold become U+FFFD. Numbers are written with
 * {@link Double#toString(double)}, so they read back exactly. Output is deterministic, UTF-8 by its
 * declaration (write it with a UTF-8 writer).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("map.graphml"), StandardCharsets.UTF_8)) {
 *   GraphMlRenderer.create().render(map, out);
 * }
 * }</pre>
 */
public final class GraphMlRenderer implements MapRenderer {
  /** The GraphML namespace. */
  public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  /** The keys: id, domain, type. */
  private static final String[][] KEYS = {
    {"mapTitle", "graph", "string"},
    {"mapDescription", "graph", "string"},
    {"semantics", "graph", "string"},
    {"kind", "all", "string"},
    {"text", "node", "string"},
    {"title", "node", "string"},
    {"polarity", "all", "string"},
    {"weight", "all", "double"},
    {"score", "node", "double"},
    {"scheme", "node", "string"},
    {"label", "node", "string"},
    {"speaker", "node", "string"},
    {"locator", "node", "string"},
    {"sourceKind", "node", "string"},
    {"authors", "node", "string"},
    {"publisher", "node", "string"},
    {"date", "node", "string"},
    {"links", "node", "string"},
    {"credibility", "node", "double"},
    {"notes", "node", "string"},
    {"position", "edge", "int"},
  };

  private final Scores scores;

  private GraphMlRenderer(Builder b) {
    this.scores = b.scores;
  }

  /**
   * Returns a renderer without scores.
   *
   * @return the renderer
   */
  public static GraphMlRenderer create() {
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
   * <p>GraphML leaves out statements' tags and other formats' extensions.
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    requireNonNull(map, "map");
    return Omissions.count(map, EnumSet.of(Kind.STATEMENT_TAGS, Kind.EXTENSIONS));
  }

  @Override
  public void render(ArgumentMap map, Appendable out) throws IOException {
    requireNonNull(map, "map");
    requireNonNull(out, "out");
    new Run(map, out).document();
  }

  /** One rendering of one map. */
  private final class Run {
    private final ArgumentMap map;
    private final Appendable out;
    private int edges;

    Run(ArgumentMap map, Appendable out) {
      this.map = map;
      this.out = out;
    }

    void document() throws IOException {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.append("<graphml xmlns=\"").append(NAMESPACE).append("\"\n");
      out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
      out.append("    xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(NAMESPACE)
          .append("/1.0/graphml.xsd\">\n");
      for (String[] k : KEYS) {
        out.append("  <key id=\"").append(k[0]).append("\" for=\"").append(k[1])
            .append("\" attr.name=\"").append(k[0]).append("\" attr.type=\"").append(k[2])
            .append("\"/>\n");
      }
      out.append("  <graph id=\"argmap\" edgedefault=\"directed\">\n");
      String indent = "    ";
      if (map.title().isPresent()) {
        data(indent, "mapTitle", map.title().get());
      }
      if (map.description().isPresent()) {
        data(indent, "mapDescription", map.description().get());
      }
      if (scores.semantics().isPresent() && scores.coversAny(map)) {
        data(indent, "semantics", scores.semantics().get());
      }
      for (Statement s : map.statements()) {
        statement(s);
      }
      for (Argument a : map.arguments()) {
        argument(a);
      }
      for (Evidence e : map.evidence()) {
        evidence(e);
      }
      for (Source s : map.sources()) {
        source(s);
      }
      out.append("  </graph>\n</graphml>\n");
    }

    private void statement(Statement s) throws IOException {
      open("statement:" + s.id().value());
      data("kind", map.isThesis(s.id()) ? "thesis" : "statement");
      data("text", s.text());
      if (s.title().isPresent()) {
        data("title", s.title().get());
      }
      if (scores.statement(s.id()).isPresent()) {
        data("score", Double.toString(scores.statement(s.id()).getAsDouble()));
      }
      if (s.notes().isPresent()) {
        data("notes", s.notes().get());
      }
      close();
    }

    private void argument(Argument a) throws IOException {
      String id = "argument:" + a.id().value();
      open(id);
      data("kind", "argument");
      data("polarity", Text.polarity(a.polarity()));
      data("weight", Double.toString(a.weight()));
      if (scores.argument(a.id()).isPresent()) {
        data("score", Double.toString(scores.argument(a.id()).getAsDouble()));
      }
      if (a.label().isPresent()) {
        data("label", a.label().get());
      }
      if (a.scheme().isPresent()) {
        data("scheme", a.scheme().get());
      }
      if (a.notes().isPresent()) {
        data("notes", a.notes().get());
      }
      close();
      int position = 0;
      for (StatementId p : a.premises()) {
        edge("statement:" + p.value(), id, "premise", null, null, position++);
      }
      edge(id, node(a.conclusion()), "conclusion", Text.polarity(a.polarity()), null, -1);
    }

    private void evidence(Evidence e) throws IOException {
      String id = "evidence:" + e.id().value();
      open(id);
      data("kind", "evidence");
      data("text", e.quote());
      data("polarity", Text.polarity(e.polarity()));
      data("weight", Double.toString(e.weight()));
      if (e.speaker().isPresent()) {
        data("speaker", Text.person(e.speaker().get()));
      }
      if (e.locator().isPresent()) {
        data("locator", Text.locator(e.locator().get()));
      }
      if (e.notes().isPresent()) {
        data("notes", e.notes().get());
      }
      close();
      String polarity = Text.polarity(e.polarity());
      edge(id, "statement:" + e.statement().value(), "evidence", polarity, Double.toString(e.weight()), -1);
      edge(id, "source:" + e.source().value(), "found-in", null, null, -1);
      if (e.citedWork().isPresent()) {
        edge(id, "source:" + e.citedWork().get().value(), "cites", null, null, -1);
      }
    }

    private void source(Source s) throws IOException {
      open("source:" + s.id().value());
      data("kind", "source");
      data("text", Text.source(s));
      data("sourceKind", Text.kind(s));
      if (s.title().isPresent()) {
        data("title", s.title().get());
      }
      if (!s.hasUnknownAuthors()) {
        data("authors", Text.people(s.authors()));
      }
      if (s.publisher().isPresent()) {
        data("publisher", s.publisher().get());
      }
      if (s.date().isPresent()) {
        data("date", s.date().get().toString());
      }
      List<String> links = new ArrayList<>();
      for (URI link : s.links()) {
        links.add(link.toString());
      }
      for (SourceCopy c : s.copies()) {
        c.link().ifPresent(l -> links.add(l.toString()));
      }
      if (!links.isEmpty()) {
        data("links", String.join(" ", links));
      }
      data("credibility", Double.toString(s.credibility()));
      if (s.notes().isPresent()) {
        data("notes", s.notes().get());
      }
      close();
    }

    private String node(ConclusionId id) {
      return (id instanceof ArgumentId ? "argument:" : "statement:") + id.value();
    }

    private void open(String id) throws IOException {
      out.append("    <node id=\"").append(escape(id)).append("\">\n");
    }

    private void close() throws IOException {
      out.append("    </node>\n");
    }

    private void data(String key, String value) throws IOException {
      data("      ", key, value);
    }

    private void data(String indent, String key, String value) throws IOException {
      out.append(indent).append("<data key=\"").append(key).append("\">").append(escape(value))
          .append("</data>\n");
    }

    private void edge(String source, String target, String kind, String polarity, String weight,
        int position) throws IOException {
      out.append("    <edge id=\"e").append(Integer.toString(edges++)).append("\" source=\"")
          .append(escape(source)).append("\" target=\"").append(escape(target)).append("\">");
      out.append("<data key=\"kind\">").append(kind).append("</data>");
      if (polarity != null) {
        out.append("<data key=\"polarity\">").append(polarity).append("</data>");
      }
      if (weight != null) {
        out.append("<data key=\"weight\">").append(weight).append("</data>");
      }
      if (position >= 0) {
        out.append("<data key=\"position\">").append(Integer.toString(position)).append("</data>");
      }
      out.append("</edge>\n");
    }
  }

  /**
   * Returns text for XML character data or a double-quoted attribute: {@code & < > "} as entities,
   * carriage returns and tabs as character references (so they survive attribute normalisation and
   * end-of-line handling), and characters XML 1.0 cannot hold (other control characters, unpaired
   * surrogates, U+FFFE, U+FFFF) as U+FFFD.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        case '\n' -> b.append('\n');
        default -> {
          if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
            b.append('\uFFFD');
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else if (Text.isInvisible(c)) {
            b.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "GraphMlRenderer{scores=" + scores + "}";
  }

  /** Configures a {@link GraphMlRenderer}. */
  public static final class Builder {
    private Scores scores = Scores.none();

    private Builder() {}

    /**
     * Sets the scores to write as the {@code score} of statements and arguments; none by default.
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
    public GraphMlRenderer build() {
      return new GraphMlRenderer(this);
    }
  }
}
