package dev.argmap.cli;

/** The exit codes of every {@code argmap} subcommand. */
public final class ExitCodes {
  /** Success: the map is valid (it may still have lint warnings). */
  public static final int OK = 0;

  /** The input is an argmap JSON document with problems: it breaks the format or the model's rules. */
  public static final int INVALID = 1;

  /**
   * The input could not be read at all (missing file, I/O error, not JSON), or the command line
   * itself is wrong (an unknown option, a missing argument).
   */
  public static final int UNREADABLE = 2;

  /** An unexpected failure inside argmap: a bug, to be reported with the {@code --verbose} trace. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {}
}
