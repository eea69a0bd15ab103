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

  Exercise(ExerciseType type, String title, String instructions, List<? extends Item> items, List<String> keyNotes) {
    this.type = requireNonNull(type, "type");
    this.title = requireNonNull(title, "title");
    this.instructions = requireNonNull(instructions, "instructions");
    this.items = ImmutableList.copyOf(items);
    this.keyNotes = ImmutableList.copyOf(keyNotes);
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
