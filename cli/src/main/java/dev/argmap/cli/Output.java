package dev.argmap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command writes its result: standard output ({@code -} or no file), or a file, written atomically. */
final class Output {
  /** Writes text to a writer. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  private Output() {}

  static boolean isStdout(String file) {
    return file == null || file.equals("-");
  }

  /**
   * Writes to standard output, or to a UTF-8 file through a temporary file in the same directory that then
   * replaces it, so the file never holds half an output.
   */
  static void write(String file, PrintWriter stdout, Body body) throws IOException {
    if (isStdout(file)) {
      body.write(stdout);
      stdout.flush();
      return;
    }
    Path target = Path.of(file).toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
          StandardCharsets.UTF_8.newEncoder()))) {
        body.write(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
