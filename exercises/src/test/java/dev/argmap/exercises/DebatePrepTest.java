package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Item.Task;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Debate preparation: each side's case is its reasons on the motion ranked by Shapley share (so the side with
 * many reasons, which each change the motion by almost nothing when removed alone, still has a case), in words,
 * with whole quotes, and rebuttals listed as answers on the side they serve.
 */
class DebatePrepTest {
  static final StatementId MOTION = StatementId.of("t-no-alliance");

  static Task task(ArgumentMap map, Polarity side, Difficulty d, long seed) {
    Worksheet w = Exercises.generate(map, ExerciseOptions.builder().seed(seed).difficulty(d).debateSide(side)
        .types(ExerciseType.DEBATE_PREP).build());
    return (Task) w.exercises().get(0).items().get(0);
  }

  static List<Item.Entry> section(List<Item.Section> sections, String heading) {
    return sections.stream().filter(s -> s.heading().startsWith(heading)).findFirst().orElseThrow().entries();
  }

  /** The arguments behind a case's points, in the order shown, found by their premises' texts. */
  static List<Argument> points(ArgumentMap map, List<Item.Entry> entries) {
    List<Argument> out = new ArrayList<>();
    for (Item.Entry en : entries) {
      if (en.depth() != 0) {
        continue;
      }
      Argument found = null;
      for (Argument a : map.arguments()) {
        String text = String.join(" together with ", a.premises().stream()
            .map(p -> "\u201c" + map.statement(p).orElseThrow().text() + "\u201d").toList());
        if (en.text().startsWith(text + " (")) {
          found = a;
        }
      }
      assertThat(found).as("a point names an argument's premises: " + en.text()).isNotNull();
      out.add(found);
    }
    return out;
  }

  @Test
  void eachSidesCaseFollowsTheShapleyRankingOfTheExplanation() {
    Explanation why = MapScorer.of(GradualSemantics.DF_QUAD).withContributionOptions(Context.shareOptions(1))
        .explain(MAP, MOTION);
    for (Polarity side : Polarity.values()) {
      Task t = task(MAP, side, Difficulty.MEDIUM, 1);
      List<Argument> mine = points(MAP, t.key().get(0).entries());
      List<Argument> theirs = points(MAP, section(t.sheet(), "The other side's best case"));
      assertThat(points(MAP, t.key().get(1).entries())).isEqualTo(theirs);
      List<Explanation.Reason> expectMine = side == Polarity.SUPPORTS ? why.reasonsFor(4) : why.reasonsAgainst(4);
      List<Explanation.Reason> expectTheirs = side == Polarity.SUPPORTS ? why.reasonsAgainst(4)
          : why.reasonsFor(4);
      assertThat(mine).as(side + ": own case").extracting(Argument::id)
          .containsExactlyElementsOf(expectMine.stream().map(Explanation.Reason::argument).toList());
      assertThat(theirs).as(side + ": other case").extracting(Argument::id)
          .containsExactlyElementsOf(expectTheirs.stream().map(Explanation.Reason::argument).toList());
      // the side with many reasons has a real case: four points, every one concluding the motion
      assertThat(mine).hasSize(4).allSatisfy(a -> assertThat(a.conclusion()).isEqualTo(MOTION));
      assertThat(t.key().get(0).entries().get(0).text()).endsWith("(the strongest point)");
      // an easy sheet lists the student's own case, with evidence to use
      Task easy = task(MAP, side, Difficulty.EASY, 1);
      assertThat(points(MAP, section(easy.sheet(), "Your side's best case"))).extracting(Argument::id)
          .containsExactlyElementsOf(expectMine.stream().limit(3).map(Explanation.Reason::argument).toList());
    }
  }

  @Test
  void rebuttalsAreAnswersOnTheSideTheyServeNeverPoints() {
    for (long seed = 1; seed <= 3; seed++) {
      for (Difficulty d : Difficulty.values()) {
        Task t = task(MAP, Polarity.SUPPORTS, d, seed);
        for (Item.Section s : t.key()) {
          List<Argument> pts = points(MAP, s.entries());
          assertThat(pts).noneMatch(Argument::targetsArgument);
          for (Item.Entry en : s.entries()) {
            if (en.depth() == 1 && en.text().startsWith("Show that it does not follow: ")) {
              // an undercutter answers the point above it: it concludes that point's argument
              Argument point = pts.get(pointIndexAbove(s.entries(), en));
              assertThat(MAP.argumentsAgainst(point.id())).as(en.text()).anySatisfy(u -> assertThat(en.text())
                  .contains(MAP.statement(u.premises().get(0)).orElseThrow().text()));
            }
          }
        }
      }
    }
  }

  private static int pointIndexAbove(List<Item.Entry> entries, Item.Entry target) {
    int index = -1;
    for (Item.Entry en : entries) {
      if (en.depth() == 0) {
        index++;
      }
      if (en == target) {
        return index;
      }
    }
    throw new AssertionError("entry not found");
  }

  @Test
  void wordsNotNumbersAndWholeQuotes() {
    for (Difficulty d : Difficulty.values()) {
      Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().seed(2).difficulty(d)
          .types(ExerciseType.DEBATE_PREP).build());
      Task t = (Task) w.exercises().get(0).items().get(0);
      List<String> texts = new ArrayList<>();
      t.context().forEach(p -> texts.add(p.text()));
      t.sheet().forEach(s -> s.entries().forEach(e -> texts.add(e.text())));
      t.key().forEach(s -> s.entries().forEach(e -> texts.add(e.text())));
      // no ellipsis of our own: one inside a verbatim quote is the source's (Gabuev's "anything.… We")
      assertThat(texts).as(d.toString()).noneMatch(x -> x.matches("(?s).*\\b[01]\\.[0-9]{2,}.*"))
          .noneMatch(x -> withoutMapQuotes(x).contains("\u2026"));
      for (String x : texts) {
        if (x.startsWith("Back it with: \u201c")) {
          String quote = x.substring("Back it with: \u201c".length(), x.lastIndexOf("\u201d ("));
          assertThat(MAP.evidence()).as(x).anyMatch(e -> e.quote().equals(quote));
        }
      }
    }
  }

  @Test
  void randomMapsGetACaseForBothSidesWithoutUndercuttersAsPoints() {
    int made = 0;
    for (long seed = 1; seed <= 24; seed++) {
      ArgumentMap map = RandomMaps.withStatements(8 + (int) (seed * 7 % 70)).seed(seed).generate();
      Worksheet w = Exercises.generate(map, ExerciseOptions.builder().seed(seed).types(ExerciseType.DEBATE_PREP)
          .build());
      if (w.exercises().isEmpty()) {
        assertThat(w.skipped()).as("seed " + seed).containsKey(ExerciseType.DEBATE_PREP);
        continue;
      }
      made++;
      Task t = (Task) w.exercises().get(0).items().get(0);
      for (Item.Section s : t.key()) {
        assertThat(points(map, s.entries())).as("seed " + seed).noneMatch(Argument::targetsArgument);
      }
    }
    assertThat(made).as("most random maps have a debate").isGreaterThan(12);
  }

  private static String withoutMapQuotes(String text) {
    String rest = text;
    // longest first: one quote can hold another (Putin's whole remark holds "We have not set that goal ...")
    List<String> quotes = new ArrayList<>(MAP.evidence().stream().map(e -> e.quote()).toList());
    quotes.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (String quote : quotes) {
      rest = rest.replace(quote, "");
    }
    return rest;
  }
}
