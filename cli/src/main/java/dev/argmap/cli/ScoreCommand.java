package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimitException;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.Strengths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap score FILE}: argument strengths of a map, a {@code .bag} or an {@code .af} file. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Scores a map, an uncertainpy .bag file or an ICCMA .af file with a gradual semantics.",
      "An argmap map (JSON, or Argdown or AIF): each thesis's score, and the arguments that raise and lower"
          + " it most, by their share of the thesis's change (Shapley values, which add up to the change;"
          + " --function removal ranks by the change if each alone were removed).",
      "An uncertainpy .bag file or an ICCMA 2023 .af file: a line 'argument,strength' and then one line per"
          + " argument, in the file's order, with the strength at full double precision. Every argument of"
          + " an .af file has the initial weight 1.",
      "The format comes from the file's name (.bag, .af, else argmap JSON) or from --format. When the"
          + " iteration does not converge, nothing is printed and the exit status is 1."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap score map.json",
      "  argmap score map.json --semantics euler-based --top 5",
      "  argmap score map.json --csv > strengths.csv",
      "  argmap score graph.bag --semantics quadratic-energy",
      "  argmap score framework.af --semantics h-categorizer",
      "  cat graph.bag | argmap score --format bag -",
      "",
      "Exit status: 0 scored, 1 invalid input or scores that could not be computed (no convergence, QuAD on"
          + " a cycle, an attack-only semantics on supports), 2 unreadable input or wrong usage."
    })
final class ScoreCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The map or graph; '-' reads standard input.")
  String file;

  @Mixin Semantics semantics;

  @Mixin FunctionOption function;

  @Option(names = "--top", paramLabel = "N", defaultValue = "3",
      description = "For a map: show the N strongest reasons on each side of each thesis (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--csv", description = "For a map: print 'kind,id,strength' for every statement and"
      + " argument instead, at full precision.")
  boolean csv;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "The format of FILE: json, bag, af, or another format 'argmap convert' reads"
          + " (default: from its name).")
  String format;

  @Override
  public Integer call() {
    if (top < 0) {
      return fail(ExitCodes.UNREADABLE, "--top must be at least 0 but was " + top, null);
    }
    Optional<String> badLimit = semantics.checkTimeLimit();
    if (badLimit.isPresent()) {
      return fail(ExitCodes.UNREADABLE, badLimit.get(), null);
    }
    MapFormat f;
    try {
      f = formatOf(file, format);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    String kind = f.name();
    try (Progress progress = Progress.forTerminal(err())) {
      if (kind.equals("bag") || kind.equals("af")) {
        return graph(kind, progress);
      }
      progress.step("reading " + name());
      Loaded loaded = loadMap(file, f, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      progress.step("scoring with " + semantics.semantics.id());
      return map(loaded.map().get(), progress);
    }
  }

  private String name() {
    return MapInput.of(file).displayName();
  }

  /** Scores a {@code .bag} or {@code .af} file and prints {@code argument,strength} lines. */
  private int graph(String kind, Progress progress) {
    progress.step("reading " + name());
    GradualSemantics s = semantics.semantics;
    Strengths strengths;
    IntFunction<String> label;
    try (Reader text = openText(file)) {
      if (kind.equals("bag")) {
        BipolarGraph g = BipolarGraph.parseBag(text);
        progress.step("scoring " + Counts.plural(g.size(), "argument") + " with " + s.id());
        strengths = s.evaluate(g, semantics.options());
        label = i -> g.label(i).orElse(null);
      } else {
        AttackGraph g = readIccma(text, name());
        progress.step("scoring " + Counts.plural(g.size(), "argument") + " with " + s.id());
        strengths = s.evaluate(g, semantics.options());
        label = i -> g.label(i).orElse(null);
      }
    } catch (ReadLimitException e) {
      throw e; // Main names the command line's option that raises the limit
    } catch (MapFormatException e) {
      // word for word what convert and every other command say about this file
      MapFormat format = kind.equals("bag") ? InteropFormats.BAG : InteropFormats.ICCMA_AF;
      return fail(ExitCodes.INVALID, Errors.notValid(format, name(), e), e);
    } catch (CharacterCodingException e) {
      return fail(ExitCodes.UNREADABLE, name() + " is not UTF-8 text", e);
    } catch (IOException | InvalidPathException e) {
      return fail(ExitCodes.UNREADABLE, "cannot read " + name() + ": " + Errors.describe(e), e);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot score " + name() + ": " + Semantics.advice(e), e);
    }
    if (!strengths.converged()) {
      return fail(ExitCodes.INVALID, Semantics.notConverged(s, name(), strengths), null);
    }
    progress.step("writing the strengths");
    double[] values = strengths.toArray();
    PrintWriter out = out();
    // write() rather than println(): the standard output may flush on every println
    StringBuilder chunk = new StringBuilder(1 << 16);
    chunk.append("argument,strength\n");
    for (int i = 0; i < values.length; i++) {
      String l = label.apply(i);
      chunk.append(csvField(l == null ? Integer.toString(i + 1) : l)).append(',').append(values[i]).append('\n');
      if (chunk.length() > 60_000) {
        out.write(chunk.toString());
        chunk.setLength(0);
      }
    }
    out.write(chunk.toString());
    out.flush();
    return ExitCodes.OK;
  }

  /** Scores a map and prints each thesis with its strongest reasons, or every strength as CSV. */
  private int map(ArgumentMap map, Progress progress) {
    GradualSemantics s = semantics.semantics;
    MapScorer scorer = MapScorer.of(s).withOptions(semantics.options());
    MapScores scores;
    try {
      scores = scorer.score(map);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot score " + name() + ": " + Semantics.advice(e), e);
    }
    if (!scores.converged()) {
      return fail(ExitCodes.INVALID, Semantics.notConverged(s, name(), scores), null);
    }
    PrintWriter out = out();
    if (csv) {
      out.println("kind,id,strength");
      scores.statementStrengths().forEach((id, v) -> out.println("statement," + csvField(id.value()) + "," + v));
      scores.argumentStrengths().forEach((id, v) -> out.println("argument," + csvField(id.value()) + "," + v));
      out.flush();
      return ExitCodes.OK;
    }
    out.println("Scores of " + name() + " under " + s.id() + " ("
        + Semantics.status(scores.status(), scores.scheme(), scores.iterations(), scores.residual()) + ")");
    List<Statement> theses = map.theses();
    for (int k = 0; k < theses.size(); k++) {
      Statement thesis = theses.get(k);
      if (semantics.timeIsUp()) {
        out.flush();
        return fail(ExitCodes.INVALID, "the time limit of " + semantics.timeLimit + " s ran out after explaining "
            + k + " of " + Counts.plural(theses.size(), "thesis", "theses") + " of " + name()
            + "; raise it with --time-limit SECONDS", null);
      }
      progress.step("explaining thesis " + (k + 1) + " of " + theses.size());
      Explanation why = scorer.explain(scores, thesis.id(), function.function);
      out.println();
      out.println(thesis.id() + ": " + Describe.statement(thesis));
      out.println(String.format(Locale.ROOT, "  score %.4f (base %.4f, change %s)", why.score(), why.base(),
          Describe.signed(why.totalChange())));
      int pro = map.argumentsFor(thesis.id()).size();
      int con = map.argumentsAgainst(thesis.id()).size();
      reasons(out, map, "for", why.reasonsFor(top), pro, why.ranking());
      reasons(out, map, "against", why.reasonsAgainst(top), con, why.ranking());
    }
    out.println();
    out.println(function.function == ContributionFunction.SHAPLEY
        ? "A reason's share is its part of the change: the shares of all reasons on a thesis add up to its change."
        : "Reasons ranked by " + function.function.id() + " (--function shapley ranks them by their share of the"
            + " change).");
    out.println();
    out.println("More: argmap explain " + (file.equals("-") ? "FILE" : file) + " STATEMENT_ID (every"
        + " contribution, the chains from premises, the evidence and sources); --top N shows more reasons.");
    out.flush();
    return ExitCodes.OK;
  }

  private static void reasons(PrintWriter out, ArgumentMap map, String side,
      List<Explanation.Reason> shown, int all, ContributionFunction ranking) {
    out.println("  " + side + " (" + (shown.size() < all ? "top " + shown.size() + " of " + all : all) + "):");
    if (all == 0) {
      out.println("    none");
    }
    for (Explanation.Reason c : shown) {
      Argument a = map.argument(c.argument()).orElseThrow();
      out.println("    " + Describe.contribution(c, ranking) + "  " + c.argument() + ": "
          + Describe.argument(map, a));
    }
  }

  /** Returns a CSV field, quoted when it holds a comma, a quote or a line break. */
  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
