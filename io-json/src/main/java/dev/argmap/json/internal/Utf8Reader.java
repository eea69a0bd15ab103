package dev.argmap.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8, skipping a leading byte order mark. Unlike {@link java.io.InputStreamReader}
 * it hands out every character before a malformed byte sequence and fails only when asked for the
 * next one, so that the parser's position at the failure is where the bad bytes are; and it says
 * which bytes and at which offset.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private long consumed; // bytes decoded before the start of the buffer
  private boolean eof;
  private boolean started;
  private CharacterCodingException pending;
  private char pendingLow; // the second half of a surrogate pair that did not fit

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** Thrown when the bytes are not UTF-8. */
  static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String description;

    MalformedUtf8Exception(String description) {
      this.description = description;
    }

    @Override
    public String getMessage() {
      return description;
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pending != null) {
      throw pending;
    }
    if (!started) {
      start();
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    if (pendingLow != 0) {
      out.put(pendingLow);
      pendingLow = 0;
    }
    while (out.hasRemaining()) {
      if (!bytes.hasRemaining() || (!eof && bytes.remaining() < 4)) {
        if (!fill() && !bytes.hasRemaining()) {
          break;
        }
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        pending = malformed(result.length());
        break;
      }
      if (result.isOverflow()) {
        if (out.position() == offset && out.remaining() == 1) {
          // room for one char only, but the next is a surrogate pair: hand out its first half
          char[] pair = new char[2];
          CharBuffer two = CharBuffer.wrap(pair);
          CoderResult r = decoder.decode(bytes, two, eof);
          if (r.isError()) {
            pending = malformed(r.length());
            break;
          }
          out.put(pair[0]);
          pendingLow = two.position() > 1 ? pair[1] : 0;
        }
        break;
      }
      if (eof && !bytes.hasRemaining()) {
        break;
      }
    }
    int n = out.position() - offset;
    if (n == 0) {
      if (pending != null) {
        throw pending;
      }
      return eof ? -1 : 0;
    }
    return n;
  }

  /** Reads more bytes; returns false at the end of input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    consumed += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    return true;
  }

  /** Reads the first bytes and skips a byte order mark. */
  private void start() throws IOException {
    started = true;
    while (bytes.remaining() < 3 && fill()) {
      // a stream may hand out fewer bytes than asked for
    }
    if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
        && (bytes.get(2) & 0xFF) == 0xBF) {
      bytes.position(3);
    }
  }

  private CharacterCodingException malformed(int length) {
    long offset = consumed + bytes.position();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      if (i > 0) {
        hex.append(' ');
      }
      hex.append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    String text = "the document is not valid UTF-8 text: malformed bytes " + hex
        + " at byte offset " + offset;
    if (offset == 0 && bytes.remaining() >= 2) {
      int b0 = bytes.get(0) & 0xFF;
      int b1 = bytes.get(1) & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        text = "the document is UTF-16 text; argmap documents are UTF-8";
      }
    }
    return new MalformedUtf8Exception(text);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
