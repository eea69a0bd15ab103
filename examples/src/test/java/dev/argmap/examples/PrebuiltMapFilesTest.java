package dev.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.prebuilt.PrebuiltMaps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Keeps docs/maps/ in step with the prebuilt map: the files there are what the code writes. */
class PrebuiltMapFilesTest {
  private static final String REGENERATE =
      "docs/maps is out of date; regenerate it by running dev.argmap.examples.PrebuiltMapFiles "
          + "with the repository root as working directory (see its Javadoc)";

  private static Path docsMaps() {
    for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/maps")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("docs/maps");
      }
    }
    throw new AssertionError("no docs/maps folder above " + System.getProperty("user.dir"));
  }

  @Test
  void committedJsonIsExactlyWhatTheWriterProduces() throws IOException {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    Path committed = docsMaps().resolve(PrebuiltMapFiles.JSON_FILE);
    assertThat(committed).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as(REGENERATE)
        .isEqualTo(ArgMapJson.writeString(map));
    assertThat(ArgMapJson.read(committed)).isEqualTo(map);
  }

  @Test
  void committedOutlineIsExactlyWhatTheRendererProduces() throws IOException {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    Path committed = docsMaps().resolve(PrebuiltMapFiles.OUTLINE_FILE);
    assertThat(committed).exists();
    String outline = Files.readString(committed, StandardCharsets.UTF_8);
    assertThat(outline).as(REGENERATE).isEqualTo(PrebuiltMapFiles.outline(map));
    map.statements().forEach(s -> assertThat(outline).contains(s.id().value()));
  }

  @Test
  void mainWritesBothFilesIntoAFolder(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    PrebuiltMapFiles.main(new String[] {dir.toString()});
    assertThat(ArgMapJson.read(dir.resolve(PrebuiltMapFiles.JSON_FILE)))
        .isEqualTo(PrebuiltMaps.russiaChinaAlliance());
    assertThat(dir.resolve(PrebuiltMapFiles.OUTLINE_FILE)).isNotEmptyFile();
  }
}
