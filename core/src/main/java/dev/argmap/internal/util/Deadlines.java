package dev.argmap.internal.util;

import java.time.Duration;
import java.util.Optional;

/** Time budgets as {@link System#nanoTime()} deadlines, the one place that clamps the addition. */
public final class Deadlines {
  private Deadlines() {}

  /**
   * Returns the {@link System#nanoTime()} value after which a budget starting now has run out.
   *
   * @param budget the budget, or empty for none
   * @return the deadline, or {@link Long#MAX_VALUE} for no budget or one too long to represent
   */
  public static long after(Optional<Duration> budget) {
    if (budget.isEmpty()) {
      return Long.MAX_VALUE;
    }
    long now = System.nanoTime();
    long nanos = budget.get().toNanos();
    return nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
  }
}
