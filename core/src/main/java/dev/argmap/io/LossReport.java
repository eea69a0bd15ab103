package dev.argmap.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What writing one map in one format leaves out of it, counted by kind, in the order of {@link Loss.Kind}.
 * Empty when the format holds the whole map. Its {@link #toString()} reads, for example, {@code 5 evidence
 * items, 2 sources}, or {@code nothing} when empty.
 *
 * @param losses what is lost, at most one entry per kind, in the order of the kinds
 */
public record LossReport(ImmutableList<Loss> losses) {
  private static final LossReport NONE = new LossReport(ImmutableList.of());

  /**
   * Checks the parts and puts the losses in the order of their kinds.
   *
   * @param losses what is lost
   * @throws IllegalArgumentException if a kind is listed twice
   */
  public LossReport {
    Objects.requireNonNull(losses, "losses");
    if (losses.stream().map(Loss::kind).distinct().count() != losses.size()) {
      throw new IllegalArgumentException("a loss report lists each kind once but has " + losses);
    }
    losses = ImmutableList.sortedCopyOf(Comparator.comparing(Loss::kind), losses);
  }

  /**
   * Returns the report that nothing is lost.
   *
   * @return the empty report
   */
  public static LossReport none() {
    return NONE;
  }

  /**
   * Returns the report of counts by kind; kinds counted 0 are left out.
   *
   * @param counts how many of each kind are lost
   * @return the report
   * @throws IllegalArgumentException if a count is negative
   */
  public static LossReport of(Map<Loss.Kind, Integer> counts) {
    Map<Loss.Kind, Integer> ordered = new EnumMap<>(Loss.Kind.class);
    ordered.putAll(Objects.requireNonNull(counts, "counts"));
    ImmutableList.Builder<Loss> losses = ImmutableList.builder();
    ordered.forEach((kind, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException("a loss counts at least 0 but " + kind + " was " + count);
      }
      if (count > 0) {
        losses.add(new Loss(kind, count));
      }
    });
    return new LossReport(losses.build());
  }

  /**
   * Returns whether nothing is lost.
   *
   * @return true when the format holds the whole map
   */
  public boolean isEmpty() {
    return losses.isEmpty();
  }

  /**
   * Returns how much of one kind is lost.
   *
   * @param kind the kind
   * @return the count, 0 when none
   */
  public int count(Loss.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return losses.stream().filter(l -> l.kind() == kind).mapToInt(Loss::count).sum();
  }

  /**
   * Returns the counts by kind, in the order of the kinds.
   *
   * @return how many of each kind are lost; kinds not lost are absent
   */
  public ImmutableMap<Loss.Kind, Integer> counts() {
    return losses.stream().collect(ImmutableMap.toImmutableMap(Loss::kind, Loss::count));
  }

  /** Returns the losses in words, as {@code 5 evidence items, 2 sources}, or {@code nothing}. */
  @Override
  public String toString() {
    return losses.isEmpty() ? "nothing"
        : losses.stream().map(Loss::toString).collect(Collectors.joining(", "));
  }
}
