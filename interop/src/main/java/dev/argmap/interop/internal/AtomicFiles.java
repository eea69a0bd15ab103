package dev.argmap.interop.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file all at once: the text goes to a temporary file in the same directory, is forced to the
 * disk and moved over the target, so readers see the old file or the new one. On failure the target is left
 * as it was and the temporary file removed. A symbolic link is followed and stays a link; the replaced
 * file's POSIX permissions are kept.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes text into a writer that must not be closed by it. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the text.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Replaces a file with UTF-8 text.
   *
   * @param target the file
   * @param content what to write into it
   * @throws IOException if the file cannot be written; it is then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute)) {
      try {
        absolute = absolute.toRealPath();
      } catch (IOException e) {
        // a dangling link: replace the link itself
      }
    }
    Path temp = absolute.resolveSibling(
        "." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        Writer out = new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void keepPermissions(Path target, Path temp) {
    try {
      PosixFileAttributeView old =
          Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (old != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // best effort: the content matters, the mode is a courtesy
    }
  }
}
