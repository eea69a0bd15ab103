package dev.argmap.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The entry point of the {@code argmap} command.
 *
 * <pre>{@code
 * java -jar cli/target/argmap.jar validate map.json
 * }</pre>
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits with its {@linkplain ExitCodes exit code}.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("iccma")) {
      // ICCMA's scripts start one process per question: answer their command lines without picocli's start-up
      int code = Iccma.fastPath(args, System.out, System.err);
      if (code >= 0) {
        System.exit(code);
      }
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = commandLine(System.in, out, err).execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions of the commands to unexpected(); this is for what escapes it
      err.println("argmap: internal error: " + Errors.describe(e));
      if (Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(err);
      }
      code = ExitCodes.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Returns the {@code argmap} command, ready to {@link CommandLine#execute(String...) execute},
   * reading standard input from {@code in} and writing to {@code out} and {@code err}. Tests run it
   * in process this way.
   *
   * @param in what {@code -} reads
   * @param out where results go
   * @param err where errors go, one line each
   * @return the command line
   */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ArgmapCommand(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::unexpected);
    cli.setParameterExceptionHandler(Main::badUsage);
    return cli;
  }

  /** Reports an exception that no subcommand handled: one line, or the trace with --verbose. */
  private static int unexpected(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    PrintWriter err = command.getErr();
    Object user = command.getCommand();
    boolean verbose = user instanceof BaseCommand b && b.verbose();
    err.println("argmap: internal error: " + Errors.describe(e)
        + (verbose ? "" : " (run with --verbose for details)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Reports a mistake on the command line in one line, with a hint to --help. */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("argmap: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.UNREADABLE;
  }
}
