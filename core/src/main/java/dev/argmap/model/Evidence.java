package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The quote a statement rests on, verbatim, with where it was found and who said it.
 *
 * <p>Attribution has three parts: the {@link #source() source} the quote was found in (a newspaper),
 * the {@link #speaker() speaker} when the quote is about someone else's words (a president it
 * quotes or reports), and the {@link #citedWork() cited work} when the source takes the claim from
 * another work it cites (with {@link #citedAt() where in it}, when the citation says).
 *
 * <p>The {@link #voice() voice} says whose words the quote gives: a {@link Voice#DIRECT_QUOTATION}
 * gives the speaker's own words (the speaker speaks: {@link #quotedSpeaker()}); {@link
 * Voice#REPORTED_SPEECH} is the source reporting or paraphrasing what the speaker said (the source
 * speaks, about the speaker: {@link #reportedSpeaker()}); {@link Voice#SOURCE} is the source's own
 * words. {@link #whoSpeaks(Source)} names who speaks in each case.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Evidence implements WithEvidence {
  Evidence() {}

  /** {@return the identifier} */
  public abstract EvidenceId id();

  /** {@return the statement this evidence bears on} */
  public abstract StatementId statement();

  /** {@return the quote, word for word; an ellipsis ({@code ...}) may join two parts of one passage} */
  public abstract String quote();

  /** {@return where in which copy of the source the quote stands} */
  public abstract Optional<Locator> locator();

  /** {@return how much the quote bears on the statement, in [0, 1]; 1 by default} */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** {@return whether the quote supports or undermines the statement; supports by default} */
  @Value.Default
  public Polarity polarity() {
    return Polarity.SUPPORTS;
  }

  /** {@return the source the quote was found in} */
  public abstract SourceId source();

  /**
   * {@return the person, organisation or group whose speech the quote gives: the one quoted in a
   * {@linkplain Voice#DIRECT_QUOTATION direct quotation}, the one spoken about in {@linkplain
   * Voice#REPORTED_SPEECH reported speech}; empty in the {@linkplain Voice#SOURCE source's voice}}
   * Whether this speaker is the one speaking depends on the {@link #voice()}: see {@link
   * #quotedSpeaker()} and {@link #reportedSpeaker()}.
   */
  public abstract Optional<Person> speaker();

  /**
   * {@return in what voice the quote speaks} When not given it is derived from the speaker: {@link
   * Voice#DIRECT_QUOTATION} when there is a speaker, {@link Voice#SOURCE} when there is none.
   * Reported speech must be given. A map is invalid when a direct quotation or reported speech has
   * no speaker, or the source's voice names one. {@code Evidence.builder().from(e)} copies the voice
   * with everything else, so a copy that drops or adds the speaker must set the voice as well.
   */
  @Value.Default
  public Voice voice() {
    return speaker().isPresent() ? Voice.DIRECT_QUOTATION : Voice.SOURCE;
  }

  /** {@return the original work the source takes the claim from, when it cites one} */
  public abstract Optional<SourceId> citedWork();

  /**
   * {@return where in the {@linkplain #citedWork() cited work} the claim stands, as the source's
   * citation gives it: pages ({@code "pp. 52-53"}), a section ({@code "§3"}) or a chapter} Only an
   * item that names a cited work can give it.
   */
  public abstract Optional<String> citedAt();

  /** {@return notes, for example the rule that set the weight} */
  public abstract Optional<String> notes();

  /**
   * Returns the speaker whose own words the quote gives: the speaker of a {@linkplain
   * Voice#DIRECT_QUOTATION direct quotation}, who is then the one speaking.
   *
   * @return the speaker, or empty when the quote is reported speech or in the source's voice
   */
  public final Optional<Person> quotedSpeaker() {
    return voice() == Voice.DIRECT_QUOTATION ? speaker() : Optional.empty();
  }

  /**
   * Returns the speaker whose speech the source reports or paraphrases: the one spoken
   * <em>about</em> in {@linkplain Voice#REPORTED_SPEECH reported speech}, who is not the one
   * speaking (the source is).
   *
   * @return the speaker spoken about, or empty when the quote is not reported speech
   */
  public final Optional<Person> reportedSpeaker() {
    return voice() == Voice.REPORTED_SPEECH ? speaker() : Optional.empty();
  }

  /**
   * Returns who speaks in the quote: the speaker of a direct quotation; otherwise (reported speech
   * or the source's voice) the source, that is its authors or, when they are unknown, its publisher
   * as an {@linkplain PersonKind#ORGANISATION organisation}.
   *
   * @param source this item's source, as the map holds it
   * @return who speaks; empty when the source speaks and has neither known authors nor a publisher
   * @throws IllegalArgumentException if {@code source} is not this item's {@link #source()}
   */
  public final ImmutableList<Person> whoSpeaks(Source source) {
    if (!source.id().equals(source())) {
      throw new IllegalArgumentException(
          "evidence " + id() + " is from source " + source() + ", not " + source.id());
    }
    Optional<Person> quoted = quotedSpeaker();
    if (quoted.isPresent()) {
      return ImmutableList.of(quoted.get());
    }
    if (!source.authors().isEmpty()) {
      return source.authors();
    }
    return source.publisher().map(p -> ImmutableList.of(Person.organisation(p)))
        .orElse(ImmutableList.of());
  }

  /**
   * {@return whether building a map must run the text checks (blank, unpaired surrogates) on this
   * item, its speaker and its locator} Computed once when the item is built, while its texts are in
   * cache; false for nearly every item, and left out of equality.
   */
  @Value.Derived
  @Value.Auxiliary
  boolean textsToCheck() {
    if (ValueChecks.suspectText(quote()) || ValueChecks.suspectText(citedAt())
        || ValueChecks.suspectText(notes())) {
      return true;
    }
    if (speaker().isPresent() && (ValueChecks.suspectText(speaker().get().name())
        || ValueChecks.suspectText(speaker().get().role()))) {
      return true;
    }
    return locator().isPresent() && (ValueChecks.suspectText(locator().get().section())
        || ValueChecks.suspectText(locator().get().page()));
  }

  /**
   * Checks the weight when the item is built.
   *
   * @throws IllegalArgumentException naming the item, if the weight is outside [0, 1]
   */
  @Value.Check
  final void checkWeight() {
    ValueChecks.requireUnit(id(), "weight", weight());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Evidence} item. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
