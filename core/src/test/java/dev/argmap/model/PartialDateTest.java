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

  @ParameterizedTest
  @ValueSource(strings = {"2017~", "2020-10~", "2020-12-05~"})
  void parsesAndPrintsApproximateDates(String text) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.approximate()).isTrue();
    assertThat(date.toString()).isEqualTo(text);
    assertThat(date.asExact().toString()).isEqualTo(text.substring(0, text.length() - 1));
    assertThat(date.asExact().asApproximate()).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"~2017", "2017~~", "2017 ~", "2017?", "2020-10~22", "2020-13~"})
  void rejectsAMisplacedOrUnknownMark(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anApproximateDateIsAnotherDateWithTheSameBoundsAndReadsAsCirca() {
    PartialDate exact = PartialDate.ofYear(2017);
    PartialDate about = exact.asApproximate();
    assertThat(about).isNotEqualTo(exact);
    assertThat(about.hashCode()).isNotEqualTo(exact.hashCode());
    assertThat(exact).isLessThan(about);
    assertThat(about).isLessThan(PartialDate.ofYearMonth(2017, 1));
    assertThat(about.earliestDay()).isEqualTo(exact.earliestDay());
    assertThat(about.latestDay()).isEqualTo(exact.latestDay());
    assertThat(about.toText()).isEqualTo("c. 2017");
    assertThat(exact.toText()).isEqualTo("2017");
    assertThat(about.asApproximate()).isSameAs(about);
    assertThat(exact.asExact()).isSameAs(exact);
  }
}
