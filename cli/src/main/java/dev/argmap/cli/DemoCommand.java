package dev.argmap.cli;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import dev.argmap.model.Statement;
import dev.argmap.render.markdown.MarkdownOutline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
      "Shows a map that ships with argmap: its thesis, its size, its outline (a few levels of"
          + " arguments deep) and its lint warnings."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  argmap demo", "  argmap demo --depth 4"})
final class DemoCommand extends BaseCommand {
  /** How many levels of arguments the demo's outline shows unless told otherwise. */
  static final int DEFAULT_DEPTH = 2;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_DEPTH,
      description = "Show N levels of arguments below each thesis (default: ${DEFAULT-VALUE}).")
  int depth;

  @Override
  public Integer call() {
    if (depth < 0) {
      return fail(ExitCodes.UNREADABLE, "--depth must be at least 0 but was " + depth, null);
    }
    return demo(out(), depth);
  }

  /** Returns the map the demo shows. */
  static ArgumentMap demoMap() {
    return SampleMap.build();
  }

  /** Prints the demo. */
  static int demo(PrintWriter out, int depth) {
    ArgumentMap map = demoMap();
    out.println("argmap demo: " + map.title().orElse("an argument map"));
    map.description().ifPresent(out::println);
    out.println();
    for (Statement thesis : map.theses()) {
      out.println("Thesis " + thesis.id() + ": " + thesis.text());
    }
    out.println("Size: " + Counts.of(map));
    out.println();
    out.println("----- Outline, " + Counts.plural(depth, "level") + " of arguments deep"
        + " (argmap show FILE prints a whole map) -----");
    out.println();
    try {
      MarkdownOutline.builder().maxDepth(depth).build().render(map, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
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
    out.println("Next: argmap validate FILE, argmap show FILE, argmap --help");
    out.flush();
    return ExitCodes.OK;
  }
}
