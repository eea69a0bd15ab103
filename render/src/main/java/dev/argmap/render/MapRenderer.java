package dev.argmap.render;

import dev.argmap.io.LossReport;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an {@link ArgumentMap} in one output format: a Markdown outline, Graphviz DOT, a Mermaid
 * flowchart, GraphML or a self-contained HTML page. Every renderer is immutable and thread-safe, and
 * its output is deterministic: it depends only on the map and the renderer's options, and uses
 * {@code \n} line breaks.
 *
 * <pre>{@code
 * MapRenderer dot = DotRenderer.builder().showEvidence(true).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("map.dot"))) {
 *   dot.render(map, out);
 * }
 * String html = HtmlRenderer.builder().scores(Scores.from(scorer.score(map))).build().renderToString(map);
 * }</pre>
 */
public interface MapRenderer {
  /**
   * Renders a map, appending the output to {@code out}.
   *
   * @param map the map
   * @param out where to write, for example a {@link java.io.Writer} or a {@link StringBuilder}
   * @throws IOException if {@code out} fails
   */
  void render(ArgumentMap map, Appendable out) throws IOException;

  /**
   * Returns what rendering a map with this renderer's options leaves out, counted by kind: what a reader
   * cannot see anywhere in the output (not even in a tooltip). {@code docs/rendering/README.md} lists the
   * kinds per format.
   *
   * @param map the map
   * @return the losses; empty when the output shows the whole map
   */
  LossReport losses(ArgumentMap map);

  /**
   * Renders a map into a string.
   *
   * @param map the map
   * @return the output
   */
  default String renderToString(ArgumentMap map) {
    StringBuilder out = new StringBuilder(4096);
    try {
      render(map, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
