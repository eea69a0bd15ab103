package dev.argmap.semantics.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The options' one way to say "no time limit" (empty), and a builder that starts from existing options. */
class ContributionOptionsTest {

  @Test
  void theBudgetIsSixtySecondsByDefaultAndEmptyWhenRemoved() {
    assertThat(ContributionOptions.defaults().timeBudget()).contains(Duration.ofSeconds(60));
    assertThat(ContributionOptions.builder().noTimeBudget().build().timeBudget()).isEmpty();
    assertThatThrownBy(() -> ContributionOptions.builder().timeBudget(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ContributionOptions.builder().timeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilderKeepsEverySettingItDoesNotChange() {
    EvaluationOptions jacobi = EvaluationOptions.builder().scheme(EvaluationScheme.JACOBI).build();
    ContributionOptions o = ContributionOptions.builder().exactPlayerLimit(7).targetStandardError(0.01)
        .samples(300, 4000).seed(42).noTimeBudget().evaluation(jacobi).build();
    ContributionOptions copy = o.toBuilder().seed(43).build();
    assertThat(copy.exactPlayerLimit()).isEqualTo(7);
    assertThat(copy.targetStandardError()).isEqualTo(0.01);
    assertThat(copy.minSamples()).isEqualTo(300);
    assertThat(copy.maxSamples()).isEqualTo(4000);
    assertThat(copy.seed()).isEqualTo(43);
    assertThat(copy.timeBudget()).isEmpty();
    assertThat(copy.evaluation()).isSameAs(jacobi);
    assertThat(o.seed()).isEqualTo(42);
  }
}
