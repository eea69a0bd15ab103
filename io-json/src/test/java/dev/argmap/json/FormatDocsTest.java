package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.PersonKind;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Voice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The specification in {@code docs/format/README.md} says what the code does. */
class FormatDocsTest {
  private static final Path SPEC = Path.of("../docs/format/README.md");

  @Test
  void theExampleOfTheSpecificationIsAValidDocumentInTheWritersLayout() throws IOException {
    String spec = Files.readString(SPEC);
    int start = spec.indexOf("```json\n") + "```json\n".length();
    String example = spec.substring(start, spec.indexOf("```", start));
    ArgumentMap map = ArgMapJson.readString(example);
    assertThat(map.statements()).hasSize(2);
    assertThat(ArgMapJson.writeString(map)).isEqualTo(example);
  }

  @Test
  void theSpecificationListsEverySourceKindVoiceAndPersonKindAndTheDefaultLimits() throws IOException {
    String spec = Files.readString(SPEC);
    Arrays.stream(SourceKind.values())
        .map(k -> "`" + k.name().toLowerCase(Locale.ROOT).replace('_', '-') + "`")
        .forEach(code -> assertThat(spec).contains(code));
    Arrays.stream(Voice.values())
        .map(v -> "`\"" + v.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"`")
        .forEach(code -> assertThat(spec).contains(code));
    Arrays.stream(PersonKind.values())
        .map(k -> "`\"" + k.name().toLowerCase(Locale.ROOT) + "\"`")
        .forEach(code -> assertThat(spec).contains(code));
    assertThat(spec).contains("| `maxDocumentBytes` | 64 MiB |", "| `maxNestingDepth` | 64 |",
        "| `maxStringLength` | 1 MiB (1,048,576 characters) |", "| `maxArrayElements` | 2,000,000 |");
    assertThat(JsonReadOptions.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(64L << 20);
    assertThat(JsonReadOptions.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_048_576);
  }
}
