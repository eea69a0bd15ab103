package dev.argmap.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a quote stands: which copy of the source, and where in it: a page, a paragraph, and the
 * character range {@code [start, end)} of the quote in that copy's text (offsets in UTF-16 code
 * units, as Java strings count them).
 */
@Value.Immutable
@ArgmapStyle
public abstract class Locator {
  Locator() {}

  /** Returns the copy of the source the quote was taken from. */
  public abstract CopyId copy();

  /** Returns the page, as printed (for example {@code "12"} or {@code "xiv"}). */
  public abstract Optional<String> page();

  /** Returns the paragraph number, counting from 1. */
  public abstract OptionalInt paragraph();

  /** Returns the offset of the quote's first character in the copy's text. */
  public abstract OptionalInt start();

  /** Returns the offset just past the quote's last character in the copy's text. */
  public abstract OptionalInt end();

  /**
   * Returns a locator that names only a copy.
   *
   * @param copy the copy
   * @return the locator
   */
  public static Locator of(CopyId copy) {
    return builder().copy(copy).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Locator}. */
  public static final class Builder extends ImmutableLocator.Builder {
    Builder() {}
  }
}
