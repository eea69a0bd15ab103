package dev.argmap.exercises.grading;

import static java.util.Objects.requireNonNull;

/**
 * One thing the grader noticed about a student's map, for the feedback.
 *
 * @param category the rubric category
 * @param verdict right, missing, wrong, or extra (in the student's map only)
 * @param message what it is, in words the student can read
 * @param pointsLost the points this costs, 0 for what is right or extra without penalty
 * @param reference the identifier of the reference element concerned, or empty for an extra element
 */
public record Finding(Rubric.Category category, Verdict verdict, String message, int pointsLost, String reference) {
  /** What a finding says about the student's map. */
  public enum Verdict {
    /** As in the reference. */
    RIGHT,
    /** In the reference, not in the student's map. */
    MISSING,
    /** In the student's map, but not as in the reference. */
    WRONG,
    /** In the student's map only. */
    EXTRA
  }

  /**
   * Checks the parts.
   *
   * @param category the category
   * @param verdict the verdict
   * @param message the message
   * @param pointsLost the points lost, at least 0
   * @param reference the reference element's identifier, or empty
   */
  public Finding {
    requireNonNull(category, "category");
    requireNonNull(verdict, "verdict");
    requireNonNull(message, "message");
    requireNonNull(reference, "reference");
    if (pointsLost < 0) {
      throw new IllegalArgumentException("points lost must be at least 0");
    }
  }
}
