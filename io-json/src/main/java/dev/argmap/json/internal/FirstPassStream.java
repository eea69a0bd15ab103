package dev.argmap.json.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The bytes of a first, fast reading of a document: checks as they pass that they are UTF-8 that
 * Jackson's byte parser reads as the character reader does (well-formed, no zero byte among the
 * first four, from which Jackson would guess UTF-16 or UTF-32), failing with {@link NotPlainUtf8}
 * otherwise; and, when asked, keeps them, so that a stream that cannot be read twice can be read
 * again from the start ({@link #replay()}).
 */
final class FirstPassStream extends FilterInputStream {
  /** The most bytes kept for a replay: an array's limit. */
  static final int MAX_KEPT = Integer.MAX_VALUE - 16;

  private final boolean keep;
  private byte[] kept;
  private int size; // bytes kept, or seen when none are kept
  private long seen;
  // the bytes not yet checked: an incomplete sequence at the end of the last read
  private final byte[] tail = new byte[4];
  private int tailLength;

  /** Thrown when the bytes are not plain UTF-8; the second reading reports why. */
  static final class NotPlainUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    NotPlainUtf8() {
      super("not plain UTF-8", null);
    }
  }

  /** Thrown when a stream is too long to keep for a replay. */
  static final class TooLongToKeep extends IOException {
    private static final long serialVersionUID = 1L;

    TooLongToKeep() {
      super("too long to keep", null);
    }
  }

  FirstPassStream(InputStream in, boolean keep) {
    super(in);
    this.keep = keep;
    this.kept = keep ? new byte[8192] : null;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      if (tailLength > 0) {
        throw new NotPlainUtf8(); // the document ends inside a sequence
      }
      return n;
    }
    if (keep) {
      if ((long) size + n > MAX_KEPT) {
        throw new TooLongToKeep();
      }
      if (size + n > kept.length) {
        kept = Arrays.copyOf(kept, (int) Math.min(MAX_KEPT, Math.max(size + n, 2L * kept.length)));
      }
      System.arraycopy(buffer, offset, kept, size, n);
      size += n;
    }
    check(buffer, offset, n);
    return n;
  }

  private void check(byte[] buffer, int offset, int n) throws NotPlainUtf8 {
    for (int i = 0; i < n && seen + i < 4; i++) {
      if (buffer[offset + i] == 0) {
        throw new NotPlainUtf8();
      }
    }
    seen += n;
    int start = offset;
    int end = offset + n;
    if (tailLength > 0) {
      // complete the sequence left over from the last read
      byte[] joined = new byte[8];
      System.arraycopy(tail, 0, joined, 0, tailLength);
      int take = Math.min(n, joined.length - tailLength);
      System.arraycopy(buffer, offset, joined, tailLength, take);
      int whole = completeLength(joined, tailLength + take);
      if (whole < 0) {
        throw new NotPlainUtf8();
      }
      if (whole <= tailLength) {
        // still incomplete
        System.arraycopy(buffer, offset, tail, tailLength, take);
        tailLength += take;
        return;
      }
      if (!wellFormed(joined, 0, whole)) {
        throw new NotPlainUtf8();
      }
      start = offset + (whole - tailLength);
      tailLength = 0;
    }
    // hold back a sequence cut by the end of this read
    int cut = end;
    for (int back = 1; back <= 3 && end - back >= start; back++) {
      int b = buffer[end - back] & 0xff;
      if (b < 0x80) {
        break;
      }
      if (b >= 0xC0) {
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        if (needed > back) {
          cut = end - back;
        }
        break;
      }
    }
    if (!wellFormed(buffer, start, cut - start)) {
      throw new NotPlainUtf8();
    }
    tailLength = end - cut;
    System.arraycopy(buffer, cut, tail, 0, tailLength);
  }

  /**
   * Returns the length of the whole sequences at the start of {@code bytes}, up to the first one
   * still incomplete; -1 when a lead byte is not one.
   */
  /** Eight bytes of an array as one long, to test them for ASCII at once. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Whether the bytes are well-formed UTF-8 (the rules of Guava's {@code Utf8.isWellFormed}: no
   * overlong form, no surrogate, nothing above U+10FFFF, no sequence cut short). Runs of ASCII,
   * most of a document, are passed over eight bytes at a time: the per-byte check was a
   * sixteenth of a whole read.
   */
  static boolean wellFormed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      while (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= end) {
        return true;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      if (b < 0xC2) {
        return false; // a continuation byte, or the lead of an overlong two-byte form
      } else if (b < 0xE0) {
        if (i + 1 >= end || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= end) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xff;
        if (b1 < 0x80 || b1 > 0xBF
            || (b == 0xE0 && b1 < 0xA0) // overlong
            || (b == 0xED && b1 >= 0xA0) // a surrogate
            || !continuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= end) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xff;
        if (b1 < 0x80 || b1 > 0xBF
            || (b == 0xF0 && b1 < 0x90) // overlong
            || (b == 0xF4 && b1 >= 0x90) // above U+10FFFF
            || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static int completeLength(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xff;
      int needed = b < 0x80 ? 1 : b >= 0xF8 ? -1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : -1;
      if (needed < 0) {
        return -1;
      }
      if (i + needed > length) {
        return i;
      }
      i += needed;
    }
    return i;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes could be neither checked nor kept
    byte[] discard = new byte[(int) Math.min(n, 8192)];
    int read = read(discard, 0, discard.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // the caller owns the stream
  }

  /** Returns the document again from its start: the bytes kept, then the rest of the stream. */
  InputStream replay() {
    return new SequenceInputStream(new ByteArrayInputStream(kept, 0, size), in);
  }
}
