package dev.argmap.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources. */
final class TestFiles {
  private TestFiles() {}

  /** The test resources as files: tests run in the module's directory. */
  static final Path RESOURCES = Path.of("src", "test", "resources");

  static Path resource(String name) {
    Path path = RESOURCES.resolve(name);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no test resource " + path.toAbsolutePath());
    }
    return path;
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
