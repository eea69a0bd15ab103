package dev.argmap.interop.carneades;

import dev.argmap.io.ImportWarning;
import dev.argmap.interop.InteropFormats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of Carneades' examples read into a map and written back: the file written is a Carneades file that
 * labels every statement as the original does, and reads back into the same map.
 */
class CarneadesRoundTripTest {
  static List<Path> examples() {
    return SharedFiles.files("interop/carneades", ".yml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writtenBackTheFileLabelsAsTheOriginalAndReadsBackTheSameMap(Path file) throws IOException {
    CarneadesLabelling original;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      original = CarneadesLabelling.read(in, w -> {});
    }
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = InteropFormats.CARNEADES.importer().orElseThrow().read(file, warnings::add);
    assertThat(map.extensions()).containsKey(CarneadesImporter.EXTENSION);

    String written = InteropFormats.CARNEADES.exporter().orElseThrow().writeString(map);
    CarneadesLabelling again = CarneadesLabelling.read(new StringReader(written), w -> {});
    assertThat(again.labels()).as("labels of the file written:%n%s", written).isEqualTo(original.labels());
    assertThat(CarneadesLabelling.of(map).labels()).isEqualTo(original.labels());

    ArgumentMap reread = InteropFormats.CARNEADES.importer().orElseThrow().readString(written);
    assertThat(reread.statements()).isEqualTo(map.statements());
    assertThat(reread.arguments()).isEqualTo(map.arguments());
    assertThat(reread.thesisIds()).isEqualTo(map.thesisIds());
    assertThat(new CarneadesExporter().lossDetails(map)).isEmpty();
  }
}
