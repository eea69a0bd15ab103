package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Recomputes every result quoted in {@code docs/counterfactuals.md} and checks that the guide quotes it
 * verbatim, so the guide cannot drift from the code.
 */
class MinimalChangeDocTest {
  private static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  private static final StatementId THESIS = StatementId.of("t-no-alliance");
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  /** The guide, found by walking up from the working directory (the maps module when Maven runs the tests). */
  static String guide() throws IOException {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("docs").resolve("counterfactuals.md");
      if (Files.isRegularFile(p)) {
        return Files.readString(p, StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("docs/counterfactuals.md not found above " + Path.of("").toAbsolutePath());
  }

  /**
   * The guide's hand-made example, the map of core's {@code MinimalChangeHandTest.oneItem()}: thesis t (base 0.5)
   * with evidence e (weight 0.4, source s of credibility 0.5), and statement q with evidence f (weight 0.7,
   * source r of credibility 0.9).
   */
  static ArgumentMap oneItem() {
    return ArgumentMap.builder()
        .addStatements(Statement.of("t", "Statement t."), Statement.of("q", "Statement q."))
        .addTheses(StatementId.of("t"))
        .addSources(source("s", 0.5), source("r", 0.9))
        .addEvidence(evidence("e", "t", "s", 0.4), evidence("f", "q", "r", 0.7))
        .build();
  }

  private static Source source(String id, double credibility) {
    return Source.builder().id(SourceId.of(id)).kind(SourceKind.COMMENTARY).credibility(credibility).build();
  }

  private static Evidence evidence(String id, String statement, String source, double weight) {
    return Evidence.builder().id(EvidenceId.of(id)).statement(StatementId.of(statement)).quote("quote " + id)
        .source(SourceId.of(source)).weight(weight).polarity(Polarity.SUPPORTS).build();
  }

  /** The examples of the guide, in its order. */
  static String[] examples() {
    MinimalChange below = DF.minimalChange(MAP, THESIS, Target.parse("<0.5"), Knobs.all());
    MinimalChange above = DF.minimalChange(MAP, THESIS, Target.parse(">=0.65"), Knobs.all());
    MinimalChange sources = DF.minimalChange(MAP, THESIS, Target.parse(">=0.6"),
        Knobs.of(KnobKind.SOURCE_CREDIBILITY));
    Robustness robust = DF.robustness(MAP, THESIS, 0.5, Knobs.all());
    MinimalChange hand = DF.minimalChange(oneItem(), StatementId.of("t"),
        Target.atLeast(0.7), Knobs.of(KnobKind.EVIDENCE_WEIGHT, KnobKind.SOURCE_CREDIBILITY));
    return new String[] {below.toText(), above.toText(), sources.toText(), robust.toText(5), hand.toText()};
  }

  /**
   * Replaces, in the guide, each fenced text block whose first line is an example's first line with that
   * example; with {@code -Dargmap.regenerateDocs=true} the test writes the guide so before checking it.
   */
  static String regenerated(String doc) {
    for (String example : examples()) {
      // the first line up to its first number: "Minimal change to bring t to at least 0.7" keeps its target
      String line = example.substring(0, example.indexOf('\n'));
      int cut = line.contains(" (") ? line.indexOf(" (") + 2 : line.indexOf(" 0.");
      String first = "```text\n" + line.substring(0, cut < 0 ? line.length() : cut);
      int start = doc.indexOf(first);
      if (start < 0) {
        throw new IllegalStateException("docs/counterfactuals.md has no block starting " + first.strip());
      }
      int end = doc.indexOf("```", start + first.length()) + 3;
      doc = doc.substring(0, start) + "```text\n" + example + "```" + doc.substring(end);
    }
    return doc;
  }

  @Test
  void theGuideQuotesTheCurrentResults() throws IOException {
    String doc = guide();
    if (Boolean.getBoolean("argmap.regenerateDocs")) {
      doc = regenerated(doc);
      for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
        Path p = d.resolve("docs").resolve("counterfactuals.md");
        if (Files.isRegularFile(p)) {
          Files.writeString(p, doc, StandardCharsets.UTF_8);
          break;
        }
      }
    }
    for (String example : examples()) {
      assertThat(doc).contains("```text\n" + example + "```");
    }
    // the numbers quoted in the text
    MinimalChange below = DF.minimalChange(MAP, THESIS, Target.parse("<0.5"), Knobs.all());
    assertThat(doc).contains(String.format(Locale.ROOT, "costs %.4f", below.cost()))
        .contains(String.format(Locale.ROOT, "%d knobs", below.movableKnobs()));
  }

  /** Prints the examples, to paste into the guide when the code changes. */
  public static void main(String[] args) {
    for (String e : examples()) {
      System.out.println("```text\n" + e + "```\n");
    }
  }
}
