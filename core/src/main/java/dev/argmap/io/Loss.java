package dev.argmap.io;

import java.util.Objects;

/**
 * One kind of content that a format cannot hold, and how much of it a map has: what writing the map in that
 * format leaves out. Its {@link #toString()} reads, for example, {@code 5 evidence items}.
 *
 * @param kind what is lost
 * @param count how many, at least 1
 */
public record Loss(Kind kind, int count) {
  /** What a format may be unable to hold; the kinds are shared by every format, exchange or drawing. */
  public enum Kind {
    /** Evidence items (quotes with their locators, weights, speakers). */
    EVIDENCE("evidence item", "evidence items"),
    /** Sources (works, their authors, dates, links and copies); for a drawing, those no drawn evidence names. */
    SOURCES("source", "sources"),
    /** Statement texts (only the identifiers or titles are written). */
    STATEMENT_TEXTS("statement text", "statement texts"),
    /** Statement titles that differ from the identifier. */
    STATEMENT_TITLES("statement title", "statement titles"),
    /** Statements' tags (counted by statement). */
    STATEMENT_TAGS("tagged statement", "tagged statements"),
    /** Statements' notes. */
    STATEMENT_NOTES("statement note", "statement notes"),
    /** Argument weights other than 1. */
    ARGUMENT_WEIGHTS("argument weight", "argument weights"),
    /** Argument schemes. */
    ARGUMENT_SCHEMES("argument scheme", "argument schemes"),
    /** Argument labels. */
    ARGUMENT_LABELS("argument label", "argument labels"),
    /** Arguments' notes. */
    ARGUMENT_NOTES("argument note", "argument notes"),
    /** Evidence items' notes (of evidence that is written). */
    EVIDENCE_NOTES("evidence note", "evidence notes"),
    /** Sources' notes. */
    SOURCE_NOTES("source note", "source notes"),
    /** Supporting arguments (an attack-only format has no support). */
    SUPPORTS("support", "supports"),
    /**
     * Arguments that a graph format can only write as a node of their own (linked premises, or targeted by
     * another argument), which read back as a statement and edges, not as the argument.
     */
    ARGUMENTS_AS_NODES("argument written as a node", "arguments written as nodes"),
    /** The choice of theses, when reading the file back would choose others. */
    THESES("thesis", "theses"),
    /** The map's title. */
    MAP_TITLE("map title", "map titles"),
    /** The map's description. */
    MAP_DESCRIPTION("map description", "map descriptions"),
    /** Self-attacks of a framework (kept in the map's {@code framework} extension). */
    SELF_ATTACKS("self-attack", "self-attacks"),
    /** Attacks on statements written as arguments for the statement's negation (Carneades has no con arguments). */
    ATTACKS_AS_NEGATIONS("attack on a statement written as an argument for its negation",
        "attacks on statements written as arguments for their negations"),
    /** Self-supports of a framework (kept in the map's {@code framework} extension). */
    SELF_SUPPORTS("self-support", "self-supports"),
    /** Base scores of a bipolar graph (kept in the map's {@code framework} extension). */
    BASE_SCORES("base score", "base scores"),
    /** Extensions of other formats that this one does not write back (counted by namespace). */
    EXTENSIONS("extension of another format", "extensions of other formats");

    private final String singular;
    private final String plural;

    Kind(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    /**
     * Returns how many of this kind, in words: {@code 1 source}, {@code 2 sources}.
     *
     * @param count how many
     * @return the words
     */
    public String describe(int count) {
      return count + " " + (count == 1 ? singular : plural);
    }
  }

  /**
   * Checks the parts.
   *
   * @param kind what is lost
   * @param count how many
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public Loss {
    Objects.requireNonNull(kind, "kind");
    if (count < 1) {
      throw new IllegalArgumentException("a loss counts at least 1 but " + kind + " was " + count);
    }
  }

  /** Returns the count and kind in words, as {@code 5 evidence items}. */
  @Override
  public String toString() {
    return kind.describe(count);
  }
}
