package dev.argmap.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One copy of a source: the same work as published in one place. An article first published by a
 * think tank and reposted on a blog is one source with two copies, so it is never counted twice.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class SourceCopy implements WithSourceCopy {
  SourceCopy() {}

  /** {@return the identifier, unique among all copies of the map} */
  public abstract CopyId id();

  /** {@return the name of the document that holds this copy's text, for example a file name} */
  public abstract Optional<String> document();

  /** {@return what this copy is, for example {@code "blog repost"}} */
  public abstract Optional<String> description();

  /** {@return who published this copy, when it differs from the source's publisher} */
  public abstract Optional<String> publisher();

  /** {@return when this copy was published} */
  public abstract Optional<PartialDate> date();

  /** {@return where this copy can be read} */
  public abstract Optional<URI> link();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SourceCopy}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableSourceCopy.Builder {
    Builder() {}
  }
}
