package dev.argmap.interop;

import java.util.Objects;

/**
 * A map written in one format: the text, and what the format could not hold of the map.
 *
 * @param text the text, as {@link MapExporter#writeString(dev.argmap.model.ArgumentMap)} gives it
 * @param losses what the text leaves out
 */
public record Export(String text, LossReport losses) {
  /**
   * Checks the parts.
   *
   * @param text the text
   * @param losses what it leaves out
   */
  public Export {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(losses, "losses");
  }
}
