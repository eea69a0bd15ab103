package dev.argmap.scoring;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.StatementId;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The default base score of a statement, from its evidence ({@link BaseScoreStrategy#evidence()}).
 *
 * <p>Each evidence item on the statement contributes {@code c = weight x credibility}, its weight times the
 * credibility of its {@linkplain Evidence#source() source}. Supporting items are combined by probabilistic sum,
 * {@code S = 1 - prod(1 - c)}, undermining items likewise into {@code U}, and
 * {@code base = 0.5 + 0.5 (S - U)}. A statement without evidence gets 0.5, the neutral prior; one supporting
 * item of weight 0.8 from a source of credibility 0.75 gives {@code c = 0.6} and base 0.8.
 *
 * <ul>
 *   <li><b>Cited works.</b> When an evidence item names a {@linkplain Evidence#citedWork() cited work}, the
 *       credibility used is still that of the source it was found in. The map records the quote as it stands in
 *       that source; the source is what vouches for the claim, including for its reading of the work it cites,
 *       and the weighting rules already reward a traceable citation in the evidence weight (rule W2 against
 *       W2u). Using the cited work's credibility as well would count the citation twice.
 *   <li><b>Copies.</b> Copies of one source are one source by construction: evidence points at a source, not at
 *       a copy, so a repost never adds credibility or a second contribution.
 *   <li><b>Several quotes from one source</b> on one statement each count, as independent items of the
 *       probabilistic sum: they are different passages. This can overstate a single source that repeats itself;
 *       keep one quote per point when that matters.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EvidenceBaseScore implements BaseScoreStrategy {
  static final EvidenceBaseScore INSTANCE = new EvidenceBaseScore();

  private EvidenceBaseScore() {}

  /**
   * Returns the strategy; the same as {@link BaseScoreStrategy#evidence()}.
   *
   * @return the strategy
   */
  public static EvidenceBaseScore instance() {
    return INSTANCE;
  }

  @Override
  public double baseScore(ArgumentMap map, StatementId statement) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(statement, "statement");
    return combine(map, statement, e -> contribution(map, e));
  }

  /** The base score with each item's contribution given by {@code c}; the one place the rule is computed. */
  static double combine(ArgumentMap map, StatementId statement, ToDoubleFunction<Evidence> contribution) {
    double notS = 1.0;
    double notU = 1.0;
    for (Evidence e : map.evidenceOf(statement)) {
      double c = contribution.applyAsDouble(e);
      if (e.polarity() == Polarity.SUPPORTS) {
        notS *= 1.0 - c;
      } else {
        notU *= 1.0 - c;
      }
    }
    double s = 1.0 - notS;
    double u = 1.0 - notU;
    return 0.5 + 0.5 * (s - u);
  }

  /**
   * Returns what one evidence item contributes: its weight times the credibility of the source it was found in
   * (not of the work it cites).
   *
   * @param map the map holding the evidence
   * @param evidence an evidence item of the map
   * @return {@code weight x credibility}, in [0, 1]
   * @throws IllegalArgumentException if the map has no source with the evidence's source identifier
   */
  public static double contribution(ArgumentMap map, Evidence evidence) {
    Source s = map.source(evidence.source()).orElseThrow(() -> new IllegalArgumentException(
        "evidence " + evidence.id() + " names source " + evidence.source() + ", which the map does not hold"));
    return evidence.weight() * s.credibility();
  }

  @Override
  public String toString() {
    return "EvidenceBaseScore";
  }
}
