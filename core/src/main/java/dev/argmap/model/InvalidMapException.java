package dev.argmap.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a map breaks one or more rules; it lists every problem, not only the first, so that
 * one round of fixes is enough.
 */
public final class InvalidMapException extends IllegalArgumentException {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order of the map's elements. */
  private final ImmutableList<MapProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public InvalidMapException(Iterable<MapProblem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private InvalidMapException(ImmutableList<MapProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidMapException needs at least one problem");
    }
    this.problems = problems;
  }

  /** {@return every problem found, in the order of the map's elements} */
  public ImmutableList<MapProblem> problems() {
    return problems;
  }

  private static String describe(ImmutableList<MapProblem> problems) {
    StringBuilder text =
        new StringBuilder("the argument map is invalid: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (MapProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
