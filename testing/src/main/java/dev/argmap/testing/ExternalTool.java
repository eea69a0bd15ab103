package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs a program that a test uses when it is installed (Graphviz's {@code dot}, Chromium,
 * clingo, Python), and skips the test with an install hint when it is not. For command-line tools
 * installed with npm, see {@link NpmTool}.
 *
 * <pre>{@code
 * Path dot = ExternalTool.require("dot", "apt-get install -y graphviz", "/usr/bin/dot");
 * ExternalTool.Result r = ExternalTool.run(List.of(dot.toString(), "-Tsvg"), dotText, workDir, 120);
 * }</pre>
 */
public final class ExternalTool {
  private ExternalTool() {}

  /**
   * What a program printed, and how it ended.
   *
   * @param exitCode the exit code
   * @param out what it printed on standard output
   * @param err what it printed on standard error
   */
  public record Result(int exitCode, String out, String err) {
    /**
     * Checks the parts are there.
     *
     * @param exitCode the exit code
     * @param out what it printed on standard output
     * @param err what it printed on standard error
     */
    public Result {
      requireNonNull(out, "out");
      requireNonNull(err, "err");
    }
  }

  /**
   * Finds a program: the first of the given paths that is executable, else the first {@code name} on
   * the {@code PATH}.
   *
   * @param name the program's file name, such as {@code dot}
   * @param candidates absolute paths to try first
   * @return the program, or empty when it is not installed
   */
  public static Optional<Path> find(String name, String... candidates) {
    requireNonNull(name, "name");
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a program as {@link #find} does, or skips the calling test (a JUnit assumption) saying which
   * program is missing and how to install it.
   *
   * @param name the program's file name
   * @param install how to install it, such as {@code apt-get install -y graphviz}
   * @param candidates absolute paths to try first
   * @return the program
   */
  public static Path require(String name, String install, String... candidates) {
    requireNonNull(install, "install");
    Optional<Path> found = find(name, candidates);
    Assumptions.assumeTrue(found.isPresent(), () -> "SKIPPED: " + missing(name, install));
    return found.orElseThrow();
  }

  /**
   * Says that a program is missing and how to install it, for a skip message.
   *
   * @param name the program's file name
   * @param install how to install it
   * @return the message
   */
  public static String missing(String name, String install) {
    return name + " is not installed (not on the PATH), so this test is skipped; install it with '"
        + install + "' to run it";
  }

  /**
   * Runs a command in {@code workDir}, feeding it {@code stdin}, and waits at most {@code seconds}.
   *
   * @param command the program and its arguments
   * @param stdin what to write to its standard input, or {@code null} for nothing
   * @param workDir the working directory, where its output is kept in temporary files
   * @param seconds how long to wait
   * @return its exit code and output
   * @throws IOException if it cannot start or does not finish in time
   * @throws InterruptedException if the wait is interrupted
   */
  public static Result run(List<String> command, String stdin, Path workDir, long seconds)
      throws IOException, InterruptedException {
    return run(command, stdin, workDir, seconds, Map.of());
  }

  /**
   * Runs a command as {@link #run(List, String, Path, long)} does, with variables added to its
   * environment.
   *
   * @param command the program and its arguments
   * @param stdin what to write to its standard input, or {@code null} for nothing
   * @param workDir the working directory, where its output is kept in temporary files
   * @param seconds how long to wait
   * @param environment variables to set for the program
   * @return its exit code and output
   * @throws IOException if it cannot start or does not finish in time
   * @throws InterruptedException if the wait is interrupted
   */
  public static Result run(List<String> command, String stdin, Path workDir, long seconds,
      Map<String, String> environment) throws IOException, InterruptedException {
    requireNonNull(command, "command");
    requireNonNull(workDir, "workDir");
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().putAll(environment);
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish within " + seconds + " s");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
