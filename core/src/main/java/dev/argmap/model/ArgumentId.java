package dev.argmap.model;

/**
 * The identifier of an argument (an inference from premises to a conclusion), unique among the map's argument identifiers.
 *
 * <p>An identifier is any non-blank string without white space or control characters.
 *
 * @param value the identifier's text
 */
public record ArgumentId(String value) implements ConclusionId {
  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or contains white space
   */
  public ArgumentId {
    Ids.check("ArgumentId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ArgumentId of(String value) {
    return new ArgumentId(value);
  }

  /** {@return the identifier's text, as it appears in files} */
  @Override
  public String toString() {
    return value;
  }
}
