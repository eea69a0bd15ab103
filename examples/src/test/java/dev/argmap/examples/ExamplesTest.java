package dev.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.render.markdown.MarkdownOutline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example and checks that it prints what it should. */
class ExamplesTest {
  /** The repository's root, seen from the examples module, where Maven runs the tests. */
  private static final Path ROOT = Path.of("..");

  interface Main {
    void run() throws Exception;
  }

  private static String output(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAMapCatchesBothProblemsAndQueries() throws Exception {
    String out = output(() -> BuildAMap.main(new String[0]));

    assertThat(out.lines()).containsExactly(
        "Built: ArgumentMap{title=Is remote work here to stay?, theses=[t1], 4 statements,"
            + " 3 arguments, 1 evidence item, 1 source}",
        "Refused at once: Evidence e2: weight must be in [0, 1] but was 1.5 (out-of-range)."
            + " Fix: give a weight between 0 and 1",
        "Refused, with 2 problems:",
        "  Argument a4: premise p9 is not a statement of the map (missing-reference)."
            + " Fix: add statement p9, or refer to one the map holds",
        "  Evidence e2: source census is not a source of the map (missing-reference)."
            + " Fix: add source census, or refer to one the map holds",
        "Arguments for t1:",
        "  a1 from [p1]",
        "  a2 from [p2]",
        "Arguments against t1:",
        "  a3 from [p3]");
  }

  @Test
  void readAndWriteJsonRoundTripsAndLocatesProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.json");
    String out = output(() -> ReadAndWriteJson.main(new String[] {file.toString()}));

    assertThat(out).contains("Wrote " + Files.size(file) + " bytes to " + file)
        .contains("    \"format\": \"argmap\",")
        .contains("Read it back; equal to the original: true")
        .contains("Writing is deterministic: true")
        .contains("The broken document has 2 problems:")
        .contains("  line 10, column 37 ($.arguments[0].premises[1]): premise p9 is not a statement"
            + " of the map")
        .contains("  line 11, column 40 ($.arguments[0].weight): weight must be in [0, 1] but was 1.5");
    assertThat(ArgMapJson.read(file)).isEqualTo(SampleMaps.alliance());
  }

  @Test
  void readAndWriteJsonCleansUpItsTemporaryFile() throws Exception {
    String out = output(() -> ReadAndWriteJson.main(new String[0]));

    String path = out.lines().findFirst().orElseThrow().replaceAll("^Wrote \\d+ bytes to (.*); it begins:$", "$1");
    assertThat(Path.of(path)).doesNotExist();
  }

  @Test
  void lintAMapFindsEveryKindOfWarning() throws Exception {
    String out = output(() -> LintAMap.main(new String[0]));

    assertThat(out).startsWith("The map is valid, with 5 lint warnings:\n")
        .contains("warning: Statement p2: text holds more than one sentence (more-than-one-sentence).")
        .contains("warning: Statement p3: is connected to nothing")
        .contains("warning: Statement p4: rests on no evidence and no argument (no-evidence).")
        .contains("warning: Source plan: is cited by no evidence (uncited-source).")
        .contains("warning: Statement p1: supports itself through the circle [p1, p2] (support-cycle).");
    assertThat(out.lines().dropWhile(l -> !l.equals("By rule:")).skip(1)).containsExactly(
        "  no-evidence: 1", "  uncited-source: 1", "  isolated-statement: 1", "  support-cycle: 1",
        "  more-than-one-sentence: 1");
  }

  @Test
  void queryTheMapAnswersEachQuestion() throws Exception {
    String out = output(() -> QueryTheMap.main(new String[0]));

    assertThat(out.lines()).containsSubsequence(
        "Thesis t1: Russia and China will not form a formal military alliance in the next decade.",
        "For: a1: Each side wants to keep its freedom of action. AND A formal alliance would oblige"
            + " each side to fight in wars it did not choose.",
        "Against: a2: The two armies hold joint military exercises every year. [weight 0.6]",
        "  undercut by: a4: Joint exercises are common between countries that are not allies.",
        "Upstream of t1: [a1, p1, p2, a2, p3, a3, p4, a4, u1]",
        "Sources behind t1:",
        "  handbook: Alliances: A Handbook by A. Author",
        "  gazette: Ministers meet, rule out a pact (author unknown)",
        "  report: Annual report on military cooperation (author unknown)",
        "Evidence for p4: \"Our partnership is not an alliance, and it is directed against no one.\""
            + " (Lena Example, quoted in The Example Gazette)",
        "Statements backed by gazette:",
        "  p4: Both governments describe their partnership as explicitly not an alliance.",
        "  p3: The two armies hold joint military exercises every year.",
        "Statements backed by report (cited by the gazette): [p3]");
  }

  @Test
  void readmeExampleBuildsQueriesLintsAndWritesJson() throws Exception {
    String out = output(() -> ReadmeExample.main(new String[0]));

    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("[p2]");
    assertThat(lines.get(1)).startsWith("Statement p1: rests on no evidence and no argument");
    assertThat(lines.get(2)).startsWith("Statement p2: rests on no evidence and no argument");
    String json = String.join("\n", lines.subList(3, lines.size())) + "\n";
    ArgumentMap map = ArgMapJson.readString(json);
    assertThat(map.thesisIds()).containsExactly(StatementId.of("t1"));
    assertThat(map.arguments()).hasSize(2);
  }

  @Test
  void readmeShowsTheCodeOfReadmeExample() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/main/java/dev/argmap/examples/ReadmeExample.java"));
    List<String> snippet = new ArrayList<>();
    boolean inside = false;
    for (String line : source) {
      if (line.strip().equals("// README:end")) {
        inside = false;
      }
      if (inside) {
        snippet.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      if (line.strip().equals("// README:start")) {
        inside = true;
      }
    }
    String readme = Files.readString(ROOT.resolve("README.md"));

    assertThat(snippet).hasSizeGreaterThan(5);
    assertThat(readme).contains("```java\n" + String.join("\n", snippet) + "\n```\n");
  }

  /** Returns what the user guide quotes between {@code <!-- name:start -->} and its end marker. */
  private static String quotedInGuide(String name, String language) throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/guide/model.md"));
    String start = "<!-- " + name + ":start -->\n```" + language + "\n";
    String end = "```\n<!-- " + name + ":end -->";
    return guide.substring(guide.indexOf(start) + start.length(), guide.indexOf(end));
  }

  @Test
  void workedExampleOfTheGuideShowsTheOutlineTheGuidePrints() throws Exception {
    String printed = quotedInGuide("worked-example-outline", "markdown");

    assertThat(output(() -> WorkedExample.main(new String[0]))).isEqualTo(printed);
    assertThat(MarkdownOutline.render(WorkedExample.map())).isEqualTo(printed);
  }

  @Test
  void editAMapPrintsWhatTheGuideQuotes() throws Exception {
    String printed = quotedInGuide("edit-a-map-output", "text");
    String out = output(() -> EditAMap.main(new String[0]));

    double before = SampleMaps.alliance().argument(ArgumentId.of("a2")).orElseThrow().weight();
    assertThat(out.lines()).first()
        .isEqualTo("a2 weighs " + before + " in the map and 0.3 in the derived one");
    assertThat(out).contains("Undercutters of a2: 1 before, 0 after")
        .contains("Argument a1: premise p1 is not a statement of the map (missing-reference)")
        .contains("Query refused: no statement \"p11\" in the map; nearest known: p1");
    if (Boolean.getBoolean("argmap.regenerateDocs")) {
      Path guide = ROOT.resolve("docs/guide/model.md");
      String start = "<!-- edit-a-map-output:start -->\n```text\n";
      Files.writeString(guide, Files.readString(guide).replace(start + printed, start + out));
    } else {
      assertThat(out).isEqualTo(printed);
    }
  }

  @Test
  void workedExampleAnswersTheQuestionsTheGuideClaims() {
    ArgumentMap map = WorkedExample.map();

    assertThat(map.argumentsFor(StatementId.of("t1"))).singleElement()
        .satisfies(a -> assertThat(a.premises()).containsExactly(StatementId.of("p1"), StatementId.of("p2")));
    assertThat(map.argumentsAgainst(StatementId.of("p2"))).singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo(ArgumentId.of("a2")));
    assertThat(map.argumentsAgainst(ArgumentId.of("a2"))).singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo(ArgumentId.of("a3")));
    assertThat(map.upstreamOf(StatementId.of("t1"))).extracting(Object::toString)
        .containsExactly("a1", "p1", "p2", "a2", "p3", "a3", "u1");
    assertThat(map.sourcesBehind(StatementId.of("t1"))).extracting(Source::id)
        .containsExactly(SourceId.of("plan"), SourceId.of("herald"), SourceId.of("study"));
    assertThat(map.statementsBackedBy(SourceId.of("study"))).extracting(Statement::id)
        .containsExactly(StatementId.of("p3"));
    assertThat(map.lint()).extracting(Object::toString).containsExactly(
        "Statement u1: rests on no evidence and no argument (no-evidence)."
            + " Fix: add a quote that backs it, or an argument for it");
  }

  @Test
  void sampleMapUsesEveryFeatureTheExamplesTalkAbout() {
    ArgumentMap map = SampleMaps.alliance();

    assertThat(map.arguments()).anyMatch(a -> a.isLinked()).anyMatch(a -> a.isUndercutter());
    assertThat(map.evidence()).anyMatch(e -> e.speaker().isPresent())
        .anyMatch(e -> e.citedWork().isPresent()).anyMatch(e -> e.locator().isPresent());
    assertThat(map.sources()).anyMatch(s -> s.copies().size() > 1).anyMatch(Source::hasUnknownAuthors);
    assertThat(map.lint()).isEmpty();
  }

  @Test
  void explainAScoreShowsSharesThatAddUpAndTheFourFunctions() throws Exception {
    String out = output(() -> ExplainAScore.main(new String[0]));

    assertThat(out).contains("t-no-alliance: score 0.5705, base 0.5000, change +0.0705")
        .contains("  for      a-interests        share +0.0549, removed alone +0.000072")
        .contains("  against  a-coop             share -0.0984, removed alone -0.041208")
        .contains("  the 24 shares add up to +0.0705")
        .contains("Source with the largest share: security-paper-2017 -0.0146")
        .contains("removal           pro +0.4000  con -0.0800  rebuttal +0.1200  (sum +0.4400, change +0.3200)")
        .contains("shapley           pro +0.4000  con -0.1400  rebuttal +0.0600  (sum +0.3200, change +0.3200)")
        .contains("con and rebuttal as one player: -0.0800");
  }
}
