package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** One exercise of a worksheet: its type, heading, instructions and items. Immutable. */
public final class Exercise {
  private final ExerciseType type;
  private final String title;
  private final String instructions;
  private final ImmutableList<Item> items;
  private final ImmutableList<String> keyNotes;
  private final ImmutableList<Candidate> checked;

  private Exercise(ExerciseType type, String title, String instructions, List<QuestionChecker.Accepted> accepted,
      List<String> keyNotes) {
    this.type = requireNonNull(type, "type");
    this.title = requireNonNull(title, "title");
    this.instructions = requireNonNull(instructions, "instructions");
    this.items = accepted.stream().map(QuestionChecker.Accepted::item).collect(ImmutableList.toImmutableList());
    this.checked = accepted.stream().map(QuestionChecker.Accepted::candidate)
        .collect(ImmutableList.toImmutableList());
    this.keyNotes = ImmutableList.copyOf(keyNotes);
  }

  /** An exercise of questions the checker accepted. */
  static Exercise of(ExerciseType type, String title, String instructions, List<QuestionChecker.Accepted> accepted,
      List<String> keyNotes) {
    return new Exercise(type, title, instructions, accepted, keyNotes);
  }

  /** The candidates behind the items, in the same order, so a sheet can be checked again. */
  ImmutableList<Candidate> checked() {
    return checked;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public ExerciseType type() {
    return type;
  }

  /**
   * Returns the heading.
   *
   * @return the heading
   */
  public String title() {
    return title;
  }

  /**
   * Returns the instructions the student reads.
   *
   * @return the instructions
   */
  public String instructions() {
    return instructions;
  }

  /**
   * Returns the items, in order.
   *
   * @return the items
   */
  public ImmutableList<Item> items() {
    return items;
  }

  /**
   * Returns notes for the teacher that the answer key shows under the heading, such as how scores were computed.
   *
   * @return the notes
   */
  public ImmutableList<String> keyNotes() {
    return keyNotes;
  }

  @Override
  public String toString() {
    return "Exercise[" + type.id() + ", " + items.size() + " items]";
  }
}
