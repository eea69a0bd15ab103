package dev.argmap.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Utf8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The first pass accepts exactly the well-formed UTF-8 that does not start with a zero byte, however
 * the stream cuts it into reads, and replays what it read.
 */
class FirstPassStreamTest {
  private static final String TEXT = "{\"a\": \"é€😀 x\"}";

  @Test
  void acceptsWellFormedUtf8AndRejectsTheRestWhateverTheReadSizes() {
    byte[] valid = TEXT.getBytes(StandardCharsets.UTF_8);
    for (long seed = 0; seed < 3000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] bytes = valid.clone();
      int changes = random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      if (random.nextInt(4) == 0) {
        bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      boolean expected = Utf8.isWellFormed(bytes)
          && !(bytes.length > 0 && bytes[0] == 0) && noZeroInFirstFour(bytes);
      assertThat(passes(bytes, random)).as("seed %d: %s", seed, Arrays.toString(bytes))
          .isEqualTo(expected);
    }
  }

  @Test
  void checksUtf8AsGuavaDoesWhereverTheBytesStandInTheArray() {
    // runs of ASCII long enough for the eight-bytes-at-once scan, cut by every kind of sequence
    byte[][] pieces = {"abcdefghij".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
    for (long seed = 0; seed < 20_000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        byte[] piece = pieces[random.nextInt(pieces.length)];
        out.write(piece, 0, random.nextInt(4) == 0 ? random.nextInt(piece.length + 1) : piece.length);
      }
      byte[] bytes = out.toByteArray();
      if (bytes.length > 0 && random.nextInt(3) == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      int length = random.nextInt(bytes.length - offset + 1);
      assertThat(FirstPassStream.wellFormed(bytes, offset, length))
          .as("seed %d: %s from %d, %d bytes", seed, Arrays.toString(bytes), offset, length)
          .isEqualTo(Utf8.isWellFormed(bytes, offset, length));
    }
  }

  @Test
  void replaysTheBytesReadAndThenTheRest() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    FirstPassStream first = new FirstPassStream(new ByteArrayInputStream(bytes), true);
    byte[] some = new byte[5];
    assertThat(first.read(some, 0, 5)).isEqualTo(5);
    assertThat(first.replay().readAllBytes()).isEqualTo(bytes);
  }

  private static boolean noZeroInFirstFour(byte[] bytes) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean passes(byte[] bytes, SplittableRandom random) {
    InputStream chunky = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(4)));
      }
    };
    try (FirstPassStream first = new FirstPassStream(chunky, random.nextBoolean())) {
      byte[] buffer = new byte[16];
      while (first.read(buffer, 0, buffer.length) >= 0) {
        // reading is the test
      }
      return true;
    } catch (FirstPassStream.NotPlainUtf8 e) {
      return false;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
