package dev.argmap.maps;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a file of the repository or of {@code ../shared} by walking up from the working directory. */
final class Above {
  private Above() {}

  /** The nearest {@code dir/relative} that is a regular file, for the working directory and its parents; or null. */
  static Path find(String relative) {
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Where a missing file was looked for, for a skip message. */
  static String lookedFor(String relative) {
    return relative + " in " + Path.of(System.getProperty("user.dir")).toAbsolutePath() + " and every parent directory";
  }
}
