package dev.argmap.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The quote a statement rests on, verbatim, with where it was found and who said it.
 *
 * <p>Attribution has three parts: the {@link #source() source} the quote was found in (a newspaper),
 * the {@link #speaker() speaker} when the source quotes someone else (a president it reports), and
 * the {@link #citedWork() cited work} when the source takes the claim from another work it cites.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Evidence {
  Evidence() {}

  /** Returns the identifier. */
  public abstract EvidenceId id();

  /** Returns the statement this evidence bears on. */
  public abstract StatementId statement();

  /** Returns the quote, word for word; an ellipsis ({@code ...}) may join two parts of one passage. */
  public abstract String quote();

  /** Returns where in which copy of the source the quote stands. */
  public abstract Optional<Locator> locator();

  /** Returns how much the quote bears on the statement, in [0, 1]; 1 by default. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** Returns whether the quote supports or undermines the statement; supports by default. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.SUPPORTS;
  }

  /** Returns the source the quote was found in. */
  public abstract SourceId source();

  /** Returns who speaks in the quote, when that is not the source's author. */
  public abstract Optional<Person> speaker();

  /** Returns the original work the source takes the claim from, when it cites one. */
  public abstract Optional<SourceId> citedWork();

  /** Returns notes, for example the rule that set the weight. */
  public abstract Optional<String> notes();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
