/**
 * Renders an argument map as a Markdown outline: each thesis with the arguments for and against it,
 * their premises, undercutters and evidence, and the sources the evidence comes from. See {@link
 * dev.argmap.render.markdown.MarkdownOutline}.
 */
@NullMarked
package dev.argmap.render.markdown;

import org.jspecify.annotations.NullMarked;
