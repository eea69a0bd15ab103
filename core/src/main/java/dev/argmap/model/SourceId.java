package dev.argmap.model;

/**
 * The identifier of a source (a work that evidence is found in or attributed to), unique among the map's source identifiers.
 *
 * <p>An identifier is any non-blank string without white space or control characters.
 *
 * @param value the identifier's text
 */
public record SourceId(String value) implements ElementId {
  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or contains white space
   */
  public SourceId {
    Ids.check("SourceId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  /** {@return the identifier's text, as it appears in files} */
  @Override
  public String toString() {
    return value;
  }
}
