package dev.argmap.scoring.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a statement's score should end up: <em>at least</em> a threshold ({@code score >= x}) or <em>below</em>
 * one ({@code score < x}), with {@code x} in [0, 1]. The two are complements, so "is the thesis accepted at 0.5"
 * is {@code atLeast(0.5)} and its flip is {@code below(0.5)}. Immutable.
 *
 * <p>Text form ({@link #parse}): {@code >=0.5}, {@code <0.4}, {@code at-least:0.5} or {@code below:0.4};
 * spaces around the parts are allowed.
 */
public final class Target {
  /** Which side of the threshold the score must be on. */
  public enum Kind {
    /** {@code score >= threshold}. */
    AT_LEAST,
    /** {@code score < threshold}. */
    BELOW
  }

  private final Kind kind;
  private final double threshold;

  private Target(Kind kind, double threshold) {
    this.kind = kind;
    this.threshold = threshold;
  }

  /**
   * Returns the target {@code score >= threshold}.
   *
   * @param threshold in [0, 1]
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside [0, 1] or NaN
   */
  public static Target atLeast(double threshold) {
    return of(Kind.AT_LEAST, threshold);
  }

  /**
   * Returns the target {@code score < threshold}.
   *
   * @param threshold in [0, 1]
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside [0, 1] or NaN
   */
  public static Target below(double threshold) {
    return of(Kind.BELOW, threshold);
  }

  /**
   * Returns a target of a kind.
   *
   * @param kind at least or below
   * @param threshold in [0, 1]
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside [0, 1] or NaN
   */
  public static Target of(Kind kind, double threshold) {
    Objects.requireNonNull(kind, "kind");
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("a target's threshold must be in [0, 1] but was " + threshold
          + "; scores are in [0, 1]");
    }
    return new Target(kind, threshold);
  }

  /**
   * Parses a target: {@code >=X}, {@code <X}, {@code at-least:X} or {@code below:X}, with {@code X} a decimal
   * number in [0, 1].
   *
   * @param text the text
   * @return the target
   * @throws IllegalArgumentException naming the text and the accepted forms if it is not one of them
   */
  public static Target parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().toLowerCase(Locale.ROOT);
    Kind kind;
    String number;
    if (t.startsWith(">=")) {
      kind = Kind.AT_LEAST;
      number = t.substring(2);
    } else if (t.startsWith("<") && !t.startsWith("<=")) {
      kind = Kind.BELOW;
      number = t.substring(1);
    } else if (t.startsWith("at-least:")) {
      kind = Kind.AT_LEAST;
      number = t.substring("at-least:".length());
    } else if (t.startsWith("below:")) {
      kind = Kind.BELOW;
      number = t.substring("below:".length());
    } else {
      throw new IllegalArgumentException("'" + text + "' is not a target; write >=X or at-least:X for"
          + " 'score at least X', <X or below:X for 'score below X', with X in [0, 1], e.g. >=0.5");
    }
    number = number.strip();
    double x;
    try {
      if (!number.matches("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
        throw new NumberFormatException(number);
      }
      x = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a target: '" + number
          + "' is not a number; write a decimal in [0, 1], e.g. >=0.5", e);
    }
    if (x > 1.0) {
      throw new IllegalArgumentException("'" + text + "' is not a target: its threshold " + number
          + " is above 1 and scores are in [0, 1]; use a threshold in [0, 1]");
    }
    return of(kind, x);
  }

  /**
   * Returns the kind.
   *
   * @return at least or below
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the threshold.
   *
   * @return in [0, 1]
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Tells whether a score meets the target.
   *
   * @param score a score; NaN meets no target
   * @return {@code score >= threshold} or {@code score < threshold}
   */
  public boolean isMetBy(double score) {
    return kind == Kind.AT_LEAST ? score >= threshold : score < threshold;
  }

  /**
   * Returns the target on the other side of the same threshold: at least x becomes below x and back.
   *
   * @return the complement
   */
  public Target opposite() {
    return new Target(kind == Kind.AT_LEAST ? Kind.BELOW : Kind.AT_LEAST, threshold);
  }

  /**
   * Returns how far a score must still move to meet the target (0 if it does): {@code threshold - score} for at
   * least, {@code score - threshold} for below (where reaching equality is not yet enough).
   *
   * @param score the score
   * @return the shortfall, at least 0
   */
  public double shortfall(double score) {
    return Math.max(0.0, kind == Kind.AT_LEAST ? threshold - score : score - threshold);
  }

  /**
   * Returns the target in words, e.g. "at least 0.5".
   *
   * @return the words
   */
  public String toWords() {
    return (kind == Kind.AT_LEAST ? "at least " : "below ") + number(threshold);
  }

  static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Target t && t.kind == kind && Double.compare(t.threshold, threshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, threshold);
  }

  /** Returns the text form, {@code >=X} or {@code <X}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return (kind == Kind.AT_LEAST ? ">=" : "<") + number(threshold);
  }
}
