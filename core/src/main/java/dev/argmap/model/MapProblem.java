package dev.argmap.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a map: which element, which rule, what is wrong and how to fix it. Its
 * {@link #toString()} reads, for example, {@code Evidence e7: weight must be in [0, 1] but was 1.5
 * (out-of-range). Fix: give a weight between 0 and 1.}
 *
 * <p>Immutable and thread-safe. Two problems are equal when they name the same element, rule,
 * message and fix.
 */
public final class MapProblem {
  private final Optional<ElementId> elementId;
  private final MapRule rule;
  private final String message;
  private final String fix;

  private MapProblem(Optional<ElementId> elementId, MapRule rule, String message, String fix) {
    this.elementId = elementId;
    this.rule = requireNonNull(rule, "rule");
    this.message = requireNonNull(message, "message");
    this.fix = requireNonNull(fix, "fix");
  }

  /**
   * Returns a problem of one element of the map.
   *
   * @param elementId the element that has the problem
   * @param rule the rule it breaks
   * @param message what is wrong, without the element's name
   * @param fix how to fix it
   * @return the problem
   */
  public static MapProblem of(ElementId elementId, MapRule rule, String message, String fix) {
    return new MapProblem(Optional.of(requireNonNull(elementId, "elementId")), rule, message, fix);
  }

  /**
   * Returns a problem of the map as a whole, such as a missing thesis.
   *
   * @param rule the rule the map breaks
   * @param message what is wrong
   * @param fix how to fix it
   * @return the problem
   */
  public static MapProblem ofMap(MapRule rule, String message, String fix) {
    return new MapProblem(Optional.empty(), rule, message, fix);
  }

  /**
   * {@return the kind of element that has the problem: {@link ElementKind#MAP} for the map as a
   * whole, otherwise the kind of {@link #elementId()}}
   */
  public ElementKind elementKind() {
    return elementId.map(ElementId::kind).orElse(ElementKind.MAP);
  }

  /**
   * Returns the identifier of the element that has the problem.
   *
   * @return the element's typed identifier, or empty when the problem is the map's as a whole
   */
  public Optional<ElementId> elementId() {
    return elementId;
  }

  /** {@return the rule the element breaks} */
  public MapRule rule() {
    return rule;
  }

  /** {@return whether this problem is an error or a warning} */
  public Severity severity() {
    return rule.severity();
  }

  /** {@return what is wrong, for example {@code "weight must be in [0, 1] but was 1.5"}} */
  public String message() {
    return message;
  }

  /** {@return how to fix it} */
  public String fix() {
    return fix;
  }

  /** {@return the element's name, for example {@code "Evidence e7"}, or {@code "Map"}} */
  public String element() {
    return elementId
        .map(id -> id.kind().displayName() + " " + id.value())
        .orElse(ElementKind.MAP.displayName());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapProblem p
        && elementId.equals(p.elementId)
        && rule == p.rule
        && message.equals(p.message)
        && fix.equals(p.fix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(elementId, rule, message, fix);
  }

  /** {@return the problem as one line: element, message, rule code and fix} */
  @Override
  public String toString() {
    return element() + ": " + message + " (" + rule.code() + "). Fix: " + fix;
  }
}
