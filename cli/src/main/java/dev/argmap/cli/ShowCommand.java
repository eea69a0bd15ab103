package dev.argmap.cli;

import dev.argmap.model.ArgumentMap;
import dev.argmap.render.markdown.MarkdownOutline;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap show FILE}: prints a map as a Markdown outline. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the map in FILE as a Markdown outline: each thesis with the arguments for and"
          + " against it, their premises and evidence, then the sources.",
      "An invalid map is not shown: its problems are listed on standard error instead."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap show map.json > map.md",
      "  argmap show --depth 2 --no-evidence map.json",
      "",
      "Exit status: 0 shown, 1 invalid, 2 unreadable."
    })
final class ShowCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The map, in argmap JSON; '-' reads standard input.")
  String file;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "Show at most N levels of arguments below each thesis (default: all).")
  Integer depth;

  @Option(names = "--no-evidence", description = "Leave out the evidence under each statement.")
  boolean noEvidence;

  @Option(names = "--no-sources", description = "Leave out the list of sources at the end.")
  boolean noSources;

  @Override
  public Integer call() throws IOException {
    if (depth != null && depth < 0) {
      return fail(ExitCodes.UNREADABLE, "--depth must be at least 0 but was " + depth, null);
    }
    Loaded loaded = load(file, err());
    if (loaded.map().isEmpty()) {
      return loaded.exitCode();
    }
    ArgumentMap map = loaded.map().get();
    MarkdownOutline.Builder outline =
        MarkdownOutline.builder().showEvidence(!noEvidence).showSources(!noSources);
    if (depth != null) {
      outline.maxDepth(depth);
    }
    PrintWriter out = out();
    outline.build().render(map, out);
    out.flush();
    return ExitCodes.OK;
  }
}
