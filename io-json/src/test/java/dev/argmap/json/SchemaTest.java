package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.argmap.testing.RandomMaps;
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
  private static Schema schema;
  private static Schema schema1;

  @BeforeAll
  static void loadSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    schema = registry.getSchema(ArgMapJson.schema(), InputFormat.JSON);
    schema1 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ArgMapJson.schema(1), InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theSchemaInTheDocsIsTheSchemaOfTheLibrary(int version) throws IOException {
    String name = "argmap-" + version + ".schema.json";
    Path resource = Path.of("src/main/resources/dev/argmap/json/" + name);
    assertThat(Files.readString(Path.of("../docs/format/" + name)))
        .isEqualTo(Files.readString(resource));
    assertThat(ArgMapJson.schema(version)).isEqualTo(Files.readString(resource));
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden/full.json", "golden/minimal.json", "malformed-base.json"})
  void validDocumentsMatchTheSchema(String file) {
    assertThat(errors(TestFiles.text(file))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden/full-v1.json", "golden/minimal-handwritten.json"})
  void validVersion1DocumentsMatchTheSchemaOfVersion1AndNotThatOfVersion2(String file) {
    assertThat(schema1.validate(TestFiles.text(file), InputFormat.JSON)).isEmpty();
    assertThat(errors(TestFiles.text(file))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden/full.json", "golden/minimal.json"})
  void version2DocumentsDoNotMatchTheSchemaOfVersion1(String file) {
    assertThat(schema1.validate(TestFiles.text(file), InputFormat.JSON)).isNotEmpty();
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
      "extension-not-text.json", "extension-blank-namespace.json", "unknown-voice.json",
      "unknown-person-kind.json", "reported-speech-without-speaker.json",
      "source-voice-with-speaker.json", "voice-in-version-1.json", "person-kind-in-version-1.json",
      "cited-at-without-work.json", "approximate-mark-inside-date.json"})
  void documentsWithShapeErrorsDoNotMatchTheSchema(String file) {
    assertThat(errors(TestFiles.text("malformed/" + file))).isNotEmpty();
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}
