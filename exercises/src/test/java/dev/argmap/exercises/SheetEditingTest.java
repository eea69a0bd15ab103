package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A teacher drops or regenerates single questions by number, and asks for lesson-sized sheets. */
class SheetEditingTest {
  static List<Item> items(Worksheet w, ExerciseType t) {
    return w.exercises().stream().filter(e -> e.type() == t).findFirst().orElseThrow().items();
  }

  static Worksheet sheet(ExerciseOptions.Builder b) {
    return Exercises.generate(MAP, b.types(ExerciseType.CLASSIFY, ExerciseType.MISSING_PREMISE).build());
  }

  @Test
  void regeneratingAQuestionReplacesItAndKeepsTheOthers() {
    List<Item> before = items(sheet(ExerciseOptions.builder()), ExerciseType.CLASSIFY);
    Worksheet w = sheet(ExerciseOptions.builder().regenerate("classify.3"));
    List<Item> after = items(w, ExerciseType.CLASSIFY);
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
    assertThat(after.get(2).prompt()).isNotEqualTo(before.get(2).prompt());
    assertThat(after.get(2).title()).isEqualTo("Classify 3");
    assertThat(after.stream().map(Item::prompt)).doesNotContain(before.get(2).prompt());
    assertThat(w.rejectedQuestions()).anyMatch(r -> r.contains("the teacher asked for another question"));
    assertThat(QuestionChecker.check(w)).isEmpty();
  }

  @Test
  void droppingAQuestionLeavesItOutAndTheRestMoveUp() {
    List<Item> before = items(sheet(ExerciseOptions.builder()), ExerciseType.MISSING_PREMISE);
    List<Item> after = items(sheet(ExerciseOptions.builder().drop("missing-premise.1")), ExerciseType.MISSING_PREMISE);
    assertThat(after).hasSize(before.size() - 1);
    assertThat(after.get(0).subject()).isEqualTo(before.get(1).subject());
    assertThat(after.get(0).title()).isEqualTo("Missing premise 1");
  }

  @Test
  void aLessonSizedSheetHasAtMostTheQuestionsAskedFor() {
    Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().difficulty(Difficulty.HARD).maxQuestions(2)
        .build());
    for (Exercise e : w.exercises()) {
      long numbers = e.items().stream().map(i -> i.title().replaceAll(":.*", "")).distinct().count();
      assertThat(numbers).as(e.type().id()).isLessThanOrEqualTo(2);
    }
    assertThat(QuestionChecker.check(w)).isEmpty();
  }

  @Test
  void badQuestionNumbersAreClearErrors() {
    assertThatThrownBy(() -> ExerciseOptions.builder().drop("classify")).hasMessageContaining("classify.3");
    assertThatThrownBy(() -> ExerciseOptions.builder().drop("essay.1")).hasMessageContaining("essay");
    assertThatThrownBy(() -> ExerciseOptions.builder().regenerate("classify.0")).hasMessageContaining("start at 1");
    assertThatThrownBy(() -> ExerciseOptions.builder().maxQuestions(0)).hasMessageContaining("1 or more");
  }
}
