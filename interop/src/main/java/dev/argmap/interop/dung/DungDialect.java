package dev.argmap.interop.dung;

import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;


/** The text formats of Dung argumentation frameworks that argmap reads and writes. */
public enum DungDialect {
  /**
   * ICCMA 2023: a header {@code p af N}, then one line {@code i j} per attack (i attacks j), arguments
   * numbered 1 to N; lines starting with {@code #} are comments.
   */
  ICCMA_AF(InteropFormats.ICCMA_AF),
  /** ASPARTIX: facts {@code arg(a).} and {@code att(a,b).}; {@code %} starts a comment. */
  APX(InteropFormats.APX),
  /**
   * Trivial Graph Format: one node per line ({@code id} and an optional label), a line {@code #}, then one
   * edge per line ({@code from to} and an optional label).
   */
  TGF(InteropFormats.TGF);

  private final MapFormat format;

  DungDialect(MapFormat format) {
    this.format = format;
  }

  /**
   * Returns the format of this dialect.
   *
   * @return the format
   */
  public MapFormat format() {
    return format;
  }
}
