package dev.argmap.model;

/**
 * The identifier of an evidence item (a verbatim quote that a statement rests on), unique among the map's evidence identifiers.
 *
 * <p>An identifier is any non-blank string without white space or control characters.
 *
 * @param value the identifier's text
 */
public record EvidenceId(String value) implements ElementId {
  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or contains white space
   */
  public EvidenceId {
    Ids.check("EvidenceId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  /** {@return the identifier's text, as it appears in files} */
  @Override
  public String toString() {
    return value;
  }
}
