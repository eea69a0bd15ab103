package dev.argmap.cli;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap lint FILE}: lists what is legal in a map but suspicious. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the lint warnings of a map: what is legal but suspicious.",
      "Lists the lint warnings of the map in FILE, one per line as 'warning: ...', then a summary:"
          + " statements with no evidence, sources nothing cites, isolated statements, circles of support,"
          + " statements of more than one sentence.",
      "FILE is argmap JSON, or any format 'argmap convert' reads (guessed from its name, or --from)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap lint map.json",
      "  argmap lint --strict map.json && echo clean",
      "  argmap lint --from argdown - < debate.argdown",
      "",
      "Exit status: 0 done (warnings or not), 1 invalid map or, with --strict, any warning, 2 unreadable."
    })
final class LintCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The map; '-' reads standard input.")
  String file;

  @Option(names = "--strict", description = "Exit with status 1 when there is any warning.")
  boolean strict;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: json, aif, argdown, af, apx, tgf or bag (default: from its name).")
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
    out.println(name + ": " + Counts.plural(warnings.size(), "warning")
        + (byRule.isEmpty() ? "" : " " + byRule.toString().replace('{', '(').replace('}', ')')));
    out.flush();
    if (strict && !warnings.isEmpty()) {
      return fail(ExitCodes.INVALID, name + " has " + Counts.plural(warnings.size(), "lint warning")
          + " (--strict)", null);
    }
    return ExitCodes.OK;
  }
}
