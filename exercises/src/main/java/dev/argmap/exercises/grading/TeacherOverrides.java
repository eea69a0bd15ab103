package dev.argmap.exercises.grading;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's decisions on which student statement is which reference statement, applied before any matching by
 * wording. One decision a line, {@code student statement = reference statement}; each side names a statement by
 * its identifier, its title, its worksheet number ({@code S3}) or its whole text; {@code #} starts a comment.
 *
 * <pre>
 * # Anna wrote these in her own words
 * s7 = S3
 * Moscow and Beijing won't become allies = t-no-alliance
 * </pre>
 *
 * <p>A name that fits no statement, or fits several, is an error that names the line and the statement, found when
 * the map is graded. Immutable.
 */
public final class TeacherOverrides {
  /** The most lines a file may have: a class's decisions, not a data set. */
  static final int MAX_LINES = 10_000;

  /**
   * One decision.
   *
   * @param student how the student's statement is named
   * @param reference how the reference statement is named
   * @param line the line it was on, from 1
   */
  public record Entry(String student, String reference, int line) {
    /**
     * Checks the parts.
     *
     * @param student how the student's statement is named
     * @param reference how the reference statement is named
     * @param line the line
     */
    public Entry {
      requireNonNull(student, "student");
      requireNonNull(reference, "reference");
    }
  }

  private final ImmutableList<Entry> entries;

  private TeacherOverrides(List<Entry> entries) {
    this.entries = ImmutableList.copyOf(entries);
  }

  /**
   * Returns no decisions.
   *
   * @return the empty overrides
   */
  public static TeacherOverrides none() {
    return new TeacherOverrides(List.of());
  }

  /**
   * Reads decisions from text.
   *
   * @param text lines of {@code student = reference}
   * @return the overrides
   * @throws IllegalArgumentException naming the line and column of a line without {@code =} or with an empty side
   */
  public static TeacherOverrides parse(String text) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    if (lines.length > MAX_LINES) {
      throw new IllegalArgumentException("overrides: " + lines.length + " lines, more than " + MAX_LINES
          + "; split the file");
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = lines[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("overrides line " + (i + 1) + ", column 1: no \"=\"; write "
            + "\"student statement = reference statement\"");
      }
      String student = lines[i].substring(0, eq).strip();
      String reference = lines[i].substring(eq + 1).strip();
      if (student.isEmpty() || reference.isEmpty()) {
        throw new IllegalArgumentException("overrides line " + (i + 1) + ", column " + (student.isEmpty() ? 1
            : eq + 2) + ": the " + (student.isEmpty() ? "student" : "reference") + " statement is empty; name it "
            + "by its identifier, title, worksheet number or whole text");
      }
      out.add(new Entry(student, reference, i + 1));
    }
    return new TeacherOverrides(out);
  }

  /**
   * Reads decisions from a UTF-8 file.
   *
   * @param file the file
   * @return the overrides
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed (the message names the file and the line)
   */
  public static TeacherOverrides read(Path file) throws IOException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the decisions, in file order.
   *
   * @return the entries
   */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return "TeacherOverrides[" + entries.size() + " decisions]";
  }
}
