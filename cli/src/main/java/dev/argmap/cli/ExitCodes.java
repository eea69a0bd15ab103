package dev.argmap.cli;

/** The exit codes of every {@code argmap} subcommand. */
public final class ExitCodes {
  /** Success: the map is valid (it may still have lint warnings). */
  public static final int OK = 0;

  /**
   * The input has problems (it breaks its format, the model's rules or a read limit such as {@code
   * --max-size}), or what was asked of it cannot be computed (scores that do not converge, a time limit, a Dung
   * solver limit), or {@code lint --strict} found warnings.
   */
  public static final int INVALID = 1;

  /**
   * The input could not be read at all (missing file, I/O error, not JSON, too large for the Java heap), the
   * output could not be written (standard output included), or the command line itself is wrong (an unknown
   * option, a missing argument).
   */
  public static final int UNREADABLE = 2;

  /** An unexpected failure inside argmap: a bug, to be reported with the {@code --verbose} trace. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {}
}
