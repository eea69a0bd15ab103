/**
 * argmap renderers: human-readable views of an {@link dev.argmap.model.ArgumentMap}, each behind the
 * {@link dev.argmap.render.MapRenderer} interface.
 *
 * <p>{@link dev.argmap.render.markdown.MarkdownOutline} writes a Markdown outline, {@link
 * dev.argmap.render.dot.DotRenderer} Graphviz DOT, {@link dev.argmap.render.mermaid.MermaidRenderer}
 * a Mermaid flowchart, {@link dev.argmap.render.graphml.GraphMlRenderer} GraphML and {@link
 * dev.argmap.render.html.HtmlRenderer} a self-contained HTML page. Each output format lives in its
 * own package. This module depends on argmap core only.
 */
module dev.argmap.render {
  requires transitive dev.argmap.core;

  exports dev.argmap.render;
  exports dev.argmap.render.markdown;
  exports dev.argmap.render.dot;
  exports dev.argmap.render.mermaid;
  exports dev.argmap.render.graphml;
  exports dev.argmap.render.html;

  provides dev.argmap.io.MapFormatProvider with
      dev.argmap.render.RenderFormats;
}
