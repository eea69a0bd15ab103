package dev.argmap.scoring.explain;

import dev.argmap.scoring.MapScorer;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which numbers a counterfactual search ({@link MapScorer#minimalChange}, {@link MapScorer#robustness}) may
 * move: some {@linkplain KnobKind kinds} and, optionally, only some elements (by identifier: evidence items,
 * sources, arguments). Immutable.
 *
 * <p>Of the chosen numbers the search moves only those that can change the statement's score: evidence on the
 * statement or upstream of it, sources of such evidence, arguments upstream. The others are skipped and listed
 * in the result ({@link MinimalChange#skipped()}).
 */
public final class Knobs {
  private final ImmutableSet<KnobKind> kinds;
  private final Optional<ImmutableSet<String>> elements;

  private Knobs(ImmutableSet<KnobKind> kinds, Optional<ImmutableSet<String>> elements) {
    this.kinds = kinds;
    this.elements = elements;
  }

  /**
   * Returns every kind, every element.
   *
   * @return the knobs
   */
  public static Knobs all() {
    return new Knobs(ImmutableSet.copyOf(EnumSet.allOf(KnobKind.class)), Optional.empty());
  }

  /**
   * Returns some kinds, every element of them.
   *
   * @param kinds at least one kind
   * @return the knobs
   * @throws IllegalArgumentException if no kind is given
   */
  public static Knobs of(KnobKind... kinds) {
    return of(Arrays.asList(Objects.requireNonNull(kinds, "kinds")));
  }

  /**
   * Returns some kinds, every element of them.
   *
   * @param kinds at least one kind
   * @return the knobs
   * @throws IllegalArgumentException if no kind is given
   */
  public static Knobs of(Collection<KnobKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    kinds.forEach(k -> Objects.requireNonNull(k, "kind"));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("choose at least one kind of knob: " + words());
    }
    return new Knobs(ImmutableSet.copyOf(EnumSet.copyOf(kinds)), Optional.empty());
  }

  /**
   * Parses a comma-separated list of kinds: {@code evidence}, {@code sources}, {@code arguments},
   * {@code removal}, or {@code all}.
   *
   * @param text e.g. {@code evidence,sources}
   * @return the knobs
   * @throws IllegalArgumentException naming an unknown word and the accepted ones
   */
  public static Knobs parse(String text) {
    Objects.requireNonNull(text, "text");
    Set<KnobKind> kinds = EnumSet.noneOf(KnobKind.class);
    for (String part : text.split(",", -1)) {
      String w = part.strip().toLowerCase(Locale.ROOT);
      if (w.equals("all")) {
        kinds.addAll(EnumSet.allOf(KnobKind.class));
        continue;
      }
      KnobKind found = null;
      for (KnobKind k : KnobKind.values()) {
        if (k.word().equals(w)) {
          found = k;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("'" + part.strip() + "' in '" + text + "' is not a kind of knob;"
            + " write a comma-separated list of " + words() + ", or all");
      }
      kinds.add(found);
    }
    return of(kinds);
  }

  private static String words() {
    return Arrays.stream(KnobKind.values()).map(KnobKind::word).collect(Collectors.joining(", "));
  }

  /**
   * Returns these knobs restricted to some elements: only the evidence items, sources and arguments with these
   * identifiers may move. Identifiers the map does not hold are an error when the search runs.
   *
   * @param ids identifiers of evidence items, sources or arguments, at least one
   * @return the restricted knobs
   * @throws IllegalArgumentException if no identifier is given
   */
  public Knobs onlyElements(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    ids.forEach(i -> Objects.requireNonNull(i, "id"));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("name at least one element to restrict the knobs to,"
          + " or do not restrict them");
    }
    return new Knobs(kinds, Optional.of(ImmutableSet.copyOf(ids)));
  }

  /**
   * Returns the kinds that may move.
   *
   * @return the kinds
   */
  public ImmutableSet<KnobKind> kinds() {
    return kinds;
  }

  /**
   * Returns the elements that may move, if restricted.
   *
   * @return the identifiers, or empty for every element
   */
  public Optional<ImmutableSet<String>> elements() {
    return elements;
  }

  boolean allows(KnobKind kind, String id) {
    return kinds.contains(kind) && elements.map(e -> e.contains(id)).orElse(true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Knobs k && k.kinds.equals(kinds) && k.elements.equals(elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kinds, elements);
  }

  @Override
  public String toString() {
    return kinds.stream().map(KnobKind::word).collect(Collectors.joining(","))
        + elements.map(e -> " only " + e).orElse("");
  }
}
