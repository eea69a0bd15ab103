package dev.argmap.scoring.explain;

import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.MapScorer;
import dev.argmap.semantics.GradualSemantics;
import com.google.common.collect.ImmutableList;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The smallest change found that brings a statement's score to a {@link Target}
 * ({@link MapScorer#minimalChange}), with its cost, the score it reaches and how it was found. Immutable.
 *
 * <p><b>Cost</b> is the L1 distance: the sum over the changed numbers of {@code |new value - old value|};
 * removing an argument costs its weight, which is what setting its weight to 0 would cost (a removal also
 * silences the argument's own supporters, which a weight of 0 does not). All knobs are in [0, 1], so the costs
 * of different kinds are comparable: moving an evidence weight from 0.8 to 0.5 costs as much as moving a
 * source's credibility from 0.6 to 0.9.
 *
 * <p><b>Method.</b> With at most three movable knobs the search is {@link Method#EXACT}: every single knob is
 * solved along its own axis (scan and bisection) and combinations by a lattice search; with more it is
 * {@link Method#HEURISTIC}: a greedy search, never worse than the best single knob. {@link #lowerBound()} is a
 * proved lower bound on the optimum under DF-QuAD on acyclic maps. {@code docs/counterfactuals.md} states
 * exactly what each guarantees.
 */
public final class MinimalChange {
  /** How the change was searched for. */
  public enum Method {
    /** At most three knobs: every single knob along its axis, and every lattice combination. */
    EXACT,
    /** More knobs: greedy, never worse than the best single knob; see {@link #lowerBound()}. */
    HEURISTIC
  }

  /** Whether a change was needed and found. */
  public enum Outcome {
    /** The score already meets the target; nothing changes. */
    ALREADY_MET,
    /** A change that meets the target was found. */
    FOUND,
    /** No change was found; proved impossible only when {@link #lowerBound()} is infinite. */
    NOT_FOUND
  }

  /**
   * One changed number.
   *
   * @param kind what kind of number
   * @param element the identifier of the evidence item, source or argument
   * @param from its value now (for removal: the argument's weight)
   * @param to its value after the change (for removal: 0, the argument is gone)
   */
  public record Change(KnobKind kind, String element, double from, double to) {
    /**
     * Checks the values.
     *
     * @param kind the kind part
     * @param element the element part
     * @param from the from part
     * @param to the to part
     * @throws NullPointerException if kind or element is null
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(element, "element");
    }

    /**
     * Returns what this change costs: {@code |to - from|}, or the weight for a removal.
     *
     * @return the cost
     */
    public double cost() {
      return Math.abs(to - from);
    }

    /**
     * Returns the evidence item changed, if this is an evidence weight.
     *
     * @return the identifier
     */
    public Optional<EvidenceId> evidence() {
      return kind == KnobKind.EVIDENCE_WEIGHT ? Optional.of(EvidenceId.of(element)) : Optional.empty();
    }

    /**
     * Returns the source changed, if this is a credibility.
     *
     * @return the identifier
     */
    public Optional<SourceId> source() {
      return kind == KnobKind.SOURCE_CREDIBILITY ? Optional.of(SourceId.of(element)) : Optional.empty();
    }

    /**
     * Returns the argument changed or removed, if this is an argument weight or a removal.
     *
     * @return the identifier
     */
    public Optional<ArgumentId> argument() {
      return kind == KnobKind.ARGUMENT_WEIGHT || kind == KnobKind.ARGUMENT_REMOVAL
          ? Optional.of(ArgumentId.of(element)) : Optional.empty();
    }

    /**
     * Returns the change in words, e.g. "evidence e1: weight 0.4 -> 0.8".
     *
     * @return the words
     */
    public String toWords() {
      switch (kind) {
        case EVIDENCE_WEIGHT:
          return String.format(Locale.ROOT, "evidence %s: weight %.4f -> %.4f", element, from, to);
        case SOURCE_CREDIBILITY:
          return String.format(Locale.ROOT, "source %s: credibility %.4f -> %.4f", element, from, to);
        case ARGUMENT_WEIGHT:
          return String.format(Locale.ROOT, "argument %s: weight %.4f -> %.4f", element, from, to);
        default:
          return String.format(Locale.ROOT, "argument %s: removed (weight %.4f)", element, from);
      }
    }
  }

  /**
   * A chosen knob that was not moved, and why (typically: it is not upstream of the statement, so it cannot
   * change its score).
   *
   * @param kind what kind of number
   * @param element its element's identifier
   * @param reason why it was skipped
   */
  public record Skipped(KnobKind kind, String element, String reason) {
    /**
     * Checks the values.
     *
     * @param kind the kind part
     * @param element the element part
     * @param reason the reason part
     * @throws NullPointerException if any is null
     */
    public Skipped {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final StatementId statement;
  private final Target target;
  private final GradualSemantics semantics;
  private final double scoreBefore;
  private final Outcome outcome;
  private final ImmutableList<Change> changes;
  private final double cost;
  private final double scoreAfter;
  private final Method method;
  private final OptionalDouble lowerBound;
  private final OptionalDouble bestSingleKnobCost;
  private final int movableKnobs;
  private final ImmutableList<Skipped> skipped;
  private final long evaluations;
  private final boolean budgetExhausted;

  private MinimalChange(Counterfactuals cf, Target target, Outcome outcome, double[] state, double scoreAfter,
      boolean exact, double bestSingle) {
    this.statement = cf.statement;
    this.target = target;
    this.semantics = cf.scorer.semantics();
    this.scoreBefore = cf.score0;
    this.outcome = outcome;
    List<Change> list = new ArrayList<>();
    if (state != null) {
      for (int j = 0; j < state.length; j++) {
        Counterfactuals.Knob k = cf.knobs.get(j);
        if (state[j] == k.current) {
          continue;
        }
        list.add(k.continuous() ? new Change(k.kind, k.element, k.current, state[j])
            : new Change(k.kind, k.element, k.removalCost, 0.0));
      }
    }
    list.sort((a, b) -> Double.compare(b.cost(), a.cost()));
    this.changes = ImmutableList.copyOf(list);
    this.cost = list.stream().mapToDouble(Change::cost).sum();
    this.scoreAfter = scoreAfter;
    this.method = exact ? Method.EXACT : Method.HEURISTIC;
    this.lowerBound = cf.lowerBound(target);
    this.bestSingleKnobCost = Double.isFinite(bestSingle) ? OptionalDouble.of(bestSingle) : OptionalDouble.empty();
    this.movableKnobs = cf.knobs.size();
    this.skipped = cf.skipped;
    this.evaluations = cf.evaluations;
    this.budgetExhausted = cf.exhausted;
  }

  static MinimalChange search(Counterfactuals cf, Target target) {
    boolean exact = cf.knobs.size() <= Counterfactuals.EXACT_KNOB_LIMIT;
    if (target.isMetBy(cf.score0)) {
      return new MinimalChange(cf, target, Outcome.ALREADY_MET, null, cf.score0, exact, 0.0);
    }
    Counterfactuals.Found found = cf.search(target);
    if (found.state() == null) {
      return new MinimalChange(cf, target, Outcome.NOT_FOUND, null, cf.score0, found.exact(),
          found.bestSingleCost());
    }
    double reached = cf.score(found.state());
    return new MinimalChange(cf, target, target.isMetBy(reached) ? Outcome.FOUND : Outcome.NOT_FOUND,
        found.state(), reached, found.exact(), found.bestSingleCost());
  }

  /**
   * Returns the statement whose score is to change.
   *
   * @return the statement
   */
  public StatementId statement() {
    return statement;
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the semantics.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the statement's score now.
   *
   * @return the score before any change
   */
  public double scoreBefore() {
    return scoreBefore;
  }

  /**
   * Returns whether a change was needed and found.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Tells whether the target is met, now or after the changes.
   *
   * @return true unless {@link Outcome#NOT_FOUND}
   */
  public boolean reachable() {
    return outcome != Outcome.NOT_FOUND;
  }

  /**
   * Returns the changes, most costly first; empty when the target is already met or no change was found.
   *
   * @return the changes
   */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * Returns the cost of the changes: the sum of {@link Change#cost()}.
   *
   * @return the L1 cost; 0 without changes
   */
  public double cost() {
    return cost;
  }

  /**
   * Returns the statement's score after the changes (the score now without changes).
   *
   * @return the score reached
   */
  public double scoreAfter() {
    return scoreAfter;
  }

  /**
   * Returns how the change was searched for.
   *
   * @return exact or heuristic
   */
  public Method method() {
    return method;
  }

  /**
   * Returns a lower bound on the cost of every change that meets the target, proved under DF-QuAD on an
   * acyclic map (the score's Lipschitz bound along dependency paths); infinite when no chosen knob can move the
   * score at all.
   *
   * @return the bound, or empty for other semantics and cyclic maps
   */
  public OptionalDouble lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the cost of the cheapest change of one knob alone that meets the target; an upper bound on the
   * optimum that the answer never exceeds.
   *
   * @return the cost, or empty if no single knob does it (or the target is already met: 0)
   */
  public OptionalDouble bestSingleKnobCost() {
    return bestSingleKnobCost;
  }

  /**
   * Returns how many knobs could move: the chosen ones upstream of the statement.
   *
   * @return the number of movable knobs
   */
  public int movableKnobs() {
    return movableKnobs;
  }

  /**
   * Returns the chosen knobs that were not moved because they cannot change the statement's score.
   *
   * @return the skipped knobs, with reasons
   */
  public ImmutableList<Skipped> skipped() {
    return skipped;
  }

  /**
   * Returns how many scorings the search took.
   *
   * @return the number of evaluations
   */
  public long evaluations() {
    return evaluations;
  }

  /**
   * Tells whether the evaluation budget ran out, in which case the answer is the best found before it did.
   *
   * @return true if the budget was hit
   */
  public boolean budgetExhausted() {
    return budgetExhausted;
  }

  /**
   * Applies the changes to the map they were computed on, giving the map whose score meets the target (the
   * map rebuilt and validated, as {@link WhatIf} does).
   *
   * @param map the map this result was computed on
   * @return the edited map
   * @throws IllegalArgumentException if the map lacks a changed element
   */
  public ArgumentMap applyTo(ArgumentMap map) {
    Objects.requireNonNull(map, "map");
    ArgumentMap m = map;
    for (Change c : changes) {
      switch (c.kind()) {
        case EVIDENCE_WEIGHT:
          m = MapEdits.withEvidenceWeight(m, EvidenceId.of(c.element()), c.to());
          break;
        case SOURCE_CREDIBILITY:
          m = MapEdits.withSourceCredibility(m, SourceId.of(c.element()), c.to());
          break;
        case ARGUMENT_WEIGHT:
          m = MapEdits.withArgumentWeight(m, ArgumentId.of(c.element()), c.to());
          break;
        default:
          break;
      }
    }
    // removals last: an argument removed with another's closure must not be looked up after it is gone
    for (Change c : changes) {
      if (c.kind() == KnobKind.ARGUMENT_REMOVAL && m.argument(ArgumentId.of(c.element())).isPresent()) {
        m = MapEdits.withoutArgument(m, ArgumentId.of(c.element()));
      }
    }
    return m;
  }

  /**
   * Returns the result in plain text: the target, the changes, the cost, the score reached and the method with
   * its bounds.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Minimal change to bring %s to %s (%s, now %.4f):%n", statement,
        target.toWords(), semantics.id(), scoreBefore));
    switch (outcome) {
      case ALREADY_MET:
        sb.append("  already met: nothing to change\n");
        break;
      case NOT_FOUND:
        if (lowerBound.isPresent() && lowerBound.getAsDouble() == Double.POSITIVE_INFINITY) {
          sb.append("  unreachable: none of the chosen knobs can move the score\n");
        } else {
          sb.append("  not reachable with the chosen knobs (no change found)\n");
        }
        break;
      default:
        for (Change c : changes) {
          sb.append("  ").append(c.toWords()).append(String.format(Locale.ROOT, "  (cost %.4f)%n", c.cost()));
        }
        sb.append(String.format(Locale.ROOT, "  cost %.4f, score reached %s%n", cost,
            nearThreshold(scoreAfter, target.threshold())));
    }
    sb.append("  method ").append(method);
    if (lowerBound.isPresent() && Double.isFinite(lowerBound.getAsDouble()) && outcome == Outcome.FOUND) {
      sb.append(String.format(Locale.ROOT, "; the cheapest change costs at least %.4f", lowerBound.getAsDouble()));
    }
    if (bestSingleKnobCost.isPresent() && outcome == Outcome.FOUND) {
      sb.append(String.format(Locale.ROOT, "; best single knob costs %.4f", bestSingleKnobCost.getAsDouble()));
    }
    sb.append(String.format(Locale.ROOT, "%n  %d knobs movable, %d skipped (cannot reach %s); %d scorings%s%n",
        movableKnobs, skipped.size(), statement, evaluations,
        budgetExhausted ? "; BUDGET EXHAUSTED: the best found before it ran out" : ""));
    return sb.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  /**
   * Four decimals, or "just below 0.5000" / "just above 0.5000" for a score that has just crossed its threshold
   * and would otherwise print as the threshold itself.
   */
  static String nearThreshold(double score, double threshold) {
    String text = String.format(Locale.ROOT, "%.4f", score);
    if (score != threshold && text.equals(String.format(Locale.ROOT, "%.4f", threshold))) {
      return (score < threshold ? "just below " : "just above ") + text;
    }
    return text;
  }
}
