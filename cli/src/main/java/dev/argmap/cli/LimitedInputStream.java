package dev.argmap.cli;

import dev.argmap.io.ReadLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and fails with a {@link dev.argmap.io.ReadLimitException} past the size limit. */
final class LimitedInputStream extends FilterInputStream {
  private final ReadLimits limits;
  private final String name;
  private long count;

  LimitedInputStream(InputStream in, ReadLimits limits, String name) {
    super(in);
    this.limits = limits;
    this.name = name;
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
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int n) {
    count += n;
    limits.check(ReadLimits.Limit.DOCUMENT_BYTES, count, "the input (at least)", name);
  }
}
