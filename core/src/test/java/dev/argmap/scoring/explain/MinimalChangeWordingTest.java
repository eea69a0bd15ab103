package dev.argmap.scoring.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a minimal change words a score next to its threshold (package-private, hence in this package). */
class MinimalChangeWordingTest {

  @Test
  void aScoreJustPastItsThresholdIsNotPrintedAsTheThreshold() {
    assertThat(MinimalChange.nearThreshold(0.49999999, 0.5)).isEqualTo("just below 0.5000");
    assertThat(MinimalChange.nearThreshold(0.70000001, 0.7)).isEqualTo("just above 0.7000");
    assertThat(MinimalChange.nearThreshold(0.5, 0.5)).isEqualTo("0.5000");
    assertThat(MinimalChange.nearThreshold(0.61234, 0.5)).isEqualTo("0.6123");
  }
}
