package dev.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Keeps docs/maps/ in step with the prebuilt map: its readable outline is what the code writes. */
class PrebuiltMapFilesTest {
  private static final String REGENERATE =
      "docs/maps is out of date; regenerate it with "
          + "mvn -pl examples -am test -Dtest=PrebuiltMapFilesTest -Dsurefire.failIfNoSpecifiedTests=false "
          + "-Dargmap.regenerateDocs=true, or run dev.argmap.examples.PrebuiltMapFiles (see its Javadoc)";

  private static Path docsMaps() {
    return Above.find("docs/maps").orElseThrow(() -> new AssertionError("not found: " + Above.lookedFor("docs/maps")));
  }

  @Test
  void committedOutlineIsExactlyWhatTheRendererProduces() throws IOException {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    Path committed = docsMaps().resolve(PrebuiltMapFiles.OUTLINE_FILE);
    if (Boolean.getBoolean("argmap.regenerateDocs")) {
      PrebuiltMapFiles.main(new String[] {docsMaps().toString()});
    }
    assertThat(committed).exists();
    String outline = Files.readString(committed, StandardCharsets.UTF_8);
    assertThat(outline).as(REGENERATE).isEqualTo(PrebuiltMapFiles.outline(map));
    map.statements().forEach(s -> assertThat(outline).contains(s.id().value()));
  }

  @Test
  void mainWritesOnlyTheOutlineIntoAFolder(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    PrebuiltMapFiles.main(new String[] {dir.toString()});
    assertThat(Files.readString(dir.resolve(PrebuiltMapFiles.OUTLINE_FILE), StandardCharsets.UTF_8))
        .isEqualTo(PrebuiltMapFiles.outline(PrebuiltMaps.russiaChinaAlliance()));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(PrebuiltMapFiles.OUTLINE_FILE));
    }
  }

  @Test
  void docsMapsHoldsNoSecondCopyOfTheMap() throws IOException {
    // the map's one file is the resource of argmap-maps; a copy in docs/maps would drift from it
    try (var files = Files.list(docsMaps())) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".json"));
    }
  }
}
