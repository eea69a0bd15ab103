package dev.argmap.interop.carneades;

import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.carneades.Graph.Label;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Carneades' own examples (shared/interop/carneades, 33 files from Carneades 4 with a {@code tests:} section):
 * every label the file expects is the label argmap's Carneades evaluation gives. Skipped when shared/ is
 * absent.
 */
class CarneadesExamplesTest {
  @Test
  void everyExpectedLabelIsReproduced() throws IOException {
    List<Path> files = SharedFiles.files("interop/carneades", ".yml");
    assertThat(files).hasSize(33);
    int expected = 0;
    int reproduced = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      Graph graph;
      List<ImportWarning> warnings = new ArrayList<>();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        graph = GraphReader.read(in, warnings::add);
      }
      assertThat(graph.expected).as("the tests: of %s", file.getFileName()).isNotEmpty();
      CarneadesLabelling labelling = CarneadesLabelling.of(graph, warnings::add);
      for (Map.Entry<String, Label> e : graph.expected.entrySet()) {
        expected++;
        Graph.Stmt s = graph.statement(e.getKey());
        CarneadesLabelling.Label got = s == null ? null : labelling.labels().get(s.key);
        if (got != null && got.name().equals(e.getValue().name())) {
          reproduced++;
        } else {
          failures.add(file.getFileName() + ": " + e.getKey() + " expected " + e.getValue() + " but was "
              + (s == null ? "no such statement" : got));
        }
      }
    }
    System.out.println("Carneades examples: " + reproduced + " of " + expected + " expected labels reproduced in "
        + files.size() + " files");
    assertThat(failures).isEmpty();
    assertThat(reproduced).isEqualTo(expected);
    // docs/formats/carneades.md quotes this count
    assertThat(expected).isEqualTo(180);
  }
}
