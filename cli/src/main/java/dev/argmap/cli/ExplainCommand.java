package dev.argmap.cli;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.ContributionFunction;
import dev.argmap.scoring.Explanation;
import dev.argmap.scoring.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap explain FILE STATEMENT_ID}: why a statement has its score. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explains a statement's score: each argument's effect, the chains from premises, the evidence and sources.",
      "Explains the score of one statement of the map in FILE: its score and base score, what each"
          + " argument for and against it contributes (its effect: the score with the argument minus the"
          + " score without it), the chains of arguments from the premises upstream, the evidence on it and"
          + " the sources behind it.",
      "FILE is argmap JSON, or any format 'argmap convert' reads (guessed from its name, or --from)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap explain map.json t1",
      "  argmap explain map.json t1 --semantics quadratic-energy --chains 0",
      "",
      "Exit status: 0 explained, 1 invalid map or scores that could not be computed, 2 unreadable input, an"
          + " unknown statement or wrong usage."
    })
final class ExplainCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The map; '-' reads standard input.")
  String file;

  @Parameters(index = "1", paramLabel = "STATEMENT_ID", description = "The statement to explain.")
  String statement;

  @Mixin Semantics semantics;

  @Mixin FunctionOption function;

  @Option(names = "--chains", paramLabel = "N", defaultValue = "12",
      description = "Show at most N chains from premises, shortest first; 0 for all (default: ${DEFAULT-VALUE}).")
  int chains;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: json, aif, argdown, af, apx, tgf or bag (default: from its name).")
  String from;

  @Override
  public Integer call() {
    if (chains < 0) {
      return fail(ExitCodes.UNREADABLE, "--chains must be at least 0 but was " + chains, null);
    }
    Loaded loaded = loadMap(file, from, err());
    if (loaded.map().isEmpty()) {
      return loaded.exitCode();
    }
    ArgumentMap map = loaded.map().get();
    String name = MapInput.of(file).displayName();
    StatementId id;
    try {
      id = StatementId.of(statement);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, "'" + statement + "' is not a statement identifier", null);
    }
    if (map.statement(id).isEmpty()) {
      boolean argument = map.argument(ArgumentId.of(id.value())).isPresent();
      return fail(ExitCodes.UNREADABLE, name + " has no statement " + statement
          + (argument ? " (it is an argument; explain the statement it concludes)"
              : "; its theses are " + map.thesisIds()), null);
    }
    GradualSemantics s = semantics.semantics;
    MapScorer scorer = MapScorer.of(s).withOptions(semantics.options());
    MapScores scores;
    try {
      scores = scorer.score(map);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot score " + name + ": " + Semantics.advice(e), e);
    }
    if (!scores.converged()) {
      return fail(ExitCodes.INVALID, Semantics.notConverged(s, name, scores).replace("no scores printed",
          "nothing explained"), null);
    }
    Explanation why = scorer.explain(map, id, function.function);
    print(map, map.statement(id).orElseThrow(), scores, why);
    return ExitCodes.OK;
  }

  private void print(ArgumentMap map, Statement st, MapScores scores, Explanation why) {
    PrintWriter out = out();
    out.println((map.isThesis(st.id()) ? "Thesis " : "Statement ") + st.id() + ": "
        + Describe.oneLine(st.title().map(t -> t + ": ").orElse("") + st.text()));
    out.println(String.format(Locale.ROOT, "Score %.4f under %s (%s)", why.score(), why.semantics().id(),
        Semantics.status(scores.status(), scores.scheme(), scores.iterations(), scores.residual())));
    out.println(String.format(Locale.ROOT, "Base score %.4f%s; the arguments on it change it by %s",
        why.base(), Describe.baseNote(map, st.id(), why.semantics()), Describe.signed(why.totalChange())));

    out.println();
    List<Explanation.Reason> pro = why.reasonsFor(Integer.MAX_VALUE);
    List<Explanation.Reason> con = why.reasonsAgainst(Integer.MAX_VALUE);
    if (pro.isEmpty() && con.isEmpty()) {
      out.println("No argument is for or against it.");
    } else {
      if (why.ranking() == ContributionFunction.SHAPLEY) {
        out.println("What each argument contributes: its share of the change (its Shapley value, taken with"
            + " everything upstream of it; the shares add up to " + Describe.signed(why.totalChange()) + "), and"
            + " in brackets the change if it alone were removed (these overlap and do not add up: together "
            + Describe.signed(why.sumOfRemovals()) + "):");
      } else {
        out.println("What each argument contributes, ranked by " + why.ranking().id() + " (--function shapley"
            + " gives each one's share of the change); in brackets its share:");
      }
      side(out, map, "For", pro, why.ranking());
      side(out, map, "Against", con, why.ranking());
    }

    out.println();
    List<Explanation.Path> paths = why.paths();
    if (paths.isEmpty()) {
      out.println("No premise upstream: nothing else feeds into it.");
    } else {
      int shown = chains == 0 ? paths.size() : Math.min(chains, paths.size());
      out.println("Chains from the premises upstream (shortest first; " + shown + " of " + paths.size()
          + (why.pathsTruncated() > 0 ? ", with " + Counts.plural(why.pathsTruncated(), "premise")
              + " having more shortest chains than counted" : "") + "):");
      for (Explanation.Path p : paths.subList(0, shown)) {
        List<String> steps = new ArrayList<>();
        for (ConclusionId c : p.chain()) {
          steps.add(c instanceof ArgumentId a ? "[" + a + (map.argument(a).orElseThrow().polarity()
              == Polarity.SUPPORTS ? " +]" : " \u2212]") : c.value());
        }
        out.println("  " + String.join(" \u2192 ", steps) + "  (" + (p.netPolarity() == Polarity.SUPPORTS
            ? "a stronger premise tends to raise it" : "a stronger premise tends to lower it") + ")");
      }
      if (shown < paths.size()) {
        out.println("  \u2026 " + (paths.size() - shown) + " more (--chains 0 shows all)");
      }
    }

    out.println();
    if (why.evidence().isEmpty()) {
      out.println("No evidence on it directly.");
    } else {
      out.println("Evidence on it:");
      for (Explanation.EvidenceItem item : why.evidence()) {
        Evidence e = item.evidence();
        out.println(String.format(Locale.ROOT, "  %s %s: weight %s x credibility %s = %.4f", e.id(),
            e.polarity() == Polarity.SUPPORTS ? "supports" : "undermines", number(e.weight()),
            number(item.source().credibility()), item.contribution()));
        out.println("    \"" + Describe.shorten(Describe.oneLine(e.quote())) + "\"");
        e.speaker().ifPresent(p -> out.println("    speaker: " + Describe.person(p) + ", quoted in "
            + item.source().publisher().or(item.source()::title).orElse("source " + item.source().id())));
        out.println("    source " + item.source().id() + ": " + Describe.source(item.source()));
        e.citedWork().flatMap(map::source).ifPresent(w ->
            out.println("    cited work " + w.id() + ": " + Describe.source(w)));
      }
    }

    out.println();
    out.println("Sources behind it (its evidence and everything upstream, nearest first): "
        + why.sources().size());
    for (Source src : why.sources()) {
      out.println("  " + src.id() + ": " + Describe.source(src) + "; credibility " + number(src.credibility()));
    }
    out.flush();
  }

  private static void side(PrintWriter out, ArgumentMap map, String title, List<Explanation.Reason> list,
      ContributionFunction ranking) {
    out.println("  " + title + ":" + (list.isEmpty() ? " none" : ""));
    for (Explanation.Reason c : list) {
      Argument a = map.argument(c.argument()).orElseThrow();
      boolean byShare = ranking == ContributionFunction.SHAPLEY;
      out.println(String.format(Locale.ROOT, "    %s  %s (%s %s; strength %.4f): %s",
          byShare ? Describe.share(c.share()) : Describe.signed(c.effect()), c.argument(),
          byShare ? "removed alone" : "share", byShare ? Describe.signed(c.removal()) : Describe.share(c.share()),
          c.argumentStrength(), Describe.argument(map, a)));
      Optional<String> scheme = a.scheme();
      if (a.premises().size() > 1) {
        out.println("      linked premises: " + a.premises() + scheme.map(x -> "; " + x).orElse(""));
      }
    }
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
