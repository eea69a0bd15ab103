package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Target;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap explain --what-would-change}: the smallest change to a target and the robustness of the verdict. */
class WhatWouldChangeTest {
  @TempDir Path dir;

  @Test
  void defaultTargetIsAcrossHalfFromTheScore() throws IOException {
    ArgumentMap map = ArgMapJson.readString(Documents.SCORED);
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    double score = scorer.score(map).strength(StatementId.of("t1"));
    Target expected = score >= 0.5 ? Target.below(0.5) : Target.atLeast(0.5);
    MinimalChange mc = scorer.minimalChange(map, StatementId.of("t1"), expected, Knobs.all());

    Run run = Run.of("explain", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "t1", "--what-would-change");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Thesis t1: The thesis holds.\nScore ")
        .contains("What would bring it to " + expected.toWords() + " (moving evidence weights, source"
            + " credibilities, argument weights, dropping arguments):")
        .contains(String.format(Locale.ROOT, "How firm is the verdict at 0.5: t1 %s",
            score >= 0.5 ? "is accepted" : "is not accepted"))
        .doesNotContain("What each argument contributes");
    if (mc.reachable()) {
      assertThat(run.out()).contains(String.format(Locale.ROOT, "The smallest change found (cost %.4f", mc.cost()))
          .contains("Its score would then be " + ExplainCommand.scoreNear(mc.scoreAfter(), 0.5) + ".");
    } else {
      assertThat(run.out()).contains("No change of these numbers was found that gets it there.");
    }
  }

  @Test
  void targetAndKnobsAreHonoured() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    // p1's only evidence e1 (weight 0.8, credibility 0.9) gives base 0.86: at most 0.95 with weight 1
    Run high = Run.of("explain", file, "p1", "--what-would-change", "--target", "at-least:0.9", "--knobs",
        "evidence");
    Run low = Run.of("explain", file, "p1", "--what-would-change", "--target", ">=0.99", "--knobs", "evidence");
    Run met = Run.of("explain", file, "p1", "--what-would-change", "--target", "<0.9", "--knobs", "evidence");
    Run none = Run.of("explain", file, "p1", "--what-would-change", "--target", ">=0.9", "--knobs", "arguments");

    assertThat(high.exitCode()).isZero();
    // 0.5 + 0.5 x 0.9 w >= 0.9 <=> w >= 8/9
    assertThat(high.out()).contains("What would bring it to at least 0.9 (moving evidence weights):")
        .contains("    give evidence e1 (on p1) more weight: 0.80 -> 0.89\n")
        .contains("Searched exhaustively (1 number: each alone, and every combination on a fine grid)");
    assertThat(low.exitCode()).isZero();
    assertThat(low.out()).contains("  No change of these numbers was found that gets it there.");
    assertThat(met.out()).contains("  Nothing: it already scores 0.8600.");
    assertThat(none.out()).contains("  Nothing: none of these numbers can move its score.");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run target = Run.of("explain", file, "t1", "--what-would-change", "--target", "0.5");
    Run knobs = Run.of("explain", file, "t1", "--what-would-change", "--knobs", "evidence,weights");
    Run alone = Run.of("explain", file, "t1", "--target", ">=0.5");

    assertThat(target.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(target.errLines()).containsExactly("argmap: --target: '0.5' is not a target; write >=X or"
        + " at-least:X for 'score at least X', <X or below:X for 'score below X', with X in [0, 1], e.g. >=0.5");
    assertThat(knobs.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(knobs.errLines()).containsExactly("argmap: --knobs: 'weights' in 'evidence,weights' is not a kind"
        + " of knob; write a comma-separated list of evidence, sources, arguments, removal, or all");
    assertThat(alone.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(alone.errLines()).containsExactly("argmap: --target needs --what-would-change");
  }

  @Test
  void theCliGuideShowsRealOutput() throws IOException {
    Path example = Path.of("..", "render", "src", "test", "resources", "examples", "example.argmap.json");
    Path guide = Path.of("..", "docs", "cli.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(example) && Files.isRegularFile(guide),
        "the example map and docs/cli.md are not beside the cli module: skipping");
    Path tram = dir.resolve("tram.json");
    Files.copy(example, tram);

    Run run = Run.of("explain", tram.toString(), "t-tram", "--what-would-change");
    Run evidence = Run.of("explain", tram.toString(), "t-tram", "--what-would-change", "--target", ">=0.75",
        "--knobs", "evidence,sources");

    String doc = Files.readString(guide, StandardCharsets.UTF_8);
    assertThat(run.exitCode()).isZero();
    assertThat(doc).contains("$ argmap explain tram.json t-tram --what-would-change\n" + run.out());
    assertThat(doc).contains("$ argmap explain tram.json t-tram --what-would-change --target '>=0.75' --knobs"
        + " evidence,sources\n" + evidence.out());
  }
}
