package dev.argmap.render;

import com.google.common.collect.ImmutableList;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatProvider;
import dev.argmap.render.dot.DotRenderer;
import dev.argmap.render.graphml.GraphMlRenderer;
import dev.argmap.render.html.HtmlRenderer;
import dev.argmap.render.internal.RendererExporter;
import dev.argmap.render.markdown.MarkdownOutline;
import dev.argmap.render.mermaid.MermaidRenderer;

/**
 * The drawings of a map as {@link MapFormat}s that are only written, provided to
 * {@link dev.argmap.io.MapFormats#installed()} through {@link MapFormatProvider}. Each format's exporter is
 * its renderer with default options; callers that want options ({@code DotRenderer.builder()...}) use the
 * renderer itself, whose {@link MapRenderer#losses(dev.argmap.model.ArgumentMap) losses} are reported the
 * same way.
 */
public final class RenderFormats implements MapFormatProvider {
  /** Graphviz DOT ({@code docs/rendering/}). */
  public static final MapFormat DOT = MapFormat.builder("dot")
      .aliases("gv", "graphviz")
      .displayName("Graphviz DOT")
      .fileEndings(".dot", ".gv")
      .mediaType("text/vnd.graphviz")
      .exporter(() -> new RendererExporter(RenderFormats.DOT, DotRenderer.create()))
      .build();

  /** A Mermaid flowchart. */
  public static final MapFormat MERMAID = MapFormat.builder("mermaid")
      .aliases("mmd")
      .displayName("Mermaid flowchart")
      .fileEndings(".mmd", ".mermaid")
      .mediaType("text/vnd.mermaid")
      .exporter(() -> new RendererExporter(RenderFormats.MERMAID, MermaidRenderer.create()))
      .build();

  /** GraphML. */
  public static final MapFormat GRAPHML = MapFormat.builder("graphml")
      .displayName("GraphML")
      .fileEndings(".graphml")
      .mediaType("application/graphml+xml")
      .exporter(() -> new RendererExporter(RenderFormats.GRAPHML, GraphMlRenderer.create()))
      .build();

  /** A self-contained HTML page to explore the map. */
  public static final MapFormat HTML = MapFormat.builder("html")
      .aliases("htm")
      .displayName("HTML page")
      .fileEndings(".html", ".htm")
      .mediaType("text/html")
      .exporter(() -> new RendererExporter(RenderFormats.HTML, HtmlRenderer.create()))
      .build();

  /** A Markdown outline. */
  public static final MapFormat MARKDOWN = MapFormat.builder("markdown")
      .aliases("md")
      .displayName("Markdown outline")
      .fileEndings(".md", ".markdown")
      .mediaType("text/markdown")
      .exporter(() -> new RendererExporter(RenderFormats.MARKDOWN, MarkdownOutline.builder().build()))
      .build();

  /** Every format of this module, in the order above. */
  public static final ImmutableList<MapFormat> ALL = ImmutableList.of(DOT, MERMAID, GRAPHML, HTML, MARKDOWN);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public RenderFormats() {}

  /**
   * Returns this module's formats.
   *
   * @return {@link #ALL}
   */
  @Override
  public ImmutableList<MapFormat> formats() {
    return ALL;
  }
}
