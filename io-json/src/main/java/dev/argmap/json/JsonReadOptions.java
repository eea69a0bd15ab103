package dev.argmap.json;

import dev.argmap.io.ReadLimits;
import java.util.Objects;

/**
 * How strictly, and within which limits, a document is read. The {@linkplain #defaults() defaults}
 * are safe for untrusted input: a hostile document fails fast with an {@link ArgMapFormatException},
 * without exhausting memory or the stack.
 *
 * <pre>{@code
 * JsonReadOptions options = JsonReadOptions.builder()
 *     .maxDocumentBytes(1 << 20)
 *     .ignoreUnknownProperties(true)
 *     .build();
 * ArgumentMap map = ArgMapJson.reader(options).read(path);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReadOptions {
  /** The default {@link #maxDocumentBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** The default {@link #maxNestingDepth()}: 64; the format itself nests 5 deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default {@link #maxStringLength()}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** The default {@link #maxArrayElements()}: 2,000,000. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = 2_000_000;

  private static final JsonReadOptions DEFAULTS = new Builder().build();

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxArrayElements;
  private final boolean ignoreUnknownProperties;

  private JsonReadOptions(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxArrayElements = b.maxArrayElements;
    this.ignoreUnknownProperties = b.ignoreUnknownProperties;
  }

  /**
   * Returns the default options: every limit at its default, unknown properties rejected.
   *
   * @return the default options
   */
  public static JsonReadOptions defaults() {
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
   * Returns a builder that starts from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxDocumentBytes = maxDocumentBytes;
    b.maxNestingDepth = maxNestingDepth;
    b.maxStringLength = maxStringLength;
    b.maxArrayElements = maxArrayElements;
    b.ignoreUnknownProperties = ignoreUnknownProperties;
    return b;
  }

  /**
   * Returns the largest document accepted, in bytes of UTF-8. A file's size is checked before it is
   * parsed; a stream's bytes are counted as they are read.
   *
   * @return the limit in bytes
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns how deeply arrays and objects may nest.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value or property name accepted, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most elements one array of the format may hold.
   *
   * @return the limit
   */
  public int maxArrayElements() {
    return maxArrayElements;
  }

  /**
   * Returns whether properties that the format does not define are skipped instead of rejected.
   *
   * @return true to skip unknown properties; false (the default) to report each one
   */
  public boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonReadOptions other
        && maxDocumentBytes == other.maxDocumentBytes
        && maxNestingDepth == other.maxNestingDepth
        && maxStringLength == other.maxStringLength
        && maxArrayElements == other.maxArrayElements
        && ignoreUnknownProperties == other.ignoreUnknownProperties;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentBytes, maxNestingDepth, maxStringLength, maxArrayElements,
        ignoreUnknownProperties);
  }

  @Override
  public String toString() {
    return "JsonReadOptions{maxDocumentBytes=" + maxDocumentBytes
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxArrayElements=" + maxArrayElements
        + ", ignoreUnknownProperties=" + ignoreUnknownProperties + "}";
  }

  /** Builds {@link JsonReadOptions}; starts from the defaults. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxArrayElements = DEFAULT_MAX_ARRAY_ELEMENTS;
    private boolean ignoreUnknownProperties;

    private Builder() {}

    /**
     * Sets every limit from the limits all argmap readers share: the document size, the nesting depth, the
     * string length ({@link ReadLimits#maxTextLength()}) and the elements of one array ({@link
     * ReadLimits#maxElements()}). The defaults of both classes are the same.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      Objects.requireNonNull(limits, "limits");
      return maxDocumentBytes(limits.maxDocumentBytes()).maxNestingDepth(limits.maxNestingDepth())
          .maxStringLength(limits.maxTextLength()).maxArrayElements(limits.maxElements());
    }

    /**
     * Sets the largest document accepted, in bytes.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive("maxDocumentBytes", bytes);
      return this;
    }

    /**
     * Sets how deeply arrays and objects may nest. The format needs 5 levels.
     *
     * @param depth the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the longest string value or property name accepted, in characters.
     *
     * @param length the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /**
     * Sets the most elements one array may hold.
     *
     * @param elements the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} is less than 1
     */
    public Builder maxArrayElements(int elements) {
      this.maxArrayElements = (int) positive("maxArrayElements", elements);
      return this;
    }

    /**
     * Sets whether properties the format does not define are skipped instead of rejected.
     *
     * @param ignore true to skip them
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public JsonReadOptions build() {
      return new JsonReadOptions(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
      }
      return value;
    }
  }
}
