package dev.argmap.cli;

import dev.argmap.internal.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Where a command writes its result: standard output ({@code -} or no file), or a file written by
 * argmap's one atomic writer ({@link AtomicFiles}): a regular file is replaced all at once and keeps its
 * mode, a symbolic link stays a link, a device or pipe ({@code /dev/full}, {@code -o >(cmd)}) is written to.
 */
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
   * Writes to standard output, or to a UTF-8 file through {@link AtomicFiles}.
   *
   * @throws IOException if the file cannot be written (standard output's errors are found by
   *     {@link Main} when the command ends)
   */
  static void write(String file, PrintWriter stdout, Body body) throws IOException {
    if (isStdout(file)) {
      body.write(stdout);
      stdout.flush();
      return;
    }
    AtomicFiles.writeText(Path.of(file), body::write);
  }
}
