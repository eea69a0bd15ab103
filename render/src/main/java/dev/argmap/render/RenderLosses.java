package dev.argmap.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a render leaves out of a map, counted by kind, in the order of {@link Kind}: what a reader of the
 * picture, page or outline cannot see anywhere in it (not even in a tooltip). Empty when the render shows
 * the whole map. Its {@link #toString()} reads, for example, {@code 4 evidence items, 3 sources}, or
 * {@code nothing} when empty, in the same words as a conversion's loss report.
 *
 * <p>The render module depends on argmap core only, so it does not reuse the interop module's loss report;
 * the kinds that both know are named alike.
 *
 * @param counts how many of each kind are left out, each at least 1, in the order of {@link Kind}
 */
public record RenderLosses(ImmutableMap<Kind, Integer> counts) {
  /** What a render may leave out. */
  public enum Kind {
    /** Evidence items (quotes with their sources, weights, speakers). */
    EVIDENCE("evidence item", "evidence items"),
    /** Sources that no drawn evidence item names. */
    SOURCES("source", "sources"),
    /** Statement texts (a statement shown by its title only). */
    STATEMENT_TEXTS("statement text", "statement texts"),
    /** Statements' tags (counted by statement). */
    STATEMENT_TAGS("tagged statement", "tagged statements"),
    /** Statements' notes. */
    STATEMENT_NOTES("statement note", "statement notes"),
    /** Argument schemes. */
    ARGUMENT_SCHEMES("argument scheme", "argument schemes"),
    /** Arguments' notes. */
    ARGUMENT_NOTES("argument note", "argument notes"),
    /** Evidence items' notes (of evidence that is drawn). */
    EVIDENCE_NOTES("evidence note", "evidence notes"),
    /** Sources' notes. */
    SOURCE_NOTES("source note", "source notes"),
    /** The map's description. */
    MAP_DESCRIPTION("map description", "map descriptions"),
    /** Extensions of other formats kept in the map (counted by namespace). */
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
   * Checks the counts and puts them in the order of {@link Kind}.
   *
   * @param counts how many of each kind are left out
   * @throws IllegalArgumentException if a count is below 1
   */
  public RenderLosses {
    requireNonNull(counts, "counts");
    Map<Kind, Integer> ordered = new EnumMap<>(Kind.class);
    counts.forEach((kind, count) -> {
      if (count < 1) {
        throw new IllegalArgumentException("a loss counts at least 1 but " + kind + " was " + count);
      }
      ordered.put(kind, count);
    });
    counts = ImmutableMap.copyOf(ordered);
  }

  /**
   * Returns an empty report: the render shows the whole map.
   *
   * @return the report
   */
  public static RenderLosses none() {
    return new RenderLosses(ImmutableMap.of());
  }

  /**
   * Returns whether nothing is left out.
   *
   * @return true when the render shows the whole map
   */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /**
   * Returns how much of one kind is left out.
   *
   * @param kind the kind
   * @return the count, 0 when none
   */
  public int count(Kind kind) {
    return counts.getOrDefault(requireNonNull(kind, "kind"), 0);
  }

  /** Returns the losses in words, as {@code 4 evidence items, 3 sources}, or {@code nothing}. */
  @Override
  public String toString() {
    return counts.isEmpty() ? "nothing"
        : counts.entrySet().stream().map(e -> e.getKey().describe(e.getValue())).collect(Collectors.joining(", "));
  }
}
