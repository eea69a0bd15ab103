package dev.argmap.cli;

import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormats;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.render.MapRenderer;
import dev.argmap.render.RenderFormats;
import dev.argmap.render.Scores;
import dev.argmap.render.dot.DotRenderer;
import dev.argmap.render.graphml.GraphMlRenderer;
import dev.argmap.render.html.HtmlRenderer;
import dev.argmap.render.markdown.MarkdownOutline;
import dev.argmap.render.mermaid.MermaidRenderer;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap render FILE --to FORMAT}: draws a map as DOT, Mermaid, GraphML, HTML or Markdown. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Draws a map as Graphviz DOT, a Mermaid flowchart, GraphML, an HTML page or Markdown.",
      "Draws the map in FILE as a Graphviz DOT graph, a Mermaid flowchart, GraphML, a self-contained HTML"
          + " page to explore (search, expand and collapse; nothing loaded from the network) or a Markdown"
          + " outline.",
      "The format comes from --to, or else from the name of the output file: .dot or .gv, .mmd or"
          + " .mermaid, .graphml, .html or .htm, .md or .markdown.",
      "FILE is argmap JSON, or any format 'argmap convert' reads (guessed from its name, or --from).",
      "What the format, with these options, does not show of the map (evidence and sources in DOT and"
          + " Mermaid without --evidence, notes, tags; docs/rendering/ says what, for each) is listed on"
          + " standard error, counted by kind; --strict refuses such a render instead."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap render map.json -o map.html --scores df-quad",
      "  argmap render map.json --to dot | dot -Tsvg > map.svg",
      "  argmap render map.json --to mermaid --evidence > map.mmd",
      "  argmap render map.json --to dot --titles | dot -Tsvg > overview.svg",
      "  argmap render debate.argdown -o debate.graphml",
      "",
      "Exit status: 0 written, 1 invalid map, scores that could not be computed, or with --strict a map the"
          + " format does not show whole, 2 unreadable input or wrong usage."
    })
final class RenderCommand extends BaseCommand {
  /** The output formats: the drawings of the format registry, each with the options it takes. */
  enum Target {
    DOT(RenderFormats.DOT, "DOT"),
    MERMAID(RenderFormats.MERMAID, "Mermaid"),
    GRAPHML(RenderFormats.GRAPHML, "GraphML"),
    HTML(RenderFormats.HTML, "HTML"),
    MARKDOWN(RenderFormats.MARKDOWN, "Markdown");

    final MapFormat format;
    final String id;
    final String displayName;

    Target(MapFormat format, String displayName) {
      this.format = format;
      this.id = format.name();
      this.displayName = displayName;
    }

    private static Optional<Target> of(Optional<MapFormat> format) {
      return format.flatMap(f -> Arrays.stream(values()).filter(t -> t.format.equals(f)).findFirst());
    }

    /** Returns the drawing with a name or alias the registry knows ({@code md}, {@code gv}, {@code mmd}). */
    static Optional<Target> named(String name) {
      return of(MapFormats.installed().named(name));
    }

    /** Returns the drawing whose file ending the registry finds in the name. */
    static Optional<Target> guess(String file) {
      Path name = Path.of(file).getFileName();
      return name == null ? Optional.empty() : of(MapFormats.installed().guessWritable(name.toString()));
    }
  }


  @Parameters(paramLabel = "FILE", description = "The map; '-' reads standard input.")
  String file;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "dot, mermaid, graphml, html or markdown (default: from the name of OUT).")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write; '-' or none for standard output. An existing file is replaced.")
  String output;

  @Option(names = "--scores", paramLabel = "SEMANTICS", converter = Semantics.GradualConverter.class,
      completionCandidates = Semantics.GradualNames.class,
      description = "Score the map with this gradual semantics and show the scores (html, dot, mermaid,"
          + " graphml; html also shows each argument's share of its thesis's change):"
          + " ${COMPLETION-CANDIDATES}.")
  GradualSemantics scores;

  @Option(names = "--evidence", description = "Draw the evidence too (dot, mermaid); html, graphml and"
      + " markdown always carry it.")
  boolean evidence;

  @Option(names = "--titles", description = "A statement that has a title shows only its title (dot,"
      + " mermaid): a picture of a large map that can be read on one screen.")
  boolean titles;

  @Option(names = "--elk", description = "Ask Mermaid to lay the flowchart out with its ELK layout (mermaid):"
      + " with --titles, a large map about as wide as high instead of twice as high as wide.")
  boolean elk;

  @Option(names = "--strict",
      description = "Refuse a render that leaves something of the map out (exit 1, nothing written) instead"
          + " of listing what is left out on standard error.")
  boolean strict;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: json, aif, argdown, af, apx, tgf, bag or carneades (default: from its"
          + " name).")
  String from;

  @Override
  public Integer call() {
    Optional<Target> target = to != null ? Target.named(to)
        : Output.isStdout(output) ? Optional.empty() : Target.guess(output);
    if (target.isEmpty()) {
      return fail(ExitCodes.UNREADABLE, to != null
          ? "unknown format '" + to + "' for --to; known: dot, mermaid, graphml, html, markdown"
          : Output.isStdout(output) ? "say which format to write with --to: dot, mermaid, graphml, html or markdown"
              : "cannot tell the format from the name " + output
                  + "; say it with --to: dot, mermaid, graphml, html or markdown", null);
    }
    if (scores != null && target.get() == Target.MARKDOWN) {
      return fail(ExitCodes.UNREADABLE, "--scores is not supported for markdown; use html, dot, mermaid"
          + " or graphml", null);
    }
    if (titles && target.get() != Target.DOT && target.get() != Target.MERMAID) {
      return fail(ExitCodes.UNREADABLE, "--titles is for dot and mermaid, not " + target.get().id, null);
    }
    if (elk && target.get() != Target.MERMAID) {
      return fail(ExitCodes.UNREADABLE, "--elk is for mermaid, not " + target.get().id, null);
    }
    MapFormat format;
    try {
      format = formatOf(file, from);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    try (Progress progress = Progress.forTerminal(err())) {
      progress.step("reading " + MapInput.of(file).displayName());
      Loaded loaded = loadMap(file, format, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      ArgumentMap map = loaded.map().get();
      Scores shown = Scores.none();
      if (scores != null) {
        progress.step("scoring with " + scores.id());
        MapScores computed;
        try {
          computed = MapScorer.of(scores).score(map);
        } catch (IllegalArgumentException e) {
          return fail(ExitCodes.INVALID, "cannot score " + MapInput.of(file).displayName() + ": "
              + Semantics.advice(e), e);
        }
        if (!computed.converged()) {
          return fail(ExitCodes.INVALID,
              Semantics.notConverged(scores, MapInput.of(file).displayName(), computed)
                  .replace("no scores printed", "nothing written"), null);
        }
        shown = target.get() == Target.HTML ? withShares(map, computed, progress) : Scores.from(computed);
      }
      MapRenderer renderer = switch (target.get()) {
        case DOT -> DotRenderer.builder().showEvidence(evidence).titlesOnly(titles).scores(shown).build();
        case MERMAID -> MermaidRenderer.builder().showEvidence(evidence).titlesOnly(titles).elkLayout(elk)
            .scores(shown).build();
        case GRAPHML -> GraphMlRenderer.builder().scores(shown).build();
        case HTML -> HtmlRenderer.builder().scores(shown).build();
        case MARKDOWN -> MarkdownOutline.builder().build();
      };
      LossReport losses = renderer.losses(map);
      if (!losses.isEmpty()) {
        String where = Output.isStdout(output) ? target.get().displayName
            : output + " (" + target.get().displayName + ")";
        if (strict) {
          return fail(ExitCodes.INVALID, "--strict: " + where + " cannot hold " + losses + " of the map;"
              + " nothing written (without --strict they are left out; docs/rendering/ says what each format"
              + " shows)", null);
        }
        err().println("argmap: warning: " + where + " cannot hold " + losses + " of the map; they are left"
            + " out (--strict refuses this)");
        err().flush();
      }
      progress.step("writing " + (Output.isStdout(output) ? "the " + target.get().id : output));
      try {
        Output.write(output, out(), w -> renderer.render(map, w));
      } catch (IOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot write " + output + ": " + Errors.describe(e), e);
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The scores with every thesis's explanation, so the page shows each argument's share of the thesis's change
   * beside its strength. A thesis that cannot be explained (its explanation does not converge) keeps its
   * strengths and shows no shares; the page is still written.
   */
  private Scores withShares(ArgumentMap map, MapScores computed, Progress progress) {
    progress.step("explaining the theses");
    MapScorer scorer = MapScorer.of(scores);
    List<Explanation> explanations = new ArrayList<>();
    for (StatementId thesis : map.thesisIds()) {
      try {
        explanations.add(scorer.explain(computed, thesis, ContributionFunction.SHAPLEY));
      } catch (IllegalArgumentException | IllegalStateException e) {
        // shares are an addition to the scores: without them the page is still right
      }
    }
    return Scores.from(computed, explanations);
  }
}
