package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validFileExitsZeroAndListsLintWarnings() throws IOException {
    String file = TestFiles.write(dir, "valid.json", Documents.VALID).toString();

    Run run = Run.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).containsExactly(
        "warning: Statement p2: rests on no evidence and no argument (no-evidence)."
            + " Fix: add a quote that backs it, or an argument for it",
        file + ": valid argument map: 1 thesis, 3 statements, 1 argument (1 linked, 0 undercutters),"
            + " 1 evidence item, 1 source (0 copies); 1 warning");
  }

  @Test
  void invalidFileExitsOneAndListsEveryProblemWithLineAndColumn() throws IOException {
    String file = TestFiles.write(dir, "invalid.json", Documents.INVALID).toString();

    Run run = Run.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out().lines()).containsExactly(
        file + ":10:37: premise p9 is not a statement of the map ($.arguments[0].premises[1])",
        file + ":13:68: weight must be in [0, 1] but was 1.5 ($.evidence[0].weight)",
        file + ": not a valid argument map: 2 problems");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void dashReadsStandardInput() {
    Run valid = Run.withStdin(Documents.VALID, "validate", "-");
    Run invalid = Run.withStdin(Documents.INVALID, "validate", "-");

    assertThat(valid.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(valid.out()).contains("<stdin>: valid argument map: 1 thesis");
    assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(invalid.out()).contains("<stdin>:13:68: weight must be in [0, 1] but was 1.5");
  }

  @Test
  void missingFileExitsTwoWithOneClearLineAndNoStackTrace() {
    String file = dir.resolve("no-such-map.json").toString();

    Run run = Run.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("argmap: cannot read " + file + ": no such file");
  }

  @Test
  void garbageExitsTwoWithOneClearLineAndNoStackTrace() throws IOException {
    String file = TestFiles.write(dir, "garbage.json", "this is not JSON {").toString();

    Run run = Run.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith("argmap: " + file + " is not JSON: line 1, column 1: ")
        .doesNotContain("Exception");
  }

  @Test
  void emptyAndTruncatedInputAreNotJson() throws IOException {
    Run empty = Run.of("validate", TestFiles.write(dir, "empty.json", "").toString());
    Run truncated = Run.withStdin("{\"format\": \"argmap\", \"theses\": [", "validate", "-");
    Run binary = Run.withStdin(InputStream.nullInputStream(), "validate", "-");

    assertThat(empty.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(empty.errLines()).singleElement().asString().contains("is not JSON");
    assertThat(truncated.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(truncated.errLines()).singleElement().asString()
        .startsWith("argmap: <stdin> is not JSON: line 1, column ");
    assertThat(binary.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
  }

  @Test
  void jsonThatIsNoArgmapDocumentIsInvalidNotUnreadable() throws IOException {
    Run run = Run.of("validate", TestFiles.write(dir, "array.json", "[1, 2]").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(":1:1: not an argmap document");
  }

  @Test
  void verboseShowsTheStackTrace() {
    String file = dir.resolve("no-such-map.json").toString();

    Run after = Run.of("validate", "--verbose", file);
    Run before = Run.of("--verbose", "validate", file);

    for (Run run : new Run[] {after, before}) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
      assertThat(run.errLines().get(0)).isEqualTo("argmap: cannot read " + file + ": no such file");
      assertThat(run.err()).contains("java.nio.file.NoSuchFileException").contains("\tat ");
    }
  }

  @Test
  void verboseShowsTheTraceOfAnInvalidFileToo() throws IOException {
    Run run = Run.of("validate", "--verbose", TestFiles.write(dir, "invalid.json", Documents.INVALID).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("ArgMapFormatException");
  }

  @Test
  void directoryIsUnreadable() {
    Run run = Run.of("validate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines()).singleElement().asString().startsWith("argmap: cannot read " + dir);
  }
}
