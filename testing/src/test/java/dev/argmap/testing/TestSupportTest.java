package dev.argmap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test support itself: what it accepts, what it refuses, and that its checks can fail. */
class TestSupportTest {
  @TempDir Path dir;

  @Test
  void miniJsonReadsValuesInOrder() {
    Map<String, Object> m = MiniJson.parseObject(
        " {\"b\": [1, -2.5e3, true, false, null], \"a\": {\"s\": \"x\\ty\\u00e9\\\"\"}} ");
    assertThat(m.keySet()).containsExactly("b", "a");
    assertThat(m.get("b")).isEqualTo(java.util.Arrays.asList(1.0, -2500.0, true, false, null));
    assertThat(m.get("a")).isEqualTo(Map.of("s", "x\ty\u00e9\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[1,]", "{\"a\":1,}", "01", "+1", "1.", ".5", "\"\\q\"", "\"a\nb\"", "tru", "[1] 2",
      "{\"a\":1,\"a\":2}", "{a:1}", "\"\\u12\""})
  void miniJsonRefusesWhatIsNotJson(String text) {
    assertThatThrownBy(() -> MiniJson.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at offset");
  }

  @Test
  void miniJsonParseObjectRefusesAnotherValue() {
    assertThatThrownBy(() -> MiniJson.parseObject("[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an object");
  }

  @Test
  void fixtureMapsAreValidAndEqualOnEveryCall() {
    assertThat(FixtureMaps.alliance()).isEqualTo(FixtureMaps.alliance());
    assertThat(FixtureMaps.shapes().statements()).hasSize(8);
    assertThat(FixtureMaps.nasty().thesisIds()).containsExactly(StatementId.of("t\"1<&>"));
    assertThat(FixtureMaps.supportCycle().arguments()).hasSize(5);
    assertThat(FixtureMaps.citedPlaces().sources()).hasSize(2);
  }

  @Test
  void cyclicAddsBackArgumentsToTheRandomMap() {
    ArgumentMap plain = RandomMaps.withStatements(30).seed(5).generate();
    ArgumentMap cyclic = FixtureMaps.cyclic(5, 30, 4);
    assertThat(cyclic).isEqualTo(FixtureMaps.cyclic(5, 30, 4));
    assertThat(cyclic.statements()).isEqualTo(plain.statements());
    assertThat(cyclic.arguments().size() - plain.arguments().size()).isBetween(1, 4);
    assertThatThrownBy(() -> FixtureMaps.cyclic(5, 30, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hostileTextsAreDistinctAndPlacedWhereTheySay() {
    assertThat(new HashSet<>(HostileTexts.ALL)).hasSameSizeAs(HostileTexts.ALL);
    for (String text : HostileTexts.ALL) {
      assertThat(HostileTexts.everywhere(text).statement(StatementId.of("p1")).orElseThrow().text())
          .isEqualTo(text);
      assertThat(HostileTexts.inStatementsAndArguments(text).evidence()).isEmpty();
    }
    assertThat(HostileTexts.all().arguments()).hasSize(HostileTexts.ALL.size());
  }

  @Test
  void scoringEquationsHoldForTheScoresAndFailForAnotherSemantics() {
    ArgumentMap map = FixtureMaps.alliance();
    MapScores scores = MapScorer.of(GradualSemantics.DF_QUAD).score(map);
    ScoringEquations.assertSolved(GradualSemantics.DF_QUAD, map, scores, 1e-12, "alliance");
    assertThatThrownBy(() -> ScoringEquations.assertSolved(GradualSemantics.QUADRATIC_ENERGY, map, scores, 1e-12,
        "alliance")).isInstanceOf(AssertionError.class).hasMessageContaining("alliance: equation of");
  }

  @Test
  void testFilesWritesInsideTheFolderOnly() throws IOException {
    Path f = TestFiles.write(dir, "a/b/map.af", "p af 1\n");
    assertThat(f).isEqualTo(dir.resolve("a/b/map.af"));
    assertThat(Files.readString(f)).isEqualTo("p af 1\n");
    assertThatThrownBy(() -> TestFiles.write(dir, "../out.af", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestFiles.write(dir, "/tmp/out.af", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aboveFindsTheRepositorysFilesAndNothingElse() {
    assertThat(Above.find("testing/pom.xml")).hasValueSatisfying(p -> assertThat(p).isRegularFile());
    assertThat(Above.find("no/such/file-" + System.nanoTime())).isEmpty();
    assertThat(SharedFiles.missing("seeds")).contains("shared/seeds").contains("../shared");
  }

  @Test
  void externalToolFindsAndRunsAProgramOrSaysHowToInstallIt() throws Exception {
    assertThat(ExternalTool.find("no-such-tool-" + System.nanoTime())).isEmpty();
    assertThat(ExternalTool.missing("dot", "apt-get install -y graphviz")).contains("apt-get install -y graphviz");
    Path sh = ExternalTool.require("sh", "apt-get install -y dash", "/bin/sh");
    ExternalTool.Result r = ExternalTool.run(List.of(sh.toString(), "-c", "cat; echo err >&2; exit 3"), "in", dir,
        30);
    assertThat(r).isEqualTo(new ExternalTool.Result(3, "in", "err\n"));
    try (var files = Files.list(dir)) {
      assertThat(files).as("the output's temporary files are removed").isEmpty();
    }
  }

  @Test
  void npmToolSaysWhatItTriedAndHowToInstall() {
    NpmTool tool = NpmTool.builder("no-such-cli-" + System.nanoTime(), "@example/no-such-cli@1.0.0")
        .property("no.such.cli").environmentVariable("NO_SUCH_CLI").folder("no-such-cli").build();
    assertThat(tool.find()).isEmpty();
    assertThat(tool.version()).isEmpty();
    assertThat(tool.missing()).hasValueSatisfying(m -> assertThat(m)
        .contains("npm install --prefix").contains("@example/no-such-cli@1.0.0").contains("-Dno.such.cli="));
    assertThatThrownBy(() -> NpmTool.builder("x", "y").folder("../x")).isInstanceOf(IllegalArgumentException.class);
  }
}
