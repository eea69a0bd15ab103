package dev.argmap.io;

import java.util.Objects;

/**
 * A map written as text, with what the text leaves out of it: the result of {@link MapExporter#export}.
 *
 * @param text the text
 * @param losses what the format could not hold
 */
public record Export(String text, LossReport losses) {
  /**
   * Checks the parts.
   *
   * @param text the text
   * @param losses what the format could not hold
   */
  public Export {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(losses, "losses");
  }
}
