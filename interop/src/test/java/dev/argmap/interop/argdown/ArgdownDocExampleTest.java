package dev.argmap.interop.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.Above;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the example of {@code docs/formats/argdown.md} in step: it is what the exporter writes. */
class ArgdownDocExampleTest {
  @Test
  void theExampleIsWhatTheExporterWritesOfWhatTheImporterReads() throws Exception {
    Path page = Above.require("docs/formats/argdown.md");
    String text = Files.readString(page);
    int start = text.indexOf("## Example");
    int open = text.indexOf("```argdown\n", start) + "```argdown\n".length();
    String example = text.substring(open, text.indexOf("```\n", open));
    ArgumentMap map = new ArgdownImporter().readString(example);
    assertThat(map.arguments()).hasSize(3);
    assertThat(new ArgdownExporter().writeString(map).strip()).isEqualTo(example.strip());
  }
}
