package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import java.util.List;
import dev.argmap.model.StatementId;
import org.junit.jupiter.api.Test;

/**
 * Levels differ in reasoning, not only in length: a hard sheet builds a map with a chain two arguments deep and an
 * undercutter, and asks for-or-against questions along chains; an easy one stays one argument from the thesis.
 */
class LevelsTest {
  /** How many arguments lie between an element and the thesis; an undercutter's step counts as one. */
  static int depth(ArgumentMap map, ConclusionId c, StatementId thesis) {
    if (c.equals(thesis)) {
      return 0;
    }
    List<Argument> next = c instanceof StatementId s ? map.argumentsUsing(s)
        : List.of(map.argument((ArgumentId) c).orElseThrow());
    int best = Integer.MAX_VALUE;
    for (Argument a : next) {
      int d = depth(map, a.conclusion(), thesis);
      if (d != Integer.MAX_VALUE) {
        best = Math.min(best, d + (c instanceof StatementId ? 1 : 0));
      }
    }
    return best;
  }

  static boolean throughAChain(Item i) {
    return i.context().stream().anyMatch(p -> p.text().startsWith("It bears on the thesis through"));
  }

  @Test
  void hardMapsAreDeeperAndHaveUndercuttersEasyOnesDoNot() {
    for (long seed = 1; seed <= 5; seed++) {
      Worksheet hard = Exercises.generate(MAP, ExerciseOptions.builder().seed(seed).difficulty(Difficulty.HARD)
          .types(ExerciseType.BUILD_MAP, ExerciseType.CLASSIFY).build());
      ArgumentMap ref = hard.buildMapReference().orElseThrow();
      StatementId t = hard.thesis().id();
      assertThat(ref.arguments()).as("seed " + seed).anyMatch(Argument::isUndercutter);
      assertThat(ref.statements()).as("seed " + seed).anyMatch(s -> {
        int d = depth(ref, s.id(), t);
        return d >= 2 && d != Integer.MAX_VALUE;
      });
      assertThat(SheetEditingTest.items(hard, ExerciseType.CLASSIFY)).as("seed " + seed)
          .anyMatch(LevelsTest::throughAChain);
      Worksheet easy = Exercises.generate(MAP, ExerciseOptions.builder().seed(seed).difficulty(Difficulty.EASY)
          .types(ExerciseType.BUILD_MAP, ExerciseType.CLASSIFY).build());
      ArgumentMap easyRef = easy.buildMapReference().orElseThrow();
      assertThat(easyRef.arguments()).noneMatch(Argument::isUndercutter);
      assertThat(SheetEditingTest.items(easy, ExerciseType.CLASSIFY)).noneMatch(LevelsTest::throughAChain);
    }
  }
}
