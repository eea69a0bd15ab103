package dev.argmap.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a quote stands: which copy of the source, and where in it: a section, a page, a paragraph,
 * and the character range {@code [start, end)} of the quote in that copy's text (offsets in UTF-16
 * code units, as Java strings count them).
 *
 * <p>The section and the page are where a reader finds the quote in the copy; where in a
 * <em>cited</em> work the source found the claim is the evidence's {@link Evidence#citedAt()}.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Locator implements WithLocator {
  Locator() {}

  /** {@return the copy of the source the quote was taken from} */
  public abstract CopyId copy();

  /**
   * {@return the section the quote stands in, as the copy names it (for example {@code "Executive
   * Summary"}, {@code "Chapter 4: The Case Against a Formal Alliance"} or {@code "§3"})}
   */
  public abstract Optional<String> section();

  /**
   * {@return the page or pages, as printed (for example {@code "12"}, {@code "xiv"} or {@code
   * "12-14"})}
   */
  public abstract Optional<String> page();

  /** {@return the paragraph number, counting from 1} */
  public abstract OptionalInt paragraph();

  /** {@return the offset of the quote's first character in the copy's text} */
  public abstract OptionalInt start();

  /** {@return the offset just past the quote's last character in the copy's text} */
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Locator}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableLocator.Builder {
    Builder() {}
  }
}
