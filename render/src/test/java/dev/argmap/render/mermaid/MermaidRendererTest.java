package dev.argmap.render.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.Scores;
import dev.argmap.testing.FixtureMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidRendererTest {
  private static final Pattern NODE =
      Pattern.compile("  ([SAE]\\d+)(\\[\"|\\(\\[\"|>\")([^\"]*)(\"\\]|\"\\]\\)|\"\\])");
  private static final Pattern LINK =
      Pattern.compile("  ([SAE]\\d+) (---|-->\\|(supports|attacks)\\||-\\.->\\|(undercuts|backs)\\||-\\.->) ([SAE]\\d+)");
  private static final Pattern CLASS_DEF = Pattern.compile("  classDef [a-z]+ [-a-z]+:[^ ]+");
  private static final Pattern CLASS = Pattern.compile("  class ([SAE]\\d+(,[SAE]\\d+)*) [a-z]+");
  private static final Pattern LINK_STYLE = Pattern.compile("  linkStyle (\\d+(,\\d+)*) stroke:#[0-9a-f]{6},stroke-width:2px");

  /** What a Mermaid flowchart holds, read strictly: every line must be one of a few known forms. */
  record Chart(Map<String, String> labels, List<String[]> links, int styledLinks) {}

  static Chart read(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    assertThat(lines.get(0)).isEqualTo("---");
    int at = 1;
    if (lines.get(at).startsWith("title: ")) {
      assertThat(lines.get(at++)).matches("title: \"([^\"\\\\]|\\\\.)*\"");
    }
    assertThat(lines.get(at)).isEqualTo("config:");
    if (lines.get(at + 1).equals("  layout: elk")) {
      assertThat(lines.subList(at + 1, at + 5)).containsExactly("  layout: elk", "  elk:",
          "    nodePlacementStrategy: LINEAR_SEGMENTS", "    mergeEdges: true");
      lines.subList(at + 1, at + 5).clear();
    }
    assertThat(lines.subList(at, at + 5)).containsExactly("config:", "  flowchart:", "    nodeSpacing: 14",
        "    rankSpacing: 36", "---");
    lines = lines.subList(at + 5, lines.size());
    assertThat(lines.get(0)).isEqualTo("flowchart RL");
    Map<String, String> labels = new LinkedHashMap<>();
    List<String[]> links = new ArrayList<>();
    int maxStyled = -1;
    for (String line : lines.subList(1, lines.size())) {
      Matcher m;
      if ((m = NODE.matcher(line)).matches()) {
        assertThat(labels.put(m.group(1), m.group(3))).as("declared once: %s", line).isNull();
      } else if ((m = LINK.matcher(line)).matches()) {
        assertThat(labels).as("link from a declared node: %s", line).containsKey(m.group(1));
        links.add(new String[] {m.group(1), m.group(2), m.group(5)});
      } else if ((m = LINK_STYLE.matcher(line)).matches()) {
        for (String n : m.group(1).split(",")) {
          maxStyled = Math.max(maxStyled, Integer.parseInt(n));
        }
      } else if (!CLASS_DEF.matcher(line).matches() && !CLASS.matcher(line).matches()) {
        throw new AssertionError("not a line of the expected Mermaid syntax: " + line);
      }
    }
    for (String[] l : links) {
      assertThat(labels).as("link to a declared node").containsKey(l[2]);
    }
    assertThat(maxStyled).as("linkStyle refers to existing links").isLessThan(links.size());
    return new Chart(labels, links, maxStyled + 1);
  }

  /** Decodes Mermaid's entity codes as Mermaid does before drawing a label. */
  static String decode(String label) {
    Matcher m = Pattern.compile("#(\\d+);").matcher(label);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(b).toString();
  }

  @Test
  void nodesLinksAndClassesFollowTheMap() {
    String text = MermaidRenderer.create().renderToString(FixtureMaps.alliance());
    Chart chart = read(text);

    assertThat(text).startsWith("---\ntitle: \"Will Russia and China form an alliance?\"\nconfig:\n");
    assertThat(chart.labels()).containsEntry("S0", "t1<br/>" + FixtureMaps.THESIS)
        .containsEntry("S5", "p4: Trust<br/>Moscow and Beijing distrust each other.")
        .containsEntry("A0", "+ Neither side wants to be drawn into the<br/>other's\u2026 and A formal alliance would"
            + "<br/>oblige each to fight for\u2026<br/>linked")
        .containsEntry("A2", "\u2212 Joint exercises are common between<br/>states that are not allies.")
        .containsEntry("A3", "+ Trust")
        .containsEntry("A1", "\u2212 Exercises show an alliance forming<br/>weight 0.4");
    assertThat(chart.links()).extracting(l -> String.join(" ", l)).containsExactly(
        "S1 --- A0", "S2 --- A0", "A0 -->|supports| S0",
        "S3 --- A1", "A1 -->|attacks| S0",
        "S4 --- A2", "A2 -.->|undercuts| A1",
        "S5 --- A3", "A3 -->|supports| S1");
    assertThat(text).contains("  class S0 thesis\n", "  class A0,A3 pro\n", "  class A1,A2 con\n",
        "  linkStyle 2,8 stroke:#2e7d32,stroke-width:2px\n", "  linkStyle 4,6 stroke:#c62828,stroke-width:2px\n");
  }

  @Test
  void anArgumentWithoutALabelIsNamedByItsPremisesNeverByItsId() {
    for (MermaidRenderer r : List.of(MermaidRenderer.create(), MermaidRenderer.builder().titlesOnly(true).build())) {
      Map<String, String> labels = read(r.renderToString(FixtureMaps.alliance())).labels();
      // A0, A2, A3 are a1, a3, a4, which have no label
      assertThat(labels.get("A3")).isEqualTo("+ Trust");
      assertThat(labels.get("A0")).startsWith("+ Neither side wants to be drawn into the");
      assertThat(List.of(labels.get("A0"), labels.get("A2"), labels.get("A3")))
          .noneMatch(l -> l.matches("(?s).*\\ba[134]\\b.*"));
    }
  }

  @Test
  void evidenceAndScoresOnRequest() {
    Scores scores = Scores.builder().statement("t1", 0.375).build();
    String text = MermaidRenderer.builder().showEvidence(true).scores(scores).build()
        .renderToString(FixtureMaps.alliance());
    Chart chart = read(text);

    assertThat(chart.labels().get("S0")).endsWith("<br/>score 0.38");
    assertThat(decode(chart.labels().get("E0"))).isEqualTo(
        "\u201cWe have no intention of forming a military alliance.\u201d<br/>"
            + "\u2014 Lena Example (deputy foreign minister), in The Example Gazette<br/>weight 0.9, supports");
    assertThat(chart.links()).extracting(l -> String.join(" ", l)).contains("E0 -.-> S1", "E2 -.-> S5");
    // the last link, from evidence, is coloured too
    assertThat(chart.styledLinks()).isEqualTo(chart.links().size());
  }

  @Test
  void labelsEscapeEverythingMermaidWouldRead() {
    ArgumentMap map = FixtureMaps.nasty();
    String text = MermaidRenderer.builder().showEvidence(true).build().renderToString(map);
    Chart chart = read(text);

    String thesis = chart.labels().get("S0");
    assertThat(thesis.replace("<br/>", "")).doesNotContain("\"", "<", ">", "`", "&")
        .contains("#34;", "#60;", "#35;35;", "#96;");
    assertThat(decode(thesis)).isEqualTo("t\"1<&>" + "<br/>" + FixtureMaps.NASTY);
    assertThat(decode(chart.labels().get("S1"))).isEqualTo("p\\1<br/>Line one line two tabbed and \uD83D\uDE00 end");
    // the map's identifiers never become Mermaid node names, so "end" is harmless
    assertThat(chart.labels()).containsKeys("S0", "S1", "S2", "A0", "A1", "E0");
    assertThat(text).contains("title: \"A \\u003c/script\\u003e \\\"title\\\" \\u0026 \\u003ctitle\\u003e\"");
  }

  @Test
  void thePrebuiltMapFitsMermaidsDefaultSizeWithoutItsEvidence() {
    // Mermaid refuses a diagram longer than its maxTextSize, 50,000 characters by default
    int without = MermaidRenderer.create().renderToString(PrebuiltMaps.russiaChinaAlliance()).length();
    int with = MermaidRenderer.builder().showEvidence(true).build()
        .renderToString(PrebuiltMaps.russiaChinaAlliance()).length();
    System.out.printf("[mermaid] prebuilt map: %,d characters, with evidence %,d%n", without, with);
    assertThat(without).isLessThan(50_000);
    assertThat(with).isGreaterThan(50_000);
  }

  @Test
  void titlesOnlyShowsAStatementsTitleWhenItHasOne() {
    Chart chart = read(MermaidRenderer.builder().titlesOnly(true).build().renderToString(FixtureMaps.alliance()));

    assertThat(chart.labels()).containsEntry("S5", "Trust")
        .containsEntry("S0", "t1<br/>" + FixtureMaps.THESIS);
  }

  @Test
  void elkLayoutOnlyChangesTheFrontMatter() {
    String dagre = MermaidRenderer.create().renderToString(FixtureMaps.alliance());
    String elk = MermaidRenderer.builder().elkLayout(true).build().renderToString(FixtureMaps.alliance());

    assertThat(dagre).doesNotContain("elk");
    assertThat(elk).contains("config:\n  layout: elk\n  elk:\n    nodePlacementStrategy: LINEAR_SEGMENTS\n");
    assertThat(read(elk).labels()).isEqualTo(read(dagre).labels());
    assertThat(elk.substring(elk.indexOf("flowchart RL"))).isEqualTo(dagre.substring(dagre.indexOf("flowchart RL")));
  }

  @Test
  void outputIsDeterministic() {
    MermaidRenderer r = MermaidRenderer.builder().showEvidence(true).build();
    assertThat(r.renderToString(PrebuiltMaps.russiaChinaAlliance()))
        .isEqualTo(r.renderToString(PrebuiltMaps.russiaChinaAlliance()));
    read(r.renderToString(PrebuiltMaps.russiaChinaAlliance()));
  }
}
