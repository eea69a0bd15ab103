package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap lint --balance}: the balance report in words, and what --strict makes of its warnings. */
class LintBalanceCommandTest {
  /** t1 with one reason for it (p1, one quote from s1) and one against it (p2, one quote from s2). */
  private static final String TWO_SIDED = """
      {
        "format": "argmap",
        "formatVersion": 1,
        "theses": ["t1"],
        "statements": [
          {"id": "t1", "text": "The thesis holds."},
          {"id": "p1", "text": "A reason for it."},
          {"id": "p2", "text": "A reason against it."}
        ],
        "arguments": [
          {"id": "a1", "premises": ["p1"], "conclusion": {"statement": "t1"}, "polarity": "supports"},
          {"id": "c1", "premises": ["p2"], "conclusion": {"statement": "t1"}, "polarity": "attacks"}
        ],
        "evidence": [
          {"id": "e1", "statement": "p1", "quote": "A quote for.", "weight": 0.8, "source": "s1"},
          {"id": "e2", "statement": "p2", "quote": "A quote against.", "weight": 0.6, "source": "s2"}
        ],
        "sources": [
          {"id": "s1", "kind": "news-report", "title": "One report"},
          {"id": "s2", "kind": "news-report", "title": "Another report"}
        ]
      }
      """;

  @TempDir Path dir;

  @Test
  void reportsBothSidesWithTheirWarningsAndExitsZero() throws IOException {
    String file = TestFiles.write(dir, "map.json", TWO_SIDED).toString();

    Run run = Run.of("lint", "--balance", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(
        "Thesis t1: The thesis holds.",
        "  For it: 1 argument directly, 0 more through chains; share of the change +",
        "    Challenged: 0 of 1 direct argument\n",
        "    Evidence: 1 quote from 1 source: s1\n",
        "  warning: the for side of t1 is never challenged: no argument attacks or undercuts its only argument or"
            + " attacks its premises (unchallenged-side). Fix: add the documents' rebuttals or undercutters of its"
            + " arguments",
        "  warning: the against side of t1 rests on one source alone: its only quote comes from s2"
            + " (single-source-side)");
    assertThat(run.out()).doesNotContain("e-0", "E-0");
    assertThat(run.out().lines().toList()).last().isEqualTo(file + ": 0 warnings; 4 balance warnings"
        + " (single-source-side=2, unchallenged-side=2)");
  }

  @Test
  void anUndercutterClearsTheNeverChallengedWarningOfTheSideItAttacks() throws IOException {
    String file = TestFiles.write(dir, "map.json", TWO_SIDED
        .replace("{\"id\": \"p2\", \"text\": \"A reason against it.\"}",
            "{\"id\": \"p2\", \"text\": \"A reason against it.\"}, {\"id\": \"p3\", \"text\": \"The inference fails.\"}")
        .replace("\"polarity\": \"attacks\"}", "\"polarity\": \"attacks\"},\n    {\"id\": \"u1\", \"premises\":"
            + " [\"p3\"], \"conclusion\": {\"argument\": \"a1\"}, \"polarity\": \"attacks\"}")).toString();

    Run run = Run.of("lint", "--balance", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("      a1 (A reason for it): undercut by u1\n",
        "  Against it: 1 argument directly, 1 more through chains");
    assertThat(run.out()).doesNotContain("the for side of t1 is never challenged")
        .contains("the against side of t1 is never challenged");
  }

  @Test
  void strictFailsOnBalanceWarningsAlone() throws IOException {
    String file = TestFiles.write(dir, "map.json", TWO_SIDED).toString();

    Run plain = Run.of("lint", "--strict", file);
    Run balance = Run.of("lint", "--strict", "--balance", file);

    assertThat(plain.exitCode()).as("no lint warning").isZero();
    assertThat(balance.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(balance.errLines()).containsExactly("argmap: " + file + " has 4 balance warnings (--strict)");
  }

  @Test
  void strictNamesBothKindsOfWarning() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.VALID).toString();

    Run run = Run.of("lint", "--strict", "--balance", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).startsWith("warning: Statement p2: rests on no evidence");
    assertThat(run.errLines()).containsExactly("argmap: " + file + " has 1 lint warning and 3 balance warnings"
        + " (--strict)");
  }

  @Test
  void withoutTheFlagLintIsUnchanged() throws IOException {
    String file = TestFiles.write(dir, "map.json", TWO_SIDED).toString();

    Run run = Run.of("lint", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": 0 warnings\n");
  }

  @Test
  void anUnreadableFileIsStillExitTwo() {
    Run run = Run.of("lint", "--balance", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.out()).isEmpty();
  }
}
