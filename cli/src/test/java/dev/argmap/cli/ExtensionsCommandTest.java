package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionsCommandTest {
  /** Two arguments attacking each other: grounded {}, preferred and stable {1} and {2}, complete all three. */
  static final String TWO_CYCLE = "p af 2\n# a 2-cycle\n1 2\n2 1\n";

  @TempDir Path dir;

  @Test
  void twoCycleAsIccmaSolversPrintIt() throws IOException {
    String af = TestFiles.write(dir, "two-cycle.af", TWO_CYCLE).toString();

    assertThat(Run.of("extensions", af, "--semantics", "preferred", "--all").out()).isEqualTo("w 1\nw 2\n");
    assertThat(Run.of("extensions", af, "--semantics", "stable", "--all").out()).isEqualTo("w 1\nw 2\n");
    assertThat(Run.of("extensions", af, "--semantics", "complete", "--all").out()).isEqualTo("w\nw 1\nw 2\n");
    assertThat(Run.of("extensions", af, "--semantics", "grounded").out()).isEqualTo("w\n");
    assertThat(Run.of("extensions", af, "--semantics", "preferred").out()).isEqualTo("w 1\n");
    assertThat(Run.of("extensions", af, "--semantics", "complete").out()).isEqualTo("w\n");
  }

  @Test
  void noStableExtensionPrintsNo() throws IOException {
    String af = TestFiles.write(dir, "odd.af", "p af 3\n1 2\n2 3\n3 1\n").toString();

    Run one = Run.of("extensions", af, "--semantics", "stable");
    Run all = Run.of("extensions", af, "--semantics", "stable", "--all");

    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).isEqualTo("NO\n");
    assertThat(all.out()).isEqualTo("NO\n");
    assertThat(one.err()).isEmpty();
  }

  @Test
  void everyDungVectorGivesItsExtensions() throws IOException {
    int checked = 0;
    for (Vectors.Case c : Vectors.cases()) {
      if (!c.semantics().equals("dung")) {
        continue;
      }
      String af = TestFiles.write(dir, c.id() + ".af", c.af()).toString();
      for (var e : c.extensions().entrySet()) {
        List<int[]> expected = new ArrayList<>();
        for (List<String> members : e.getValue()) {
          expected.add(members.stream().mapToInt(c::number).sorted().toArray());
        }
        expected.sort(Arrays::compare);
        StringBuilder lines = new StringBuilder();
        if (expected.isEmpty()) {
          lines.append("NO\n");
        }
        for (int[] ext : expected) {
          lines.append('w');
          for (int m : ext) {
            lines.append(' ').append(m);
          }
          lines.append('\n');
        }

        Run run = Run.of("extensions", af, "--semantics", e.getKey(), "--all");

        assertThat(run.err()).as(c.id() + " " + e.getKey()).isEmpty();
        assertThat(run.out()).as(c.id() + " " + e.getKey()).isEqualTo(lines.toString());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(9 * 4);
  }

  @Test
  void aLimitIsOneLineSayingHowToRaiseIt() throws IOException {
    String af = TestFiles.write(dir, "two-cycle.af", TWO_CYCLE).toString();

    Run run = Run.of("extensions", af, "--semantics", "preferred", "--all", "--max-extensions", "1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("argmap: " + af + ": enumerating preferred extensions has more than 1 extensions")
        .endsWith("; raise the limit with --max-extensions N; nothing printed");
  }

  @Test
  void standardInputAndBadInput() throws IOException {
    Run stdin = Run.withStdin(TWO_CYCLE, "extensions", "-", "--semantics", "stable", "--all");
    Run malformed = Run.of("extensions", TestFiles.write(dir, "bad.af", "1 2\n").toString(), "--semantics", "grounded");
    Run noSemantics = Run.of("extensions", TestFiles.write(dir, "ok.af", TWO_CYCLE).toString());
    Run unknown = Run.of("extensions", TestFiles.write(dir, "ok2.af", TWO_CYCLE).toString(), "--semantics", "naive");

    assertThat(stdin.out()).isEqualTo("w 1\nw 2\n");
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(malformed.errLines()).singleElement().asString()
        .startsWith("argmap: not a valid ICCMA 2023 argumentation framework file: " + dir.resolve("bad.af")
            + ", line 1, column 1:");
    assertThat(noSemantics.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(noSemantics.err()).contains("Missing required option: '--semantics=NAME'");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(unknown.err()).contains("unknown Dung semantics 'naive'");
  }
}
