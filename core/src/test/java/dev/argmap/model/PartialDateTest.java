package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2017", "2020-10", "2020-12-05", "2024-02-29", "0001"})
  void parsesAndPrintsWhatItParses(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-13", "2021-02-29", "20", "2020-1", "2020/10", "", "2020-00", "2020-10-00", "0000"})
  void rejectsWhatIsNoDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsItsPrecisionAndBounds() {
    PartialDate month = PartialDate.ofYearMonth(2020, 2);
    assertThat(month.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(month.latestDay().toString()).isEqualTo("2020-02-29");
    assertThat(month.day()).isEmpty();
    assertThat(PartialDate.ofYear(2020)).isLessThan(month);
    assertThat(month).isLessThan(PartialDate.of(2020, 2, 1));
  }
}
