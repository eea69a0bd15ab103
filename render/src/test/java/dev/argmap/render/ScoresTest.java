package dev.argmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.testing.FixtureMaps;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void fromMapScoresCarriesEveryStrengthAndTheSemantics() {
    ArgumentMap map = FixtureMaps.alliance();
    MapScores computed = MapScorer.of(GradualSemantics.DF_QUAD).score(map);

    Scores scores = Scores.from(computed);

    assertThat(scores.semantics()).contains("df-quad");
    assertThat(scores.statement(StatementId.of("t1")).getAsDouble())
        .isEqualTo(computed.strength(StatementId.of("t1")));
    assertThat(scores.argument(ArgumentId.of("a3")).getAsDouble())
        .isEqualTo(computed.strength(ArgumentId.of("a3")));
    assertThat(scores.coversAny(map)).isTrue();
  }

  @Test
  void explanationsAddEachReasonsShareOfTheChangeAndTheChange() {
    ArgumentMap map = FixtureMaps.alliance();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Explanation why = scorer.explain(map, StatementId.of("t1"));

    Scores scores = Scores.from(scorer.score(map), List.of(why));

    assertThat(scores.change(StatementId.of("t1")).getAsDouble()).isEqualTo(why.totalChange());
    assertThat(scores.change(StatementId.of("p1"))).isEmpty();
    assertThat(scores.share(ArgumentId.of("a1"))).contains(why.reason(ArgumentId.of("a1")).share());
    assertThat(scores.share(ArgumentId.of("a2"))).contains(why.reason(ArgumentId.of("a2")).share());
    assertThat(scores.share(ArgumentId.of("a1")).get().value()).isPositive();
    assertThat(scores.share(ArgumentId.of("a2")).get().value()).isNegative();
    assertThat(scores.share(ArgumentId.of("a1")).get().value() + scores.share(ArgumentId.of("a2")).get().value())
        .as("the shares add up to the change").isCloseTo(why.totalChange(), within(1e-9));
    // the undercutter and the argument on a premise conclude on nothing explained
    assertThat(scores.share(ArgumentId.of("a3"))).isEmpty();
    assertThat(scores.share(ArgumentId.of("a4"))).isEmpty();
    assertThat(scores.statement(StatementId.of("t1")).getAsDouble()).isEqualTo(why.score());
  }

  @Test
  void anExplanationAloneNamesItsSemantics() {
    ArgumentMap map = FixtureMaps.alliance();
    Explanation why = MapScorer.of(GradualSemantics.QUAD).explain(map, StatementId.of("t1"));

    Scores scores = Scores.builder().explanation(why).build();

    assertThat(scores.semantics()).contains("quad");
    assertThat(scores.isEmpty()).isFalse();
    assertThat(scores.coversAny(map)).isTrue();
    assertThat(scores.statement(StatementId.of("t1"))).isEmpty();
    assertThat(Scores.none().share(ArgumentId.of("a1"))).isEmpty();
  }

  @Test
  void builtByHandAndPartial() {
    Scores scores = Scores.builder().statement("t1", 0.25).statement("t1", 0.5).build();

    assertThat(scores.statement(StatementId.of("t1"))).hasValue(0.5);
    assertThat(scores.statement(StatementId.of("p1"))).isEmpty();
    assertThat(scores.semantics()).isEmpty();
    assertThat(Scores.none().isEmpty()).isTrue();
    assertThat(Scores.none().coversAny(FixtureMaps.alliance())).isFalse();
    assertThat(scores).hasToString("Scores{1 statement, 0 arguments}");
    assertThat(Scores.builder().statement("t1", 0.5).statement("t2", 0.5)
        .argument(dev.argmap.model.ArgumentId.of("a1"), 0.5).build())
        .hasToString("Scores{2 statements, 1 argument}");
  }

  @Test
  void refusesScoresOutsideTheUnitInterval() {
    assertThatThrownBy(() -> Scores.builder().statement("t1", 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1").hasMessageContaining("1.5");
    assertThatThrownBy(() -> Scores.builder().statement("t1", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
