package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.generator.RandomMaps;
import dev.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void roundTrip() {
    ArgumentMap m = RandomMaps.withStatements(12).seed(3).generate();
    String json = ArgMapJson.writeString(m);
    assertThat(ArgMapJson.readString(json)).isEqualTo(m);
  }
}
