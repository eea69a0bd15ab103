package dev.argmap.scoring.explain;

import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.scoring.MapScorer;
import com.google.common.collect.ImmutableList;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How robust the answer to "is the statement accepted at the threshold?" is ({@link MapScorer#robustness}):
 * whether it is accepted now ({@code score >= threshold}), how far each knob can move alone before the answer
 * flips, and the smallest joint change that flips it. Immutable.
 *
 * <p>A knob's <em>margin</em> is the smallest {@code |new value - old value|} (for a removal, the argument's
 * weight) at which the answer flips with every other knob unchanged, found as in {@link MinimalChange} for one
 * knob; a knob that cannot flip it anywhere in [0, 1] has no margin.
 */
public final class Robustness {
  /**
   * How far one knob can move alone before the answer flips.
   *
   * @param kind what kind of number
   * @param element the identifier of the evidence item, source or argument
   * @param value its value now (for removal: the argument's weight)
   * @param flipsAt the nearest value at which the answer flips (for removal: 0, removed), or empty if it never
   *     flips within [0, 1]
   * @param margin {@code |flipsAt - value|} (for removal: the weight), or infinity if it never flips
   */
  public record KnobMargin(KnobKind kind, String element, double value, OptionalDouble flipsAt, double margin) {
    /**
     * Checks the values.
     *
     * @param kind the kind part
     * @param element the element part
     * @param value the value part
     * @param flipsAt the flipsAt part
     * @param margin the margin part
     * @throws NullPointerException if kind, element or flipsAt is null
     */
    public KnobMargin {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(flipsAt, "flipsAt");
    }

    /**
     * Tells whether moving this knob alone can flip the answer.
     *
     * @return true if it flips somewhere in [0, 1]
     */
    public boolean flips() {
      return flipsAt.isPresent();
    }
  }

  private final StatementId statement;
  private final double threshold;
  private final double score;
  private final ImmutableList<KnobMargin> margins;
  private final MinimalChange smallestFlip;

  private Robustness(StatementId statement, double threshold, double score, ImmutableList<KnobMargin> margins,
      MinimalChange smallestFlip) {
    this.statement = statement;
    this.threshold = threshold;
    this.score = score;
    this.margins = margins;
    this.smallestFlip = smallestFlip;
  }

  static Robustness of(Counterfactuals cf, double threshold) {
    Target flip = cf.score0 >= threshold ? Target.below(threshold) : Target.atLeast(threshold);
    double[] single = cf.singles(flip);
    List<KnobMargin> list = new ArrayList<>();
    for (int j = 0; j < single.length; j++) {
      Counterfactuals.Knob k = cf.knobs.get(j);
      double value = k.continuous() ? k.current : k.removalCost;
      if (Double.isNaN(single[j])) {
        list.add(new KnobMargin(k.kind, k.element, value, OptionalDouble.empty(), Double.POSITIVE_INFINITY));
      } else {
        list.add(new KnobMargin(k.kind, k.element, value,
            OptionalDouble.of(k.continuous() ? single[j] : 0.0), k.cost(single[j])));
      }
    }
    list.sort(Comparator.comparingDouble(KnobMargin::margin));
    MinimalChange joint = MinimalChange.search(cf, flip);
    return new Robustness(cf.statement, threshold, cf.score0, ImmutableList.copyOf(list), joint);
  }

  /**
   * Returns the statement.
   *
   * @return the statement
   */
  public StatementId statement() {
    return statement;
  }

  /**
   * Returns the acceptance threshold.
   *
   * @return in [0, 1]
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the statement's score now.
   *
   * @return the score
   */
  public double score() {
    return score;
  }

  /**
   * Tells whether the statement is accepted now: {@code score >= threshold}.
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return score >= threshold;
  }

  /**
   * Returns every movable knob's margin, smallest first (knobs that never flip the answer last).
   *
   * @return the margins
   */
  public ImmutableList<KnobMargin> margins() {
    return margins;
  }

  /**
   * Returns the smallest joint change that flips the answer, as {@link MapScorer#minimalChange} finds it.
   *
   * @return the change
   */
  public MinimalChange smallestFlip() {
    return smallestFlip;
  }

  /**
   * Returns the robustness in plain text: the answer now, the {@code k} smallest knob margins and how many never
   * flip it, and the smallest joint flip.
   *
   * @param k the most knob margins to list
   * @return the text
   */
  public String toText(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0 but was " + k);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s scores %.4f, so it is %s at %s.%n", statement, score,
        accepted() ? "accepted" : "not accepted", Target.number(threshold)));
    long never = margins.stream().filter(m -> !m.flips()).count();
    List<KnobMargin> flipping = margins.stream().filter(KnobMargin::flips).limit(k).toList();
    if (flipping.isEmpty()) {
      sb.append("No single knob flips the answer on its own.\n");
    } else {
      sb.append("Knobs that flip it on their own, smallest move first:\n");
      for (KnobMargin m : flipping) {
        sb.append(m.kind() == KnobKind.ARGUMENT_REMOVAL
            ? String.format(Locale.ROOT, "  remove argument %s (weight %.4f)%n", m.element(), m.value())
            : String.format(Locale.ROOT, "  %s %s: %.4f -> %.4f (by %.4f)%n", kindWords(m.kind()), m.element(),
                m.value(), m.flipsAt().getAsDouble(), m.margin()));
      }
    }
    sb.append(String.format(Locale.ROOT, "%d of %d movable knobs never flip it on their own.%n", never,
        margins.size()));
    sb.append(smallestFlip.toText());
    return sb.toString();
  }

  static String kindWords(KnobKind kind) {
    switch (kind) {
      case EVIDENCE_WEIGHT:
        return "weight of evidence";
      case SOURCE_CREDIBILITY:
        return "credibility of source";
      case ARGUMENT_WEIGHT:
        return "weight of argument";
      default:
        return "removal of argument";
    }
  }

  @Override
  public String toString() {
    return toText(10);
  }
}
