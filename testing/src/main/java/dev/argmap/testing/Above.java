package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a file or folder of the repository (or beside it) by walking up from the working directory,
 * so that a test finds {@code docs/scoring-guide.md} or {@code shared/reference/vectors.json} whether
 * Maven runs it in the module's folder or in the repository's root.
 *
 * <pre>{@code
 * Path guide = Above.require("docs/scoring-guide.md");
 * }</pre>
 */
public final class Above {
  private Above() {}

  /**
   * Returns the nearest {@code dir/relative} that exists, for the working directory and each of its
   * parents in turn.
   *
   * @param relative a relative path, such as {@code docs/scoring-guide.md}
   * @return the file or folder, or empty when no directory above has it
   */
  public static Optional<Path> find(String relative) {
    requireNonNull(relative, "relative");
    for (Path d = workingDirectory(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the nearest {@code dir/relative} that exists, or skips the calling test (a JUnit
   * assumption) with a message naming the path and where it was looked for.
   *
   * @param relative a relative path
   * @return the file or folder
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    Assumptions.assumeTrue(found.isPresent(), () -> "SKIPPED: not found: " + lookedFor(relative));
    return found.orElseThrow();
  }

  /**
   * Says where a path was looked for, for a skip or failure message.
   *
   * @param relative the relative path
   * @return a sentence naming the path, the working directory and its parents
   */
  public static String lookedFor(String relative) {
    return relative + " in " + workingDirectory() + " and every parent directory";
  }

  private static Path workingDirectory() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath();
  }
}
