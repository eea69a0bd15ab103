package dev.argmap.scoring.explain;

/**
 * A kind of number a counterfactual search may move ({@link Knobs}). Each is in [0, 1]; removal is yes or no.
 */
public enum KnobKind {
  /** An evidence item's weight; with the default base scores it moves its statement's base score. */
  EVIDENCE_WEIGHT("evidence"),
  /** A source's credibility; with the default base scores it moves every statement with evidence found in it. */
  SOURCE_CREDIBILITY("sources"),
  /** An argument's weight: the strength of its inference if its premises were certain. */
  ARGUMENT_WEIGHT("arguments"),
  /** Removing an argument (with the undercutters and supporters that act only on it). */
  ARGUMENT_REMOVAL("removal");

  private final String word;

  KnobKind(String word) {
    this.word = word;
  }

  /**
   * Returns the word for this kind in {@link Knobs#parse}: {@code evidence}, {@code sources}, {@code arguments}
   * or {@code removal}.
   *
   * @return the word
   */
  public String word() {
    return word;
  }
}
