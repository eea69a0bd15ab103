package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;

  @Test
  void explainsScoreContributionsChainsEvidenceAndSources() throws IOException {
    ArgumentMap map = ArgMapJson.readString(Documents.SCORED);
    var why = MapScorer.of(GradualSemantics.DF_QUAD).explain(map, StatementId.of("t1"));

    Run run = Run.of("explain", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "t1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().toList()).startsWith(
        "Thesis t1: The thesis holds.",
        String.format(Locale.ROOT, "Score %.4f under df-quad (exact: acyclic, one pass in topological order)",
            why.score()));
    assertThat(run.out())
        .contains("Base score 0.5000 (no evidence of its own: the default); the arguments on it change it by")
        .contains("What each argument contributes: its share of the change (its Shapley value")
        .contains("the shares add up to " + String.format(Locale.ROOT, "%+.4f", why.totalChange()))
        .contains("  For:\n    " + String.format(Locale.ROOT, "%+.4f", why.reason(ArgumentId.of("a1")).share().value())
            + "  a1 (removed alone " + String.format(Locale.ROOT, "%+.4f", why.reason(ArgumentId.of("a1")).removal())
            + "; strength 0.4300): A premise with evidence + A linked co-premise\n")
        .contains("      linked premises: [p1, p2]")
        .contains("  Against:\n    -").contains("a3 (removed alone -")
        .contains("Chains from the premises upstream (shortest first; ")
        .contains("  p1 \u2192 [a1 +] \u2192 t1  (a stronger premise tends to raise it)")
        .contains("  p4 \u2192 [a3 \u2212] \u2192 t1  (a stronger premise tends to lower it)")
        .contains("  u1 \u2192 [a4 \u2212] \u2192 [a3 \u2212] \u2192 t1  (a stronger premise tends to raise it)")
        .contains("No evidence on it directly.")
        .contains("Sources behind it (its evidence and everything upstream, nearest first): 2")
        .contains("  s1: \"A report\", author unknown, The Daily; credibility 0.9");
  }

  @Test
  void evidenceWithSpeakerAndCitedWork() throws IOException {
    Run run = Run.of("explain", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "p1", "--semantics", "quadratic-energy");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Statement p1: A premise with evidence.\nScore ")
        .contains("under quadratic-energy")
        .contains("Base score 0.8600 (from 1 evidence item)")
        .contains("No argument is for or against it.")
        .contains("No premise upstream")
        .contains("  e1 supports: weight 0.8 x credibility 0.9 = 0.7200")
        .contains("    \"A quote.\"")
        .contains("    speaker: Ann Speaker (minister), quoted in The Daily")
        .contains("    source s1: \"A report\", author unknown, The Daily")
        .contains("    cited work s2: \"A book\", by B. Author");
  }

  @Test
  void removalRanksByNameAndKeepsTheShareBeside() throws IOException {
    ArgumentMap map = ArgMapJson.readString(Documents.SCORED);
    var why = MapScorer.of(GradualSemantics.DF_QUAD).explain(map, StatementId.of("t1"));
    Run run = Run.of("explain", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "t1", "--function", "removal");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ranked by removal (--function shapley gives each one's share of the change)")
        .contains(String.format(Locale.ROOT, "%+.4f", why.reason(ArgumentId.of("a1")).removal())
            + "  a1 (share " + String.format(Locale.ROOT, "%+.4f", why.reason(ArgumentId.of("a1")).share().value()));
  }

  @Test
  void aScoreJustPastItsThresholdIsNotPrintedAsTheThreshold() {
    assertThat(ExplainCommand.scoreNear(0.49999999, 0.5)).isEqualTo("just below 0.5000");
    assertThat(ExplainCommand.scoreNear(0.50000001, 0.5)).isEqualTo("just above 0.5000");
    assertThat(ExplainCommand.scoreNear(0.4999, 0.5)).isEqualTo("0.4999");
    assertThat(ExplainCommand.scoreNear(0.5, 0.5)).isEqualTo("0.5000");
    assertThat(ExplainCommand.scoreNear(0.73456, 0.5)).isEqualTo("0.7346");
  }

  @Test
  void unknownStatementIsOneLine() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run unknown = Run.of("explain", file, "t9");
    Run argument = Run.of("explain", file, "a1");

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(unknown.errLines()).containsExactly("argmap: " + file + " has no statement t9; its theses are [t1]");
    assertThat(argument.errLines()).containsExactly(
        "argmap: " + file + " has no statement a1 (it is an argument; explain the statement it concludes)");
  }

  @Test
  void chainsCanBeLimited() throws IOException {
    Run run = Run.of("explain", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "t1", "--chains", "1");

    assertThat(run.out()).contains("(shortest first; 1 of ").contains("more (--chains 0 shows all)");
  }
}
