package dev.argmap.cli;

import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.JsonProblem;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.MapProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code argmap} command shares: its output streams, the {@code --verbose} switch, and
 * reading a map from a file or standard input with every problem reported.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Returns the top-level command, which holds the global options and standard input. */
  ArgmapCommand root() {
    return (ArgmapCommand) spec.root().userObject();
  }

  /** Returns whether {@code --verbose} was given, before or after the subcommand's name. */
  boolean verbose() {
    return root().verbose;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Reports an error in one line on standard error, with the stack trace under {@code --verbose}.
   *
   * @return {@code code}
   */
  int fail(int code, String message, Throwable cause) {
    PrintWriter err = err();
    err.println("argmap: " + message);
    if (verbose() && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A map read from the command line's input, or the exit code of the failure already reported. */
  record Loaded(Optional<ArgumentMap> map, int exitCode) {
    static Loaded of(ArgumentMap map) {
      return new Loaded(Optional.of(map), ExitCodes.OK);
    }

    static Loaded failed(int exitCode) {
      return new Loaded(Optional.empty(), exitCode);
    }
  }

  /**
   * Reads a map. Problems of the document go to {@code problems} one per line, as {@code
   * FILE:LINE:COLUMN: message}; a file that cannot be read at all is reported on standard error.
   *
   * @param file a path, or {@code -} for standard input
   * @param problems where to list the document's problems
   * @return the map, or the exit code: {@link ExitCodes#INVALID} or {@link ExitCodes#UNREADABLE}
   */
  Loaded load(String file, PrintWriter problems) {
    MapInput input = MapInput.of(file);
    try {
      return Loaded.of(input.read(root().stdin()));
    } catch (MapInput.NotJsonException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE,
          input.displayName() + " is not JSON: " + e.getMessage(), e));
    } catch (ArgMapFormatException e) {
      for (JsonProblem p : e.problems()) {
        problems.println(input.displayName() + ":" + p.line() + ":" + p.column() + ": "
            + p.message() + " (" + p.path() + ")");
      }
      summarizeInvalid(input, e.problems().size(), problems, e);
      return Loaded.failed(ExitCodes.INVALID);
    } catch (InvalidMapException e) {
      for (MapProblem p : e.problems()) {
        problems.println(input.displayName() + ": " + p);
      }
      summarizeInvalid(input, e.problems().size(), problems, e);
      return Loaded.failed(ExitCodes.INVALID);
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE,
          "cannot read " + input.displayName() + ": " + Errors.describe(e), e));
    }
  }

  private void summarizeInvalid(MapInput input, int count, PrintWriter problems, Exception e) {
    problems.println(input.displayName() + ": not a valid argument map: " + Counts.plural(count, "problem"));
    problems.flush();
    if (verbose()) {
      e.printStackTrace(err());
      err().flush();
    }
  }
}
