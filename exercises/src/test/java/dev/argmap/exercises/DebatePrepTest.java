package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Item.Task;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.ContributionFunction;
import dev.argmap.scoring.Contributions;
import dev.argmap.scoring.GradualSemantics;
import dev.argmap.scoring.MapContributors;
import dev.argmap.scoring.MapScorer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Debate preparation on the prebuilt map: arguments are ranked by their share of the motion's change, so the 16
 * reasons for the thesis, which saturate it and each change it by about 1e-5 when removed alone, still show.
 */
class DebatePrepTest {
  private static final Pattern SHARE = Pattern.compile("share of the motion\u2019s change ([+-][0-9]\\.[0-9]{3})"
      + "( \\(estimate \u00b1 [0-9]\\.[0-9]{3}\\))?\\)$");

  static Task task(Polarity side, Difficulty d, long seed) {
    Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().seed(seed).difficulty(d).debateSide(side)
        .types(ExerciseType.DEBATE_PREP).build());
    return (Task) w.exercises().get(0).items().get(0);
  }

  static List<Item.Entry> section(List<Item.Section> sections, String heading) {
    return sections.stream().filter(s -> s.heading().startsWith(heading)).findFirst().orElseThrow().entries();
  }

  static double share(String text) {
    Matcher m = SHARE.matcher(text);
    assertThat(m.find()).as("a share with three decimals at the end of: " + text).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void theForSideGetsItsRealCaseOnThePrebuiltMap() {
    for (Difficulty d : List.of(Difficulty.EASY)) {
      List<Item.Entry> mine = section(task(Polarity.SUPPORTS, d, 1).sheet(), "Your strongest points");
      assertThat(mine).as(d.toString()).hasSizeGreaterThanOrEqualTo(3);
      for (Item.Entry en : mine) {
        assertThat(en.text()).contains("(for the motion");
        assertThat(share(en.text())).as(en.text()).isGreaterThan(0.01);
      }
    }
    List<Item.Entry> hard = section(task(Polarity.SUPPORTS, Difficulty.HARD, 1).key(), "The strongest points");
    assertThat(hard).hasSizeGreaterThanOrEqualTo(3).allSatisfy(en -> assertThat(share(en.text())).isGreaterThan(0.01));
  }

  @Test
  void bothSidesAreRankedByShareOfTheMotionsChange() {
    for (Polarity side : Polarity.values()) {
      Task t = task(side, Difficulty.MEDIUM, 3);
      assertThat(t.context().get(2).text()).contains(side == Polarity.SUPPORTS ? "FOR" : "AGAINST");
      List<Item.Entry> answer = section(t.sheet(), "Arguments you must answer");
      assertThat(answer).hasSize(4);
      double previous = Double.MAX_VALUE;
      for (Item.Entry en : answer) {
        assertThat(en.text()).contains(side == Polarity.SUPPORTS ? "(against the motion" : "(for the motion")
            .doesNotContainPattern("[0-9]e-[0-9]").doesNotContain("Shapley");
        double share = share(en.text());
        assertThat(Math.signum(share)).isEqualTo(side == Polarity.SUPPORTS ? -1.0 : 1.0);
        assertThat(Math.abs(share)).isLessThanOrEqualTo(previous).isGreaterThan(0.01);
        previous = Math.abs(share);
      }
      assertThat(t.key().get(0).entries()).anySatisfy(en -> assertThat(en.depth()).isEqualTo(1));
    }
  }

  @Test
  void theNotesSayTheSharesAddUpToTheChangeAndAreEstimates() {
    Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().seed(1).types(ExerciseType.DEBATE_PREP)
        .build());
    Exercise e = w.exercises().get(0);
    // the map's arguments are more than the exact limit, so the shares are sampled, and the sheet must say so
    Contributions<?> c = MapScorer.of(GradualSemantics.DF_QUAD).withContributionOptions(Context.shareOptions(1))
        .contributions(MAP, StatementId.of("t-no-alliance"), ContributionFunction.SHAPLEY, MapContributors.ARGUMENTS);
    assertThat(c.isEstimate()).isTrue();
    double score = MapScorer.of(GradualSemantics.DF_QUAD).score(MAP).strength(StatementId.of("t-no-alliance"));
    assertThat(e.keyNotes().get(0)).contains("share of the motion's change").contains("add up to that change")
        .contains("0.500").contains(String.format(java.util.Locale.ROOT, "%.3f", score))
        .contains(String.format(java.util.Locale.ROOT, "%+.3f", score - 0.5));
    assertThat(e.keyNotes()).anySatisfy(n -> assertThat(n).contains("estimates").contains("standard error"));
    assertThat(w.answerKeyMarkdown()).contains("(estimate \u00b1 0.00");
  }
}
