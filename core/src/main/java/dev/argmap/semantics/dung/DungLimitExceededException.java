package dev.argmap.semantics.dung;

/**
 * Thrown by {@link DungSolver} when a configured limit stops a computation before it finishes. The message says
 * which limit was hit, how far the computation got, and how to raise the limit.
 */
public final class DungLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The limits of a {@link DungSolver}. */
  public enum Limit {
    /** The wall-clock time budget of one call ({@link DungSolver.Builder#timeBudget}). */
    TIME_BUDGET,
    /** The largest number of extensions one call may return ({@link DungSolver.Builder#maxExtensions}). */
    MAX_EXTENSIONS
  }

  /** The limit that was hit. */
  private final Limit limit;

  /** How many extensions had been found. */
  private final int extensionsFound;

  DungLimitExceededException(Limit limit, int extensionsFound, String message) {
    super(message);
    this.limit = limit;
    this.extensionsFound = extensionsFound;
  }

  /**
   * Returns the limit that was hit.
   *
   * @return the limit
   */
  public Limit limit() {
    return limit;
  }

  /**
   * Returns how many extensions had been found when the limit was hit.
   *
   * @return the count (0 for acceptance queries)
   */
  public int extensionsFound() {
    return extensionsFound;
  }
}
