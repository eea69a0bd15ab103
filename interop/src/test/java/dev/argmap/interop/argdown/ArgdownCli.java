package dev.argmap.interop.argdown;

import dev.argmap.testing.ExternalTool;
import dev.argmap.testing.NpmTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference Argdown parser, {@code @argdown/cli} 1.7.5, run as a process and found as every npm tool
 * is ({@link NpmTool}): the system property {@code argdown.cli} or the environment variable
 * {@code ARGDOWN_CLI}; an install under {@code <java.io.tmpdir>/argdown}; {@code npx --no-install argdown};
 * with {@code -Dargdown.install=true}, a missing install is made with npm first. Tests that need it are
 * skipped, saying how to provide it, when none is found (as in CI, which has no network).
 */
final class ArgdownCli {
  static final String VERSION = "1.7.5";
  private static final NpmTool ARGDOWN = NpmTool.builder("argdown", "@argdown/cli@" + VERSION)
      .property("argdown.cli").environmentVariable("ARGDOWN_CLI").installProperty("argdown.install")
      .folder("argdown").build();
  private static boolean told;

  private ArgdownCli() {}

  /** Returns the command that runs the parser, or skips the test. */
  static synchronized List<String> require() {
    List<String> command = ARGDOWN.require();
    String version = ARGDOWN.version().orElse("");
    if (!told && !version.contains(VERSION)) {
      told = true;
      System.out.println("[argdown] using " + command + ", version " + version + " (tests were made against "
          + VERSION + ")");
    }
    return command;
  }

  /** The exit code (-1 when the process could not run or timed out) and the output, stderr included. */
  record Result(int exit, String output) {}

  static Result run(List<String> command, Path dir, int timeoutSeconds) {
    try {
      ExternalTool.Result r = ExternalTool.run(command, null, dir, timeoutSeconds);
      // the parser colours its messages; the tests read them as text
      return new Result(r.exitCode(), (r.out() + r.err()).replaceAll("\u001B\\[[0-9;]*m", ""));
    } catch (IOException e) {
      return new Result(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
