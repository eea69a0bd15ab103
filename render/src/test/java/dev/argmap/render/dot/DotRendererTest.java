package dev.argmap.render.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.ExternalTool;
import dev.argmap.render.Scores;
import dev.argmap.render.TestMaps;
import dev.argmap.render.internal.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotRendererTest {
  @TempDir Path dir;

  private static DotParser.Graph parse(String dot) {
    return DotParser.parse(dot);
  }

  @Test
  void statementsArgumentsAndEdgesFollowTheMap() {
    String dot = DotRenderer.create().renderToString(TestMaps.alliance());
    DotParser.Graph g = parse(dot);

    assertThat(g.graph()).containsEntry("rankdir", "BT")
        .containsEntry("label", "Will Russia and China form an alliance?");
    assertThat(g.nodes().keySet()).containsExactly(
        "s:t1", "s:p1", "s:p2", "s:p3", "s:u1", "s:p4", "a:a1", "a:a2", "a:a3", "a:a4");
    assertThat(g.nodes().get("s:t1").attributes().get("label"))
        .isEqualTo("t1\nRussia and China will not form a\nformal military alliance.");
    assertThat(g.nodes().get("s:t1").attributes().get("style")).contains("bold");
    assertThat(g.nodes().get("s:p4").attributes().get("label")).startsWith("p4: Trust\n");
    assertThat(g.nodes().get("a:a1").attributes().get("label")).isEqualTo("+ a1\nlinked");
    assertThat(g.nodes().get("a:a2").attributes().get("label"))
        .isEqualTo("\u2212 Exercises show an alliance forming\nweight 0.4");
    // linked co-premises meet in one argument node
    assertThat(g.edges()).filteredOn(e -> e.to().equals("a:a1"))
        .extracting(DotParser.Edge::from).containsExactly("s:p1", "s:p2");
    assertThat(edge(g, "a:a1", "s:t1").attributes()).containsEntry("arrowhead", "normal")
        .containsEntry("color", "#2e7d32");
    assertThat(edge(g, "a:a2", "s:t1").attributes()).containsEntry("arrowhead", "tee")
        .containsEntry("color", "#c62828");
    // the undercutter points at the argument it attacks
    assertThat(edge(g, "a:a3", "a:a2").attributes()).containsEntry("label", "undercuts")
        .containsEntry("style", "dashed");
    assertThat(edge(g, "s:u1", "a:a3").attributes()).containsEntry("arrowhead", "none");
    assertThat(g.nodes()).noneSatisfy((k, v) -> assertThat(k).startsWith("e:"));
  }

  private static DotParser.Edge edge(DotParser.Graph g, String from, String to) {
    return g.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
  }

  @Test
  void evidenceAndScoresOnRequest() {
    Scores scores = Scores.builder().statement("t1", 0.625).statement("p1", 1.0).build();
    String dot = DotRenderer.builder().showEvidence(true).scores(scores).build()
        .renderToString(TestMaps.alliance());
    DotParser.Graph g = parse(dot);

    assertThat(g.nodes().get("e:e1").attributes()).containsEntry("shape", "note");
    assertThat(g.nodes().get("e:e1").attributes().get("label").replace('\n', ' ')).isEqualTo(
        "\u201cWe have no intention of forming a military alliance.\u201d"
            + " \u2014 Lena Example (deputy foreign minister), quoted in The Example Gazette"
            + " weight 0.9, supports");
    assertThat(g.nodes().get("e:e3").attributes().get("label")).contains("undermines");
    assertThat(edge(g, "e:e3", "s:p4").attributes()).containsEntry("arrowhead", "tee");
    assertThat(g.nodes().get("s:t1").attributes().get("label")).endsWith("\nscore 0.63");
    assertThat(g.nodes().get("s:p2").attributes().get("label")).doesNotContain("score");
  }

  @Test
  void everyTextIsQuotedAndEscaped() {
    ArgumentMap map = TestMaps.nasty();
    String dot = DotRenderer.builder().showEvidence(true).build().renderToString(map);
    DotParser.Graph g = parse(dot); // throws on any unbalanced quote or stray character

    assertThat(g.graph().get("label")).isEqualTo("A </script> \"title\" & <title>");
    assertThat(g.nodes()).containsKeys("s:t\"1<&>", "s:p\\1", "a:a<1>", "a:a&2", "e:e\"1");
    assertThat(g.nodes().get("s:t\"1<&>").attributes().get("tooltip")).isEqualTo(TestMaps.NASTY);
    assertThat(g.nodes().get("s:p\\1").attributes().get("tooltip"))
        .isEqualTo("Line one line two tabbed and \uD83D\uDE00 end");
    assertThat(String.join(" ", g.nodes().get("s:t\"1<&>").attributes().get("label").split("\n")))
        .isEqualTo("t\"1<&> " + TestMaps.NASTY);
    assertThat(edge(g, "a:a&2", "a:a<1>")).isNotNull();
    assertThat(dot.lines()).allMatch(l -> !l.contains("\t") && !l.contains("\u0001"));
  }

  @Test
  void outputIsDeterministic() {
    DotRenderer r = DotRenderer.builder().showEvidence(true).build();
    assertThat(r.renderToString(TestMaps.alliance())).isEqualTo(r.renderToString(TestMaps.alliance()));
    assertThat(r.renderToString(PrebuiltMaps.russiaChinaAlliance()))
        .isEqualTo(r.renderToString(PrebuiltMaps.russiaChinaAlliance()));
  }

  @Test
  void wrapsLongTextAtSpaces() {
    assertThat(Text.wrap("aaa bbb ccc ddd", 7)).containsExactly("aaa bbb", "ccc ddd");
    assertThat(Text.wrap("averyveryverylongword x", 5)).containsExactly("averyveryverylongword", "x");
  }

  @Test
  void graphvizLaysOutEveryMap() throws Exception {
    Optional<Path> dotProgram = ExternalTool.find("dot", "/usr/bin/dot");
    assumeTrue(dotProgram.isPresent(),
        "Graphviz is not installed (no 'dot' on the PATH): skipping the layout test;"
            + " install it with 'apt-get install -y graphviz' to run it");
    for (ArgumentMap map : List.of(TestMaps.alliance(), TestMaps.nasty(), PrebuiltMaps.russiaChinaAlliance())) {
      String dot = DotRenderer.builder().showEvidence(true).build().renderToString(map);
      ExternalTool.Result r = ExternalTool.run(
          List.of(dotProgram.get().toString(), "-Tsvg"), dot, dir, 120);

      assertThat(r.err()).as("dot's warnings for %s", map.title()).isEmpty();
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("<svg").contains("</svg>");
    }
  }
}
