package dev.argmap.render.graphml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.render.Scores;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.FixtureMaps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlRendererTest {
  private static final String NS = GraphMlRenderer.NAMESPACE;

  /** A node or edge with its data, by key. */
  record Item(String id, String source, String target, Map<String, String> data) {}

  /** Parses the GraphML with the JDK's DOM parser, which fails on XML that is not well-formed. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Item> items(Document doc, String tag) {
    List<Item> items = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagNameNS(NS, tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      Map<String, String> data = new LinkedHashMap<>();
      NodeList ds = e.getElementsByTagNameNS(NS, "data");
      for (int j = 0; j < ds.getLength(); j++) {
        Element d = (Element) ds.item(j);
        assertThat(data.put(d.getAttribute("key"), d.getTextContent())).isNull();
      }
      items.add(new Item(e.getAttribute("id"), e.getAttribute("source"), e.getAttribute("target"), data));
    }
    return items;
  }

  static Item item(List<Item> items, String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void wellFormedWithDeclaredKeysAndEveryElementOfTheMap() throws Exception {
    ArgumentMap map = FixtureMaps.alliance();
    Document doc = parse(GraphMlRenderer.create().renderToString(map));

    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
    Map<String, String> keyTypes = new LinkedHashMap<>();
    NodeList keys = doc.getElementsByTagNameNS(NS, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      keyTypes.put(k.getAttribute("id"), k.getAttribute("attr.type"));
      assertThat(k.getAttribute("attr.name")).isEqualTo(k.getAttribute("id"));
    }
    assertThat(keyTypes).containsEntry("kind", "string").containsEntry("text", "string")
        .containsEntry("polarity", "string").containsEntry("weight", "double")
        .containsEntry("score", "double").containsEntry("credibility", "double");
    Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");

    List<Item> nodes = items(doc, "node");
    List<Item> edges = items(doc, "edge");
    assertThat(nodes).hasSize(map.statements().size() + map.arguments().size() + map.evidence().size()
        + map.sources().size());
    for (Item n : nodes) {
      assertThat(keyTypes.keySet()).containsAll(n.data().keySet());
    }
    for (Item e : edges) {
      assertThat(nodes).extracting(Item::id).contains(e.source(), e.target());
    }
    assertThat(item(nodes, "statement:t1").data()).containsEntry("kind", "thesis")
        .containsEntry("text", FixtureMaps.THESIS);
    assertThat(item(nodes, "statement:p4").data()).containsEntry("kind", "statement")
        .containsEntry("title", "Trust");
    assertThat(item(nodes, "argument:a2").data()).containsEntry("kind", "argument")
        .containsEntry("polarity", "attacks").containsEntry("weight", "0.4")
        .containsEntry("scheme", "argument from sign");
    assertThat(item(nodes, "evidence:e1").data()).containsEntry("kind", "evidence")
        .containsEntry("speaker", "Lena Example (deputy foreign minister)")
        .containsEntry("locator", "copy s1-web, paragraph 4").containsEntry("weight", "0.9");
    assertThat(item(nodes, "source:s1").data()).containsEntry("kind", "source")
        .containsEntry("sourceKind", "news report").containsEntry("credibility", "0.8")
        .containsEntry("date", "2020-10-22").containsEntry("publisher", "The Example Gazette");
    assertThat(item(nodes, "source:s2").data()).containsEntry("authors", "A. Analyst and B. Scholar (Fellow)");

    assertThat(edges).filteredOn(e -> e.target().equals("argument:a1"))
        .extracting(e -> e.source() + " " + e.data().get("kind") + " " + e.data().get("position"))
        .containsExactly("statement:p1 premise 0", "statement:p2 premise 1");
    assertThat(edges).filteredOn(e -> e.source().equals("argument:a3")).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("argument:a2"))
        .satisfies(e -> assertThat(e.data()).containsEntry("kind", "conclusion").containsEntry("polarity", "attacks"));
    assertThat(edges).filteredOn(e -> e.source().equals("evidence:e2"))
        .extracting(e -> e.data().get("kind") + " " + e.target())
        .containsExactly("evidence statement:p3", "found-in source:s2", "cites source:s1");
    assertThat(edges).filteredOn(e -> e.source().equals("evidence:e3") && e.data().get("kind").equals("evidence"))
        .singleElement().satisfies(e -> assertThat(e.data()).containsEntry("polarity", "attacks")
            .containsEntry("weight", "0.25"));
  }

  @Test
  void scoresAreFullPrecisionDoubles() throws Exception {
    ArgumentMap map = FixtureMaps.alliance();
    var computed = MapScorer.of(GradualSemantics.DF_QUAD).score(map);
    Document doc = parse(GraphMlRenderer.builder().scores(Scores.from(computed)).build().renderToString(map));

    List<Item> nodes = items(doc, "node");
    assertThat(Double.parseDouble(item(nodes, "statement:t1").data().get("score")))
        .isEqualTo(computed.strength(StatementId.of("t1")));
    assertThat(item(nodes, "argument:a3").data()).containsKey("score");
    assertThat(item(nodes, "evidence:e1").data()).doesNotContainKey("score");
    Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
    assertThat(graph.getTextContent()).contains("df-quad");
  }

  @Test
  void textsSurviveExactlyAndWhatXmlCannotHoldIsReplaced() throws Exception {
    ArgumentMap map = FixtureMaps.nasty();
    String xml = GraphMlRenderer.create().renderToString(map);
    Document doc = parse(xml);

    List<Item> nodes = items(doc, "node");
    assertThat(item(nodes, "statement:t\"1<&>").data()).containsEntry("text", FixtureMaps.NASTY);
    assertThat(item(nodes, "statement:p\\1").data())
        .containsEntry("text", "Line one\nline two\ttabbed \uFFFD and \uD83D\uDE00 end");
    assertThat(item(nodes, "evidence:e\"1").data().get("text"))
        .isEqualTo("</script><!-- \"quoted\" & 'single' \u2028 -->");
    assertThat(item(nodes, "source:s<1>").data()).containsEntry("title", "<i>Title</i> & \"more\"");
    List<Item> edges = items(doc, "edge");
    assertThat(edges).anySatisfy(e -> assertThat(e.source() + ">" + e.target())
        .isEqualTo("argument:a&2>argument:a<1>"));
    Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
    assertThat(((Element) graph.getElementsByTagNameNS(NS, "data").item(0)).getTextContent())
        .isEqualTo("A </script> \"title\" & <title>");
  }

  @Test
  void carriageReturnsSurviveAsCharacterReferences() throws Exception {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "one\r\ntwo\rthree").build();
    Document doc = parse(GraphMlRenderer.create().renderToString(map));

    assertThat(item(items(doc, "node"), "statement:t").data()).containsEntry("text", "one\r\ntwo\rthree");
  }

  @Test
  void prebuiltMapIsWellFormedAndDeterministic() throws Exception {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    String xml = GraphMlRenderer.create().renderToString(map);

    assertThat(xml).isEqualTo(GraphMlRenderer.create().renderToString(map));
    Document doc = parse(xml);
    assertThat(items(doc, "node")).hasSize(map.statements().size() + map.arguments().size()
        + map.evidence().size() + map.sources().size());
  }
}
