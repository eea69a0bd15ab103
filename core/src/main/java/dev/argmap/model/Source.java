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
 */
@Value.Immutable
@ArgmapStyle
public abstract class Source implements WithSource {
  Source() {}

  /** Returns the identifier. */
  public abstract SourceId id();

  /** Returns what kind of work it is. */
  public abstract SourceKind kind();

  /** Returns the title, when the work has one that is known. */
  public abstract Optional<String> title();

  /** Returns the authors; empty when they are unknown. */
  public abstract ImmutableList<Person> authors();

  /** Returns who first published the work. */
  public abstract Optional<String> publisher();

  /** Returns when the work was first published, as precisely as known. */
  public abstract Optional<PartialDate> date();

  /** Returns where the work can be found. */
  public abstract ImmutableList<URI> links();

  /** Returns the copies of the work whose text is at hand. */
  public abstract ImmutableList<SourceCopy> copies();

  /** Returns how far the source can be trusted, in [0, 1]; 1 by default. */
  @Value.Default
  public double credibility() {
    return 1.0;
  }

  /** Returns notes, for example the rule that set the credibility. */
  public abstract Optional<String> notes();

  /** Returns whether the authors are unknown. */
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

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
