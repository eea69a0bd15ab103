package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Checks the file people edit, {@code maps/src/main/resources/dev/argmap/maps/russia-china-alliance.argmap.json}, read
 * from the source tree: it matches the format's JSON Schema, reads as a valid map with no lint warning, and is the
 * map {@link PrebuiltMaps} ships. Its quotes and locators are checked against the seed documents by
 * {@link RussiaChinaAllianceTest}.
 */
class MapResourceTest {
  /** The edited file, relative to this module (Maven runs the tests in the module's folder). */
  private static final Path SOURCE_FILE =
      Path.of("src/main/resources").resolve(PrebuiltMaps.RUSSIA_CHINA_ALLIANCE_RESOURCE);

  @Test
  void theEditedFileMatchesTheSchema() throws IOException {
    String json = Files.readString(SOURCE_FILE, StandardCharsets.UTF_8);
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ArgMapJson.schema(), InputFormat.JSON)
        .validate(json, InputFormat.JSON))
        .as("schema errors in %s", SOURCE_FILE)
        .isEmpty();
  }

  @Test
  void theEditedFileIsAValidMapWithNoLintWarningAndIsTheShippedMap() throws IOException {
    ArgumentMap map = ArgMapJson.read(SOURCE_FILE);
    assertThat(map.lint()).as("lint warnings of %s", SOURCE_FILE).isEmpty();
    assertThat(map).isEqualTo(PrebuiltMaps.russiaChinaAlliance());
  }

  @Test
  void aMissingResourceIsAnIllegalStateNamingIt() {
    assertThatThrownBy(() -> PrebuiltMaps.load("dev/argmap/maps/no-such-map.argmap.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev/argmap/maps/no-such-map.argmap.json")
        .hasMessageContaining("missing");
  }

  @Test
  void aBrokenResourceIsAnIllegalStateNamingItAndTheProblem() {
    // broken.argmap.json (a test resource) names a thesis that is not among its statements
    assertThatThrownBy(() -> PrebuiltMaps.load("dev/argmap/maps/broken.argmap.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev/argmap/maps/broken.argmap.json")
        .hasMessageContaining("not a valid argmap document")
        .hasMessageContaining("t-missing");
  }
}
