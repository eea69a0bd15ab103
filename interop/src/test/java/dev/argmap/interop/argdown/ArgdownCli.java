package dev.argmap.interop.argdown;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference Argdown parser, {@code @argdown/cli} 1.7.5, run as a process. Found, in this order: the
 * system property {@code argdown.cli} or the environment variable {@code ARGDOWN_CLI} (the path of the
 * {@code argdown} executable); an install under {@code <java.io.tmpdir>/argdown} (made by {@code npm install
 * --prefix /tmp/argdown @argdown/cli@1.7.5}); {@code npx --no-install argdown}. With
 * {@code -Dargdown.install=true} a missing install is made with npm first. Tests that need it are skipped,
 * saying how to provide it, when none is found or the install fails (as in CI, which has no network).
 */
final class ArgdownCli {
  static final String VERSION = "1.7.5";
  private static List<String> command;
  private static String missing;

  private ArgdownCli() {}

  /** Returns the command that runs the parser, or skips the test. */
  static synchronized List<String> require() {
    if (command == null && missing == null) {
      find();
    }
    assumeTrue(command != null, missing);
    return command;
  }

  private static void find() {
    List<String> tried = new ArrayList<>();
    String given = System.getProperty("argdown.cli", System.getenv("ARGDOWN_CLI"));
    Path local = Path.of(System.getProperty("java.io.tmpdir"), "argdown", "node_modules", ".bin", "argdown");
    List<List<String>> candidates = new ArrayList<>();
    if (given != null && !given.isBlank()) {
      candidates.add(List.of(given));
    }
    candidates.add(List.of(local.toString()));
    candidates.add(List.of("npx", "--no-install", "argdown"));
    if (Boolean.getBoolean("argdown.install") && !Files.isExecutable(local)) {
      install(local, tried);
    }
    for (List<String> c : candidates) {
      if (c.size() == 1 && !Files.isExecutable(Path.of(c.get(0)))) {
        tried.add(c.get(0) + " (not there)");
        continue;
      }
      List<String> version = new ArrayList<>(c);
      version.add("--version");
      Result r = run(version, Path.of("."), 60);
      if (r.exit == 0) {
        if (!r.output.contains(VERSION)) {
          System.out.println("[argdown] using " + c + ", version " + r.output.strip() + " (tests were made"
              + " against " + VERSION + ")");
        }
        command = c;
        return;
      }
      tried.add(String.join(" ", c) + " (" + (r.exit == -1 ? r.output : "exit " + r.exit) + ")");
    }
    missing = "the reference Argdown parser @argdown/cli " + VERSION + " is not installed, so this test is"
        + " skipped; tried " + tried + ". Install it with: npm install --prefix /tmp/argdown @argdown/cli@"
        + VERSION + ", and run with -Dargdown.cli=/tmp/argdown/node_modules/.bin/argdown (or"
        + " ARGDOWN_CLI=...), or pass -Dargdown.install=true to let the test install it";
  }

  private static void install(Path local, List<String> tried) {
    Path prefix = local.getParent().getParent().getParent();
    Result r = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", prefix.toString(),
        "@argdown/cli@" + VERSION), Path.of("."), 300);
    if (r.exit != 0) {
      tried.add("npm install @argdown/cli@" + VERSION + " failed: " + r.output.strip().lines().reduce(
          (a, b) -> b).orElse(""));
    }
  }

  /** The exit code (-1 when the process could not run or timed out) and the output, stderr included. */
  record Result(int exit, String output) {}

  static Result run(List<String> command, Path dir, int timeoutSeconds) {
    Path out = null;
    try {
      out = Files.createTempFile("argdown-cli", ".out");
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8)
          .replaceAll("\u001B\\[[0-9;]*m", ""));
    } catch (IOException e) {
      return new Result(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException e) {
          // a temporary file
        }
      }
    }
  }
}
