package dev.argmap.model;

/** How serious a {@link MapProblem} is. */
public enum Severity {
  /** The map is invalid: {@link ArgumentMap.Builder#build()} refuses it. */
  ERROR,
  /** Legal but suspicious: reported by {@link ArgumentMap#lint()}. */
  WARNING
}
