package dev.argmap.render.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.Scores;
import dev.argmap.render.internal.Text;
import dev.argmap.testing.ExternalTool;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.HostileTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotRendererTest {
  @TempDir Path dir;

  private static DotParser.Graph parse(String dot) {
    return DotParser.parse(dot);
  }

  @Test
  void statementsArgumentsAndEdgesFollowTheMap() {
    String dot = DotRenderer.create().renderToString(FixtureMaps.alliance());
    DotParser.Graph g = parse(dot);

    assertThat(g.graph()).containsEntry("rankdir", "RL")
        .containsEntry("label", "Will Russia and China form an alliance?");
    assertThat(g.nodes().keySet()).containsExactly(
        "s:t1", "s:p1", "s:p2", "s:p3", "s:u1", "s:p4", "a:a1", "a:a2", "a:a3", "a:a4");
    assertThat(g.nodes().get("s:t1").attributes().get("label"))
        .isEqualTo("t1\nRussia and China will not form a\nformal military alliance.");
    assertThat(g.nodes().get("s:t1").attributes().get("style")).contains("bold");
    assertThat(g.nodes().get("s:p4").attributes().get("label")).startsWith("p4: Trust\n");
    assertThat(g.nodes().get("a:a1").attributes().get("label")).isEqualTo("+ Neither side wants to be drawn into\n"
        + "the other's\u2026 and A formal alliance\nwould oblige each to fight for\u2026\nlinked");
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

  @Test
  void anArgumentWithoutALabelIsNamedByItsPremisesNeverByItsId() {
    DotParser.Graph g = parse(DotRenderer.create().renderToString(FixtureMaps.alliance()));
    DotParser.Graph titles = parse(DotRenderer.builder().titlesOnly(true).build()
        .renderToString(FixtureMaps.alliance()));

    // a premise with a title gives its title, one without its text
    assertThat(g.nodes().get("a:a4").attributes().get("label")).isEqualTo("+ Trust");
    assertThat(g.nodes().get("a:a3").attributes().get("label"))
        .isEqualTo("\u2212 Joint exercises are common between\nstates that are not allies.");
    for (DotParser.Graph graph : List.of(g, titles)) {
      for (String id : List.of("a1", "a3", "a4")) {
        assertThat(graph.nodes().get("a:" + id).attributes().get("label")).as(id)
            .doesNotContainPattern("\\b" + id + "\\b");
      }
    }
  }

  private static DotParser.Edge edge(DotParser.Graph g, String from, String to) {
    return g.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
  }

  @Test
  void titlesOnlyShowsAStatementsTitleAndKeepsItsTextAsTheTooltip() {
    DotParser.Graph g = DotParser.parse(DotRenderer.builder().titlesOnly(true).build()
        .renderToString(FixtureMaps.alliance()));

    assertThat(g.nodes().get("s:p4").attributes()).containsEntry("label", "Trust")
        .containsEntry("tooltip", "Moscow and Beijing distrust each other.");
    // without a title, the statement shows what it shows by default
    assertThat(g.nodes().get("s:t1").attributes().get("label"))
        .isEqualTo("t1\nRussia and China will not form a\nformal military alliance.");
    assertThat(g.nodes().get("a:a2").attributes().get("label"))
        .isEqualTo("\u2212 Exercises show an\nalliance forming\nweight 0.4");
  }

  @Test
  void evidenceAndScoresOnRequest() {
    Scores scores = Scores.builder().statement("t1", 0.625).statement("p1", 1.0).build();
    String dot = DotRenderer.builder().showEvidence(true).scores(scores).build()
        .renderToString(FixtureMaps.alliance());
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

  /** Decodes the HTML entities that Graphviz reads in labels and tooltips. */
  static String graphviz(String text) {
    Matcher m = Pattern.compile("&(amp|#(\\d+));").matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(
          m.group(2) == null ? "&" : Character.toString(Integer.parseInt(m.group(2)))));
    }
    return m.appendTail(b).toString();
  }

  private static Map<String, String> decoded(Map<String, String> attributes) {
    Map<String, String> out = new LinkedHashMap<>();
    attributes.forEach((k, v) -> out.put(k, graphviz(v)));
    return out;
  }

  @Test
  void anAmpersandAndInvisibleCharactersAreEntitiesThatGraphvizReadsBack() {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "&lt;b&gt; &amp; & bidi \u202Eevil").build();
    DotParser.Graph g = DotParser.parse(DotRenderer.create().renderToString(map));

    // written as Graphviz must read it, else it would show "<b> & & bidi" with the text reversed
    assertThat(g.nodes().get("s:t").attributes().get("tooltip"))
        .isEqualTo("&amp;lt;b&amp;gt; &amp;amp; &amp; bidi &#8238;evil");
    assertThat(graphviz(g.nodes().get("s:t").attributes().get("tooltip")))
        .isEqualTo("&lt;b&gt; &amp; & bidi \u202Eevil");
  }

  @Test
  void graphvizShowsEveryHostileTextLiterally() throws Exception {
    Path dotProgram = ExternalTool.require("dot", "apt-get install -y graphviz", "/usr/bin/dot");
    for (String text : HostileTexts.ALL) {
      ArgumentMap map = HostileTexts.everywhere(text);
      String dot = DotRenderer.builder().showEvidence(true).build().renderToString(map);
      ExternalTool.Result r = ExternalTool.run(List.of(dotProgram.toString(), "-Tsvg"), dot, dir, 120);
      assertThat(r.exitCode()).as("dot on %s: %s", text, r.err()).isZero();
      assertThat(r.err()).as("dot's warnings on %s", text).isEmpty();

      Map<String, List<String>> shown = SvgText.nodeTexts(r.out());
      List<String> expected = new ArrayList<>();
      expected.add("p1: Title " + Text.flatten(text));
      expected.addAll(Text.wrap(text, 36));
      assertThat(shown.get("s:p1")).as("the statement as Graphviz draws %s", text)
          .containsExactlyElementsOf(expected.stream().map(SvgText::asDrawn).toList());
      assertThat(shown.get("a:a1").get(0)).as("the argument's label").isEqualTo(
          SvgText.asDrawn("+ " + Text.wrap(Text.shorten(text, 108), 36).get(0)));
    }
  }

  @Test
  void everyTextIsQuotedAndEscaped() {
    ArgumentMap map = FixtureMaps.nasty();
    String dot = DotRenderer.builder().showEvidence(true).build().renderToString(map);
    DotParser.Graph g = DotParser.parse(dot); // throws on any unbalanced quote or stray character
    g = new DotParser.Graph(decoded(g.graph()), g.nodes().entrySet().stream().collect(
        Collectors.toMap(Map.Entry::getKey,
            e -> new DotParser.Node(e.getValue().id(), decoded(e.getValue().attributes())),
            (x, y) -> x, LinkedHashMap::new)), g.edges());

    assertThat(g.graph().get("label")).isEqualTo("A </script> \"title\" & <title>");
    assertThat(g.nodes()).containsKeys("s:t\"1<&>", "s:p\\1", "a:a<1>", "a:a&2", "e:e\"1");
    assertThat(g.nodes().get("s:t\"1<&>").attributes().get("tooltip")).isEqualTo(FixtureMaps.NASTY);
    assertThat(g.nodes().get("s:p\\1").attributes().get("tooltip"))
        .isEqualTo("Line one line two tabbed and \uD83D\uDE00 end");
    assertThat(String.join(" ", g.nodes().get("s:t\"1<&>").attributes().get("label").split("\n")))
        .isEqualTo("t\"1<&> " + FixtureMaps.NASTY);
    assertThat(edge(g, "a:a&2", "a:a<1>")).isNotNull();
    assertThat(dot.lines()).allMatch(l -> !l.contains("\t") && !l.contains("\u0001"));
  }

  @Test
  void outputIsDeterministic() {
    DotRenderer r = DotRenderer.builder().showEvidence(true).build();
    assertThat(r.renderToString(FixtureMaps.alliance())).isEqualTo(r.renderToString(FixtureMaps.alliance()));
    // the prebuilt map is cached: an equal map built anew stands for a second load
    assertThat(r.renderToString(PrebuiltMaps.russiaChinaAlliance().toBuilder().build()))
        .isEqualTo(r.renderToString(PrebuiltMaps.russiaChinaAlliance()));
  }

  @Test
  void wrapsLongTextAtSpaces() {
    assertThat(Text.wrap("aaa bbb ccc ddd", 7)).containsExactly("aaa bbb", "ccc ddd");
    // a word longer than a line is cut, so it cannot make its node as wide as itself
    assertThat(Text.wrap("averyveryverylongword x", 5)).containsExactly("avery", "veryv", "erylo", "ngwor", "d x");
    assertThat(Text.wrap("ab \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2))
        .containsExactly("ab", "\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00");
  }

  /** Returns width / height of the picture {@code dot -Tsvg} draws, printing both. */
  private double aspect(Path dotProgram, String dot, String what) throws Exception {
    ExternalTool.Result r = ExternalTool.run(List.of(dotProgram.toString(), "-Tsvg"), dot, dir, 300);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Matcher m = Pattern.compile("<svg width=\"(\\d+)pt\" height=\"(\\d+)pt\"")
        .matcher(r.out());
    assertThat(m.find()).as("an SVG with its size").isTrue();
    double width = Double.parseDouble(m.group(1));
    double height = Double.parseDouble(m.group(2));
    System.out.printf(Locale.ROOT, "[dot] %s: %.0f x %.0f pt, %.2f : 1%n", what, width, height,
        width / height);
    return width / height;
  }

  @Test
  void thePrebuiltMapKeepsTheShapeOfAScreen() throws Exception {
    Path dotProgram = ExternalTool.require("dot", "apt-get install -y graphviz", "/usr/bin/dot");
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    String dot = DotRenderer.create().renderToString(map);
    assertThat(aspect(dotProgram, dot, "prebuilt map")).isBetween(0.5, 2.0);
    // drawn bottom to top, the same graph is a strip no screen can show readably
    assertThat(aspect(dotProgram, dot.replace("rankdir=RL", "rankdir=BT"), "prebuilt map, bottom to top"))
        .isGreaterThan(4.0);
    assertThat(aspect(dotProgram, DotRenderer.builder().showEvidence(true).build().renderToString(map),
        "prebuilt map with evidence")).isBetween(0.5, 2.0);
  }

  @Test
  void graphvizLaysOutEveryMap() throws Exception {
    Path dotProgram = ExternalTool.require("dot", "apt-get install -y graphviz", "/usr/bin/dot");
    for (ArgumentMap map : List.of(FixtureMaps.alliance(), FixtureMaps.nasty(), PrebuiltMaps.russiaChinaAlliance())) {
      String dot = DotRenderer.builder().showEvidence(true).build().renderToString(map);
      ExternalTool.Result r = ExternalTool.run(
          List.of(dotProgram.toString(), "-Tsvg"), dot, dir, 120);

      assertThat(r.err()).as("dot's warnings for %s", map.title()).isEmpty();
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("<svg").contains("</svg>");
    }
  }
}
