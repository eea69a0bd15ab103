package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security: text that is not valid Unicode is refused where it comes in, with its place, never later blamed
 * on the output file.
 */
class SecurityUnicodeTest {
  @TempDir Path dir;

  @Test
  void aLoneSurrogateInJsonIsRefusedByValidateAtItsLineAndColumn() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, Documents.VALID.replace("A premise with evidence.", "A premise \\ud800 here."));

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(file + ":8:").contains("not valid Unicode").contains("U+D800");
  }

  @Test
  void convertRefusesItOnInputNotOnOutput() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, Documents.VALID.replace("A premise with evidence.", "A premise \\udc00 here."));
    Path out = dir.resolve("out.argdown");

    Run run = Run.of("convert", file.toString(), out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("not valid Unicode").doesNotContain("cannot write");
    assertThat(out).doesNotExist();
  }

  @Test
  void aLoneSurrogateInAifIsRefusedNamingTheStatement() throws IOException {
    Path file = dir.resolve("map.aif.json");
    Files.writeString(file, """
        {"nodes": [
          {"nodeID": "1", "text": "The thesis \\ud800 holds.", "type": "I"},
          {"nodeID": "2", "text": "A premise.", "type": "I"},
          {"nodeID": "3", "text": "Default Inference", "type": "RA"}
        ],
        "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}]}
        """);

    Run run = Run.of("lint", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("not valid Unicode").contains("U+D800");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAsInput() throws IOException {
    Path file = dir.resolve("bad.argdown");
    Files.write(file, "[T]: caf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1));

    Run run = Run.of("lint", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("not UTF-8");
  }
}
