package dev.argmap.model;

import static java.util.Objects.requireNonNull;

/**
 * One problem of a map: which element, which rule, what is wrong and how to fix it. Its
 * {@link #toString()} reads, for example, {@code Evidence e7: weight must be in [0, 1] but was 1.5
 * (out-of-range). Fix: give a weight between 0 and 1.}
 */
public final class MapProblem {
  private final ElementKind elementKind;
  private final String elementId;
  private final MapRule rule;
  private final String message;
  private final String fix;

  private MapProblem(
      ElementKind elementKind, String elementId, MapRule rule, String message, String fix) {
    this.elementKind = requireNonNull(elementKind, "elementKind");
    this.elementId = requireNonNull(elementId, "elementId");
    this.rule = requireNonNull(rule, "rule");
    this.message = requireNonNull(message, "message");
    this.fix = requireNonNull(fix, "fix");
  }

  /**
   * Returns a problem.
   *
   * @param elementKind the kind of element that has the problem
   * @param elementId its identifier (empty for the map itself)
   * @param rule the rule it breaks
   * @param message what is wrong, without the element's name
   * @param fix how to fix it
   * @return the problem
   */
  public static MapProblem of(
      ElementKind elementKind, String elementId, MapRule rule, String message, String fix) {
    return new MapProblem(elementKind, elementId, rule, message, fix);
  }

  /** Returns the kind of element that has the problem. */
  public ElementKind elementKind() {
    return elementKind;
  }

  /** Returns the identifier of the element that has the problem; empty for the map itself. */
  public String elementId() {
    return elementId;
  }

  /** Returns the rule the element breaks. */
  public MapRule rule() {
    return rule;
  }

  /** Returns whether this problem is an error or a warning. */
  public Severity severity() {
    return rule.severity();
  }

  /** Returns what is wrong, for example {@code "weight must be in [0, 1] but was 1.5"}. */
  public String message() {
    return message;
  }

  /** Returns how to fix it. */
  public String fix() {
    return fix;
  }

  /** Returns the element's name, for example {@code "Evidence e7"}. */
  public String element() {
    return elementId.isEmpty()
        ? elementKind.displayName()
        : elementKind.displayName() + " " + elementId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapProblem p
        && elementKind == p.elementKind
        && elementId.equals(p.elementId)
        && rule == p.rule
        && message.equals(p.message)
        && fix.equals(p.fix);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(elementKind, elementId, rule, message, fix);
  }

  @Override
  public String toString() {
    return element() + ": " + message + " (" + rule.code() + "). Fix: " + fix;
  }
}
