/**
 * argmap renderers: human-readable views of an {@link dev.argmap.model.ArgumentMap}.
 *
 * <p>{@link dev.argmap.render.markdown.MarkdownOutline} writes a map as a Markdown outline. Each
 * output format lives in its own package. This module depends on argmap core only.
 */
module dev.argmap.render {
  requires transitive dev.argmap.core;

  exports dev.argmap.render.markdown;
}
