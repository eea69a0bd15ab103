package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArgMapJson#write(ArgumentMap, Path)} replaces a file all at once, or not at all. */
class AtomicWriteTest {
  private static final String OLD = "the old content\n";

  @TempDir Path dir;

  @Test
  void writesANewFileWithTheDocument() throws IOException {
    Path file = dir.resolve("map.json");
    ArgMapJson.write(GoldenMaps.full(), file);
    assertThat(Files.readString(file)).isEqualTo(ArgMapJson.writeString(GoldenMaps.full()));
    assertThat(ArgMapJson.read(file)).isEqualTo(GoldenMaps.full());
    assertThat(files()).containsExactly("map.json");
  }

  @Test
  void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("map.json");
    Files.writeString(file, OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    ArgMapJson.write(GoldenMaps.minimal(), file);
    assertThat(ArgMapJson.read(file)).isEqualTo(GoldenMaps.minimal());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(files()).containsExactly("map.json");
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, OLD);
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links are supported").isTrue();
      return;
    }
    ArgMapJson.write(GoldenMaps.minimal(), link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(ArgMapJson.read(real)).isEqualTo(GoldenMaps.minimal());
    assertThat(files()).containsExactly("link.json", "real.json");
  }

  @Test
  void writingToAPathRelativeToTheWorkingDirectoryWorks() throws IOException {
    Path relative = Path.of("target", "atomic-write-test-" + ProcessHandle.current().pid() + ".json");
    try {
      ArgMapJson.write(GoldenMaps.minimal(), relative);
      assertThat(ArgMapJson.read(relative)).isEqualTo(GoldenMaps.minimal());
    } finally {
      Files.deleteIfExists(relative);
    }
  }

  @Test
  void whenTheDirectoryIsNotWritableTheOldFileStaysAndNoTemporaryFileIsLeft() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("map.json");
    Files.writeString(file, OLD);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may write anyway; the test means something only for other users
      assumeThat(Files.isWritable(dir)).as("directory is read-only for this user").isFalse();
      assertThatThrownBy(() -> ArgMapJson.write(GoldenMaps.full(), file))
          .isInstanceOf(IOException.class);
      assertThat(Files.readString(file)).isEqualTo(OLD);
      assertThat(files()).containsExactly("map.json");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void whenTheTargetCannotBeReplacedTheTemporaryFileIsRemoved() throws IOException {
    Path target = dir.resolve("map.json");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside.txt"), OLD);
    assertThatThrownBy(() -> ArgMapJson.write(GoldenMaps.full(), target))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo(OLD);
    assertThat(files()).containsExactly("map.json");
  }

  @Test
  void whenTheDirectoryDoesNotExistNothingIsCreated() {
    Path file = dir.resolve("missing").resolve("map.json");
    assertThatThrownBy(() -> ArgMapJson.write(GoldenMaps.full(), file))
        .isInstanceOf(IOException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void writingToAStreamFlushesButDoesNotCloseIt() throws IOException {
    boolean[] closed = {false};
    boolean[] flushed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void flush() {
        flushed[0] = true;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ArgumentMap map = RandomMaps.withStatements(30).seed(1).generate();
    ArgMapJson.write(map, out);
    assertThat(closed[0]).isFalse();
    assertThat(flushed[0]).isTrue();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(ArgMapJson.writeString(map));
  }

  @Test
  void aFailingStreamGivesAnIoException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    ArgumentMap map = RandomMaps.withStatements(500).seed(1).generate();
    assertThatThrownBy(() -> ArgMapJson.write(map, broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk full");
  }

  private List<String> files() {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
