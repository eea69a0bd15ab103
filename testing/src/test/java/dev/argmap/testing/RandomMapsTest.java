package dev.argmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomMapsTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedSameMapAndEveryFeatureShowsUp(long seed) {
    int size = 1 + (int) (seed % 120);
    ArgumentMap a = RandomMaps.withStatements(size).seed(seed).generate();
    ArgumentMap b = RandomMaps.withStatements(size).seed(seed).generate();
    assertThat(a).as("seed %d", seed).isEqualTo(b);
    assertThat(a.statements()).as("seed %d", seed).hasSize(size);
    assertThat(a.toBuilder().build()).as("seed %d revalidates", seed).isEqualTo(a);
  }

  @org.junit.jupiter.api.Test
  void largeMapsUseUndercuttersLinkedArgumentsSpeakersAndCitedWorks() {
    ArgumentMap map = RandomMaps.withStatements(2_000).seed(7).generate();
    assertThat(map.arguments()).anySatisfy(a -> assertThat(a.isUndercutter()).isTrue());
    assertThat(map.arguments()).anySatisfy(a -> assertThat(a.isLinked()).isTrue());
    assertThat(map.evidence()).anySatisfy(e -> assertThat(e.speaker()).isPresent());
    assertThat(map.evidence()).anySatisfy(e -> assertThat(e.citedWork()).isPresent());
    assertThat(map.sources()).anySatisfy(s -> assertThat(s.copies()).hasSizeGreaterThan(1));
    assertThat(map.sources()).anySatisfy(s -> assertThat(s.hasUnknownAuthors()).isTrue());
  }
}
