package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  @TempDir Path dir;

  @Test
  void showPrintsTheOutlineWithTheThesis() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, Documents.VALID);

    Run run = Run.of("show", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("# Test map\n")
        .contains("## Thesis `t1`: The thesis holds.\n")
        .contains("  - and `p2` A premise without evidence.\n")
        .contains("- Evidence `e1` (weight 0.5, supports): \"A quote.\"")
        .contains("## Sources");
  }

  @Test
  void showReadsStandardInputAndHonoursItsOptions() {
    Run run = Run.withStdin(Documents.VALID, "show", "--depth", "0", "--no-sources", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("## Thesis `t1`: The thesis holds.")
        .contains("1 argument not shown (depth limit 0).")
        .doesNotContain("## Sources");
  }

  @Test
  void showOfAnInvalidMapListsItsProblemsOnStandardError() {
    Run run = Run.withStdin(Documents.INVALID, "show", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("<stdin>:10:37: premise p9 is not a statement of the map");
  }

  @Test
  void demoShowsThesisCountsOutlineEvidenceAndLint() {
    Run run = Run.of("demo");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    Statement thesis = DemoCommand.demoMap().theses().get(0);
    assertThat(run.out()).contains("  " + thesis.id() + ": " + thesis.text() + "\n")
        .contains("\nSize: ")
        .contains("## Thesis `" + thesis.id() + "`")
        .contains("----- One piece of evidence, with its attribution -----")
        .contains("  Speaker: ")
        .contains("----- Lint: ")
        .doesNotContain("## Sources");
  }

  @Test
  void demoShowsTheMainThesisScoreWithItsTopReasons() {
    Run run = Run.of("demo");
    Statement thesis = DemoCommand.demoMap().theses().get(0);

    assertThat(run.out()).contains("----- Score of " + thesis.id() + " under DF-QuAD, with the 3 strongest"
            + " reasons on each side -----")
        .containsPattern("\nScore 0\\.\\d{4}: base 0\\.\\d{4} .*, changed by [-+]")
        .contains("\nFor (3 of ").contains("\nAgainst (3 of ")
        .contains("argmap score FILE").contains("argmap explain FILE " + thesis.id());
    String section = run.out().substring(run.out().indexOf("----- Score of"), run.out().indexOf("----- Lint"));
    assertThat(section.lines().filter(l -> l.matches("  [-+]\\S+  \\S+: .+"))).hasSize(6);
  }

  @Test
  void demoOptionsDeepenTheOutline() {
    String plain = Run.of("demo").out();
    Run deeper = Run.of("demo", "--depth", "3", "--evidence");

    assertThat(deeper.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(deeper.out()).contains("- Evidence `").hasSizeGreaterThan(plain.length());
  }

  @Test
  void noArgumentsRunsTheDemo() {
    assertThat(Run.of().out()).isEqualTo(Run.of("demo").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "lint", "show", "render", "score", "explain", "extensions", "convert",
      "exercise", "grade", "demo"})
  void everySubcommandsHelpHasAnExample(String subcommand) {
    Run run = Run.of(subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: argmap " + subcommand).contains("Examples:")
        .contains("  argmap " + subcommand);
  }

  @Test
  void topLevelHelpListsTheSubcommands() {
    Run run = Run.of("--help");

    assertThat(run.out()).contains("validate").contains("lint").contains("show").contains("render")
        .contains("score").contains("explain").contains("extensions").contains("convert")
        .contains("exercise").contains("grade").contains("demo").contains("Examples:");
  }

  @Test
  void versionComesFromTheProject() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("argmap ").doesNotContain("${project.version}")
        .doesNotContain("unknown");
    assertThat(Run.of("validate", "--version").out()).isEqualTo(run.out());
  }

  @Test
  void wrongUsageIsOneLineAndAHint() {
    Run unknown = Run.of("frobnicate");
    Run missing = Run.of("validate");

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(unknown.err()).startsWith("argmap: Unmatched argument at index 0: 'frobnicate'")
        .contains("Try 'argmap --help' for more information.");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(missing.err()).contains("Missing required parameter: 'FILE'")
        .contains("Try 'argmap validate --help'");
  }

  @Test
  void negativeDepthIsRefused() {
    Run run = Run.withStdin(Documents.VALID, "show", "--depth", "-1", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines()).containsExactly("argmap: --depth must be at least 0 but was -1");
  }
}
