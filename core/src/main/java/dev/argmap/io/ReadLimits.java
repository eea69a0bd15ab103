package dev.argmap.io;

import java.util.Locale;
import java.util.Objects;

/**
 * How much of a document a reader accepts. The {@linkplain #defaults() defaults} are safe for untrusted input:
 * a document that breaks one fails with a {@link ReadLimitException} before the memory it would need is spent.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxDocumentBytes(256L << 20).build();
 * ArgumentMap map = new ArgdownImporter().read(path, warning -> {}, limits);
 * }</pre>
 *
 * <p>The command line sets the same limits with {@code --max-size}, {@code --max-depth},
 * {@code --max-elements} and {@code --max-text}. Immutable and thread-safe.
 */
public final class ReadLimits {
  /** The default {@link #maxDocumentBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** The default {@link #maxNestingDepth()}: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default {@link #maxTextLength()}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1024 * 1024;

  /** The default {@link #maxElements()}: 2,000,000. */
  public static final int DEFAULT_MAX_ELEMENTS = 2_000_000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  /** The limits, each with the builder method and the command-line option that raise it. */
  public enum Limit {
    /** {@link ReadLimits#maxDocumentBytes()}. */
    DOCUMENT_BYTES("maxDocumentBytes", "--max-size"),
    /** {@link ReadLimits#maxNestingDepth()}. */
    NESTING_DEPTH("maxNestingDepth", "--max-depth"),
    /** {@link ReadLimits#maxTextLength()}. */
    TEXT_LENGTH("maxTextLength", "--max-text"),
    /** {@link ReadLimits#maxElements()}. */
    ELEMENTS("maxElements", "--max-elements");

    private final String setting;
    private final String option;

    Limit(String setting, String option) {
      this.setting = setting;
      this.option = option;
    }

    /**
     * Returns the name of the {@link ReadLimits.Builder} method that sets the limit.
     *
     * @return for example {@code maxDocumentBytes}
     */
    public String setting() {
      return setting;
    }

    /**
     * Returns the {@code argmap} command-line option that sets the limit.
     *
     * @return for example {@code --max-size}
     */
    public String option() {
      return option;
    }
  }

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxTextLength;
  private final int maxElements;

  private ReadLimits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxTextLength = b.maxTextLength;
    this.maxElements = b.maxElements;
  }

  /**
   * Returns the default limits.
   *
   * @return 64 MiB, 64 levels, 1 MiB of characters per text, 2,000,000 elements
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these limits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().maxDocumentBytes(maxDocumentBytes).maxNestingDepth(maxNestingDepth)
        .maxTextLength(maxTextLength).maxElements(maxElements);
  }

  /**
   * Returns the largest document accepted, in bytes of UTF-8 (for text already in memory, in characters). A
   * file's size is checked before it is read, a stream's bytes as they are read.
   *
   * @return the limit
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns how deeply a document may nest: JSON arrays and objects, Argdown's indented relations.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest text accepted, in characters: a JSON string, a line of a text format.
   *
   * @return the limit
   */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Returns the most elements a document may declare: the entries of one JSON array of the argmap format, the
   * objects of an AIF document, the non-blank lines of a line-based format (Argdown, APX, TGF, {@code .af},
   * {@code .bag}), each of which declares at most a few.
   *
   * @return the limit
   */
  public int maxElements() {
    return maxElements;
  }

  /**
   * Returns the value of one limit.
   *
   * @param limit which
   * @return its value
   */
  public long get(Limit limit) {
    return switch (Objects.requireNonNull(limit, "limit")) {
      case DOCUMENT_BYTES -> maxDocumentBytes;
      case NESTING_DEPTH -> maxNestingDepth;
      case TEXT_LENGTH -> maxTextLength;
      case ELEMENTS -> maxElements;
    };
  }

  /**
   * Throws when {@code actual} is above a limit.
   *
   * @param limit the limit
   * @param actual what the document has (or at least has, when reading stopped early)
   * @param what what was measured, for the message: {@code "the document"}, {@code "line 12"}
   * @param source the file or stream, for the message; may be empty
   * @throws ReadLimitException if {@code actual} is above the limit
   */
  public void check(Limit limit, long actual, String what, String source) {
    long max = get(limit);
    if (actual > max) {
      throw new ReadLimitException(limit, actual, max, what, source);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits other && maxDocumentBytes == other.maxDocumentBytes
        && maxNestingDepth == other.maxNestingDepth && maxTextLength == other.maxTextLength
        && maxElements == other.maxElements;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxNestingDepth, maxTextLength, maxElements);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "ReadLimits{maxDocumentBytes=%d, maxNestingDepth=%d, maxTextLength=%d, maxElements=%d}",
        maxDocumentBytes, maxNestingDepth, maxTextLength, maxElements);
  }

  /** Builder of {@link ReadLimits}; starts from the defaults. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private int maxElements = DEFAULT_MAX_ELEMENTS;

    private Builder() {}

    /**
     * Sets the largest document accepted.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = atLeastOne("maxDocumentBytes", bytes);
      return this;
    }

    /**
     * Sets how deeply a document may nest.
     *
     * @param depth the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) atLeastOne("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the longest text accepted.
     *
     * @param length the limit in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxTextLength(int length) {
      this.maxTextLength = (int) atLeastOne("maxTextLength", length);
      return this;
    }

    /**
     * Sets the most elements a document may declare.
     *
     * @param elements the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} is below 1
     */
    public Builder maxElements(int elements) {
      this.maxElements = (int) atLeastOne("maxElements", elements);
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long atLeastOne(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
      }
      return value;
    }
  }
}
