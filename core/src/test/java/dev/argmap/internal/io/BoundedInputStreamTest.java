package dev.argmap.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimitException;
import dev.argmap.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {
  private static ReadLimits limitOf(long bytes) {
    return ReadLimits.builder().maxDocumentBytes(bytes).build();
  }

  @Test
  void failsOnTheFirstByteBeyondTheLimitAndNotBefore() throws IOException {
    byte[] ten = new byte[10];
    try (InputStream in = BoundedInputStream.of(new ByteArrayInputStream(ten), 10, n -> {
      throw new IllegalStateException("over at " + n);
    })) {
      assertThat(in.readAllBytes()).hasSize(10);
    }
    InputStream over = BoundedInputStream.of(new ByteArrayInputStream(new byte[11]), 10, n -> {
      throw new IllegalStateException("over at " + n);
    });
    assertThatThrownBy(over::readAllBytes).hasMessage("over at 11");
  }

  @Test
  void skippedBytesCountAndMarksAreRefused() throws IOException {
    BoundedInputStream in = BoundedInputStream.of(new ByteArrayInputStream(new byte[20]), 100, n -> { });
    assertThat(in.skip(7)).isEqualTo(7);
    in.read();
    assertThat(in.count()).isEqualTo(8);
    assertThat(in.markSupported()).isFalse();
    assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
  }

  @Test
  void aNotClosingStreamLeavesItsSourceOpen() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream source = new ByteArrayInputStream(new byte[1]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    BoundedInputStream.notClosing(source, 5, n -> { }).close();
    assertThat(closed).isFalse();
    BoundedInputStream.of(source, 5, n -> { }).close();
    assertThat(closed).isTrue();
  }

  @Test
  void boundedTextNamesTheLimitAndRefusesBytesThatAreNotUtf8() {
    byte[] big = "x".repeat(100).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BoundedText.readStream(new ByteArrayInputStream(big), limitOf(50), "stdin"))
        .isInstanceOf(ReadLimitException.class)
        .hasMessageContaining("stdin: the input (at least) has ")
        .hasMessageContaining("more than the limit of 50");
    byte[] latin1 = {'a', (byte) 0xE9, 'b'};
    assertThatThrownBy(() -> BoundedText.readStream(new ByteArrayInputStream(latin1), limitOf(50), "f.af"))
        .isInstanceOf(MapFormatException.class)
        .hasMessageStartingWith("f.af: the input is not UTF-8 text");
  }

  @Test
  void boundedTextDropsAByteOrderMark() throws IOException {
    assertThat(BoundedText.readAll(new StringReader("\uFEFFp af 1"), limitOf(50), "")).isEqualTo("p af 1");
    assertThatThrownBy(() -> BoundedText.readAll(new StringReader("y".repeat(51)), limitOf(50), ""))
        .isInstanceOf(ReadLimitException.class);
  }
}
