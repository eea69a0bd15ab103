package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static Argument.Builder argument() {
    return Argument.builder().id(ArgumentId.of("a1")).conclusion(StatementId.of("t1"))
        .polarity(Polarity.SUPPORTS).addPremises(StatementId.of("p1"));
  }

  @Test
  void valuesCheckTheirRangesWhenBuiltNamingElementFieldRangeAndValue() {
    assertThatThrownBy(() -> argument().weight(7).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Argument a1: weight must be in [0, 1] but was 7.0 (out-of-range). "
            + "Fix: give a weight between 0 and 1");
    assertThatThrownBy(() -> argument().weight(Double.NaN).build())
        .hasMessageStartingWith("Argument a1: weight must be in [0, 1] but was NaN");
    assertThatThrownBy(() -> Evidence.builder().id(EvidenceId.of("e1"))
            .statement(StatementId.of("p1")).quote("q").source(SourceId.of("s")).weight(-0.5)
            .build())
        .hasMessageStartingWith("Evidence e1: weight must be in [0, 1] but was -0.5");
    assertThatThrownBy(() -> Source.builder().id(SourceId.of("s")).kind(SourceKind.NEWS_REPORT)
            .credibility(1.5).build())
        .hasMessage("Source s: credibility must be in [0, 1] but was 1.5 (out-of-range). "
            + "Fix: give a credibility between 0 and 1");
    // the ends of the range are in it
    assertThat(argument().weight(0).build().weight()).isZero();
    assertThat(argument().weight(1).build().weight()).isEqualTo(1.0);
  }

  @Test
  void withMethodsCopyAndCheckToo() {
    Argument a = argument().label("commute").build();
    Argument b = a.withWeight(0.25);

    assertThat(b.weight()).isEqualTo(0.25);
    assertThat(b.label()).contains("commute");
    assertThat(a.weight()).isEqualTo(1.0);
    assertThat(b.withWeight(1.0)).isEqualTo(a);
    assertThat(a.withLabel(Optional.empty()).label()).isEmpty();
    assertThatThrownBy(() -> a.withWeight(2))
        .hasMessageStartingWith("Argument a1: weight must be in [0, 1] but was 2.0");
    assertThat(Statement.of("p1", "A claim.").withText("Another claim.").text())
        .isEqualTo("Another claim.");
    assertThat(Person.of("Sam").withRole("survey lead").role()).contains("survey lead");
  }

  @Test
  void optionalSettersRejectNullNamingTheFieldAndClearWithEmpty() {
    // a null String is a bug, not "absent": the message names the field; Optional.empty() clears
    assertThatThrownBy(() -> argument().label((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label");
    assertThat(argument().label("x").label(Optional.empty()).build().label()).isEmpty();
    assertThatThrownBy(() -> ArgumentMap.builder().title((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("title");
  }
}
