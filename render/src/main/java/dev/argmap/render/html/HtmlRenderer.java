package dev.argmap.render.html;

import static java.util.Objects.requireNonNull;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.io.Loss.Kind;
import dev.argmap.io.LossReport;
import dev.argmap.render.Scores;
import dev.argmap.render.internal.Json;
import dev.argmap.render.internal.Omissions;
import dev.argmap.render.internal.Text;
import dev.argmap.semantics.contribution.Contribution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders an {@link ArgumentMap} as one self-contained HTML page that shows the map as a tree to
 * explore. The page is one file: its style sheet and script are inline and it loads nothing from the
 * network (its Content-Security-Policy forbids it), so it can be mailed, archived or opened from a
 * disk.
 *
 * <p>The page shows each thesis with the arguments for and against it in collapsible sections;
 * under each argument its premises, linked co-premises grouped in one frame, then the arguments
 * undercutting it (and those backing its inference); under each statement its evidence: the quote,
 * its weight and polarity, the source it was found in (title, authors, publisher, date, kind,
 * credibility), the speaker when the source quotes someone ("Vladimir Putin, quoted in The Moscow
 * Times"), the cited work and where in which copy the quote stands. A statement that comes up again
 * is linked to where it is shown first. Statements connected to no thesis and the list of sources
 * follow. With {@link Builder#scores(Scores) scores}, every scored statement and argument shows its
 * score as a number and a bar. When the scores carry explanations ({@link
 * Scores#from(dev.argmap.scoring.MapScores, Iterable)}), each argument on an explained statement
 * also shows its <em>share of the change</em> (its Shapley value; a sampled one as an estimate with
 * its standard error), the arguments for and against the statement are listed largest share first,
 * and a line under their sections says that the shares
 * add up to the statement's change from its base score. An argument without a label is named by its
 * premises, never by its identifier. A search box marks every match and opens the sections around it
 * (Enter goes to the next, and searches for what was typed first if the search has not run yet);
 * buttons expand and collapse everything. Following a link is a step in the browser's history: the
 * address gets the target's fragment, and Back returns to the link.
 *
 * <p>The map travels as JSON in a {@code <script type="application/json">} element, with {@code <},
 * {@code >} and {@code &} written as {@code \}{@code u003c}-style escapes so no text of the map can
 * end the element; the script builds the page from it with DOM text nodes only, so no text of the
 * map is ever read as HTML. Output is deterministic.
 *
 * <pre>{@code
 * MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
 * Scores scores = Scores.from(scorer.score(map),
 *     map.thesisIds().stream().map(t -> scorer.explain(map, t)).toList());
 * try (Writer out = Files.newBufferedWriter(Path.of("map.html"), StandardCharsets.UTF_8)) {
 *   HtmlRenderer.builder().scores(scores).build().render(map, out);
 * }
 * }</pre>
 */
public final class HtmlRenderer implements MapRenderer {
  /** The id of the script element that holds the map as JSON. */
  public static final String DATA_ELEMENT_ID = "argmap-data";

  private static final String CSS = resource("page.css");
  private static final String SCRIPT = resource("page.js");

  private final Scores scores;
  private final int openLevels;

  private HtmlRenderer(Builder b) {
    this.scores = b.scores;
    this.openLevels = b.openLevels;
  }

  /**
   * Returns a renderer without scores.
   *
   * @return the renderer
   */
  public static HtmlRenderer create() {
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
   * <p>The page leaves out other formats' extensions only.
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    requireNonNull(map, "map");
    return Omissions.count(map, EnumSet.of(Kind.EXTENSIONS));
  }

  @Override
  public void render(ArgumentMap map, Appendable out) throws IOException {
    requireNonNull(map, "map");
    requireNonNull(out, "out");
    String title = map.title().map(Text::flatten).orElse("Argument map");
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    out.append("<meta name=\"generator\" content=\"argmap\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");
    out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<noscript><p class=\"noscript\">This page draws the argument map with JavaScript,"
        + " which is turned off. The map itself is in the element <code>#" + DATA_ELEMENT_ID
        + "</code> of the page's source, as JSON.</p></noscript>\n");
    out.append("<div id=\"app\"></div>\n");
    out.append("<script type=\"application/json\" id=\"" + DATA_ELEMENT_ID + "\">");
    data(map, out);
    out.append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  /** Writes the map, the scores and the options as one JSON object. */
  private void data(ArgumentMap map, Appendable out) throws IOException {
    JsonObject root = new JsonObject(out);
    root.field("format", "argmap-html/1");
    root.field("title", map.title());
    root.field("description", map.description());
    root.field("semantics", scores.coversAny(map) ? scores.semantics() : Optional.empty());
    if (map.arguments().stream().anyMatch(a -> scores.share(a.id()).isPresent())) {
      root.field("shares", true);
    }
    root.raw("openLevels", Integer.toString(openLevels));
    List<String> theses = new ArrayList<>();
    for (StatementId id : map.thesisIds()) {
      theses.add(Json.string(id.value()));
    }
    root.raw("theses", "[" + String.join(",", theses) + "]");

    root.array("statements");
    boolean first = true;
    for (Statement s : map.statements()) {
      JsonObject o = root.element(first);
      first = false;
      o.field("id", s.id().value());
      o.field("text", s.text());
      o.field("title", s.title());
      if (!s.tags().isEmpty()) {
        List<String> tags = new ArrayList<>();
        s.tags().forEach(t -> tags.add(Json.string(t)));
        o.raw("tags", "[" + String.join(",", tags) + "]");
      }
      o.field("notes", s.notes());
      o.score("score", scores.statement(s.id()));
      OptionalDouble change = scores.change(s.id());
      if (change.isPresent()) {
        o.raw("change", Json.number(change.getAsDouble()));
        o.field("changeLabel", signed(change.getAsDouble()));
        OptionalDouble score = scores.statement(s.id());
        if (score.isPresent()) {
          o.field("baseLabel", String.format(Locale.ROOT, "%.3f",
              score.getAsDouble() - change.getAsDouble()));
        }
      }
      o.end();
    }
    root.endArray();

    root.array("arguments");
    first = true;
    for (Argument a : map.arguments()) {
      JsonObject o = root.element(first);
      first = false;
      o.field("id", a.id().value());
      List<String> premises = new ArrayList<>();
      a.premises().forEach(p -> premises.add(Json.string(p.value())));
      o.raw("premises", "[" + String.join(",", premises) + "]");
      o.field("conclusion", a.conclusion().value());
      o.field("onArgument", a.conclusion() instanceof ArgumentId);
      o.field("polarity", Text.polarity(a.polarity()));
      o.raw("weight", Json.number(a.weight()));
      o.field("label", a.label());
      o.field("name", Text.readerName(a, map));
      o.field("scheme", a.scheme());
      o.field("notes", a.notes());
      o.score("score", scores.argument(a.id()));
      Optional<Contribution> share = scores.share(a.id());
      if (share.isPresent()) {
        Contribution c = share.get();
        o.raw("share", Json.number(c.value()));
        o.field("shareLabel", signed(c.value()));
        if (c.method() == Contribution.Method.SAMPLED) {
          // an estimate never shows without its uncertainty
          o.field("shareErrorLabel", String.format(Locale.ROOT, "%.3f", c.standardError()));
          o.raw("shareSamples", Long.toString(c.samples()));
        }
      }
      o.end();
    }
    root.endArray();

    root.array("evidence");
    first = true;
    for (Evidence e : map.evidence()) {
      JsonObject o = root.element(first);
      first = false;
      o.field("id", e.id().value());
      o.field("statement", e.statement().value());
      o.field("quote", e.quote());
      o.raw("weight", Json.number(e.weight()));
      o.field("polarity", Text.evidencePolarity(e));
      o.field("source", e.source().value());
      o.field("speaker", e.speaker().map(Text::person));
      o.field("citedWork", e.citedWork().map(w -> w.value()));
      o.field("citedAt", e.citedAt().map(Text::flatten));
      o.field("locator", e.locator().map(Text::locator));
      o.field("notes", e.notes());
      o.end();
    }
    root.endArray();

    root.array("sources");
    first = true;
    for (Source s : map.sources()) {
      JsonObject o = root.element(first);
      first = false;
      o.field("id", s.id().value());
      o.field("kind", Text.kind(s));
      o.field("title", s.title().map(Text::flatten));
      List<String> authors = new ArrayList<>();
      for (Person p : s.authors()) {
        authors.add(Json.string(Text.person(p)));
      }
      o.raw("authors", "[" + String.join(",", authors) + "]");
      o.field("publisher", s.publisher().map(Text::flatten));
      o.field("date", s.date().map(PartialDate::toText));
      o.raw("credibility", Json.number(s.credibility()));
      List<String> links = new ArrayList<>();
      for (URI link : s.links()) {
        links.add(Json.string(link.toString()));
      }
      o.raw("links", "[" + String.join(",", links) + "]");
      List<String> copies = new ArrayList<>();
      for (SourceCopy c : s.copies()) {
        copies.add("{\"id\":" + Json.string(c.id().value()) + ",\"text\":" + Json.string(Text.copy(c))
            + c.link().map(l -> ",\"link\":" + Json.string(l.toString())).orElse("") + "}");
      }
      o.raw("copies", "[" + String.join(",", copies) + "]");
      o.field("notes", s.notes());
      o.end();
    }
    root.endArray();
    root.end();
  }

  /** A share or change with three decimals and its sign: a share is a small part of a score. */
  private static String signed(double v) {
    String t = String.format(Locale.ROOT, "%+.3f", v);
    // -0.0004 would print as "-0.000"; a share that rounds to nothing has no direction to show
    return t.equals("-0.000") ? "+0.000" : t;
  }

  /** Writes one JSON object, member by member; members with no value are left out. */
  private static final class JsonObject {
    private final Appendable out;
    private boolean any;

    JsonObject(Appendable out) throws IOException {
      this.out = out;
      out.append('{');
    }

    private void name(String name) throws IOException {
      out.append(any ? "," : "").append('"').append(name).append("\":");
      any = true;
    }

    void field(String name, String value) throws IOException {
      name(name);
      Json.string(value, out);
    }

    void field(String name, Optional<String> value) throws IOException {
      if (value.isPresent()) {
        field(name, value.get());
      }
    }

    void field(String name, boolean value) throws IOException {
      name(name);
      out.append(Boolean.toString(value));
    }

    void number(String name, OptionalDouble value) throws IOException {
      if (value.isPresent()) {
        raw(name, Json.number(value.getAsDouble()));
      }
    }

    /** Writes a score and, as {@code NAMELabel}, the two-decimal text every renderer shows for it. */
    void score(String name, OptionalDouble value) throws IOException {
      if (value.isPresent()) {
        raw(name, Json.number(value.getAsDouble()));
        field(name + "Label", Text.score(value.getAsDouble()));
      }
    }

    void raw(String name, String json) throws IOException {
      name(name);
      out.append(json);
    }

    void array(String name) throws IOException {
      name(name);
      out.append("[\n");
    }

    JsonObject element(boolean first) throws IOException {
      if (!first) {
        out.append(",\n");
      }
      return new JsonObject(out);
    }

    void endArray() throws IOException {
      out.append("\n]");
    }

    void end() throws IOException {
      out.append('}');
    }
  }

  /**
   * Returns text escaped for HTML character data and double-quoted attributes.
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
        case '\'' -> b.append("&#39;");
        default -> {
          if (Text.isInvisible(c)) {
            b.append("&#").append((int) c).append(';');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("argmap-render is missing its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "HtmlRenderer{scores=" + scores + ", openLevels=" + openLevels + "}";
  }

  /** Configures an {@link HtmlRenderer}. */
  public static final class Builder {
    private Scores scores = Scores.none();
    private int openLevels = 1;

    private Builder() {}

    /**
     * Sets the scores to show beside statements and arguments; none by default.
     *
     * @param scores the scores
     * @return this builder
     */
    public Builder scores(Scores scores) {
      this.scores = requireNonNull(scores, "scores");
      return this;
    }

    /**
     * Sets how many levels of arguments are open when the page loads: 0 shows the theses with their
     * for and against sections closed, 1 (the default) opens them, 2 also opens those of their
     * premises, and so on. Evidence starts closed.
     *
     * @param levels the number of levels, at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code levels} is negative
     */
    public Builder openLevels(int levels) {
      if (levels < 0) {
        throw new IllegalArgumentException("openLevels must be at least 0 but was " + levels);
      }
      this.openLevels = levels;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer, immutable
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
