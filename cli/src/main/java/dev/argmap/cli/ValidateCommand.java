package dev.argmap.cli;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code argmap validate FILE}: checks a map file and lists every problem with its position. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks that FILE is a valid argmap JSON document and that the map it describes breaks no"
          + " rule of the model.",
      "Lists every problem, one per line, as FILE:LINE:COLUMN: message; then, for a valid map, its"
          + " lint warnings (legal but suspicious), each as 'warning: ...'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap validate map.json",
      "  cat map.json | argmap validate -",
      "",
      "Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable (missing file, not JSON,"
          + " I/O error)."
    })
final class ValidateCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The map, in argmap JSON; '-' reads standard input.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = out();
    Loaded loaded = load(file, out);
    if (loaded.map().isEmpty()) {
      return loaded.exitCode();
    }
    ArgumentMap map = loaded.map().get();
    List<MapProblem> warnings = map.lint();
    for (MapProblem w : warnings) {
      out.println("warning: " + w);
    }
    out.println(MapInput.of(file).displayName() + ": valid argument map: " + Counts.of(map)
        + "; " + Counts.plural(warnings.size(), "warning"));
    out.flush();
    return ExitCodes.OK;
  }
}
