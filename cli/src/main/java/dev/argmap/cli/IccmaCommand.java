package dev.argmap.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code argmap iccma -p TASK -f FILE [-a ARG]}: an ICCMA 2023 solver's command line and output. */
@Command(
    name = "iccma",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Answers an ICCMA 2023 task on an .af file, with the competition's command line and output.",
      "TASK is DC (is ARG in some extension?), DS (is ARG in every extension?), SE (one extension), EE (every"
          + " extension) or CE (how many), a hyphen, and a semantics: CO complete, PR preferred, ST stable,"
          + " SST semi-stable, STG stage, ID ideal, GR grounded. ICCMA 2023 itself asks DC-CO/ST/SST/STG,"
          + " DS-PR/ST/SST/STG and SE-PR/ST/SST/STG/ID; EE and CE are the enumeration and counting tasks"
          + " of the earlier competitions.",
      "Output: DC prints YES and on the next line an extension containing ARG ('w 1 2 5', arguments"
          + " numbered as in the file), or NO. DS prints YES, or NO and on the next line an extension"
          + " without ARG. SE prints one extension, or NO when there is none (only stable can have none)."
          + " EE prints every extension, one line each as the search finds them (in no particular order), or"
          + " NO. CE prints the count.",
      "--problems lists the tasks, --formats the input formats, as ICCMA's scripts ask."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap iccma --problems",
      "  argmap iccma -p DC-PR -f framework.af -a 3",
      "  argmap iccma -p DS-ST -f framework.af -a 3",
      "  argmap iccma -p SE-SST -f framework.af",
      "",
      "Exit status: 0 answered (also when printing NO), 1 invalid file or a limit reached (nothing is"
          + " printed on standard output, except by EE, which has printed the extensions found before the"
          + " limit: they are not all of them), 2 unreadable file or wrong usage."
    })
final class IccmaCommand extends BaseCommand {
  @Option(names = "-p", paramLabel = "TASK", description = "The task, e.g. DC-PR (see above).")
  String problem;

  @Option(names = "-f", paramLabel = "FILE",
      description = "The framework, in ICCMA 2023 .af; '-' reads standard input.")
  String file;

  @Option(names = "-a", paramLabel = "ARG", description = "The query argument's number, for DC and DS.")
  String query;

  @Option(names = "--problems", description = "List the supported tasks: [DC-CO,DC-PR,...].")
  boolean problems;

  @Option(names = "--formats", description = "List the supported input formats: [i23].")
  boolean formats;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1200",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}, the ICCMA 2023 timeout).")
  long timeLimit;

  @Option(names = "--max-extensions", paramLabel = "N", defaultValue = "10000000",
      description = "EE and CE give up beyond N extensions (default: ${DEFAULT-VALUE}).")
  int maxExtensions;

  @Override
  public Integer call() {
    PrintWriter out = out();
    if (problems) {
      out.println(Iccma.problemList());
      out.flush();
      return ExitCodes.OK;
    }
    if (formats) {
      out.println("[i23]");
      out.flush();
      return ExitCodes.OK;
    }
    if (problem == null && file == null) {
      out.println("argmap " + VersionProvider.version());
      out.flush();
      return ExitCodes.OK;
    }
    Iccma.Result r = Iccma.answer(problem, file, query, timeLimit, maxExtensions, this::openText,
        line -> err().println(line), new AsciiTo(out));
    err().flush();
    if (r.exitCode() != ExitCodes.OK) {
      return fail(r.exitCode(), r.text(), r.cause());
    }
    out.write(r.text());
    out.flush();
    return ExitCodes.OK;
  }

  /** EE's witness lines (ASCII) onto the command's writer; {@link Main#run} checks the writer for errors. */
  private static final class AsciiTo extends OutputStream {
    private final PrintWriter out;

    AsciiTo(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      char[] chars = new char[len];
      for (int i = 0; i < len; i++) {
        chars[i] = (char) b[off + i];
      }
      out.write(chars, 0, len);
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
