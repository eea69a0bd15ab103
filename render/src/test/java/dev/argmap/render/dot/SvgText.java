package dev.argmap.render.dot;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads what Graphviz drew from its SVG: each node's name and the lines of text shown in it. */
final class SvgText {
  private SvgText() {}

  /** Returns each node's lines of text, by the node's name. */
  static Map<String, List<String>> nodeTexts(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    Map<String, List<String>> out = new LinkedHashMap<>();
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!"node".equals(g.getAttribute("class"))) {
        continue;
      }
      String name = g.getElementsByTagName("title").item(0).getTextContent();
      List<String> lines = new ArrayList<>();
      NodeList texts = g.getElementsByTagName("text");
      for (int j = 0; j < texts.getLength(); j++) {
        lines.add(texts.item(j).getTextContent());
      }
      out.put(name, lines);
    }
    return out;
  }

  /**
   * Returns a line as Graphviz draws it: without the spaces at its ends, and with runs of spaces
   * kept (SVG text keeps them as written).
   */
  static String asDrawn(String line) {
    return line.strip();
  }
}
