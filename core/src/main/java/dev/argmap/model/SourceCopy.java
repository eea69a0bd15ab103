package dev.argmap.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One copy of a source: the same work as published in one place. An article first published by a
 * think tank and reposted on a blog is one source with two copies, so it is never counted twice.
 */
@Value.Immutable
@ArgmapStyle
public abstract class SourceCopy implements WithSourceCopy {
  SourceCopy() {}

  /** Returns the identifier, unique among all copies of the map. */
  public abstract CopyId id();

  /** Returns the name of the document that holds this copy's text, for example a file name. */
  public abstract Optional<String> document();

  /** Returns what this copy is, for example {@code "blog repost"}. */
  public abstract Optional<String> description();

  /** Returns who published this copy, when it differs from the source's publisher. */
  public abstract Optional<String> publisher();

  /** Returns when this copy was published. */
  public abstract Optional<PartialDate> date();

  /** Returns where this copy can be read. */
  public abstract Optional<URI> link();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceCopy}. */
  public static final class Builder extends ImmutableSourceCopy.Builder {
    Builder() {}
  }
}
