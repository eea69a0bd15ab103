package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.io.ReadLimits;
import org.junit.jupiter.api.Test;

/** argmap JSON takes the limits every reader shares, with the same defaults. */
class ReadLimitsOptionsTest {
  @Test
  void theSharedDefaultsAreTheJsonDefaults() {
    assertThat(JsonReadOptions.builder().limits(ReadLimits.defaults()).build())
        .isEqualTo(JsonReadOptions.defaults());
  }

  @Test
  void everyLimitIsCarriedOver() {
    JsonReadOptions o = JsonReadOptions.builder().limits(ReadLimits.builder().maxDocumentBytes(10)
        .maxNestingDepth(11).maxTextLength(12).maxElements(13).build()).build();
    assertThat(o.maxDocumentBytes()).isEqualTo(10);
    assertThat(o.maxNestingDepth()).isEqualTo(11);
    assertThat(o.maxStringLength()).isEqualTo(12);
    assertThat(o.maxArrayElements()).isEqualTo(13);
  }
}
