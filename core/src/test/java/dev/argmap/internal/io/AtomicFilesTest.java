package dev.argmap.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic writer: modes, links, devices, pipes and the temporary file on every exit path. */
class AtomicFilesTest {
  private static final String OLD = "old content\n";

  @TempDir Path dir;

  @Test
  void anExisting0644FileStays0644() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    AtomicFiles.writeText(file, out -> out.write("new"));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
  }

  @Test
  void anExisting0640FileKeepsItsUnusualMode() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.writeText(file, out -> out.write("new"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  @Test
  void aNewFileGetsTheUmaskDefaultModeNot0600() throws IOException {
    Path reference = dir.resolve("reference.txt");
    Files.createFile(reference); // the mode the umask gives any new file
    Path file = dir.resolve("new.txt");
    AtomicFiles.writeText(file, out -> out.write("new"));
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
    assertThat(mode).isEqualTo(Files.getPosixFilePermissions(reference));
    assertThat(mode).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, OLD);
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, real.getFileName());
    AtomicFiles.writeText(link, out -> out.write("through the link"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("through the link");
  }

  @Test
  void aDanglingLinksTargetIsCreatedAndTheLinkStays() throws IOException {
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, Path.of("missing.txt"));
    AtomicFiles.writeText(link, out -> out.write("created"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("missing.txt"))).isEqualTo("created");
  }

  @Test
  void theTemporaryFileIsInTheTargetsDirectory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path file = sub.resolve("out.txt");
    List<String> seen = new ArrayList<>();
    AtomicFiles.writeText(file, out -> seen.addAll(names(sub)));
    assertThat(seen).singleElement().satisfies(n -> assertThat(n).startsWith(".out.txt.").endsWith(".tmp"));
    assertThat(names(sub)).containsExactly("out.txt");
  }

  @Test
  void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, OLD);
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(new byte[100_000]);
      throw new IOException("failed half-way");
    })).hasMessage("failed half-way");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(1);
      throw new UncheckedIOException(new IOException("unchecked"));
    })).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(1);
      throw new OutOfMemoryError("simulated");
    })).isInstanceOf(OutOfMemoryError.class);
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(names(dir)).containsExactly("out.txt");
  }

  @Test
  void anUnpairedSurrogateFailsBeforeTheFileIsReplaced() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, OLD);
    assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> out.write("bad \ud800 text")))
        .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(names(dir)).containsExactly("out.txt");
  }

  @Test
  void aDirectoryIsRefused() {
    assertThatThrownBy(() -> AtomicFiles.writeText(dir, out -> out.write("x")))
        .hasMessageContaining("is a directory");
  }

  @Test
  void devFullReportsTheWriteErrorAndIsNotReplaced() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full is absent on this system");
    assertThatThrownBy(() -> AtomicFiles.writeText(full, out -> out.write("no room")))
        .isInstanceOf(IOException.class);
    assertThat(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void devNullIsWrittenToAndStaysADevice() throws IOException {
    Path nul = Path.of("/dev/null");
    assumeTrue(Files.exists(nul), "/dev/null is absent on this system");
    AtomicFiles.writeText(nul, out -> out.write("discarded"));
    assertThat(Files.isRegularFile(nul)).isFalse();
  }

  @Test
  void aFifoIsWrittenToNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    AtomicFiles.writeText(fifo, out -> out.write("through the pipe"));
    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    assertThat(names(dir)).containsExactly("pipe");
  }

  @Test
  void aKilledWriteLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, OLD);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath(),
        SlowWriter.class.getName(), file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as("the writer's first line").isEqualTo("writing");
      assertThat(names(dir)).hasSize(2).anySatisfy(n -> assertThat(n).endsWith(".tmp"));
      process.destroy(); // SIGTERM, as a user's kill or a CI timeout sends
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(names(dir)).containsExactly("out.txt");
    assertThat(Files.readString(file)).isEqualTo(OLD);
  }

  /** The test's class path, whether surefire put the classes on the class path or the module path. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
    Path classes = Path.of("target", "classes").toAbsolutePath();
    parts.add(testClasses.toString());
    parts.add(classes.toString());
    return String.join(File.pathSeparator, parts);
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> names(Path directory) {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
