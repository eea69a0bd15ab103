package dev.argmap.interop.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * argmap's importer against the reference parser's readings of the real files in {@code
 * ../shared/interop/argdown}, in every build: {@code src/test/resources/argdown-reference/NAME.json} is what
 * {@code argdown json NAME.argdown --removeMap} ({@code @argdown/cli} 1.7.5) wrote, and
 * {@link ReferenceParserTest} checks that it still is wherever the parser is installed. Skipped when
 * {@code ../shared} is absent.
 */
class ReferenceReadingsTest {
  /** The real files the reference parser accepts: the others use a newer syntax, imports, or are invalid. */
  static final List<String> FILES = List.of("argdown-primer", "parser-mix", "state-censorship");

  static String reading(String name) throws IOException {
    try (InputStream in = ReferenceReadingsTest.class.getResourceAsStream("/argdown-reference/" + name
        + ".json")) {
      assertThat(in).as("the reference reading of " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importerReadsTheRealFilesAsTheReferenceParserRead() throws Exception {
    Path folder = SharedFiles.require("interop/argdown");
    for (String name : FILES) {
      ArgumentMap ours = new ArgdownImporter().read(folder.resolve(name + ".argdown"));
      ArgumentMap reference = ModelToMap.build(ReferenceJson.model(reading(name)), w -> {});
      assertThat(ours.statements()).as(name + ": statements").containsExactlyElementsOf(reference.statements());
      assertThat(ours.arguments()).as(name + ": arguments (the reference lists relations in another order)")
          .containsExactlyInAnyOrderElementsOf(reference.arguments());
      assertThat(ours.thesisIds()).as(name + ": theses").containsExactlyElementsOf(reference.thesisIds());
      assertThat(reference.statements()).as(name).isNotEmpty();
    }
  }
}
