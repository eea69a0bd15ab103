package dev.argmap.model;

/** The kinds of element a map holds, as named in problem reports. */
public enum ElementKind {
  /** The map as a whole. */
  MAP("Map"),
  /** A {@link Statement}. */
  STATEMENT("Statement"),
  /** An {@link Argument}. */
  ARGUMENT("Argument"),
  /** An {@link Evidence} item. */
  EVIDENCE("Evidence"),
  /** A {@link Source}. */
  SOURCE("Source"),
  /** A {@link SourceCopy}. */
  COPY("Copy");

  private final String displayName;

  ElementKind(String displayName) {
    this.displayName = displayName;
  }

  /** {@return the name used in messages, for example {@code "Evidence"}} */
  public String displayName() {
    return displayName;
  }
}
