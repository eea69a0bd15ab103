package dev.argmap.model;

/**
 * Whose words an evidence item's quote gives, and in what voice: the speaker's own words, the
 * source's report of what the speaker said, or the source speaking for itself.
 *
 * <p>A map that does not say derives the voice from the speaker: an item with a speaker is a
 * {@link #DIRECT_QUOTATION}, one without is in the {@link #SOURCE source's own voice}. Reported
 * speech is never derived; it must be said.
 */
public enum Voice {
  /**
   * The quote gives the speaker's own words, as the source quotes them: the speaker speaks.
   * Needs a {@linkplain Evidence#speaker() speaker}.
   */
  DIRECT_QUOTATION,
  /**
   * The quote is the source's report or paraphrase of what the speaker said: the source (its
   * authors or publisher) speaks, about the speaker. Needs a {@linkplain Evidence#speaker() speaker},
   * the one spoken about.
   */
  REPORTED_SPEECH,
  /** The quote is the source's own words, about no one's speech: the source speaks. No speaker. */
  SOURCE;

  /** {@return whether this voice needs a speaker: a direct quotation or reported speech does} */
  public boolean needsSpeaker() {
    return this != SOURCE;
  }

  /** {@return whether in this voice the source itself speaks: reported speech or the source's voice} */
  public boolean isSourceSpeaking() {
    return this != DIRECT_QUOTATION;
  }
}
