package dev.argmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.ArgumentMap;
import dev.argmap.render.graphml.GraphMlRenderer;
import dev.argmap.render.html.HtmlRenderer;
import dev.argmap.render.internal.Text;
import dev.argmap.render.markdown.MarkdownOutline;
import dev.argmap.testing.ExternalTool;
import dev.argmap.testing.HostileTexts;
import dev.argmap.testing.MiniJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every hostile text through GraphML, the HTML page's data and the Markdown outline, read back by the
 * interpreter each is written for: the JDK's XML parser and NetworkX (skipped with a message when it
 * is not installed) for GraphML, a strict JSON reader for the page's data. DOT and Mermaid are read
 * back by Graphviz and Mermaid themselves in their packages' tests, the page by Chromium in
 * {@code PageBehaviourTest}.
 */
class HostileTextsTest {
  /** The text as a format that cannot hold unpaired surrogates keeps it: each one as U+FFFD. */
  private static String withoutLoneSurrogates(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /** As XML 1.0 keeps it: tab, line feed and carriage return kept, other controls as U+FFFD. */
  private static String asXml(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : withoutLoneSurrogates(text).toCharArray()) {
      b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
    }
    return b.toString();
  }

  @Test
  void graphMlKeepsEveryTextAsAnXmlParserReadsIt() throws Exception {
    for (String text : HostileTexts.ALL) {
      String xml = GraphMlRenderer.create().renderToString(HostileTexts.everywhere(text));
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertThat(data(doc, "statement:p1", "text")).as("GraphML of %s", text).isEqualTo(asXml(text));
      assertThat(data(doc, "argument:a1", "label")).isEqualTo(asXml(text));
      assertThat(data(doc, "evidence:e1", "text")).isEqualTo(asXml(text));
      // no invisible character stands raw in the file
      assertThat(xml.codePoints().filter(Text::isInvisible).count()).isZero();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void networkxReadsEveryTextBack(@TempDir Path dir) throws Exception {
    Path python = ExternalTool.require("python3", "apt-get install -y python3 python3-networkx");
    ExternalTool.Result probe = ExternalTool.run(List.of(python.toString(), "-c", "import networkx"), null,
        dir, 60);
    assumeTrue(probe.exitCode() == 0,
        "NetworkX is not installed: skipping the test that reads GraphML with it; install it with"
            + " 'apt-get install -y python3-networkx' or 'pip install networkx'");
    ArgumentMap map = HostileTexts.all();
    Path file = dir.resolve("map.graphml");
    Files.writeString(file, GraphMlRenderer.create().renderToString(map), StandardCharsets.UTF_8);
    ExternalTool.Result r = ExternalTool.run(List.of(python.toString(), "-c",
        "import json, sys, networkx\n"
            + "g = networkx.read_graphml(sys.argv[1])\n"
            + "print(json.dumps({n: d.get('text') for n, d in g.nodes(data=True)}))", file.toString()),
        null, dir, 120);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, Object> texts = (Map<String, Object>) MiniJson.parse(r.out().strip());
    for (int i = 0; i < HostileTexts.ALL.size(); i++) {
      String text = HostileTexts.ALL.get(i);
      assertThat(texts.get("statement:p" + i)).as("NetworkX's copy of %s", text).isEqualTo(asXml(text));
      assertThat(texts.get("evidence:e" + i)).as("NetworkX's copy of the quote %s", text).isEqualTo(asXml(text));
    }
  }

  private static String data(Document doc, String node, String key) {
    NodeList nodes = doc.getElementsByTagNameNS("*", "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      if (n.getAttribute("id").equals(node)) {
        NodeList data = n.getElementsByTagNameNS("*", "data");
        for (int j = 0; j < data.getLength(); j++) {
          Element d = (Element) data.item(j);
          if (d.getAttribute("key").equals(key)) {
            return d.getTextContent();
          }
        }
      }
    }
    throw new AssertionError("no " + key + " on " + node);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePagesDataKeepsEveryTextAndNoneCanEndItsScript() {
    for (String text : HostileTexts.ALL) {
      String html = HtmlRenderer.create().renderToString(HostileTexts.everywhere(text));
      String open = "<script type=\"application/json\" id=\"" + HtmlRenderer.DATA_ELEMENT_ID + "\">";
      int start = html.indexOf(open) + open.length();
      String raw = html.substring(start, html.indexOf("</script>", start));
      assertThat(raw).as("data of %s", text).doesNotContain("<", ">", "&", "\u2028", "\u2029");
      assertThat(raw.codePoints().filter(Text::isInvisible).count()).isZero();
      Map<String, Object> data = (Map<String, Object>) MiniJson.parse(raw);
      Map<String, Object> p1 = ((List<Map<String, Object>>) data.get("statements")).stream()
          .filter(s -> "p1".equals(s.get("id"))).findFirst().orElseThrow();
      assertThat(p1.get("text")).as("the page's copy of %s", text).isEqualTo(withoutLoneSurrogates(text));
      // the title is flattened to one line and escaped for HTML
      assertThat(html.substring(html.indexOf("<title>"), html.indexOf("</title>"))).doesNotContain("<script", "<!--");
    }
  }

  @Test
  void theMarkdownOutlineHoldsNoRawMarkupOfAnyText() {
    for (String text : HostileTexts.ALL) {
      ArgumentMap map = HostileTexts.everywhere(text);
      String md = MarkdownOutline.render(map);
      // every character that starts markup stands escaped (an HTML tag, a link, emphasis, code)
      // (the outline's own code spans of the identifiers aside)
      assertThat(md.replaceAll("`[a-z0-9]+`", "")).as("Markdown of %s", text)
          .doesNotContainPattern("(?<!\\\\)[<>\\[\\]`]");
      // no unpaired surrogate (a pair, as in a character outside the Basic Multilingual Plane, is one code point)
      assertThat(md.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
          .as("Markdown of %s: unpaired surrogates", text).isEmpty();
      assertThat(md.codePoints().filter(Text::isInvisible).count()).isZero();
      assertThat(md.lines().filter(l -> l.startsWith("---") || l.startsWith("# heading") || l.startsWith("1. a")))
          .as("no text opens a block of its own").isEmpty();
    }
  }
}
