package dev.argmap.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code argmap} command; without a subcommand it runs the {@code demo}. */
@Command(
    name = "argmap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Argument maps: theses, the arguments for and against them, the evidence they rest on and"
          + " the sources it comes from.",
      "Without a subcommand, runs the demo."
    },
    subcommands = {
      ValidateCommand.class,
      LintCommand.class,
      ShowCommand.class,
      RenderCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      ContributionsCommand.class,
      ExtensionsCommand.class,
      IccmaCommand.class,
      QuotesCommand.class,
      ConvertCommand.class,
      LabelsCommand.class,
      ExerciseCommand.class,
      GradeCommand.class,
      DemoCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  java -jar argmap.jar demo",
      "  java -jar argmap.jar validate map.json",
      "  java -jar argmap.jar render map.json -o map.html --scores df-quad",
      "  java -jar argmap.jar score map.json",
      "  java -jar argmap.jar explain map.json t1",
      "  java -jar argmap.jar extensions framework.af --semantics preferred --all",
      "  java -jar argmap.jar iccma -p DS-PR -f framework.af -a 3",
      "  java -jar argmap.jar convert debate.argdown debate.json",
      "",
      "Input is refused beyond --max-size, --max-depth, --max-elements and --max-text, with the option"
          + " that raises the limit; an input too large for the Java heap is exit 2, with the same advice.",
      "",
      "Exit status: 0 success; 1 invalid input (one that breaks a limit too), or a result that could not be computed (no convergence, a"
          + " solver limit) or, for lint --strict, warnings; 2 unreadable input, unwritable output or wrong"
          + " usage."
    })
final class ArgmapCommand extends BaseCommand {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of every error.")
  boolean verbose;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      scope = ScopeType.INHERIT,
      converter = LimitOptions.SizeConverter.class,
      description = "Refuse input larger than BYTES (k, M, G allowed; default: 64M).")
  Long maxSize;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      converter = LimitOptions.CountConverter.class,
      description = "Refuse input nested deeper than N levels: JSON arrays and objects, Argdown's indented"
          + " relations (default: 64).")
  Integer maxDepth;

  @Option(
      names = "--max-elements",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      converter = LimitOptions.CountConverter.class,
      description = "Refuse input that declares more than N elements: entries of one JSON array, AIF objects,"
          + " non-blank lines of a line-based format (default: 2000000).")
  Integer maxElements;

  @Option(
      names = "--max-text",
      paramLabel = "CHARACTERS",
      scope = ScopeType.INHERIT,
      converter = LimitOptions.CountConverter.class,
      description = "Refuse a text (a JSON string, a line) longer than CHARACTERS (default: 1048576).")
  Integer maxText;

  private final InputStream stdin;

  ArgmapCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Returns what {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    return DemoCommand.demo(out(), DemoCommand.DEFAULT_DEPTH, false);
  }
}
