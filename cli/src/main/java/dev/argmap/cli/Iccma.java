package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.internal.enumeration.ExtensionSink;
import dev.argmap.internal.enumeration.MemberArrays;
import dev.argmap.io.ImportWarning;
import dev.argmap.semantics.dung.Acceptance;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.semantics.GraphFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ICCMA tasks behind {@code argmap iccma}, free of picocli, so that {@link Main} can answer the competition's
 * exact command lines without building the whole command tree: in a process that answers one question, that
 * start-up is most of the time on small frameworks. {@link IccmaCommand} uses the same code for everything else
 * (help, --verbose, in-process runs).
 */
final class Iccma {
  /** The task prefixes, in the order --problems lists them. */
  static final List<String> TASKS = List.of("DC", "DS", "SE", "EE", "CE");

  /** The ICCMA semantics codes, in the order --problems lists them. */
  static final List<String> CODES = List.of("CO", "PR", "ST", "SST", "STG", "ID", "GR");

  private static final List<DungSemantics> SEMANTICS = List.of(DungSemantics.COMPLETE, DungSemantics.PREFERRED,
      DungSemantics.STABLE, DungSemantics.SEMI_STABLE, DungSemantics.STAGE, DungSemantics.IDEAL,
      DungSemantics.GROUNDED);

  /** The defaults of --time-limit and --max-extensions. */
  static final long DEFAULT_TIME_LIMIT = 1200;

  static final int DEFAULT_MAX_EXTENSIONS = 10_000_000;

  private Iccma() {}

  /** Opens the input, standard input for {@code -}. */
  interface Opener {
    Reader open(String file) throws IOException;
  }

  /**
   * What to print: the answer on standard output (exit code 0), or the error message for standard error
   * without the {@code argmap: } prefix.
   */
  record Result(int exitCode, String text, Throwable cause) {
    static Result error(int code, String message, Throwable cause) {
      return new Result(code, message, cause);
    }
  }

  /** Every task with every semantics, as ICCMA's {@code --problems} wants them: {@code [DC-CO,DC-PR,...]}. */
  static String problemList() {
    List<String> all = new ArrayList<>();
    for (String t : TASKS) {
      for (String c : CODES) {
        all.add(t + "-" + c);
      }
    }
    return "[" + String.join(",", all) + "]";
  }

  /**
   * Answers one task.
   *
   * @param problem the task, e.g. {@code DC-PR}
   * @param file the .af file or {@code -}
   * @param query the query argument's number for DC and DS, else null
   * @param timeLimit seconds
   * @param maxExtensions the cap of EE and CE
   * @param opener how to open the file
   * @param warnings receives each warning about the file as a line for standard error (the same line every
   *     command prints: {@code argmap: warning: FILE: line L: ...})
   * @param stream where EE prints its extensions as the search finds them (flushed before this returns, also
   *     after an error: a limit reached in the middle of EE leaves the lines printed before it); the answers of
   *     the other tasks are the result's text
   * @return the answer or the error
   */
  static Result answer(String problem, String file, String query, long timeLimit, int maxExtensions,
      Opener opener, Consumer<String> warnings, OutputStream stream) {
    if (problem == null || file == null) {
      return Result.error(ExitCodes.UNREADABLE,
          "iccma needs both -p TASK and -f FILE (or --problems, --formats)", null);
    }
    int dash = problem.indexOf('-');
    String task = dash < 0 ? problem : problem.substring(0, dash);
    int code = dash < 0 ? -1 : CODES.indexOf(problem.substring(dash + 1));
    if (!TASKS.contains(task) || code < 0) {
      return Result.error(ExitCodes.UNREADABLE, "unknown task '" + problem + "'; supported: " + problemList(),
          null);
    }
    DungSemantics semantics = SEMANTICS.get(code);
    boolean asks = task.equals("DC") || task.equals("DS");
    if (asks != (query != null)) {
      return Result.error(ExitCodes.UNREADABLE, asks ? problem + " needs the query argument: -a ARG"
          : problem + " takes no query argument; drop -a " + query, null);
    }
    if (timeLimit < 1) {
      return Result.error(ExitCodes.UNREADABLE, "--time-limit must be at least 1 second but was " + timeLimit,
          null);
    }
    if (maxExtensions < 1) {
      return Result.error(ExitCodes.UNREADABLE, "--max-extensions must be at least 1 but was " + maxExtensions,
          null);
    }
    // as MapInput names it, without loading MapInput, whose JSON reader the .af path does not need (the
    // constants are inlined)
    String name = file.equals(MapInput.STDIN) ? MapInput.STDIN_NAME : file;
    AttackGraph graph;
    try (Reader in = opener.open(file)) {
      graph = AttackGraph.parseIccma(in, new WarningLines(name, warnings));
    } catch (GraphFormatException e) {
      // word for word what every other command says about this file
      return Result.error(ExitCodes.INVALID, Errors.notValid(InteropFormats.ICCMA_AF, name, e), e);
    } catch (CharacterCodingException e) {
      return Result.error(ExitCodes.UNREADABLE, name + " is not UTF-8 text", e);
    } catch (IOException | InvalidPathException e) {
      return Result.error(ExitCodes.UNREADABLE, "cannot read " + name + ": " + Errors.describe(e), e);
    }
    int argument = -1;
    if (asks) {
      argument = graph.indexOf(query.strip());
      if (argument < 0) {
        return Result.error(ExitCodes.UNREADABLE, "-a " + query + " names no argument of " + name
            + ", whose arguments are numbered 1 to " + graph.size(), null);
      }
    }
    DungSolver solver = DungSolver.builder().timeBudget(Duration.ofSeconds(timeLimit))
        .maxExtensions(maxExtensions).build();
    StringBuilder answer = new StringBuilder(1 << 12);
    WitnessLines lines = null;
    try {
      switch (task) {
        case "DC": {
          Acceptance a = solver.acceptCredulously(graph, semantics, argument);
          answer.append(a.accepted() ? "YES\n" : "NO\n");
          if (a.accepted()) {
            witness(answer, a.certificate().orElseThrow().toArray());
          }
          break;
        }
        case "DS": {
          Acceptance a = solver.acceptSkeptically(graph, semantics, argument);
          answer.append(a.accepted() ? "YES\n" : "NO\n");
          if (!a.accepted()) {
            witness(answer, a.certificate().orElseThrow().toArray());
          }
          break;
        }
        case "SE": {
          Optional<Extension> e = solver.someExtension(graph, semantics);
          if (e.isPresent()) {
            witness(answer, e.get().toArray());
          } else {
            answer.append("NO\n");
          }
          break;
        }
        case "EE": {
          // printed as the search finds them, in its order (the answer is the set of extensions): holding and
          // sorting millions of extensions cost more than finding them
          lines = new WitnessLines(stream);
          MemberArrays.enumerate(solver, graph, semantics, lines);
          lines.flush();
          if (lines.failure != null) {
            return Result.error(ExitCodes.UNREADABLE, "cannot write standard output: "
                + Errors.describe(lines.failure), lines.failure);
          }
          if (lines.printed == 0) {
            answer.append("NO\n");
          }
          break;
        }
        default: // CE
          answer.append(solver.countExtensions(graph, semantics)).append('\n');
      }
    } catch (DungLimitExceededException e) {
      String message = e.getMessage();
      int advice = message.indexOf("; raise");
      String what = advice < 0 ? message : message.substring(0, advice);
      long printed = 0;
      if (lines != null) {
        lines.flush();
        printed = lines.printed;
      }
      return Result.error(ExitCodes.INVALID, name + ": " + what + "; raise the limit with "
          + (e.limit() == DungLimitExceededException.Limit.TIME_BUDGET ? "--time-limit SECONDS"
              : "--max-extensions N") + (printed == 0 ? "; nothing printed"
              : "; the " + printed + " extension(s) printed before this are not all of them"), e);
    }
    return new Result(ExitCodes.OK, answer.toString(), null);
  }

  /**
   * Prints each extension the search delivers as a witness line ({@code w 1 3 5}, arguments numbered from 1),
   * formatting the digits straight into a byte buffer: no Extension, String or char array per extension.
   * Standard output as a {@link PrintStream} swallows write errors, so its error flag is checked at every
   * chunk: a closed pipe stops the search.
   */
  private static final class WitnessLines implements ExtensionSink {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int used;
    long printed;
    IOException failure;

    WitnessLines(OutputStream out) {
      this.out = out;
    }

    @Override
    public boolean accept(int[] members, int size) {
      if (buf.length - used < 2 + 11 * size && !drain()) {
        return false;
      }
      byte[] b = buf;
      int w = used;
      if (2 + 11 * size > b.length) { // a line longer than the buffer: print it on its own
        b = new byte[2 + 11 * size];
        w = 0;
      }
      b[w++] = 'w';
      for (int i = 0; i < size; i++) {
        b[w++] = ' ';
        w = digits(b, w, members[i] + 1);
      }
      b[w++] = '\n';
      printed++;
      if (b != buf) {
        return write(b, w);
      }
      used = w;
      return true;
    }

    /** Writes the positive number n in decimal at b[w...]; returns the position after it. */
    private static int digits(byte[] b, int w, int n) {
      int len = 1;
      for (int t = n; t >= 10; t /= 10) {
        len++;
      }
      for (int i = w + len - 1; i >= w; i--) {
        b[i] = (byte) ('0' + n % 10);
        n /= 10;
      }
      return w + len;
    }

    private boolean drain() {
      boolean ok = write(buf, used);
      used = 0;
      return ok;
    }

    private boolean write(byte[] b, int len) {
      if (failure != null) {
        return false;
      }
      try {
        out.write(b, 0, len);
        if (out instanceof PrintStream ps && ps.checkError()) {
          throw new IOException("write error");
        }
      } catch (IOException e) {
        failure = e;
        return false;
      }
      return true;
    }

    void flush() {
      if (drain()) {
        try {
          out.flush();
        } catch (IOException e) {
          failure = e;
        }
      }
    }
  }

  private static void witness(StringBuilder sb, int[] members) {
    sb.append('w');
    for (int m : members) {
      sb.append(' ').append(m + 1);
    }
    sb.append('\n');
  }

  /**
   * Answers {@code iccma} command lines of the competition's exact shapes ({@code --problems}, {@code --formats},
   * {@code -p TASK -f FILE [-a ARG]}) and the options that scripts add to them ({@code --time-limit SECONDS},
   * {@code --max-extensions N}, each also as {@code --option=VALUE}), in any order, without picocli.
   *
   * @param args the whole command line, {@code iccma} first
   * @return the exit code, or -1 when the line has another shape and the full command should handle it
   */
  static int fastPath(String[] args, PrintStream stdout, PrintStream stderr) {
    if (args.length == 2 && args[1].equals("--problems")) {
      return print(stdout, problemList() + "\n");
    }
    if (args.length == 2 && args[1].equals("--formats")) {
      return print(stdout, "[i23]\n");
    }
    String problem = null;
    String file = null;
    String query = null;
    String timeLimit = null;
    String maxExtensions = null;
    int i = 1;
    while (i < args.length) {
      String option = args[i];
      String value;
      int equals = option.startsWith("--") ? option.indexOf('=') : -1;
      if (equals >= 0) {
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
        i += 1;
      } else if (i + 1 < args.length) {
        value = args[i + 1];
        i += 2;
      } else {
        return -1;
      }
      // a repeated option, or any other (--help, --verbose, -pDC-PR, ...), goes through picocli, whose
      // messages the fast path does not repeat
      switch (option) {
        case "-p":
          if (problem != null) {
            return -1;
          }
          problem = value;
          break;
        case "-f":
          if (file != null) {
            return -1;
          }
          file = value;
          break;
        case "-a":
          if (query != null) {
            return -1;
          }
          query = value;
          break;
        case "--time-limit":
          if (timeLimit != null) {
            return -1;
          }
          timeLimit = value;
          break;
        case "--max-extensions":
          if (maxExtensions != null) {
            return -1;
          }
          maxExtensions = value;
          break;
        default:
          return -1;
      }
    }
    if (problem == null || file == null || file.equals(MapInput.STDIN)) {
      return -1;
    }
    long seconds = DEFAULT_TIME_LIMIT;
    int cap = DEFAULT_MAX_EXTENSIONS;
    try {
      if (timeLimit != null) {
        seconds = Long.parseLong(timeLimit);
      }
      if (maxExtensions != null) {
        cap = Integer.parseInt(maxExtensions);
      }
    } catch (NumberFormatException e) {
      return -1; // picocli says what is wrong with the number
    }
    Result r = answer(problem, file, query, seconds, cap, FILES, new LinePrinter(stderr), stdout);
    stderr.flush();
    if (r.exitCode() != ExitCodes.OK) {
      stderr.println("argmap: " + r.text());
      stderr.flush();
      return r.exitCode();
    }
    return print(stdout, r.text());
  }

  /*
   * The fast path's helpers are small named classes rather than lambdas or method references: the first lambda
   * of a process starts the JDK's lambda machinery (class spinning, method handles), which costs a short run
   * more than its solve. The same goes for EE's printer (WitnessLines).
   */

  /** Opens the files of the fast path. */
  private static final Opener FILES = new FileOpener();

  /** Prints each line on a stream. */
  private static final class LinePrinter implements Consumer<String> {
    private final PrintStream stream;

    LinePrinter(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void accept(String line) {
      stream.println(line);
    }
  }

  /** Opens a file as {@link #openFile} does. */
  private static final class FileOpener implements Opener {
    @Override
    public Reader open(String file) throws IOException {
      return openFile(file);
    }
  }

  /** Passes each warning about the file on as a line in the format every command prints. */
  private static final class WarningLines implements Consumer<ImportWarning> {
    private final String name;
    private final Consumer<String> lines;

    WarningLines(String name, Consumer<String> lines) {
      this.name = name;
      this.lines = lines;
    }

    @Override
    public void accept(ImportWarning warning) {
      lines.accept("argmap: warning: " + name + ": " + warning);
    }
  }

  private static int print(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      return ExitCodes.UNREADABLE;
    }
    return ExitCodes.OK;
  }

  /** As {@link BaseCommand#openText}: strict UTF-8, a leading byte order mark skipped. */
  private static Reader openFile(String file) throws IOException {
    PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(
        Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8.newDecoder()), 1 << 16));
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
