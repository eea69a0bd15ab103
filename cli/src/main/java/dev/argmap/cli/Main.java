package dev.argmap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
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
    // FileOutputStream, not System.out: a PrintStream swallows write errors, and a full disk or a closed
    // pipe on standard output must not end in exit 0
    FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err, stdout::reason);
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command as {@link #main} does, without exiting: every throwable becomes one line on {@code
   * err} and an exit code, and a failure to write {@code out} is reported with {@link ExitCodes#UNREADABLE}.
   * Tests run the command in process this way.
   *
   * @param args the command-line arguments
   * @param in what {@code -} reads
   * @param out where results go
   * @param err where errors go
   * @param outFailure why writing {@code out} failed, when that is known
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err,
      Supplier<Optional<String>> outFailure) {
    int code;
    try {
      code = commandLine(in, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(err, e, Arrays.asList(args).contains("--verbose"));
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions of the commands to unexpected(); this is for what escapes it
      err.println("argmap: internal error: " + Errors.describe(e));
      if (Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(err);
      }
      code = ExitCodes.INTERNAL_ERROR;
    }
    if (out.checkError()) { // flushes, then tells whether any write failed
      err.println("argmap: cannot write standard output"
          + outFailure.get().map(r -> ": " + r).orElse(""));
      code = code == ExitCodes.INTERNAL_ERROR ? code : ExitCodes.UNREADABLE;
    }
    err.flush();
    return code;
  }

  /**
   * Reports that the JVM ran out of memory. It is not a bug in argmap but an input too large for the heap:
   * the message says so and names the ways out.
   */
  static int outOfMemory(PrintWriter err, OutOfMemoryError e, boolean verbose) {
    long heapMiB = Runtime.getRuntime().maxMemory() >> 20;
    err.println("argmap: the input is too large for the Java heap (" + heapMiB + " MiB): "
        + "read a smaller input (--max-size, --max-elements), or give Java more memory "
        + "(java -Xmx4g -jar argmap.jar ...)");
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.UNREADABLE;
  }

  /** Passes bytes on and remembers the first reason a write failed. */
  private static final class FailureRecorder extends FilterOutputStream {
    private volatile String reason;

    FailureRecorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    private void record(IOException e) {
      if (reason == null) {
        reason = Errors.describe(e);
      }
    }

    Optional<String> reason() {
      return Optional.ofNullable(reason);
    }
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
  // not public: the java launcher looks up main() among Main's public methods, which loads the types in their
  // signatures, and picocli's CommandLine (a large class that the class-data archive cannot hold) is not needed
  // by the argmap iccma fast path
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
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
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return outOfMemory(err, oom, verbose);
      }
      if (t instanceof dev.argmap.io.ReadLimitException limit) {
        // a command that streams its input (a .af or .bag file) meets the size limit while it reads
        err.println("argmap: " + LimitOptions.describe(limit));
        if (verbose) {
          e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INVALID;
      }
    }
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
