package dev.argmap.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.internal.scoring.MapContributions;
import dev.argmap.internal.scoring.MapEvaluation;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Sensitivity;
import dev.argmap.scoring.explain.Target;
import dev.argmap.scoring.explain.WhatIf;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import java.util.Objects;

/**
 * Scores argument maps with a gradual semantics, explains the scores and measures their sensitivity. Immutable
 * and thread-safe; configure it by chaining:
 *
 * <pre>{@code
 * MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD)
 *     .withBaseScores(BaseScoreStrategy.evidence())      // the default
 *     .withOptions(EvaluationOptions.defaults());         // the default
 * MapScores scores = scorer.score(map);
 * double thesis = scores.strength(StatementId.of("t-no-alliance"));
 * Explanation why = scorer.explain(map, StatementId.of("t-no-alliance"));
 * }</pre>
 *
 * <p>The map becomes a {@link MapGraph}: statements and arguments are nodes, an argument's base score is its
 * weight times the product of its premises' strengths, and the semantics' local update
 * ({@link GradualSemantics#localStrength}) is applied to every node. An acyclic map is scored exactly in one
 * pass in dependency order; a cyclic one iteratively, under the {@link EvaluationOptions} and with the same
 * honest convergence status as {@link Strengths}. Attack-only semantics ignore supports. See
 * {@code docs/scoring-guide.md}.
 */
public final class MapScorer {
  private final GradualSemantics semantics;
  private final BaseScoreStrategy baseScores;
  private final EvaluationOptions options;
  private final ContributionOptions contributionOptions;

  private MapScorer(GradualSemantics semantics, BaseScoreStrategy baseScores, EvaluationOptions options) {
    this(semantics, baseScores, options, ContributionOptions.builder().evaluation(options).build());
  }

  private MapScorer(GradualSemantics semantics, BaseScoreStrategy baseScores, EvaluationOptions options,
      ContributionOptions contributionOptions) {
    this.semantics = semantics;
    this.baseScores = baseScores;
    this.options = options;
    this.contributionOptions = contributionOptions;
  }

  /**
   * Returns a scorer with a semantics, base scores from evidence and the default options.
   *
   * @param semantics the gradual semantics
   * @return the scorer
   */
  public static MapScorer of(GradualSemantics semantics) {
    return new MapScorer(
        Objects.requireNonNull(semantics, "semantics"), BaseScoreStrategy.evidence(), EvaluationOptions.defaults());
  }

  /**
   * Returns a scorer like this one with another base-score strategy.
   *
   * @param strategy gives every statement its base score
   * @return the new scorer
   */
  public MapScorer withBaseScores(BaseScoreStrategy strategy) {
    return new MapScorer(semantics, Objects.requireNonNull(strategy, "strategy"), options, contributionOptions);
  }

  /**
   * Returns a scorer like this one with other evaluation options.
   *
   * @param options scheme, tolerance, iteration cap, time budget
   * @return the new scorer
   */
  public MapScorer withOptions(EvaluationOptions options) {
    Objects.requireNonNull(options, "options");
    return new MapScorer(semantics, baseScores, options, withEvaluation(contributionOptions, options));
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
   * Returns the base-score strategy.
   *
   * @return the strategy
   */
  public BaseScoreStrategy baseScores() {
    return baseScores;
  }

  /**
   * Returns the evaluation options.
   *
   * @return the options
   */
  public EvaluationOptions options() {
    return options;
  }

  /**
   * Scores a map.
   *
   * @param map the map
   * @return the scores, with their convergence status
   * @throws IllegalArgumentException if the strategy gives a base score outside [0, 1], if the semantics is QuAD
   *     under {@link EvaluationScheme#AUTO} and the map is cyclic, or if {@link EvaluationScheme#TOPOLOGICAL} is
   *     forced on a cyclic map
   */
  public MapScores score(ArgumentMap map) {
    return score(MapGraph.of(map, baseScores));
  }

  /**
   * Scores a map graph with its own base scores (whatever strategy built it).
   *
   * @param graph the graph
   * @return the scores
   * @throws IllegalArgumentException as {@link #score(ArgumentMap)}
   */
  public MapScores score(MapGraph graph) {
    Objects.requireNonNull(graph, "graph");
    return new MapScores(graph, MapEvaluation.run(semantics, graph, options));
  }

  /**
   * Explains the score of a statement: what each argument on it contributes (leave-one-out), the chains from
   * upstream premises, and the evidence and sources behind it.
   *
   * @param map the map
   * @param statement a statement of the map
   * @return the explanation
   * @throws IllegalArgumentException if the map has no such statement
   * @throws IllegalStateException if scoring the map does not converge
   */
  public Explanation explain(ArgumentMap map, StatementId statement) {
    return Access.explain().explanation(this, map, statement);
  }

  /**
   * Explains the score of a statement as {@link #explain(ArgumentMap, StatementId)}, ranking the arguments on it
   * by another contribution function ({@link ContributionFunction#REMOVAL} gives the leave-one-out effects).
   *
   * @param map the map
   * @param statement a statement of the map
   * @param ranking the function that ranks the reasons
   * @return the explanation
   * @throws IllegalArgumentException if the map has no such statement
   * @throws IllegalStateException if scoring the map does not converge
   */
  public Explanation explain(ArgumentMap map, StatementId statement, ContributionFunction ranking) {
    return Access.explain().explanation(this, map, statement, Objects.requireNonNull(ranking, "ranking"));
  }

  /**
   * Explains a statement of scores this scorer has already computed, ranking the reasons with {@code ranking}.
   * Explaining every thesis of a large map this way scores the map once and compiles its graph once, where
   * {@link #explain(ArgumentMap, StatementId, ContributionFunction)} scores the map again for every call.
   *
   * <pre>{@code
   * MapScores scores = scorer.score(map);
   * for (StatementId thesis : map.thesisIds()) {
   *   Explanation why = scorer.explain(scores, thesis, ContributionFunction.SHAPLEY);
   * }
   * }</pre>
   *
   * @param scores scores from {@link #score(ArgumentMap)} of a scorer with the same semantics
   * @param statement a statement of the scored map
   * @param ranking the function that ranks the reasons
   * @return the explanation
   * @throws IllegalArgumentException if the map has no such statement, or the scores are under another semantics
   * @throws IllegalStateException if the scores did not converge
   */
  public Explanation explain(MapScores scores, StatementId statement, ContributionFunction ranking) {
    return Access.explain().explanation(this, Objects.requireNonNull(scores, "scores"),
        Objects.requireNonNull(statement, "statement"), Objects.requireNonNull(ranking, "ranking"));
  }

  /**
   * Reports how fairly the map models its debate: for every thesis, the arguments on each side (directly and
   * through chains), how many of them are challenged and by what, the evidence and sources behind each side, the
   * share of the thesis's change each side carries and its strongest reasons, and warnings when a side has no
   * argument, is never challenged, rests on no evidence or on one source alone. See {@link BalanceReport}.
   *
   * @param map the map
   * @return the report, thesis by thesis
   * @throws IllegalArgumentException if the map cannot be scored under this scorer's semantics and options (QuAD
   *     on a cyclic map)
   * @throws IllegalStateException if scoring the map does not converge
   */
  public BalanceReport balance(ArgumentMap map) {
    return Access.explain().balance(this, Objects.requireNonNull(map, "map"));
  }

  /**
   * Returns a scorer like this one with other contribution options (exact limit, sampling, seed). Their
   * evaluation options are replaced by this scorer's.
   *
   * @param options the contribution options
   * @return the new scorer
   */
  public MapScorer withContributionOptions(ContributionOptions options) {
    Objects.requireNonNull(options, "options");
    return new MapScorer(semantics, baseScores, this.options, withEvaluation(options, this.options));
  }

  private static ContributionOptions withEvaluation(ContributionOptions c, EvaluationOptions e) {
    return c.toBuilder().evaluation(e).build();
  }

  /**
   * Returns the contribution options.
   *
   * @return the options of {@link #contributions} and {@link #explain}
   */
  public ContributionOptions contributionOptions() {
    return contributionOptions;
  }

  /**
   * Computes how much each element of a kind contributes to a statement's strength, with a contribution function
   * ({@link ContributionFunction}); for example the Shapley shares of the evidence items behind a thesis, or the
   * gradient of its score with respect to every source's credibility. Elements that cannot reach the statement
   * are listed with an exact 0.
   *
   * @param map the map
   * @param statement a statement of the map, typically a thesis
   * @param function the contribution function
   * @param contributors which elements are the players
   * @return the contributions, keyed by element identifier in map order
   * @throws IllegalArgumentException if the map has no such statement; if evidence or sources are asked for with
   *     base scores that do not come from evidence; if the map is cyclic and QuAD is used without a forced scheme
   * @throws IllegalStateException if an evaluation on a cyclic map does not converge
   */
  public Contributions<dev.argmap.model.ElementId> contributions(ArgumentMap map, StatementId statement,
      ContributionFunction function, MapContributors contributors) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(contributors, "contributors");
    return MapContributions.compute(MapGraph.of(map, baseScores), semantics, statement, function, contributors,
        contributionOptions);
  }

  /**
   * Measures how much a statement's score moves per unit change of every base score, evidence weight and source
   * credibility, by central finite differences with step {@code 1e-4}.
   *
   * @param map the map
   * @param target a statement of the map, typically a thesis
   * @return the sensitivity report
   * @throws IllegalArgumentException if the map has no such statement
   * @throws IllegalStateException if scoring the map does not converge
   */
  public Sensitivity sensitivity(ArgumentMap map, StatementId target) {
    return Access.explain().sensitivity(this, map, target, Access.explain().defaultSensitivityStep());
  }

  /**
   * Measures sensitivity as {@link #sensitivity(ArgumentMap, StatementId)} with another finite-difference step.
   *
   * @param map the map
   * @param target a statement of the map
   * @param step the step, in (0, 0.5)
   * @return the sensitivity report
   * @throws IllegalArgumentException if the map has no such statement or the step is out of range
   * @throws IllegalStateException if scoring the map does not converge
   */
  public Sensitivity sensitivity(ArgumentMap map, StatementId target, double step) {
    return Access.explain().sensitivity(this, map, target, step);
  }

  /**
   * Starts what-if questions on a map: each edit is scored and compared with the map as it is.
   *
   * @param map the map
   * @return the what-if helper
   */
  public WhatIf whatIf(ArgumentMap map) {
    return Access.explain().whatIf(this, map);
  }

  /**
   * Finds the smallest change of the chosen knobs that brings a statement's score to a target, with the default
   * budget of 2,000,000 scorings. See {@link MinimalChange} for the cost and the method, and
   * {@code docs/counterfactuals.md}.
   *
   * @param map the map
   * @param statement a statement of the map, typically a thesis
   * @param target where its score should end up
   * @param knobs which numbers may move
   * @return the change, or why there is none
   * @throws IllegalArgumentException if the map has no such statement or the knobs name an element it lacks
   * @throws IllegalStateException if scoring the map does not converge
   */
  public MinimalChange minimalChange(ArgumentMap map, StatementId statement, Target target, Knobs knobs) {
    return minimalChange(map, statement, target, knobs, Counterfactuals.DEFAULT_MAX_EVALUATIONS);
  }

  /**
   * Finds the smallest change as {@link #minimalChange(ArgumentMap, StatementId, Target, Knobs)}, with at most
   * {@code maxEvaluations} scorings; when they run out the result is the best found and says so.
   *
   * @param map the map
   * @param statement a statement of the map
   * @param target where its score should end up
   * @param knobs which numbers may move
   * @param maxEvaluations the budget of scorings, at least 1
   * @return the change, or why there is none
   * @throws IllegalArgumentException as the other overload, or if the budget is below 1
   * @throws IllegalStateException if scoring the map does not converge
   */
  public MinimalChange minimalChange(ArgumentMap map, StatementId statement, Target target, Knobs knobs,
      long maxEvaluations) {
    Objects.requireNonNull(target, "target");
    return Access.explain().minimalChange(counterfactuals(map, statement, knobs, maxEvaluations), target);
  }

  /**
   * Measures how robust a statement's acceptance at a threshold is: how far each chosen knob can move alone
   * before {@code score >= threshold} flips, and the smallest joint change that flips it.
   *
   * @param map the map
   * @param statement a statement of the map
   * @param threshold the acceptance threshold, in [0, 1] (0.5 is the usual one)
   * @param knobs which numbers may move
   * @return the robustness
   * @throws IllegalArgumentException if the map has no such statement, the threshold is outside [0, 1] or the
   *     knobs name an element the map lacks
   * @throws IllegalStateException if scoring the map does not converge
   */
  public Robustness robustness(ArgumentMap map, StatementId statement, double threshold, Knobs knobs) {
    Target.atLeast(threshold); // checks the range
    return Access.explain().robustness(
        counterfactuals(map, statement, knobs, Counterfactuals.DEFAULT_MAX_EVALUATIONS), threshold);
  }

  private Counterfactuals counterfactuals(ArgumentMap map, StatementId statement, Knobs knobs, long max) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(knobs, "knobs");
    if (max < 1) {
      throw new IllegalArgumentException("maxEvaluations must be at least 1 but was " + max);
    }
    return new Counterfactuals(this, map, statement, knobs, max);
  }

  @Override
  public String toString() {
    return "MapScorer[" + semantics.id() + ", base scores by " + baseScores + ", " + options + "]";
  }
}
