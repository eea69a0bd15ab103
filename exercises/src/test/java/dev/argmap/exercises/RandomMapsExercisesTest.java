package dev.argmap.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.gift.GiftValidator;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import org.junit.jupiter.api.Test;

/** The generators on random maps of every feature (odd characters included), with the seed in every message. */
class RandomMapsExercisesTest {
  @Test
  void keysAreRightSheetsAnswerableAndGiftValidOnRandomMaps() {
    int generated = 0;
    for (long mapSeed = 1; mapSeed <= 24; mapSeed++) {
      int size = 8 + (int) (mapSeed * 7 % 70);
      ArgumentMap map = RandomMaps.withStatements(size).seed(mapSeed).generate();
      for (Difficulty d : Difficulty.values()) {
        long sheetSeed = mapSeed * 31 + d.ordinal();
        String where = "RandomMaps.withStatements(" + size + ").seed(" + mapSeed + "), " + d + ", sheet seed "
            + sheetSeed;
        Worksheet w = Exercises.generate(map, ExerciseOptions.builder().difficulty(d).seed(sheetSeed).build());
        KeyChecks.check(map, w, where);
        GiftValidator.Report gift = GiftValidator.check(w.toGift());
        assertThat(gift.problems()).as(where).isEmpty();
        Worksheet again = Exercises.generate(map, ExerciseOptions.builder().difficulty(d).seed(sheetSeed).build());
        assertThat(again.toHtml()).as(where).isEqualTo(w.toHtml());
        assertThat(again.toGift()).as(where).isEqualTo(w.toGift());
        generated += w.exercises().size();
      }
    }
    assertThat(generated).as("most exercises find material in random maps").isGreaterThan(24 * 3 * 4);
  }
}
