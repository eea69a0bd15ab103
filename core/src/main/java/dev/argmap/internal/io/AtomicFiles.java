package dev.argmap.internal.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way argmap writes a file. A regular file (or a path that does not exist yet) is replaced all
 * at once: the content goes to a temporary file in the target's own directory, is forced to the disk
 * and moved over the target, so readers see the old file or the new one, never half of one.
 *
 * <ul>
 *   <li>A symbolic link is followed and stays a link: its target is replaced (a dangling link's target
 *       is created).
 *   <li>A target that exists and is not a regular file (a device such as {@code /dev/full} or
 *       {@code /dev/null}, a FIFO, a pipe such as {@code /dev/fd/63}) is written to directly, never
 *       replaced; its write errors are thrown.
 *   <li>The replaced file's POSIX permissions are kept; a new file gets the mode the process's umask
 *       gives any new file (typically 0644), not the 0600 of {@code Files.createTempFile}.
 *   <li>The temporary file is removed on every exit path the JVM controls: an exception or error while
 *       writing, and an orderly shutdown (SIGTERM, SIGINT) in the middle of a write. Only a SIGKILL or a
 *       crash of the machine can leave one behind, named {@code .NAME.RANDOM.tmp} beside the target.
 * </ul>
 *
 * <p>Thread-safe; two writers of the same target race, and the last move wins.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_LINKS = 40;
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeInProgress,
        "argmap-temporary-file-cleanup"));
  }

  private AtomicFiles() {}

  /** Writes bytes into a stream that it must not close. */
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

  /** Writes text into a writer that it must not close. */
  @FunctionalInterface
  public interface TextContent {
    /**
     * Writes the text.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} with the bytes {@code content} produces.
   *
   * @param target the file, link, device or pipe to write
   * @param content what to write
   * @throws IOException when the target cannot be written; a replaced file is then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(content, "content");
    Optional<Path> special = nonRegular(target);
    if (special.isPresent()) {
      writeInPlace(special.get(), content);
      return;
    }
    Path absolute = target.toAbsolutePath();
    replace(Files.exists(absolute) ? absolute.toRealPath() : resolveLinks(absolute), content);
  }

  /**
   * Writes {@code target} with UTF-8 text; text that is not valid Unicode (an unpaired surrogate) fails
   * with a {@link java.nio.charset.CharacterCodingException} before the target is touched.
   *
   * @param target the file, link, device or pipe to write
   * @param content what to write
   * @throws IOException when the target cannot be written; a replaced file is then as it was
   */
  public static void writeText(Path target, TextContent content) throws IOException {
    requireNonNull(content, "content");
    write(target, out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
      content.writeTo(writer);
      writer.flush();
    });
  }

  /** Returns the path to write in place when the target exists and is not a regular file. */
  private static Optional<Path> nonRegular(Path target) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    return attributes.isRegularFile() ? Optional.empty() : Optional.of(target);
  }

  /**
   * Writes a device, FIFO or pipe as it is: opening it follows whatever links lead to it (including
   * {@code /dev/fd/N}), nothing is created or renamed, and a write error (such as {@code /dev/full}'s
   * "no space left") is thrown at the flush.
   */
  private static void writeInPlace(Path target, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
      content.writeTo(out);
      out.flush();
    }
  }

  private static void replace(Path target, Content content) throws IOException {
    Path directory = target.getParent();
    Path temp = directory.resolve(
        "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    IN_PROGRESS.add(temp);
    try {
      // no attributes: the new file gets the umask's default mode, like any file the user creates
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // a file system without atomic rename in one directory: replace as well as it can
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    } finally {
      IN_PROGRESS.remove(temp);
    }
  }

  /**
   * Returns the file that a chain of symbolic links leads to, so that the links stay links; a link
   * whose target does not exist yet leads to that target, which is then created.
   */
  private static Path resolveLinks(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
      Path next = Files.readSymbolicLink(current);
      current = current.getParent().resolve(next).normalize();
    }
    if (Files.isSymbolicLink(current)) {
      throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
    }
    return current;
  }

  /** Gives the new file the permissions of the file it replaces, where the system has them. */
  private static void keepPermissions(Path target, Path temp) {
    try {
      PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (old != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // best effort: the content matters, the mode is a courtesy
    }
  }

  /** Removes the temporary files of writes that a shutdown interrupts. */
  private static void removeInProgress() {
    for (Path temp : IN_PROGRESS) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException e) {
        // the JVM is going down; nothing else can be done
      }
    }
  }
}
