package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Option;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The question checker: every question of every exercise type at every level, on the prebuilt map and on 24
 * random maps, passes it; and it does reject each kind of bad question a teacher found.
 */
class QuestionCheckerTest {
  @Test
  void everyQuestionOfEveryTypeAndLevelPassesOnThePrebuiltAndOn24RandomMaps() {
    List<String> problems = new ArrayList<>();
    int questions = 0;
    int rejected = 0;
    List<ArgumentMap> maps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    maps.add(MAP);
    names.add("prebuilt map");
    for (long seed = 1; seed <= 24; seed++) {
      int size = 8 + (int) (seed * 7 % 70);
      maps.add(RandomMaps.withStatements(size).seed(seed).generate());
      names.add("RandomMaps.withStatements(" + size + ").seed(" + seed + ")");
    }
    for (int m = 0; m < maps.size(); m++) {
      for (Difficulty d : Difficulty.values()) {
        for (long sheetSeed = 1; sheetSeed <= (m == 0 ? 3 : 1); sheetSeed++) {
          Worksheet w = Exercises.generate(maps.get(m), ExerciseOptions.builder().difficulty(d).seed(sheetSeed)
              .build());
          String where = names.get(m) + ", " + d + ", sheet seed " + sheetSeed + ": ";
          QuestionChecker.check(w).forEach(p -> problems.add(where + p));
          for (Exercise e : w.exercises()) {
            questions += e.items().size();
          }
          rejected += w.rejectedQuestions().size();
          KeyChecks.check(maps.get(m), w, where);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(questions).as("questions checked").isGreaterThan(500);
    System.out.println("QuestionCheckerTest: " + questions + " questions passed; " + rejected
        + " candidates rejected and replaced");
  }

  @Test
  void everyTypeAppearsAtEveryLevelOnThePrebuiltMap() {
    for (Difficulty d : Difficulty.values()) {
      Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().difficulty(d).build());
      assertThat(w.skipped()).as(d + ": " + w.skipped()).isEmpty();
    }
  }

  private static Candidate candidate(String group, Item item, List<String> asks, List<String> shows,
      List<String> giveaways) {
    return new Candidate(group, n -> item, asks, shows, giveaways, "test", List::of);
  }

  private static Choice choice(String context, String prompt, int answer, String... options) {
    List<Option> opts = new ArrayList<>();
    for (String o : options) {
      opts.add(new Option(o, ""));
    }
    return new Choice("Q", "s", List.of(Passage.quote(context)), prompt, opts, answer, List.of("why"));
  }

  @Test
  void aWrongOptionContainingTheRightAnswerIsRejected() {
    Choice c = choice("A quote.", "Who published it?", 0, "The Moscow Times", "The Moscow Times and AP");
    assertThat(QuestionChecker.generic(c, List.of())).singleElement().asString()
        .contains("contains the right answer");
  }

  @Test
  void theAnswerOrASpeakersNameInTheStemIsRejected() {
    Choice shown = choice("Found in: \u201cReport\u201d by The Moscow Times.", "Who published it?", 0,
        "The Moscow Times", "Associated Press");
    assertThat(QuestionChecker.generic(shown, List.of())).anyMatch(p -> p.contains("stem shows the right answer"));
    Choice named = choice("\u201cWe won't exclude it,\u201d Putin said.", "Who is speaking?", 0, "Vladimir Putin",
        "Joe Biden");
    assertThat(QuestionChecker.generic(named, List.of("putin"))).anyMatch(p -> p.contains("gives the answer away"));
    Choice fair = choice("\u201cWe won't exclude it,\u201d he said.", "Who is speaking?", 0, "Vladimir Putin",
        "Joe Biden");
    assertThat(QuestionChecker.generic(fair, List.of("putin"))).isEmpty();
  }

  @Test
  void repeatedQuestionsAndQuestionsAnotherExerciseAnswersAreReplaced() {
    QuestionChecker checker = new QuestionChecker();
    Choice q = choice("A quote.", "Who is speaking?", 0, "Vladimir Putin", "Joe Biden");
    Choice other = choice("Another quote.", "Who is speaking?", 1, "Vladimir Putin", "Joe Biden");
    // a task shows the side of p1: a question asking it is replaced by the next candidate
    checker.place(candidate("task", q, List.of(), List.of("side:p1"), List.of()));
    List<QuestionChecker.Accepted> got = checker.select(List.of(
        candidate("a", q, List.of("side:p1"), List.of(), List.of()),
        candidate("b", q, List.of("side:p2"), List.of(), List.of()),
        candidate("c", q, List.of("side:p3"), List.of(), List.of()),
        candidate("d", other, List.of("side:p4"), List.of(), List.of())), 2);
    assertThat(got).extracting(a -> a.candidate().group).containsExactly("b", "d");
    assertThat(checker.rejections()).hasSize(2);
    assertThat(checker.rejections().get(0)).contains("another question or task on the sheet shows its answer");
    assertThat(checker.rejections().get(1)).contains("already on the sheet");
    // a later question that shows an earlier answer is rejected too
    List<QuestionChecker.Accepted> later = checker.select(List.of(
        candidate("e", choice("x", "y", 0, "m", "n"), List.of(), List.of("side:p2"), List.of())), 1);
    assertThat(later).isEmpty();
    assertThat(checker.rejections().get(2)).contains("shows the answer to an earlier question");
  }

  @Test
  void theGeneratorsOwnRuleRejectsAQuestion() {
    QuestionChecker checker = new QuestionChecker();
    Choice q = choice("A quote.", "Which is the missing premise?", 0, "P", "Q");
    Candidate bad = new Candidate("a", n -> q, List.of("premises:a"), List.of(), List.of(), "test rule",
        () -> List.of("the distractor \u201cQ\u201d completes the argument as well"));
    assertThat(checker.select(List.of(bad), 1)).isEmpty();
    assertThat(checker.rejections()).singleElement().asString().contains("test rule")
        .contains("completes the argument as well");
  }
}
