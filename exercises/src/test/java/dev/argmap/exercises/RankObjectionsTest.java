package dev.argmap.exercises;

import static dev.argmap.exercises.ExercisesTest.MAP;
import static dev.argmap.exercises.ExercisesTest.exercise;
import static dev.argmap.exercises.ExercisesTest.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Item.Ordering;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rank the objections on the prebuilt map: the key ranks by share of the claim's change, as explain does. */
class RankObjectionsTest {
  @Test
  void theKeyRanksTheObjectionsAsTheExplanationRanksTheReasonsAgainst() {
    for (long seed : new long[] {1, 2, 3, 42}) {
      Ordering o = (Ordering) exercise(sheet(Difficulty.MEDIUM, seed), ExerciseType.RANK_OBJECTIONS).items().get(0);
      Explanation why = MapScorer.of(GradualSemantics.DF_QUAD).explain(MAP, StatementId.of(o.subject()));
      List<String> key = o.order().stream().map(i -> o.items().get(i).ref()).toList();
      List<String> explained = why.reasonsAgainst(Integer.MAX_VALUE).stream()
          .map(r -> r.argument().value()).filter(key::contains).toList();
      assertThat(key).as("seed %d", seed).isEqualTo(explained);
    }
  }

  @Test
  void theKeyGivesEachObjectionsShareOfTheClaimsChangeWithThreeDecimals() {
    Worksheet w = sheet(Difficulty.MEDIUM, 1);
    Exercise e = exercise(w, ExerciseType.RANK_OBJECTIONS);
    Ordering o = (Ordering) e.items().get(0);
    Explanation why = MapScorer.of(GradualSemantics.DF_QUAD).explain(MAP, StatementId.of(o.subject()));
    assertThat(e.keyNotes().get(0)).contains("df-quad").contains("share of the claim's change")
        .contains("add up to it").contains(String.format(Locale.ROOT, "%+.3f", why.totalChange()))
        .doesNotContain("leave-one-out");
    for (int rank = 0; rank < o.order().size(); rank++) {
      Item.Option option = o.items().get(o.order().get(rank));
      Contribution share = why.reason(ArgumentId.of(option.ref())).share();
      String line = o.explanation().get(rank);
      assertThat(line).contains("strength ").contains("base ").contains("weight ")
          .contains("share of the claim\u2019s change " + String.format(Locale.ROOT, "%+.3f", share.value()))
          .doesNotContainPattern("[0-9]e-[0-9]");
      assertThat(share.value()).as("an objection pulls the claim down").isLessThan(-0.01);
    }
    assertThat(o.explanation()).anySatisfy(l -> assertThat(l).contains("the largest share of the premise"));
  }

  @Test
  void sharesThatCannotBeToldApartAreNeverAskedTogether() {
    Contribution a = new Contribution(-0.050, 0.0, 0, Contribution.Method.EXACT);
    assertThat(RankObjections.apart(a, new Contribution(-0.056, 0.0, 0, Contribution.Method.EXACT))).isTrue();
    assertThat(RankObjections.apart(a, new Contribution(-0.053, 0.0, 0, Contribution.Method.EXACT))).isFalse();
    // 0.006 apart, but each estimate is uncertain by 0.002: not a safe order
    assertThat(RankObjections.apart(a, new Contribution(-0.056, 0.002, 1000, Contribution.Method.SAMPLED)))
        .isFalse();
    assertThat(RankObjections.apart(a, new Contribution(-0.060, 0.002, 1000, Contribution.Method.SAMPLED)))
        .isTrue();
  }
}
