package dev.argmap.cli;

import dev.argmap.scoring.Acceptance;
import dev.argmap.scoring.AttackGraph;
import dev.argmap.scoring.DungLimitExceededException;
import dev.argmap.scoring.DungSemantics;
import dev.argmap.scoring.DungSolver;
import dev.argmap.scoring.Extension;
import dev.argmap.scoring.GraphFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
          + " EE prints every extension, one line each in increasing order, or NO. CE prints the count.",
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
          + " printed on standard output), 2 unreadable file or wrong usage."
    })
final class IccmaCommand extends BaseCommand {
  /** The task prefixes, in the order --problems lists them. */
  static final List<String> TASKS = List.of("DC", "DS", "SE", "EE", "CE");

  /** The ICCMA semantics codes, in the order --problems lists them. */
  static final List<String> CODES = List.of("CO", "PR", "ST", "SST", "STG", "ID", "GR");

  private static final List<DungSemantics> SEMANTICS = List.of(DungSemantics.COMPLETE, DungSemantics.PREFERRED,
      DungSemantics.STABLE, DungSemantics.SEMI_STABLE, DungSemantics.STAGE, DungSemantics.IDEAL,
      DungSemantics.GROUNDED);

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
      out.println(problemList());
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
    if (problem == null || file == null) {
      return fail(ExitCodes.UNREADABLE, "iccma needs both -p TASK and -f FILE (or --problems, --formats)", null);
    }
    int dash = problem.indexOf('-');
    String task = dash < 0 ? problem : problem.substring(0, dash);
    int code = dash < 0 ? -1 : CODES.indexOf(problem.substring(dash + 1));
    if (!TASKS.contains(task) || code < 0) {
      return fail(ExitCodes.UNREADABLE, "unknown task '" + problem + "'; supported: " + problemList(), null);
    }
    DungSemantics semantics = SEMANTICS.get(code);
    boolean query = task.equals("DC") || task.equals("DS");
    if (query != (this.query != null)) {
      return fail(ExitCodes.UNREADABLE, query ? problem + " needs the query argument: -a ARG"
          : problem + " takes no query argument; drop -a " + this.query, null);
    }
    if (timeLimit < 1) {
      return fail(ExitCodes.UNREADABLE, "--time-limit must be at least 1 second but was " + timeLimit, null);
    }
    if (maxExtensions < 1) {
      return fail(ExitCodes.UNREADABLE, "--max-extensions must be at least 1 but was " + maxExtensions, null);
    }
    String name = MapInput.of(file).displayName();
    AttackGraph graph;
    try (Reader in = openText(file)) {
      graph = AttackGraph.parseIccma(in);
    } catch (GraphFormatException e) {
      return fail(ExitCodes.INVALID, name + " is not a valid ICCMA .af file: " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      return fail(ExitCodes.UNREADABLE, name + " is not UTF-8 text", e);
    } catch (IOException | InvalidPathException e) {
      return fail(ExitCodes.UNREADABLE, "cannot read " + name + ": " + Errors.describe(e), e);
    }
    int argument = -1;
    if (query) {
      argument = graph.indexOf(this.query.strip());
      if (argument < 0) {
        return fail(ExitCodes.UNREADABLE, "-a " + this.query + " names no argument of " + name + ", whose"
            + " arguments are numbered 1 to " + graph.size(), null);
      }
    }
    DungSolver solver = DungSolver.builder().timeBudget(Duration.ofSeconds(timeLimit))
        .maxExtensions(maxExtensions).build();
    StringBuilder answer = new StringBuilder(1 << 12);
    try {
      switch (task) {
        case "DC": {
          Acceptance a = solver.acceptCredulously(graph, semantics, argument);
          answer.append(a.accepted() ? "YES\n" : "NO\n");
          if (a.accepted()) {
            witness(answer, a.certificate().orElseThrow());
          }
          break;
        }
        case "DS": {
          Acceptance a = solver.acceptSkeptically(graph, semantics, argument);
          answer.append(a.accepted() ? "YES\n" : "NO\n");
          if (!a.accepted()) {
            witness(answer, a.certificate().orElseThrow());
          }
          break;
        }
        case "SE": {
          Optional<Extension> e = solver.someExtension(graph, semantics);
          if (e.isPresent()) {
            witness(answer, e.get());
          } else {
            answer.append("NO\n");
          }
          break;
        }
        case "EE": {
          List<int[]> all = new ArrayList<>();
          for (Extension e : solver.extensions(graph, semantics)) {
            all.add(e.toArray());
          }
          all.sort(Arrays::compare);
          if (all.isEmpty()) {
            answer.append("NO\n");
          }
          for (int[] members : all) {
            witness(answer, members);
            if (answer.length() > 60_000) {
              out.write(answer.toString()); // only after the enumeration finished: no half answers
              answer.setLength(0);
            }
          }
          break;
        }
        default: // CE
          answer.append(solver.extensions(graph, semantics).size()).append('\n');
      }
    } catch (DungLimitExceededException e) {
      String message = e.getMessage();
      int advice = message.indexOf("; raise");
      String what = advice < 0 ? message : message.substring(0, advice);
      return fail(ExitCodes.INVALID, name + ": " + what + "; raise the limit with "
          + (e.limit() == DungLimitExceededException.Limit.TIME_BUDGET ? "--time-limit SECONDS"
              : "--max-extensions N") + "; nothing printed", e);
    }
    out.write(answer.toString());
    out.flush();
    return ExitCodes.OK;
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

  private static void witness(StringBuilder sb, Extension e) {
    witness(sb, e.toArray());
  }

  private static void witness(StringBuilder sb, int[] members) {
    sb.append('w');
    for (int m : members) {
      sb.append(' ').append(m + 1);
    }
    sb.append('\n');
  }
}
