package dev.argmap.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Dung's extension semantics on an {@link AttackGraph}: the grounded extension, all complete, preferred or stable
 * extensions, and credulous / skeptical acceptance of one argument.
 *
 * <p><b>How.</b> Grounded: a counter-and-queue labelling in {@code O(arguments + attacks)} (no recursion, so deep
 * graphs are fine). The others: every complete extension contains the grounded one and avoids what it attacks,
 * so only the arguments the grounded labelling leaves undecided are searched, with a built-in CDCL SAT solver:
 * complete labellings are encoded as clauses; stable and complete extensions are enumerated with blocking
 * clauses; preferred ones by growing each complete extension until no strictly larger one exists and then
 * blocking its subsets. On an acyclic graph nothing is undecided and all four semantics give the grounded
 * extension in linear time.
 *
 * <p><b>Limits.</b> Deciding credulous preferred acceptance is NP-complete and skeptical preferred acceptance
 * Π2P-complete, so some graphs take exponential time. Each call has a wall-clock {@linkplain
 * Builder#timeBudget time budget} (default 60 s) and enumeration a {@linkplain Builder#maxExtensions cap on the
 * number of extensions} (default 100,000); reaching either throws {@link DungLimitExceededException}, which says
 * which limit was hit and how to raise it. Grounded is never limited.
 *
 * <p>Immutable and thread-safe: each call uses its own solver state.
 */
public final class DungSolver {
  private static final DungSolver DEFAULT = builder().build();

  private final Duration timeBudget;
  private final int maxExtensions;

  private DungSolver(Builder b) {
    this.timeBudget = b.timeBudget;
    this.maxExtensions = b.maxExtensions;
  }

  /**
   * Returns a solver with the default limits: 60 s per call, 100,000 extensions.
   *
   * @return the default solver
   */
  public static DungSolver create() {
    return DEFAULT;
  }

  /**
   * Returns a builder starting from the default limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the time budget of one call.
   *
   * @return the budget
   */
  public Duration timeBudget() {
    return timeBudget;
  }

  /**
   * Returns the largest number of extensions one enumeration may return.
   *
   * @return the cap
   */
  public int maxExtensions() {
    return maxExtensions;
  }

  /**
   * Computes the grounded extension in linear time.
   *
   * @param graph the framework
   * @return the grounded extension
   */
  public Extension grounded(AttackGraph graph) {
    Objects.requireNonNull(graph, "graph");
    byte[] lab = DungCore.grounded(graph);
    int count = 0;
    for (byte b : lab) {
      if (b == DungCore.IN) {
        count++;
      }
    }
    int[] members = new int[count];
    int w = 0;
    for (int i = 0; i < lab.length; i++) {
      if (lab[i] == DungCore.IN) {
        members[w++] = i;
      }
    }
    return new Extension(members, graph.labels);
  }

  /**
   * Enumerates all extensions under a semantics.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @return the extensions, in no particular order (a single one for grounded; none if there is no stable
   *     extension)
   * @throws DungLimitExceededException if the time budget or the extension cap is reached
   */
  public List<Extension> extensions(AttackGraph graph, DungSemantics semantics) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    if (semantics == DungSemantics.GROUNDED) {
      return List.of(grounded(graph));
    }
    DungCore core = core(graph);
    String what = "enumerating " + semantics.id() + " extensions";
    List<int[]> raw;
    switch (semantics) {
      case COMPLETE:
        raw = core.complete(what);
        break;
      case PREFERRED:
        raw = core.preferred(what);
        break;
      case STABLE:
        raw = core.stable(what);
        break;
      default:
        throw new AssertionError(semantics);
    }
    List<Extension> result = new ArrayList<>(raw.size());
    for (int[] e : raw) {
      result.add(new Extension(e, graph.labels));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Enumerates the complete extensions.
   *
   * @param graph the framework
   * @return all complete extensions
   * @throws DungLimitExceededException if a limit is reached
   */
  public List<Extension> complete(AttackGraph graph) {
    return extensions(graph, DungSemantics.COMPLETE);
  }

  /**
   * Enumerates the preferred extensions.
   *
   * @param graph the framework
   * @return all preferred extensions (at least one, possibly empty)
   * @throws DungLimitExceededException if a limit is reached
   */
  public List<Extension> preferred(AttackGraph graph) {
    return extensions(graph, DungSemantics.PREFERRED);
  }

  /**
   * Enumerates the stable extensions.
   *
   * @param graph the framework
   * @return all stable extensions; empty if there is none
   * @throws DungLimitExceededException if a limit is reached
   */
  public List<Extension> stable(AttackGraph graph) {
    return extensions(graph, DungSemantics.STABLE);
  }

  /**
   * Tells whether an argument belongs to at least one extension. Complete and preferred give the same answer.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return true if some extension contains the argument (false for stable when there is no stable extension)
   * @throws DungLimitExceededException if the time budget is reached
   */
  public boolean credulous(AttackGraph graph, DungSemantics semantics, int argument) {
    checkArgument(graph, semantics, argument);
    String what = "deciding credulous " + semantics.id() + " acceptance of " + graph.labels.describe(argument);
    switch (semantics) {
      case GROUNDED:
        return DungCore.grounded(graph)[argument] == DungCore.IN;
      case COMPLETE:
      case PREFERRED:
        return core(graph).credulousPreferred(argument, what);
      case STABLE:
        return core(graph).credulousStable(argument, what);
      default:
        throw new AssertionError(semantics);
    }
  }

  /**
   * Tells whether an argument belongs to every extension. Complete gives the same answer as grounded. For stable,
   * an argument is vacuously skeptically accepted when there is no stable extension (the ICCMA convention).
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return true if every extension contains the argument
   * @throws DungLimitExceededException if the time budget is reached
   */
  public boolean skeptical(AttackGraph graph, DungSemantics semantics, int argument) {
    checkArgument(graph, semantics, argument);
    String what = "deciding skeptical " + semantics.id() + " acceptance of " + graph.labels.describe(argument);
    switch (semantics) {
      case GROUNDED:
      case COMPLETE:
        return DungCore.grounded(graph)[argument] == DungCore.IN;
      case PREFERRED:
        return core(graph).skepticalPreferred(argument, what);
      case STABLE:
        return core(graph).skepticalStable(argument, what);
      default:
        throw new AssertionError(semantics);
    }
  }

  private DungCore core(AttackGraph graph) {
    long now = System.nanoTime();
    long nanos = timeBudget.toNanos();
    long deadline = nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    return new DungCore(graph, deadline, maxExtensions, describe(timeBudget));
  }

  private static void checkArgument(AttackGraph graph, DungSemantics semantics, int argument) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    if (argument < 0 || argument >= graph.n) {
      throw new IndexOutOfBoundsException(
          "argument index " + argument + " out of range [0, " + graph.n + ")");
    }
  }

  private static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  @Override
  public String toString() {
    return "DungSolver[timeBudget=" + describe(timeBudget) + ", maxExtensions=" + maxExtensions + "]";
  }

  /** Builder of {@link DungSolver}; starts from the defaults (60 s, 100,000 extensions). */
  public static final class Builder {
    private Duration timeBudget = Duration.ofSeconds(60);
    private int maxExtensions = 100_000;

    private Builder() {}

    /**
     * Sets the wall-clock budget of one call (enumeration or acceptance query).
     *
     * @param budget positive; {@code Duration.ofSeconds(Long.MAX_VALUE)} for practically none
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeBudget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("time budget must be positive but was " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /**
     * Sets the largest number of extensions one enumeration may return.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxExtensions(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxExtensions must be at least 1 but was " + max);
      }
      this.maxExtensions = max;
      return this;
    }

    /**
     * Builds the solver.
     *
     * @return the immutable solver
     */
    public DungSolver build() {
      return new DungSolver(this);
    }
  }
}
