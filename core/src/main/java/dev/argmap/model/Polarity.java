package dev.argmap.model;

/** Whether an argument or an evidence item speaks for or against what it points at. */
public enum Polarity {
  /** Speaks for its target: an argument supports its conclusion, evidence supports its statement. */
  SUPPORTS,
  /** Speaks against its target: an argument attacks its conclusion, evidence undermines its statement. */
  ATTACKS;

  /**
   * Returns the opposite polarity.
   *
   * @return {@link #ATTACKS} for {@link #SUPPORTS} and the other way round
   */
  public Polarity opposite() {
    return this == SUPPORTS ? ATTACKS : SUPPORTS;
  }
}
