package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work that evidence is found in or taken from: an article, a report, a paper, a speech. It has
 * one or more {@link SourceCopy copies} when its text is at hand, and a credibility in [0, 1].
 *
 * <p>Authors may be unknown: then {@link #authors()} is empty, never a made-up name.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Source implements WithSource {
  Source() {}

  /** {@return the identifier} */
  public abstract SourceId id();

  /** {@return what kind of work it is} */
  public abstract SourceKind kind();

  /** {@return the title, when the work has one that is known} */
  public abstract Optional<String> title();

  /** {@return the authors; empty when they are unknown} */
  public abstract ImmutableList<Person> authors();

  /** {@return who first published the work} */
  public abstract Optional<String> publisher();

  /** {@return when the work was first published, as precisely as known} */
  public abstract Optional<PartialDate> date();

  /** {@return where the work can be found} */
  public abstract ImmutableList<URI> links();

  /** {@return the copies of the work whose text is at hand} */
  public abstract ImmutableList<SourceCopy> copies();

  /** {@return how far the source can be trusted, in [0, 1]; 1 by default} */
  @Value.Default
  public double credibility() {
    return 1.0;
  }

  /** {@return notes, for example the rule that set the credibility} */
  public abstract Optional<String> notes();

  /** {@return whether the authors are unknown} */
  public final boolean hasUnknownAuthors() {
    return authors().isEmpty();
  }

  /**
   * Returns the copy with the given identifier.
   *
   * @param id the copy's identifier
   * @return the copy, or empty when this source has none with that identifier
   */
  public final Optional<SourceCopy> copy(CopyId id) {
    return copies().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Checks the credibility when the source is built.
   *
   * @throws IllegalArgumentException naming the source, if the credibility is outside [0, 1]
   */
  @Value.Check
  final void checkCredibility() {
    ValueChecks.requireUnit(id(), "credibility", credibility());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
