/**
 * What every renderer shares: the {@link dev.argmap.render.MapRenderer} interface and the {@link
 * dev.argmap.render.Scores} a renderer may show beside statements and arguments. Each output format
 * has its own package: {@code markdown}, {@code dot}, {@code mermaid}, {@code graphml} and {@code
 * html}.
 */
package dev.argmap.render;
