package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips over the seeded generator: {@code read(write(m))} equals {@code m}, and writing again
 * gives the same bytes. A failure names the seed and size, so that {@code
 * RandomMaps.withStatements(size).seed(seed).generate()} reproduces it.
 */
class RoundTripTest {
  static Stream<Arguments> seeds() {
    return LongStream.range(0, 2_000).mapToObj(seed -> Arguments.of(seed, 1 + (int) (seed % 60)));
  }

  @ParameterizedTest(name = "seed {0}, {1} statements")
  @MethodSource("seeds")
  void readingWhatWasWrittenGivesTheSameMapAndTheSameBytes(long seed, int size) throws IOException {
    roundTrip(withExtensions(RandomMaps.withStatements(size).seed(seed).generate(), seed), seed, size);
  }

  /** Adds extensions to every third map (the generator makes none), in an order the seed picks. */
  private static ArgumentMap withExtensions(ArgumentMap map, long seed) {
    if (seed % 3 != 0) {
      return map;
    }
    ArgumentMap.Builder b = map.toBuilder();
    String[] namespaces = {"aif", "x-editor", "argdown", "z", "é-ns"};
    for (int i = 0; i < 1 + seed % namespaces.length; i++) {
      String ns = namespaces[(int) ((seed / 3 + i) % namespaces.length)];
      b.putExtension(ns, "{\"seed\": " + seed + ", \"text\": \"line 1\\nline 2 \u00e9\"}");
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} statements")
  @ValueSource(ints = {200, 1_000, 5_000})
  void largeMapsRoundTrip(int size) throws IOException {
    roundTrip(RandomMaps.withStatements(size).seed(size).generate(), size, size);
  }

  private static void roundTrip(ArgumentMap map, long seed, int size) throws IOException {
    String context = "seed " + seed + ", " + size + " statements";
    String json = ArgMapJson.writeString(map);
    ArgumentMap read = ArgMapJson.readString(json);
    assertThat(read).as(context).isEqualTo(map);
    assertThat(ArgMapJson.writeString(read)).as(context).isEqualTo(json);
    assertThat(json).as(context).endsWith("}\n").doesNotContain("\r");

    if (seed % 20 != 0 && size < 100) {
      return; // the stream path is the same code; every 20th seed and the large maps check it
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArgMapJson.write(map, out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).as(context).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ArgMapJson.read(new ByteArrayInputStream(bytes))).as(context).isEqualTo(map);
  }
}
