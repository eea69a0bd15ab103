package dev.argmap.semantics.dung;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.dung.DungCore;
import dev.argmap.internal.enumeration.ExtensionSink;
import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.util.Deadlines;
import dev.argmap.semantics.AttackGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Dung's extension semantics on an {@link AttackGraph}: the tasks of the ICCMA 2023 competition (credulous and
 * skeptical acceptance of one argument with a {@linkplain Acceptance certificate}, some extension, all extensions)
 * under grounded, complete, preferred, stable, semi-stable, stage and ideal semantics.
 *
 * <p><b>How.</b> Grounded: a counter-and-queue labelling in {@code O(arguments + attacks)} (no recursion, so deep
 * graphs are fine). The others: every complete extension contains the grounded one and avoids what it attacks,
 * so only the arguments the grounded labelling leaves undecided are searched (all arguments for stage, whose
 * extensions need not contain the grounded one), with a built-in incremental CDCL SAT solver that keeps what it
 * learns across the calls of one question. Complete labellings are encoded as clauses; stable and complete
 * extensions are enumerated by a labelling search with propagation in the order of the strongly connected
 * components (the SAT solver with blocking clauses takes over where that search meets too many dead ends);
 * preferred ones are the stable ones plus, by SAT, the complete extensions outside those found, one continued
 * search whose heuristic (arguments IN first) makes every model maximal, each blocking its subsets; semi-stable
 * and stage ones by growing the range of a candidate until no strictly larger one exists. Skeptical preferred, semi-stable and stage acceptance are counterexample-guided loops: a candidate
 * without the argument is grown to a maximal one; if the maximal one still lacks the argument it is the
 * counter-example, else everything below it is blocked. Ideal: the credulously accepted arguments, then a greatest
 * fixpoint. On an acyclic graph nothing is undecided and all semantics give the grounded extension.
 *
 * <p><b>Limits.</b> Deciding credulous preferred acceptance is NP-complete and skeptical preferred acceptance
 * Π2P-complete, so some graphs take exponential time. Each call has a wall-clock {@linkplain
 * Builder#timeBudget time budget} (default 60 s) and enumeration a {@linkplain Builder#maxExtensions cap on the
 * number of extensions} (default 100,000); reaching either throws {@link DungLimitExceededException}, which says
 * which limit was hit and how to raise it. Grounded is never limited. {@link #forEachExtension}, {@link
 * #visitExtensions} and {@link #countExtensions} enumerate without holding the extensions, for frameworks with
 * millions of them; the same limits apply (see {@link #forEachExtension}).
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
   * Returns the time budget of one call, or empty for none.
   *
   * @return the budget (60 s unless set), or empty
   */
  public Optional<Duration> timeBudget() {
    return Optional.ofNullable(timeBudget);
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
    return new Extension(members, Access.semantics().labels(graph));
  }

  /**
   * Enumerates all extensions under a semantics (the ICCMA task EE), collected into a list: {@link
   * #forEachExtension} without holding them is the way for frameworks with very many extensions.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @return the extensions, in no particular order (the order the search finds them; a single one for grounded
   *     and ideal; none if there is no stable extension)
   * @throws DungLimitExceededException if the time budget or the extension cap is reached
   */
  public List<Extension> extensions(AttackGraph graph, DungSemantics semantics) {
    List<Extension> result = new ArrayList<>();
    forEachExtension(graph, semantics, result::add);
    return Collections.unmodifiableList(result);
  }

  /**
   * Hands every extension under a semantics to {@code action} as the search finds it, without holding them:
   * memory stays that of the search however many extensions there are. The extensions are those of {@link
   * #extensions}, each once, in no particular order.
   *
   * <p>The limits apply as to {@link #extensions}: the time budget covers the whole call, the action's time
   * included; the cap counts the extensions handed over, and when the search finds one more than {@link
   * #maxExtensions()} the call throws {@link DungLimitExceededException} after the action has received the first
   * {@code maxExtensions()} (its {@link DungLimitExceededException#extensionsFound()} says how many). A stream
   * holds nothing, so the cap bounds the work rather than the memory here: raise it (up to {@link
   * Integer#MAX_VALUE}) to take every extension. When the time budget passes, the action has received some of
   * the extensions and the call throws.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param action receives each extension; an exception it throws ends the enumeration and propagates
   * @throws DungLimitExceededException if the time budget or the extension cap is reached
   */
  public void forEachExtension(AttackGraph graph, DungSemantics semantics, Consumer<? super Extension> action) {
    Objects.requireNonNull(action, "action");
    visitExtensions(graph, semantics, new Each(action));
  }

  /**
   * As {@link #forEachExtension}, but the visitor can stop the enumeration: when it returns false, nothing more
   * is searched or handed over (so "is there an extension such that ..." costs only the search up to the first
   * one). Limits as for {@link #forEachExtension}.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param visitor receives each extension; returns false to stop
   * @return true if every extension was visited, false if the visitor stopped the enumeration
   * @throws DungLimitExceededException if the time budget or the extension cap is reached first
   */
  public boolean visitExtensions(AttackGraph graph, DungSemantics semantics, Predicate<? super Extension> visitor) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    Objects.requireNonNull(visitor, "visitor");
    return DungCore.enumerate(this, graph, semantics,
        new ToExtensions(visitor, Access.semantics().labels(graph)));
  }

  /**
   * Counts the extensions under a semantics (the ICCMA task CE) without building or holding them. Limits as for
   * {@link #forEachExtension}: more than {@link #maxExtensions()} extensions throw.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @return how many extensions there are (1 for grounded and ideal; 0 if there is no stable extension)
   * @throws DungLimitExceededException if the time budget or the extension cap is reached
   */
  public long countExtensions(AttackGraph graph, DungSemantics semantics) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    Count count = new Count();
    DungCore.enumerate(this, graph, semantics, count);
    return count.count;
  }

  /** Builds an {@link Extension} from each delivered member array for a visitor. */
  private static final class ToExtensions implements ExtensionSink {
    private final Predicate<? super Extension> visitor;
    private final Labels labels;

    ToExtensions(Predicate<? super Extension> visitor, Labels labels) {
      this.visitor = visitor;
      this.labels = labels;
    }

    @Override
    public boolean accept(int[] members, int size) {
      return visitor.test(new Extension(Arrays.copyOf(members, size), labels));
    }
  }

  /** A consumer as a visitor that never stops. */
  private static final class Each implements Predicate<Extension> {
    private final Consumer<? super Extension> action;

    Each(Consumer<? super Extension> action) {
      this.action = action;
    }

    @Override
    public boolean test(Extension e) {
      action.accept(e);
      return true;
    }
  }

  /** Counts the delivered extensions. */
  private static final class Count implements ExtensionSink {
    long count;

    @Override
    public boolean accept(int[] members, int size) {
      count++;
      return true;
    }
  }

  /**
   * Finds one extension under a semantics (the ICCMA task SE), without enumerating the others.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @return an extension; empty only for stable when there is none
   * @throws DungLimitExceededException if the time budget is reached
   */
  public Optional<Extension> someExtension(AttackGraph graph, DungSemantics semantics) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    String what = "finding a " + semantics.id() + " extension";
    int[] e;
    switch (semantics) {
      case GROUNDED:
      case COMPLETE:
        return Optional.of(grounded(graph));
      case PREFERRED:
        e = core(graph).somePreferred(what);
        break;
      case STABLE:
        e = core(graph).someStable(what);
        break;
      case SEMI_STABLE:
        e = core(graph).someRangeMaximal(false, what);
        break;
      case STAGE:
        e = core(graph, false).someRangeMaximal(true, what);
        break;
      case IDEAL:
        e = core(graph).ideal(what);
        break;
      default:
        throw new AssertionError(semantics);
    }
    return e == null ? Optional.empty() : Optional.of(new Extension(e, Access.semantics().labels(graph)));
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
   * Tells whether an argument belongs to at least one extension (the ICCMA task DC). Complete and preferred give
   * the same answer; grounded and ideal, with a single extension, give the same answer as {@link #skeptical}.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return true if some extension contains the argument (false for stable when there is no stable extension)
   * @throws DungLimitExceededException if the time budget is reached
   */
  public boolean credulous(AttackGraph graph, DungSemantics semantics, int argument) {
    return acceptCredulously(graph, semantics, argument).accepted();
  }

  /**
   * Tells whether an argument belongs to every extension (the ICCMA task DS). Complete gives the same answer as
   * grounded. For stable, an argument is vacuously skeptically accepted when there is no stable extension (the
   * ICCMA convention).
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return true if every extension contains the argument
   * @throws DungLimitExceededException if the time budget is reached
   */
  public boolean skeptical(AttackGraph graph, DungSemantics semantics, int argument) {
    return acceptSkeptically(graph, semantics, argument).accepted();
  }

  /**
   * Decides credulous acceptance (ICCMA's DC) with a certificate: when the answer is YES, an extension that
   * contains the argument (for complete, a complete extension; for preferred, a preferred one). For grounded and
   * ideal the certificate is the single extension, whatever the answer.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return the answer and its certificate
   * @throws DungLimitExceededException if the time budget is reached
   */
  public Acceptance acceptCredulously(AttackGraph graph, DungSemantics semantics, int argument) {
    checkArgument(graph, semantics, argument);
    String what = "deciding credulous " + semantics.id() + " acceptance of " + Access.semantics().labels(graph).describe(argument);
    int[] witness;
    switch (semantics) {
      case GROUNDED:
      case IDEAL:
        return unique(graph, semantics, argument, what);
      case COMPLETE:
        witness = core(graph).credulousComplete(argument, what);
        break;
      case PREFERRED:
        witness = core(graph).credulousPreferred(argument, what);
        break;
      case STABLE:
        witness = core(graph).credulousStable(argument, what);
        break;
      case SEMI_STABLE:
        witness = core(graph).rangeMaximalWith(false, argument, true, what);
        break;
      case STAGE:
        witness = core(graph, false).rangeMaximalWith(true, argument, true, what);
        break;
      default:
        throw new AssertionError(semantics);
    }
    return new Acceptance(witness != null, witness == null ? null : new Extension(witness, Access.semantics().labels(graph)));
  }

  /**
   * Decides skeptical acceptance (ICCMA's DS) with a certificate: when the answer is NO, an extension that does
   * not contain the argument. For grounded, complete and ideal the certificate is the single extension that
   * decides the question (the grounded one for complete), whatever the answer. An argument is skeptically
   * accepted under stable when there is no stable extension.
   *
   * @param graph the framework
   * @param semantics the semantics
   * @param argument the argument's index
   * @return the answer and its certificate
   * @throws DungLimitExceededException if the time budget is reached
   */
  public Acceptance acceptSkeptically(AttackGraph graph, DungSemantics semantics, int argument) {
    checkArgument(graph, semantics, argument);
    String what = "deciding skeptical " + semantics.id() + " acceptance of " + Access.semantics().labels(graph).describe(argument);
    int[] counterexample;
    switch (semantics) {
      case GROUNDED:
      case COMPLETE: // the grounded extension is the least complete one
        return unique(graph, DungSemantics.GROUNDED, argument, what);
      case IDEAL:
        return unique(graph, semantics, argument, what);
      case PREFERRED:
        counterexample = core(graph).skepticalPreferred(argument, what);
        break;
      case STABLE:
        counterexample = core(graph).skepticalStable(argument, what);
        break;
      case SEMI_STABLE:
        counterexample = core(graph).rangeMaximalWith(false, argument, false, what);
        break;
      case STAGE:
        counterexample = core(graph, false).rangeMaximalWith(true, argument, false, what);
        break;
      default:
        throw new AssertionError(semantics);
    }
    return new Acceptance(
        counterexample == null, counterexample == null ? null : new Extension(counterexample, Access.semantics().labels(graph)));
  }

  private Acceptance unique(AttackGraph graph, DungSemantics semantics, int argument, String what) {
    Extension e = semantics == DungSemantics.GROUNDED ? grounded(graph)
        : new Extension(core(graph).ideal(what), Access.semantics().labels(graph));
    return new Acceptance(e.contains(argument), e);
  }

  private DungCore core(AttackGraph graph) {
    return core(graph, true);
  }

  private DungCore core(AttackGraph graph, boolean reduce) {
    return new DungCore(graph, reduce, Deadlines.after(timeBudget()), maxExtensions, describe(timeBudget));
  }

  private static void checkArgument(AttackGraph graph, DungSemantics semantics, int argument) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    if (argument < 0 || argument >= graph.size()) {
      throw new IndexOutOfBoundsException(
          "argument index " + argument + " out of range [0, " + graph.size() + ")");
    }
  }

  private static String describe(Duration d) {
    return DungCore.budgetText(Optional.ofNullable(d));
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
     * @param budget positive; {@link #noTimeBudget()} for none
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
     * Removes the time budget: enumerations and acceptance queries run until they finish or reach the extension limit.
     *
     * @return this builder
     */
    public Builder noTimeBudget() {
      this.timeBudget = null;
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
