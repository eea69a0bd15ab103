package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a test's input files, in UTF-8, into a folder the test owns (a JUnit {@code @TempDir}), so
 * that a test of a command line or an importer reads a real file.
 *
 * <pre>{@code
 * @TempDir Path dir;
 *
 * Path map = TestFiles.write(dir, "map.af", "arg(a).\narg(b).\natt(a,b).\n");
 * }</pre>
 */
public final class TestFiles {
  private TestFiles() {}

  /**
   * Writes {@code content} to {@code dir/name} in UTF-8, making the folders on the way, and replacing a
   * file that is there.
   *
   * @param dir the test's folder
   * @param name the file's path inside it, such as {@code map.json} or {@code lessons/main.argdown}
   * @param content the file's text
   * @return the file
   * @throws IllegalArgumentException if {@code name} is absolute or leads out of {@code dir}
   * @throws IOException if the file cannot be written
   */
  public static Path write(Path dir, String name, String content) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(name, "name");
    requireNonNull(content, "content");
    Path file = dir.resolve(name).normalize();
    if (Path.of(name).isAbsolute() || !file.startsWith(dir.normalize())) {
      throw new IllegalArgumentException("the file '" + name + "' must be a relative path inside " + dir);
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
