package dev.argmap.render.markdown;

import static dev.argmap.render.markdown.MarkdownText.code;
import static dev.argmap.render.markdown.MarkdownText.inline;
import static dev.argmap.render.markdown.MarkdownText.italic;
import static dev.argmap.render.markdown.MarkdownText.number;
import static java.util.Objects.requireNonNull;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.io.Loss.Kind;
import dev.argmap.io.LossReport;
import dev.argmap.render.internal.Omissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders an {@link ArgumentMap} as a Markdown outline that a person can read from top to bottom.
 *
 * <p>The outline holds, in this order:
 *
 * <ol>
 *   <li>the map's title (or "Argument map") and description;
 *   <li>for each thesis, a section with the thesis, its own evidence, and a "For" and an "Against"
 *       section. Each argument lists its premises, linked co-premises together ("{@code p1} ...
 *       and {@code p2} ..."); each premise lists its evidence and, recursively, the arguments for and
 *       against it; the undercutters of an argument (and the arguments that back its inference) are
 *       listed under the argument they bear on;
 *   <li>statements connected to no thesis, if there are any;
 *   <li>the sources, each with its copies.
 * </ol>
 *
 * <p>Each evidence item shows its quote in quotation marks, its weight and polarity, its source
 * (title or "untitled", authors or "author unknown", publisher, date), the speaker when the source
 * quotes someone else ("Vladimir Putin, quoted in The Moscow Times"), the cited original work and
 * where in which copy the quote stands.
 *
 * <p>A statement is written out once. Where it comes up again (a premise of two arguments, a circle
 * of support, a thesis that is also a premise) the outline refers to it by identifier, so rendering
 * always terminates. The output is deterministic: it depends only on the map and the options, uses
 * {@code \n} line breaks and has no trailing white space. All of the map's text is escaped, so it
 * shows literally.
 *
 * <pre>{@code
 * String markdown = MarkdownOutline.render(map);
 *
 * MarkdownOutline brief = MarkdownOutline.builder().maxDepth(2).showEvidence(false).build();
 * brief.render(map, System.out);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MarkdownOutline implements MapRenderer {
  /** The {@link #maxDepth()} that shows every level of arguments. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private static final MarkdownOutline DEFAULT = builder().build();

  private final int maxDepth;
  private final boolean showEvidence;
  private final boolean showSources;

  private MarkdownOutline(Builder b) {
    this.maxDepth = b.maxDepth;
    this.showEvidence = b.showEvidence;
    this.showSources = b.showSources;
  }

  /**
   * Renders a map with the default options: every level of arguments, with evidence and sources.
   *
   * @param map the map
   * @return the outline, in Markdown
   */
  public static String render(ArgumentMap map) {
    return DEFAULT.toMarkdown(map);
  }

  /**
   * Returns a new builder, with the default options.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders a map with this outline's options.
   *
   * @param map the map
   * @return the outline, in Markdown
   */
  public String toMarkdown(ArgumentMap map) {
    StringBuilder out = new StringBuilder(4096);
    try {
      render(map, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /**
   * Renders a map with this outline's options, appending the Markdown to {@code out}.
   *
   * @param map the map
   * @param out where to write the outline, for example a {@link java.io.Writer} or a {@link
   *     StringBuilder}
   * @throws IOException if {@code out} fails
   */
  /**
   * {@inheritDoc}
   *
   * <p>The outline leaves out tags, notes and other formats' extensions.
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    requireNonNull(map, "map");
    return Omissions.count(map, EnumSet.of(Kind.STATEMENT_TAGS, Kind.STATEMENT_NOTES, Kind.ARGUMENT_NOTES,
        Kind.EVIDENCE_NOTES, Kind.SOURCE_NOTES, Kind.EXTENSIONS));
  }

  @Override
  public void render(ArgumentMap map, Appendable out) throws IOException {
    new Run(requireNonNull(map, "map"), requireNonNull(out, "out")).document();
  }

  /**
   * Returns how many levels of arguments are shown below a thesis: 1 shows the arguments on the
   * thesis and their premises, 2 also the arguments on those premises, and so on; 0 shows the
   * theses alone.
   *
   * @return the depth limit, or {@link #UNLIMITED}
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns whether evidence items are shown under their statements.
   *
   * @return whether evidence is shown
   */
  public boolean showEvidence() {
    return showEvidence;
  }

  /**
   * Returns whether the outline ends with the list of sources.
   *
   * @return whether sources are listed
   */
  public boolean showSources() {
    return showSources;
  }

  /** Returns the options, for example {@code MarkdownOutline{maxDepth=2, showEvidence=true, ...}}. */
  @Override
  public String toString() {
    return "MarkdownOutline{maxDepth="
        + (maxDepth == UNLIMITED ? "unlimited" : Integer.toString(maxDepth))
        + ", showEvidence="
        + showEvidence
        + ", showSources="
        + showSources
        + "}";
  }

  /** Configures a {@link MarkdownOutline}. */
  public static final class Builder {
    private int maxDepth = UNLIMITED;
    private boolean showEvidence = true;
    private boolean showSources = true;

    private Builder() {}

    /**
     * Limits how many levels of arguments are shown below each thesis; see {@link
     * MarkdownOutline#maxDepth()}. Arguments beyond the limit are counted, not shown. Unlimited by
     * default.
     *
     * @param maxDepth the number of levels, at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDepth} is negative
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 0) {
        throw new IllegalArgumentException("maxDepth must be at least 0 but was " + maxDepth);
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Shows every level of arguments; the default.
     *
     * @return this builder
     */
    public Builder unlimitedDepth() {
      this.maxDepth = UNLIMITED;
      return this;
    }

    /**
     * Sets whether evidence items are shown under their statements; they are by default.
     *
     * @param showEvidence whether to show evidence
     * @return this builder
     */
    public Builder showEvidence(boolean showEvidence) {
      this.showEvidence = showEvidence;
      return this;
    }

    /**
     * Sets whether the outline ends with the list of sources and their copies; it does by default.
     *
     * @param showSources whether to list the sources
     * @return this builder
     */
    public Builder showSources(boolean showSources) {
      this.showSources = showSources;
      return this;
    }

    /**
     * Builds the outline renderer.
     *
     * @return the renderer, immutable
     */
    public MarkdownOutline build() {
      return new MarkdownOutline(this);
    }
  }

  /** A step of the depth-first walk; an explicit stack keeps deep maps off the call stack. */
  private interface Step {
    void run() throws IOException;
  }

  /** One rendering of one map. */
  private final class Run {
    private final ArgumentMap map;
    private final Appendable out;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Set<StatementId> shown = new HashSet<>();
    private final Set<ArgumentId> shownArguments = new HashSet<>();
    private final Set<StatementId> thesesDone = new HashSet<>();
    private boolean started;
    private boolean pendingBlank;

    Run(ArgumentMap map, Appendable out) {
      this.map = map;
      this.out = out;
    }

    void document() throws IOException {
      heading(1, map.title().map(MarkdownText::inline).orElse("Argument map"));
      if (map.description().isPresent()) {
        paragraph(MarkdownText.paragraph(map.description().get()));
      }
      for (Statement thesis : map.theses()) {
        thesis(thesis);
      }
      unconnected();
      if (showSources) {
        sources();
      }
    }

    private void thesis(Statement thesis) throws IOException {
      StatementId id = thesis.id();
      shown.add(id);
      heading(2, "Thesis " + code(id.value()) + ": " + statementText(thesis));
      blank();
      evidence(id, 0);
      for (Polarity polarity : Polarity.values()) {
        heading(3, polarity == Polarity.SUPPORTS ? "For" : "Against");
        List<Argument> arguments =
            polarity == Polarity.SUPPORTS ? map.argumentsFor(id) : map.argumentsAgainst(id);
        if (arguments.isEmpty()) {
          paragraph(polarity == Polarity.SUPPORTS ? "No argument for it." : "No argument against it.");
        } else if (maxDepth < 1) {
          paragraph(omitted(arguments.size(), "argument") + ".");
        } else {
          blank();
          List<Step> children = new ArrayList<>();
          for (Argument a : arguments) {
            children.add(() -> argument(a, "Argument", 0, 1));
          }
          walk(children);
        }
      }
      thesesDone.add(id);
    }

    /** Lists the statements that no thesis depends on, each with what depends on it. */
    private void unconnected() throws IOException {
      Set<ConclusionId> reachable = new HashSet<>();
      for (StatementId t : map.thesisIds()) {
        reachable.add(t);
        reachable.addAll(map.upstreamOf(t));
      }
      boolean any = false;
      for (Statement s : map.statements()) {
        if (reachable.contains(s.id()) || shown.contains(s.id())) {
          continue;
        }
        if (!any) {
          heading(2, "Not connected to a thesis");
          blank();
          any = true;
        }
        walk(List.of(() -> statement(s.id(), "", 0, 0)));
      }
    }

    private void sources() throws IOException {
      heading(2, "Sources");
      if (map.sources().isEmpty()) {
        paragraph("No sources.");
        return;
      }
      blank();
      for (Source s : map.sources()) {
        line(0, "- " + code(s.id().value()) + " (" + kind(s) + "): " + describe(s)
            + "; credibility " + number(s.credibility()));
        for (var link : s.links()) {
          line(2, "- Link: <" + link + ">");
        }
        for (SourceCopy c : s.copies()) {
          line(2, "- Copy " + code(c.id().value()) + describe(c));
        }
      }
    }

    /** Runs the steps and, depth first, every step they schedule. */
    private void walk(List<Step> children) throws IOException {
      schedule(children);
      while (!steps.isEmpty()) {
        steps.pop().run();
      }
    }

    private void schedule(List<Step> children) {
      for (int i = children.size() - 1; i >= 0; i--) {
        steps.push(children.get(i));
      }
    }

    /** Writes an argument at {@code level} (1 for the arguments on a thesis) and schedules the rest. */
    private void argument(Argument a, String role, int indent, int level) throws IOException {
      StringBuilder header = new StringBuilder("- ").append(role).append(' ').append(code(a.id().value()));
      a.label().ifPresent(l -> header.append(" \u2014 ").append(inline(l)));
      List<String> details = new ArrayList<>();
      a.scheme().ifPresent(s -> details.add(inline(s)));
      if (a.weight() != 1.0) {
        details.add("weight " + number(a.weight()));
      }
      if (!details.isEmpty()) {
        header.append(" (").append(String.join("; ", details)).append(')');
      }
      line(indent, header.toString());
      if (!shownArguments.add(a.id())) {
        line(indent + 2, "- (shown above)");
        return;
      }
      List<Step> children = new ArrayList<>();
      boolean first = true;
      for (StatementId p : a.premises()) {
        String prefix = first ? "" : "and ";
        children.add(() -> statement(p, prefix, indent + 2, level));
        first = false;
      }
      List<Argument> undercutters = map.argumentsAgainst(a.id());
      List<Argument> backers = map.argumentsFor(a.id());
      if (level + 1 > maxDepth) {
        int count = undercutters.size() + backers.size();
        if (count > 0) {
          children.add(() -> line(indent + 2, "- " + omitted(count, "argument on this inference")));
        }
      } else {
        for (Argument u : undercutters) {
          children.add(() -> argument(u, "Undercut by argument", indent + 2, level + 1));
        }
        for (Argument b : backers) {
          children.add(() -> argument(b, "Inference backed by argument", indent + 2, level + 1));
        }
      }
      schedule(children);
    }

    /**
     * Writes a premise (or an unconnected statement) whose arguments are at {@code level + 1}, and
     * schedules them.
     */
    private void statement(StatementId id, String prefix, int indent, int level) throws IOException {
      Statement s = map.statement(id).orElseThrow();
      String name = "- " + prefix + code(id.value());
      if (map.isThesis(id)) {
        String where = thesesDone.contains(id) || shown.contains(id) ? "above" : "below";
        line(indent, name + " " + titleOnly(s) + "(a thesis: see its own section " + where + ")");
        return;
      }
      if (!shown.add(id)) {
        line(indent, name + " " + titleOnly(s) + "(shown above)");
        return;
      }
      line(indent, name + " " + statementText(s));
      evidence(id, indent + 2);
      List<Argument> pro = map.argumentsFor(id);
      List<Argument> con = map.argumentsAgainst(id);
      if (pro.isEmpty() && con.isEmpty()) {
        return;
      }
      if (level + 1 > maxDepth) {
        line(indent + 2, "- " + omitted(pro.size() + con.size(), "argument for or against it"));
        return;
      }
      List<Step> children = new ArrayList<>();
      if (!pro.isEmpty()) {
        children.add(() -> line(indent + 2, "- For:"));
        for (Argument a : pro) {
          children.add(() -> argument(a, "Argument", indent + 4, level + 1));
        }
      }
      if (!con.isEmpty()) {
        children.add(() -> line(indent + 2, "- Against:"));
        for (Argument a : con) {
          children.add(() -> argument(a, "Argument", indent + 4, level + 1));
        }
      }
      schedule(children);
    }

    private void evidence(StatementId id, int indent) throws IOException {
      if (!showEvidence) {
        return;
      }
      boolean any = false;
      for (Evidence e : map.evidenceOf(id)) {
        any = true;
        line(indent, "- Evidence " + code(e.id().value()) + " (weight " + number(e.weight()) + ", "
            + (e.polarity() == Polarity.SUPPORTS ? "supports" : "undermines") + "): \""
            + inline(e.quote()) + "\"");
        Source source = map.source(e.source()).orElseThrow();
        line(indent + 2, "- Source " + code(source.id().value()) + ": " + describe(source));
        if (e.speaker().isPresent()) {
          line(indent + 2, "- Speaker: " + person(e.speaker().get()) + ", quoted in "
              + shortName(source));
        }
        if (e.citedWork().isPresent()) {
          Source cited = map.source(e.citedWork().get()).orElseThrow();
          line(indent + 2, "- Cited work " + code(cited.id().value()) + ": " + describe(cited)
              + e.citedAt().map(at -> ", at " + inline(at)).orElse(""));
        }
        if (e.locator().isPresent()) {
          line(indent + 2, "- Found in: " + locator(e.locator().get()));
        }
      }
      if (any && indent == 0) {
        blank();
      }
    }

    private String statementText(Statement s) {
      String text = inline(s.text());
      return s.title().map(t -> MarkdownText.bold(t) + ": " + text).orElse(text);
    }

    private String titleOnly(Statement s) {
      return s.title().map(t -> MarkdownText.bold(t) + " ").orElse("");
    }

    private String omitted(int count, String what) {
      return count + " " + what.replaceFirst("^argument", count == 1 ? "argument" : "arguments")
          + " not shown (depth limit " + maxDepth + ")";
    }

    // ---------------------------------------------------------------- sources and attribution

    /** Returns title or "untitled", authors or "author unknown", publisher and date. */
    private String describe(Source s) {
      List<String> parts = new ArrayList<>();
      parts.add(s.title().map(MarkdownText::italic).orElse("untitled"));
      parts.add(s.hasUnknownAuthors() ? "author unknown" : "by " + people(s.authors()));
      s.publisher().ifPresent(p -> parts.add(inline(p)));
      s.date().ifPresent(d -> parts.add(d.toText()));
      return String.join(", ", parts);
    }

    private String describe(SourceCopy c) {
      List<String> parts = new ArrayList<>();
      c.description().ifPresent(d -> parts.add(inline(d)));
      c.publisher().ifPresent(p -> parts.add("published by " + inline(p)));
      c.date().ifPresent(d -> parts.add(d.toText()));
      c.link().ifPresent(l -> parts.add("<" + l + ">"));
      c.document().ifPresent(d -> parts.add("document " + code(d)));
      return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    /** Returns how a source is named after "quoted in": its publisher, else its title. */
    private String shortName(Source s) {
      if (s.publisher().isPresent()) {
        return inline(s.publisher().get());
      }
      return s.title().map(MarkdownText::italic).orElse("source " + code(s.id().value()));
    }

    private String people(List<Person> people) {
      List<String> names = new ArrayList<>();
      for (Person p : people) {
        names.add(person(p));
      }
      if (names.size() == 1) {
        return names.get(0);
      }
      return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String person(Person p) {
      return inline(p.name()) + p.role().map(r -> " (" + inline(r) + ")").orElse("");
    }

    private String locator(Locator l) {
      List<String> parts = new ArrayList<>();
      parts.add("copy " + code(l.copy().value()));
      l.section().ifPresent(x -> parts.add("section \u201c" + inline(x) + "\u201d"));
      l.page().ifPresent(p -> parts.add("page " + inline(p)));
      if (l.paragraph().isPresent()) {
        parts.add("paragraph " + l.paragraph().getAsInt());
      }
      if (l.start().isPresent() && l.end().isPresent()) {
        parts.add("characters " + l.start().getAsInt() + " to " + l.end().getAsInt());
      }
      return String.join(", ", parts);
    }

    private String kind(Source s) {
      return s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    // ---------------------------------------------------------------- lines

    private void heading(int level, String text) throws IOException {
      blank();
      line(0, "#".repeat(level) + " " + text);
      blank();
    }

    private void paragraph(String text) throws IOException {
      blank();
      line(0, text);
      blank();
    }

    /**
     * Ends the current block: the next line comes after one empty line. Several calls in a row
     * still give one empty line, and the document neither starts nor ends with one.
     */
    private void blank() {
      pendingBlank = started;
    }

    private void line(int indent, String text) throws IOException {
      if (pendingBlank) {
        out.append('\n');
        pendingBlank = false;
      }
      out.append(" ".repeat(indent)).append(text.stripTrailing()).append('\n');
      started = true;
    }
  }
}
