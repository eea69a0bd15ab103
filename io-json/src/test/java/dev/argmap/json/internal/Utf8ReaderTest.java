package dev.argmap.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 decoder hands out exactly the text, however the bytes and reads are cut. */
class Utf8ReaderTest {
  private static final String[] PIECES = {"a", "é", "€", "😀", "中", "\n", "\"", "\uFEFF", "Россия"};

  @Test
  void decodesWhateverTheSizesOfReadsAndOfChunks() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    for (int round = 0; round < 120; round++) {
      StringBuilder text = new StringBuilder("x"); // a leading U+FEFF would be a byte order mark
      int length = random.nextInt(20_000);
      while (text.length() < length) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      boolean bom = random.nextBoolean();
      byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
      int chunk = 1 + random.nextInt(round % 3 == 0 ? 3 : 9000);
      int readSize = 1 + random.nextInt(round % 2 == 0 ? 3 : 5000);
      assertThat(decode(trickle(bytes, chunk), readSize))
          .as("round %d, chunk %d, reads of %d", round, chunk, readSize)
          .isEqualTo(text.toString());
    }
  }

  @Test
  void reportsTheBadBytesAfterHandingOutEverythingBeforeThem() throws IOException {
    byte[] bytes = {'a', 'b', '\n', 'c', (byte) 0xC3, '(', 'd'};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    char[] buffer = new char[100];
    assertThat(reader.read(buffer, 0, 100)).isEqualTo(4);
    assertThatThrownBy(() -> reader.read(buffer, 0, 100))
        .isInstanceOf(CharacterCodingException.class)
        .hasMessage("the document is not valid UTF-8 text: malformed bytes 0xC3 at byte offset 4");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsMalformed() {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    assertThatThrownBy(() -> decode(reader, 10)).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void utf16IsNamed() {
    byte[] bytes = "{}".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> decode(new Utf8Reader(new ByteArrayInputStream(bytes)), 10))
        .hasMessage("the document is UTF-16 text; argmap documents are UTF-8");
  }

  private static String decode(InputStream in, int readSize) throws IOException {
    return decode(new Utf8Reader(in), readSize);
  }

  private static String decode(Utf8Reader reader, int readSize) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[readSize];
    int n;
    while ((n = reader.read(buffer, 0, readSize)) != -1) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
