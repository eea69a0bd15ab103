package dev.argmap.render.internal;

import static java.util.Objects.requireNonNull;

import dev.argmap.io.LossReport;
import dev.argmap.io.MapExporter;
import dev.argmap.io.MapFormat;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.MapRenderer;
import java.io.IOException;
import java.io.Writer;

/**
 * A {@link MapRenderer} seen as the {@link MapExporter} of its format, so that the drawings are written
 * through the same SPI as every other format; the renderer's own losses are the exporter's.
 *
 * @param format the format the renderer draws
 * @param renderer the renderer, with its default options
 */
public record RendererExporter(MapFormat format, MapRenderer renderer) implements MapExporter {
  /**
   * Checks the parts.
   *
   * @param format the format
   * @param renderer the renderer
   */
  public RendererExporter {
    requireNonNull(format, "format");
    requireNonNull(renderer, "renderer");
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    renderer.render(requireNonNull(map, "map"), out);
    out.flush();
  }

  @Override
  public String writeString(ArgumentMap map) {
    return renderer.renderToString(requireNonNull(map, "map"));
  }

  @Override
  public LossReport losses(ArgumentMap map) {
    return renderer.losses(map);
  }
}
