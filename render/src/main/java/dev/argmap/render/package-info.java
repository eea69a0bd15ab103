/**
 * What every renderer shares: the {@link dev.argmap.render.MapRenderer} interface, the {@link
 * dev.argmap.render.Scores} a renderer may show beside statements and arguments, and {@link
 * dev.argmap.render.RenderFormats}, which provides the drawings to core's format registry as formats that
 * are only written; what a render leaves out of a map is core's {@link dev.argmap.io.LossReport}. Each
 * output format has its own package: {@code markdown}, {@code dot}, {@code mermaid}, {@code graphml} and
 * {@code html}.
 */
@NullMarked
package dev.argmap.render;

import org.jspecify.annotations.NullMarked;
