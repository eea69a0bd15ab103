package dev.argmap.cli;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.MapProblem;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.render.markdown.MarkdownOutline;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code argmap demo}: shows what argmap does on a map that ships with it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows a map that ships with argmap: its theses and size, its outline (a few levels of"
          + " arguments deep), one piece of evidence with its attribution, the main thesis's DF-QuAD score"
          + " with its strongest reasons on each side, and its lint warnings.",
      "This is also what argmap does when run without arguments."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  argmap demo", "  argmap demo --depth 3 --evidence"})
final class DemoCommand extends BaseCommand {
  /** How many levels of arguments the demo's outline shows unless told otherwise. */
  static final int DEFAULT_DEPTH = 1;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_DEPTH,
      description = "Show N levels of arguments below each thesis (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--evidence", description = "Show the evidence under each statement of the outline.")
  boolean evidence;

  @Override
  public Integer call() {
    if (depth < 0) {
      return fail(ExitCodes.UNREADABLE, "--depth must be at least 0 but was " + depth, null);
    }
    return demo(out(), depth, evidence);
  }

  /** Returns the map the demo shows: the prebuilt Russia-China alliance map of argmap-maps. */
  static ArgumentMap demoMap() {
    return PrebuiltMaps.russiaChinaAlliance();
  }

  /** Prints the demo. */
  static int demo(PrintWriter out, int depth, boolean evidence) {
    ArgumentMap map = demoMap();
    out.println("argmap demo: " + map.title().orElse("an argument map"));
    out.println();

    out.println(map.theses().size() == 1 ? "Thesis:" : "Theses (the first is the main one):");
    for (Statement thesis : map.theses()) {
      out.println("  " + thesis.id() + ": " + thesis.text());
    }
    out.println("Size: " + Counts.of(map));
    Statement main = map.theses().get(0);
    out.println("On " + main.id() + ": "
        + Counts.plural(map.argumentsFor(main.id()).size(), "argument") + " for, "
        + map.argumentsAgainst(main.id()).size() + " against; "
        + Counts.plural(map.upstreamOf(main.id()).size(), "statement or argument",
            "statements and arguments")
        + " feed into it, from " + Counts.plural(map.sourcesBehind(main.id()).size(), "source") + ".");
    out.println();

    out.println("----- Outline: " + Counts.plural(depth, "level") + " of arguments"
        + (evidence ? ", with evidence" : ", without evidence")
        + " (argmap demo --depth N --evidence shows more; argmap show FILE shows a whole map) -----");
    out.println();
    try {
      MarkdownOutline.builder()
          .maxDepth(depth)
          .showEvidence(evidence)
          .showSources(false)
          .build()
          .render(map, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();

    showcase(map).ifPresent(e -> {
      out.println("----- One piece of evidence, with its attribution -----");
      out.println();
      printEvidence(map, e, out);
      out.println();
    });

    score(map, out);

    List<MapProblem> warnings = map.lint();
    Map<String, Integer> byRule = new TreeMap<>();
    for (MapProblem w : warnings) {
      byRule.merge(w.rule().code(), 1, Integer::sum);
    }
    out.println("----- Lint: " + Counts.plural(warnings.size(), "warning")
        + (byRule.isEmpty() ? "" : " " + byRule.toString().replace('{', '(').replace('}', ')'))
        + " -----");
    for (MapProblem w : warnings) {
      out.println("warning: " + w);
    }
    out.println();
    out.println("Next: argmap validate FILE, argmap show FILE, argmap render FILE -o map.html,"
        + " argmap score FILE, argmap explain FILE STATEMENT_ID, argmap --help");
    out.flush();
    return ExitCodes.OK;
  }

  /** How many reasons on each side the demo shows. */
  static final int TOP_REASONS = 3;

  /** Prints the main thesis's DF-QuAD score with its strongest reasons on each side. */
  private static void score(ArgumentMap map, PrintWriter out) {
    Statement main = map.theses().get(0);
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Explanation why = scorer.explain(map, main.id());
    out.println("----- Score of " + main.id() + " under DF-QuAD, with the " + TOP_REASONS
        + " strongest reasons on each side -----");
    out.println();
    out.println(String.format(Locale.ROOT, "Score %.4f: base %.4f%s, changed by %s by the arguments on it.",
        why.score(), why.base(), Describe.baseNote(map, main.id(), why.semantics()),
        Describe.signed(why.totalChange())));
    out.println("Each reason's share of that change (its Shapley value; the shares of all "
        + map.argumentsOn(main.id()).size() + " reasons add up to " + Describe.signed(why.totalChange()) + "):");
    reasons(map, out, "For", why.reasonsFor(TOP_REASONS), map.argumentsFor(main.id()).size());
    reasons(map, out, "Against", why.reasonsAgainst(TOP_REASONS), map.argumentsAgainst(main.id()).size());
    out.println("More: argmap score FILE scores every thesis (--semantics picks one of 8 semantics);"
        + " argmap explain FILE " + main.id() + " shows every contribution, the chains from the premises,"
        + " the evidence and the sources. This map's file, the one to edit:"
        + " maps/src/main/resources/dev/argmap/maps/russia-china-alliance.argmap.json.");
    out.println("This is the map's second edition: both sides of the main thesis now meet rebuttals and"
        + " undercutters, dependence on China and the partnership's gains count both ways, material the first"
        + " edition missed is in, and every weight was re-checked against its rule after a full re-reading"
        + " (docs/maps/README.md, \"Second edition\" and \"Third reading\", list every change); argmap lint"
        + " --balance FILE shows each side's case and replies.");
    out.println();
  }

  private static void reasons(ArgumentMap map, PrintWriter out, String side,
      List<Explanation.Reason> shown, int all) {
    out.println(side + " (" + shown.size() + " of " + all + "):");
    for (Explanation.Reason c : shown) {
      out.println("  " + Describe.share(c.share()) + "  " + c.argument() + ": "
          + Describe.argument(map, map.argument(c.argument()).orElseThrow()));
    }
  }

  /**
   * Picks the evidence that shows the most of attribution: a speaker quoted in a named publication
   * that takes the claim from a cited work; the first such item in the map's order.
   */
  private static java.util.Optional<Evidence> showcase(ArgumentMap map) {
    Evidence best = null;
    int bestScore = -1;
    for (Evidence e : map.evidence()) {
      Source source = map.source(e.source()).orElseThrow();
      int score = (e.speaker().isPresent() ? 4 : 0)
          + (e.citedWork().isPresent() ? 2 : 0)
          + (source.publisher().isPresent() ? 1 : 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static void printEvidence(ArgumentMap map, Evidence e, PrintWriter out) {
    Statement statement = map.statement(e.statement()).orElseThrow();
    Source source = map.source(e.source()).orElseThrow();
    out.println("Evidence " + e.id() + " for " + statement.id() + ": " + statement.text());
    out.println("  Quote: \"" + e.quote() + "\"");
    out.println("  Weight " + BigDecimal.valueOf(e.weight()).stripTrailingZeros().toPlainString()
        + ", " + (e.polarity() == Polarity.SUPPORTS ? "supports" : "undermines") + " the statement");
    e.speaker().ifPresent(p -> out.println("  Speaker: " + person(p) + ", quoted in "
        + source.publisher().or(source::title).orElse("source " + source.id())));
    out.println("  Source " + source.id() + ": " + describe(source));
    e.citedWork().flatMap(map::source)
        .ifPresent(w -> out.println("  Cited work " + w.id() + ": " + describe(w)
            + e.citedAt().map(at -> ", at " + at).orElse("")));
    e.locator().ifPresent(l -> out.println("  Found in copy " + l.copy()
        + l.section().map(x -> ", section \u201c" + x + "\u201d").orElse("")
        + l.page().map(p -> ", page " + p).orElse("")
        + (l.paragraph().isPresent() ? ", paragraph " + l.paragraph().getAsInt() : "")
        + (l.start().isPresent() && l.end().isPresent()
            ? ", characters " + l.start().getAsInt() + " to " + l.end().getAsInt() : "")));
  }

  private static String describe(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title().map(t -> "\"" + t + "\"").orElse("untitled"));
    if (s.hasUnknownAuthors()) {
      parts.add("author unknown");
    } else {
      List<String> names = new ArrayList<>();
      s.authors().forEach(p -> names.add(person(p)));
      parts.add("by " + String.join(", ", names));
    }
    s.publisher().ifPresent(parts::add);
    s.date().ifPresent(d -> parts.add(d.toText()));
    return String.join(", ", parts);
  }

  private static String person(Person p) {
    return p.name() + p.role().map(r -> " (" + r + ")").orElse("");
  }
}
