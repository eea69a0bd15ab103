package dev.argmap.exercises;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the generators share: the map, the options, the thesis, the facts about the map and the scores. */
final class Context {
  final ArgumentMap map;
  final ExerciseOptions options;
  final Difficulty difficulty;
  final Statement thesis;
  final MapFacts facts;
  final MapScorer scorer;
  /** Checks every question before it goes on the sheet; shared by the generators of one sheet. */
  final QuestionChecker checker = new QuestionChecker();
  private MapScores scores;
  private boolean scored;
  private final Map<StatementId, Contributions<ElementId>> shares = new HashMap<>();

  Context(ArgumentMap map, ExerciseOptions options, Statement thesis) {
    this.map = map;
    this.options = options;
    this.difficulty = options.difficulty();
    this.thesis = thesis;
    this.facts = new MapFacts(map);
    this.scorer = MapScorer.of(options.semantics()).withContributionOptions(shareOptions(options.seed()));
  }

  Rand random(ExerciseType type) {
    return new Rand(options.seed(), type.ordinal());
  }

  /** The scores of the map, or empty when scoring failed or did not converge. */
  Optional<MapScores> scores() {
    if (!scored) {
      scored = true;
      try {
        MapScores s = scorer.score(map);
        scores = s.converged() ? s : null;
      } catch (IllegalArgumentException | IllegalStateException e) {
        scores = null;
      }
    }
    return Optional.ofNullable(scores);
  }

  /**
   * Every argument's Shapley share of a claim's change: the claim moves from its base score (no argument in the
   * map) to its score, and the shares of all the map's arguments add up to that change, however many pull the
   * same way. Leave-one-out effects were used before and misled: when many reasons saturate a claim, each alone
   * changes it by almost nothing. Empty when the computation fails.
   */
  Optional<Contributions<ElementId>> shares(StatementId claim) {
    if (!shares.containsKey(claim)) {
      Contributions<ElementId> c = null;
      if (scores().isPresent()) {
        try {
          c = scorer.contributions(map, claim, ContributionFunction.SHAPLEY, MapContributors.ARGUMENTS);
        } catch (IllegalArgumentException | IllegalStateException e) {
          c = null;
        }
      }
      shares.put(claim, c); // a failure is remembered too, so it is not computed again
    }
    return Optional.ofNullable(shares.get(claim));
  }

  /**
   * The contribution options of the shares. Above the exact limit the shares are sampled with the worksheet's
   * seed, and sampling stops on the number of permutations alone, never on the clock (the budget is a day), so
   * the same seed gives the same sheet byte for byte on any machine.
   */
  static ContributionOptions shareOptions(long seed) {
    return ContributionOptions.builder().targetStandardError(0.002).samples(400, 20_000).seed(seed)
        .timeBudget(Duration.ofDays(1)).build();
  }

  boolean isThesis(StatementId id) {
    return map.isThesis(id);
  }
}
