package dev.argmap.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real files in {@code shared/interop}, read in place: found by walking up from the working directory
 * to a directory that has {@code shared/interop}. Tests that need them are skipped, naming the path looked
 * for, when they are absent.
 */
public final class SharedFiles {
  private SharedFiles() {}

  /** Returns the {@code shared/interop} directory, or null. */
  public static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("interop");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Returns a subdirectory of {@code shared/interop}, or skips the test. */
  public static Path require(String sub) {
    Path root = root();
    assumeTrue(root != null && Files.isDirectory(root.resolve(sub)),
        "the real files are absent: no shared/interop/" + sub + " in "
            + Path.of(System.getProperty("user.dir")).toAbsolutePath() + " or a directory above it");
    return root.resolve(sub);
  }

  /** Returns the files of a subdirectory with a name ending, sorted; skips the test when absent. */
  public static List<Path> files(String sub, String ending) {
    Path dir = require(sub);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
