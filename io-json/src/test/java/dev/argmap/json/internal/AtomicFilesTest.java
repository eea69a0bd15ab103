package dev.argmap.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the content fails half-way, the old file stays as it was and no temporary file is left. */
class AtomicFilesTest {
  private static final String OLD = "{\"old\": true}\n";

  @TempDir Path dir;

  @Test
  void anIoExceptionHalfWayLeavesTheOldFile() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, OLD);
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("{\"new\": ".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[100_000]);
      throw new IOException("serialization failed");
    })).isInstanceOf(IOException.class).hasMessage("serialization failed");
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly("map.json");
  }

  @Test
  void aRuntimeExceptionHalfWayLeavesTheOldFile() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, OLD);
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("{\"new\": ".getBytes(StandardCharsets.UTF_8));
      throw new UncheckedIOException(new IOException("generator failed"));
    })).isInstanceOf(UncheckedIOException.class);
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly("map.json");
  }

  @Test
  void anErrorHalfWayLeavesNoFileWhenThereWasNone() {
    Path file = dir.resolve("map.json");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(1);
      throw new OutOfMemoryError("simulated");
    })).isInstanceOf(OutOfMemoryError.class);
    assertThat(files()).isEmpty();
  }

  private List<String> files() {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
