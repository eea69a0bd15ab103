/**
 * What every renderer shares: the {@link dev.argmap.render.MapRenderer} interface, the {@link
 * dev.argmap.render.Scores} a renderer may show beside statements and arguments, and the {@link
 * dev.argmap.render.RenderLosses} that say what a render leaves out of a map. Each output format has its
 * own package: {@code markdown}, {@code dot}, {@code mermaid}, {@code graphml} and {@code html}.
 */
package dev.argmap.render;
