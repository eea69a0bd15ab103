package dev.argmap.interop;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a conversion to one format leaves out of one map, counted by kind, in the order of {@link Loss.Kind}.
 * Empty when the format holds the whole map. Its {@link #toString()} reads, for example, {@code 5 evidence
 * items, 2 sources}, or {@code nothing} when empty.
 *
 * @param format the format written
 * @param losses what is lost, at most one entry per kind
 */
public record LossReport(Format format, ImmutableList<Loss> losses) {
  /**
   * Checks the parts.
   *
   * @param format the format written
   * @param losses what is lost
   * @throws IllegalArgumentException if a kind is listed twice
   */
  public LossReport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(losses, "losses");
    if (losses.stream().map(Loss::kind).distinct().count() != losses.size()) {
      throw new IllegalArgumentException("a loss report lists each kind once but has " + losses);
    }
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

  /** Returns the losses in words, as {@code 5 evidence items, 2 sources}, or {@code nothing}. */
  @Override
  public String toString() {
    return losses.isEmpty() ? "nothing"
        : losses.stream().map(Loss::toString).collect(Collectors.joining(", "));
  }
}
