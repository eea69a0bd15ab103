package dev.argmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void fromMapScoresCarriesEveryStrengthAndTheSemantics() {
    ArgumentMap map = TestMaps.alliance();
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
  void builtByHandAndPartial() {
    Scores scores = Scores.builder().statement("t1", 0.25).statement("t1", 0.5).build();

    assertThat(scores.statement(StatementId.of("t1"))).hasValue(0.5);
    assertThat(scores.statement(StatementId.of("p1"))).isEmpty();
    assertThat(scores.semantics()).isEmpty();
    assertThat(Scores.none().isEmpty()).isTrue();
    assertThat(Scores.none().coversAny(TestMaps.alliance())).isFalse();
  }

  @Test
  void refusesScoresOutsideTheUnitInterval() {
    assertThatThrownBy(() -> Scores.builder().statement("t1", 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1").hasMessageContaining("1.5");
    assertThatThrownBy(() -> Scores.builder().statement("t1", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
