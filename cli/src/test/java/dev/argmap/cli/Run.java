package dev.argmap.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the {@code argmap} command, with what it printed. */
record Run(int exitCode, String out, String err) {
  static Run of(String... args) {
    return withStdin("", args);
  }

  static Run withStdin(String stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Run withStdin(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, new PrintWriter(out, true), new PrintWriter(err, true),
        java.util.Optional::empty);
    return new Run(code, out.toString(), err.toString());
  }

  /** Returns the lines of standard error. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
