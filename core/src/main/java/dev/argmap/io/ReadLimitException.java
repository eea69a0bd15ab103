package dev.argmap.io;

import java.util.Objects;

/**
 * A document is larger, deeper or longer than its reader's {@link ReadLimits} allow. The message names the
 * limit and the setting that raises it; {@link #limit()} lets a caller name its own way to raise it (the
 * command line names its option). It is a {@link MapFormatException} without a line, so a caller that
 * catches bad input of any kind catches it too.
 */
public final class ReadLimitException extends MapFormatException {
  private static final long serialVersionUID = 1L;

  /** The limit the document broke. */
  private final ReadLimits.Limit limit;
  /** What the document has, or at least has when reading stopped. */
  private final long actual;
  /** The limit's value. */
  private final long max;
  /** What was measured, for the message. */
  private final String what;
  /** The file or stream; empty when unknown. */
  private final String source;

  /**
   * Creates the exception.
   *
   * @param limit the limit broken
   * @param actual what the document has (or at least has)
   * @param max the limit's value
   * @param what what was measured: {@code "the document"}, {@code "line 12"}
   * @param source the file or stream; empty when unknown
   */
  public ReadLimitException(ReadLimits.Limit limit, long actual, long max, String what, String source) {
    super(describe(limit, actual, max, what, source) + "; raise ReadLimits." + limit.setting(),
        describe(limit, actual, max, what, source), 0, 0, source, null);
    this.limit = Objects.requireNonNull(limit, "limit");
    this.actual = actual;
    this.max = max;
    this.what = Objects.requireNonNull(what, "what");
    this.source = Objects.requireNonNull(source, "source");
  }

  private static String describe(ReadLimits.Limit limit, long actual, long max, String what, String source) {
    String where = source == null || source.isEmpty() ? "" : source + ": ";
    return where + what + switch (limit) {
      case DOCUMENT_BYTES -> " has " + actual + " bytes, more than the limit of " + max;
      case NESTING_DEPTH -> " nests " + actual + " levels deep, deeper than the limit of " + max;
      case TEXT_LENGTH -> " has a text of " + actual + " characters, longer than the limit of " + max;
      case ELEMENTS -> " declares " + actual + " elements, more than the limit of " + max;
    };
  }

  /**
   * Returns which limit was broken.
   *
   * @return the limit
   */
  public ReadLimits.Limit limit() {
    return limit;
  }

  /**
   * Returns what the document has, at least.
   *
   * @return the measured value
   */
  public long actual() {
    return actual;
  }

  /**
   * Returns the limit's value.
   *
   * @return the limit
   */
  public long max() {
    return max;
  }

  /**
   * Returns what broke the limit, without the advice: for example {@code map.argdown: line 40 nests 65 levels
   * deep, deeper than the limit of 64}.
   *
   * @return the description, with the source (unlike other format exceptions, whose problem leaves it out,
   *     since the command line quotes this one on its own)
   */
  @Override
  public String problem() {
    return describe(limit, actual, max, what, source);
  }

  /**
   * Returns the same broken limit, naming the file it is in; itself when it names one already.
   *
   * @param source the file or other source
   * @return the exception naming the source
   */
  @Override
  public ReadLimitException inSource(String source) {
    Objects.requireNonNull(source, "source");
    if (!this.source.isEmpty()) {
      return this;
    }
    ReadLimitException e = new ReadLimitException(limit, actual, max, what, source);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
