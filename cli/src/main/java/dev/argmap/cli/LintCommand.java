package dev.argmap.cli;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap lint FILE}: lists what is legal in a map but suspicious; with {@code --balance}, how fair it is. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the lint warnings of a map: what is legal but suspicious.",
      "Lists the lint warnings of the map in FILE, one per line as 'warning: ...', then a summary:"
          + " statements with no evidence, sources nothing cites, isolated statements, circles of support,"
          + " statements of more than one sentence.",
      "With --balance it then reports, for every thesis, how fairly the map models the debate: the arguments on"
          + " each side (directly and through chains), which are challenged and by what, the evidence and sources"
          + " behind each side, each side's share of the thesis's score and its strongest reasons (under df-quad),"
          + " and balance warnings: a side with no argument, a side no argument challenges, a side resting on no"
          + " evidence or on one source alone.",
      "FILE is argmap JSON, or any format 'argmap convert' reads (guessed from its name, or --from)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap lint map.json",
      "  argmap lint --strict map.json && echo clean",
      "  argmap lint --balance map.json",
      "  argmap lint --from argdown - < debate.argdown",
      "",
      "Exit status: 0 done (warnings or not), 1 invalid map, scores that could not be computed (--balance) or,"
          + " with --strict, any warning (balance warnings included), 2 unreadable."
    })
final class LintCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The map; '-' reads standard input.")
  String file;

  @Option(names = "--strict", description = "Exit with status 1 when there is any warning (with --balance, any"
      + " balance warning too).")
  boolean strict;

  @Option(names = "--balance", description = "Also report, thesis by thesis, how balanced the two sides are, with"
      + " balance warnings.")
  boolean balance;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: json, aif, argdown, af, apx, tgf, bag or carneades (default: from its"
          + " name).")
  String from;

  @Override
  public Integer call() {
    Loaded loaded = loadMap(file, from, err());
    if (loaded.map().isEmpty()) {
      return loaded.exitCode();
    }
    ArgumentMap map = loaded.map().get();
    List<MapProblem> warnings = map.lint();
    PrintWriter out = out();
    Map<String, Integer> byRule = new TreeMap<>();
    for (MapProblem w : warnings) {
      out.println("warning: " + w);
      byRule.merge(w.rule().code(), 1, Integer::sum);
    }
    String name = MapInput.of(file).displayName();
    String summary = name + ": " + Counts.plural(warnings.size(), "warning")
        + (byRule.isEmpty() ? "" : " " + byRule.toString().replace('{', '(').replace('}', ')'));
    List<BalanceReport.Warning> balanceWarnings = List.of();
    if (balance) {
      BalanceReport report;
      try {
        report = MapScorer.of(GradualSemantics.DF_QUAD).balance(map);
      } catch (IllegalArgumentException | IllegalStateException e) {
        out.flush();
        return fail(ExitCodes.INVALID, "cannot weigh the sides of " + name + ": " + e.getMessage(), e);
      }
      balanceWarnings = report.warnings();
      if (!warnings.isEmpty()) {
        out.println();
      }
      BalanceText.print(out, map, report);
      Map<String, Integer> byBalanceRule = new TreeMap<>();
      for (BalanceReport.Warning w : balanceWarnings) {
        byBalanceRule.merge(w.rule().code(), 1, Integer::sum);
      }
      summary += "; " + Counts.plural(balanceWarnings.size(), "balance warning") + (byBalanceRule.isEmpty() ? ""
          : " " + byBalanceRule.toString().replace('{', '(').replace('}', ')'));
    }
    out.println(summary);
    out.flush();
    if (strict && !(warnings.isEmpty() && balanceWarnings.isEmpty())) {
      String what = warnings.isEmpty() ? "" : Counts.plural(warnings.size(), "lint warning");
      if (!balanceWarnings.isEmpty()) {
        what += (what.isEmpty() ? "" : " and ") + Counts.plural(balanceWarnings.size(), "balance warning");
      }
      return fail(ExitCodes.INVALID, name + " has " + what + " (--strict)", null);
    }
    return ExitCodes.OK;
  }
}
