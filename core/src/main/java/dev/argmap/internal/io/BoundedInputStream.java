package dev.argmap.internal.io;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a stream and calls back once more than a limit have arrived, before the caller
 * sees them: the one guard for inputs whose size is not known in advance (standard input, pipes, sockets).
 * The callback throws the reader's own exception ({@link dev.argmap.io.ReadLimitException} for most, an
 * {@link IOException} where a parser must see the failure as one of I/O); if it returns, reading goes on and
 * it is called again on each later read.
 *
 * <p>Marks are not supported, so that bytes are never counted twice. {@link #close()} closes the stream
 * unless the stream was made with {@link #notClosing}.
 */
public final class BoundedInputStream extends FilterInputStream {
  /** Called once more bytes than the limit have been read. */
  @FunctionalInterface
  public interface OverLimit {
    /**
     * Refuses the input, as a rule by throwing.
     *
     * @param count the bytes read so far, more than the limit
     * @throws IOException to fail the read as one of I/O
     */
    void exceeded(long count) throws IOException;
  }

  private final long limit;
  private final OverLimit overLimit;
  private final boolean closes;
  private long count;

  private BoundedInputStream(InputStream in, long limit, OverLimit overLimit, boolean closes) {
    super(requireNonNull(in, "in"));
    if (limit < 0) {
      throw new IllegalArgumentException("a byte limit is at least 0 but was " + limit);
    }
    this.limit = limit;
    this.overLimit = requireNonNull(overLimit, "overLimit");
    this.closes = closes;
  }

  /**
   * Returns a stream that counts what is read from {@code in} and closes it when closed.
   *
   * @param in the stream
   * @param limit the most bytes that may be read
   * @param overLimit called with the count read so far once it is past the limit; throws
   * @return the counting stream
   */
  public static BoundedInputStream of(InputStream in, long limit, OverLimit overLimit) {
    return new BoundedInputStream(in, limit, overLimit, true);
  }

  /**
   * Returns a stream that counts what is read from {@code in} and leaves it open when closed, for a
   * caller that does not own {@code in}.
   *
   * @param in the stream
   * @param limit the most bytes that may be read
   * @param overLimit called with the count read so far once it is past the limit; throws
   * @return the counting stream
   */
  public static BoundedInputStream notClosing(InputStream in, long limit, OverLimit overLimit) {
    return new BoundedInputStream(in, limit, overLimit, false);
  }

  /**
   * Returns how many bytes have been read or skipped.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readLimit) {
    // not supported: a reset would count bytes twice
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark and reset are not supported");
  }

  @Override
  public void close() throws IOException {
    if (closes) {
      super.close();
    }
  }

  private void counted(long n) throws IOException {
    count += n;
    if (count > limit) {
      overLimit.exceeded(count);
    }
  }
}
