package dev.argmap.interop.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.ArgumentMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the example of {@code docs/formats/argdown.md} in step: it is what the exporter writes. */
class ArgdownDocExampleTest {
  private static Path page() {
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("docs/formats/argdown.md");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void theExampleIsWhatTheExporterWritesOfWhatTheImporterReads() throws Exception {
    Path page = page();
    assumeTrue(page != null, "docs/formats/argdown.md not found above " + System.getProperty("user.dir"));
    String text = Files.readString(page);
    int start = text.indexOf("## Example");
    int open = text.indexOf("```argdown\n", start) + "```argdown\n".length();
    String example = text.substring(open, text.indexOf("```\n", open));
    ArgumentMap map = new ArgdownImporter().readString(example);
    assertThat(map.arguments()).hasSize(3);
    assertThat(new ArgdownExporter().writeString(map).strip()).isEqualTo(example.strip());
  }
}
