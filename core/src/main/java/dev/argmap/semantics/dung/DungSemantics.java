package dev.argmap.semantics.dung;

/** Dung's extension semantics (Dung, AIJ 1995), as computed by {@link DungSolver}. */
public enum DungSemantics {
  /** The least complete extension: unique, computed in linear time. */
  GROUNDED("grounded"),
  /** Conflict-free sets equal to the set of arguments they defend. */
  COMPLETE("complete"),
  /** The inclusion-maximal complete (equivalently admissible) sets; at least one always exists. */
  PREFERRED("preferred"),
  /** Conflict-free sets that attack every argument outside them; there may be none. */
  STABLE("stable"),
  /**
   * The complete extensions whose range (the members and the arguments they attack) is inclusion-maximal; at least
   * one always exists, and they are the stable extensions when there are any.
   */
  SEMI_STABLE("semi-stable"),
  /**
   * The conflict-free sets whose range is inclusion-maximal; at least one always exists, and they are the stable
   * extensions when there are any. Unlike the others, a stage extension need not contain the grounded extension.
   */
  STAGE("stage"),
  /**
   * The largest admissible set contained in every preferred extension: unique, between the grounded extension and
   * the intersection of the preferred ones.
   */
  IDEAL("ideal");

  private final String id;

  DungSemantics(String id) {
    this.id = id;
  }

  /**
   * Returns the identifier: {@code grounded}, {@code complete}, {@code preferred}, {@code stable}, {@code
   * semi-stable}, {@code stage} or {@code ideal}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Returns the semantics with an identifier.
   *
   * @param id one of the {@linkplain #id() identifiers}
   * @return the semantics
   * @throws IllegalArgumentException for any other identifier
   */
  public static DungSemantics fromId(String id) {
    for (DungSemantics s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown Dung semantics '" + id
            + "'; known: grounded, complete, preferred, stable, semi-stable, stage, ideal");
  }
}
