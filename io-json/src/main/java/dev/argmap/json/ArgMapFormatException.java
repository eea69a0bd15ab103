package dev.argmap.json;

import dev.argmap.io.MapFormatException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a document is not a valid argmap JSON document: it is not JSON, breaks the format (a
 * wrong type, a missing or unknown property, a bad date or identifier), exceeds a {@link
 * JsonReadOptions limit}, or describes a map that breaks the rules of the model (a weight out of
 * range, a dangling reference). It lists every problem found, each with its line, column and JSON
 * path, ordered by position.
 *
 * <p>It is unchecked, like Jackson 3's own exceptions and the core's {@code InvalidMapException}: a
 * malformed document is bad input, not a failure of I/O, and {@link ArgMapJson#readString(String)}
 * does no I/O at all. Real I/O failures still surface as {@link java.io.IOException}. It is the JSON
 * format's {@link MapFormatException}: its {@link #line()}, {@link #column()} and {@link #problem()} are
 * those of the first problem, so a caller that reads every format alike sees where to look first.
 */
public final class ArgMapFormatException extends MapFormatException {
  private static final long serialVersionUID = 1L;

  /** The problems of the document, ordered by position; at least one. */
  private final List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ArgMapFormatException(List<JsonProblem> problems) {
    this(null, problems);
  }

  /**
   * Creates the exception for a named document, such as a file.
   *
   * @param source what was read, for example a file name; null when unknown
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ArgMapFormatException(String source, List<JsonProblem> problems) {
    super(describe(source, copy(problems)), copy(problems).get(0).message(), problems.get(0).line(),
        problems.get(0).column(), source, null);
    this.problems = copy(problems);
  }

  private static List<JsonProblem> copy(List<JsonProblem> problems) {
    List<JsonProblem> copy = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an ArgMapFormatException needs at least one problem");
    }
    return copy;
  }

  /**
   * Returns every problem found, in the order of their position in the document.
   *
   * @return the problems, at least one
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<JsonProblem> problems) {
    StringBuilder text = new StringBuilder("not a valid argmap JSON document");
    if (source != null) {
      text.append(" (").append(source).append(')');
    }
    text.append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (JsonProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns the same problems, naming the document they are in; itself when it names one already.
   *
   * @param source the file or other source
   * @return the exception naming the source
   */
  @Override
  public ArgMapFormatException inSource(String source) {
    Objects.requireNonNull(source, "source");
    if (source().isPresent()) {
      return this;
    }
    ArgMapFormatException e = new ArgMapFormatException(source, problems);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
