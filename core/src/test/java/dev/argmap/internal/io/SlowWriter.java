package dev.argmap.internal.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A process that starts writing a file, says so on standard output, and hangs until it is killed. */
final class SlowWriter {
  private SlowWriter() {}

  public static void main(String[] args) throws Exception {
    AtomicFiles.write(Path.of(args[0]), out -> {
      out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new AssertionError("the test should have killed this process");
    });
  }
}
