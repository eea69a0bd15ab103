package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code shared} folder beside the repository (seeds, reference vectors, real files of other
 * tools' formats), read in place. Tests that need it are skipped, naming what was looked for, when a
 * checkout has no {@code shared} folder beside it.
 *
 * <pre>{@code
 * Path vectors = SharedFiles.require("reference/vectors.json");
 * }</pre>
 */
public final class SharedFiles {
  private static final String SHARED = "shared/";

  private SharedFiles() {}

  /**
   * Returns a file or folder of {@code shared}, if there is one above the working directory.
   *
   * @param relative a path inside {@code shared}, such as {@code reference/vectors.json}
   * @return the file or folder, or empty
   */
  public static Optional<Path> find(String relative) {
    return Above.find(SHARED + requireNonNull(relative, "relative"));
  }

  /**
   * Returns a file or folder of {@code shared}, or skips the calling test with a message that names
   * it and says how to provide it.
   *
   * @param relative a path inside {@code shared}
   * @return the file or folder
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    Assumptions.assumeTrue(found.isPresent(), () -> "SKIPPED: " + missing(relative));
    return found.orElseThrow();
  }

  /**
   * Says what is missing and how to provide it, for a skip message.
   *
   * @param relative a path inside {@code shared}
   * @return the message
   */
  public static String missing(String relative) {
    return "the shared test data is absent: no " + Above.lookedFor(SHARED + relative)
        + "; check out the shared folder beside the repository (../shared) to run this test";
  }

  /**
   * Returns the files of a folder of {@code shared} whose names end in {@code ending}, sorted by name,
   * or skips the calling test when the folder is absent.
   *
   * @param folder a folder inside {@code shared}, such as {@code interop/aif}
   * @param ending the end of the file names, such as {@code .json}
   * @return the files, sorted
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> files(String folder, String ending) {
    requireNonNull(ending, "ending");
    Path dir = require(folder);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(ending)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
