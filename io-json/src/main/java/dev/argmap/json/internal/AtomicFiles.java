package dev.argmap.json.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file all at once: the content goes to a temporary file in the same directory, is forced
 * to the disk, and is moved over the target. Readers see the old file or the new one, never half of
 * one; when anything fails the old file is left as it was and the temporary file is removed. A
 * symbolic link is followed, and stays a link; the replaced file's permissions are kept.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes what the writer produces; the stream it gets must not be closed by it. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with the content.
   *
   * @param target the file to write
   * @param content what to write into it
   * @throws IOException when the file cannot be written; it is then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = resolveLink(target.toAbsolutePath());
    Path directory = absolute.getParent();
    Path temp = directory.resolve(
        "." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // a file system without atomic rename in one directory: replace as well as it can
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

  /** Returns the file a symbolic link points to, so that the link stays a link; else the path. */
  private static Path resolveLink(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return path;
    }
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path; // a dangling link: replace the link itself
    }
  }

  /** Gives the new file the permissions of the file it replaces, where the system has them. */
  private static void keepPermissions(Path target, Path temp) {
    try {
      PosixFileAttributeView old = Files.getFileAttributeView(target,
          PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (old == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      Set<PosixFilePermission> permissions = old.readAttributes().permissions();
      Files.setPosixFilePermissions(temp, permissions);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // best effort: the content matters, the mode is a courtesy
    }
  }
}
