package dev.argmap.model;

/**
 * The identifier of one copy of a source (the same work as published in one place), unique among the map's copy identifiers.
 *
 * <p>An identifier is any non-blank string without white space or control characters.
 *
 * @param value the identifier's text
 */
public record CopyId(String value) implements ElementId {
  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or contains white space
   */
  public CopyId {
    Ids.check("CopyId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static CopyId of(String value) {
    return new CopyId(value);
  }

  /** {@return the identifier's text, as it appears in files} */
  @Override
  public String toString() {
    return value;
  }
}
