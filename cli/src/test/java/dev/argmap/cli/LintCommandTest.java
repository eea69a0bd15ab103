package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheWarningsAndExitsZero() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.VALID).toString();

    Run run = Run.of("lint", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).containsExactly(
        "warning: Statement p2: rests on no evidence and no argument (no-evidence)."
            + " Fix: add a quote that backs it, or an argument for it",
        file + ": 1 warning (no-evidence=1)");
  }

  @Test
  void strictFailsOnAnyWarningWithOneLine() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.VALID).toString();

    Run run = Run.of("lint", "--strict", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("warning: Statement p2");
    assertThat(run.errLines()).containsExactly("argmap: " + file + " has 1 lint warning (--strict)");
  }

  @Test
  void strictPassesACleanMap() {
    Run run = Run.withStdin("{\"format\": \"argmap\", \"formatVersion\": 1, \"theses\": [\"t1\"],"
        + " \"statements\": [{\"id\": \"t1\", \"text\": \"A thesis alone.\"}]}", "lint", "--strict", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("<stdin>: 0 warnings\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidMapListsItsProblemsOnStandardError() {
    Run run = Run.withStdin(Documents.INVALID, "lint", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("<stdin>:10:37: premise p9 is not a statement of the map");
  }

  @Test
  void readsOtherFormatsByNameOrFrom() throws IOException {
    String argdown = "[T]: The thesis holds.\n  <+ <A>: A reason without evidence.\n";
    Run byName = Run.of("lint", TestFiles.write(dir, "debate.argdown", argdown).toString());
    Run byOption = Run.withStdin(argdown, "lint", "--from", "argdown", "-");
    Run unknown = Run.of("lint", "--from", "yaml", TestFiles.write(dir, "x.json", Documents.VALID).toString());

    assertThat(byName.exitCode()).isZero();
    assertThat(byName.out()).contains("warning: ").contains("debate.argdown: ");
    assertThat(byOption.out()).contains("<stdin>: ");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(unknown.errLines()).containsExactly(
        "argmap: unknown format 'yaml'; known: af, aif, apx, argdown, bag, carneades, json, tgf");
  }

  @Test
  void missingFileIsUnreadable() {
    Run run = Run.of("lint", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines()).containsExactly("argmap: cannot read " + dir.resolve("nope.json") + ": no such file");
  }
}
