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
      QuotesCommand.class,
      ConvertCommand.class,
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
      "  java -jar argmap.jar convert debate.argdown debate.json",
      "",
      "Exit status: 0 success; 1 invalid input, or a result that could not be computed (no convergence, a"
          + " solver limit) or, for lint --strict, warnings; 2 unreadable input, unwritable output or wrong"
          + " usage."
    })
final class ArgmapCommand extends BaseCommand {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of every error.")
  boolean verbose;

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
