package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.argmap.generator.RandomMaps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema of the format, checked with a real validator against real documents. */
class SchemaTest {
  private static final Path RESOURCE =
      Path.of("src/main/resources/dev/argmap/json/argmap-1.schema.json");
  private static final Path DOCS = Path.of("../docs/format/argmap-1.schema.json");

  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ArgMapJson.schema(), InputFormat.JSON);
  }

  @Test
  void theSchemaInTheDocsIsTheSchemaOfTheLibrary() throws IOException {
    assertThat(Files.readString(DOCS)).isEqualTo(Files.readString(RESOURCE));
    assertThat(ArgMapJson.schema()).isEqualTo(Files.readString(RESOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden/full.json", "golden/minimal.json",
      "golden/minimal-handwritten.json", "malformed-base.json"})
  void validDocumentsMatchTheSchema(String file) {
    assertThat(errors(TestFiles.text(file))).isEmpty();
  }

  @Test
  void generatedMapsMatchTheSchema() {
    for (long seed = 0; seed < 60; seed++) {
      String json = ArgMapJson.writeString(
          RandomMaps.withStatements(1 + (int) (seed % 80)).seed(seed).generate());
      assertThat(errors(json)).as("seed %d", seed).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"weight-out-of-range.json", "credibility-negative.json",
      "unknown-property.json", "bad-date.json", "unknown-enum.json", "missing-required.json",
      "empty-premises.json", "id-with-space.json", "blank-id.json", "blank-text.json",
      "number-as-string.json", "string-as-number.json", "null-where-object.json",
      "null-optional.json", "conclusion-names-both.json", "unknown-format.json",
      "unknown-version.json", "missing-format.json", "missing-theses.json", "duplicate-tag.json",
      "paragraph-not-integer.json", "half-range.json", "url-not-http.json",
      "theses-not-array.json", "speaker-without-name.json", "top-level-array.json",
      "extension-not-text.json", "extension-blank-namespace.json"})
  void documentsWithShapeErrorsDoNotMatchTheSchema(String file) {
    assertThat(errors(TestFiles.text("malformed/" + file))).isNotEmpty();
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}
