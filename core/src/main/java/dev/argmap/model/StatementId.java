package dev.argmap.model;

/**
 * The identifier of a statement (a claim in one sentence), unique among the map's statement identifiers.
 *
 * <p>An identifier is any non-blank string without white space or control characters.
 *
 * @param value the identifier's text
 */
public record StatementId(String value) implements ConclusionId {
  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or contains white space
   */
  public StatementId {
    Ids.check("StatementId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static StatementId of(String value) {
    return new StatementId(value);
  }

  /** {@return the identifier's text, as it appears in files} */
  @Override
  public String toString() {
    return value;
  }
}
