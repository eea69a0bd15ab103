package dev.argmap.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.MapScores;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores to show beside a map's statements and arguments: a strength in [0, 1] per element, and the
 * name of the semantics that computed them. A renderer shows a score where it has one and nothing
 * where it has none, so scores for part of a map are fine. Immutable.
 *
 * <p>Scores can also carry explanations ({@link dev.argmap.scoring.MapScorer#explain}): for each
 * explained statement its change from its base score, and for each argument on it its <em>share of
 * the change</em>, its Shapley value; the shares of a statement's arguments add up to its change.
 * A share says how much of the statement's score an argument carries even when many arguments pull
 * the same way, where removing any one alone would change almost nothing.
 *
 * <pre>{@code
 * MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
 * Scores scores = Scores.from(scorer.score(map));
 * Scores withShares = Scores.from(scorer.score(map),
 *     map.thesisIds().stream().map(t -> scorer.explain(map, t)).toList());
 * Scores byHand = Scores.builder().semantics("my judgement").statement("t1", 0.7).build();
 * }</pre>
 */
public final class Scores {
  private static final Scores NONE = builder().build();

  private final Optional<String> semantics;
  private final ImmutableMap<StatementId, Double> statements;
  private final ImmutableMap<ArgumentId, Double> arguments;
  private final ImmutableMap<ArgumentId, Contribution> shares;
  private final ImmutableMap<StatementId, Double> changes;

  private Scores(Builder b) {
    this.semantics = b.semantics;
    this.statements = b.statements.buildKeepingLast();
    this.arguments = b.arguments.buildKeepingLast();
    this.shares = b.shares.buildKeepingLast();
    this.changes = b.changes.buildKeepingLast();
  }

  /**
   * Returns no scores at all.
   *
   * @return the empty scores
   */
  public static Scores none() {
    return NONE;
  }

  /**
   * Returns the scores of a scoring by argmap core's {@link dev.argmap.scoring.MapScorer}: every
   * statement's and every argument's strength, named after the semantics (for example {@code
   * df-quad}).
   *
   * @param scores the scores of a map
   * @return the scores to show
   * @throws IllegalStateException if the scoring did not converge
   */
  public static Scores from(MapScores scores) {
    requireNonNull(scores, "scores");
    return builder()
        .semantics(scores.semantics().id())
        .statements(scores.statementStrengths())
        .arguments(scores.argumentStrengths())
        .build();
  }

  /**
   * Returns the scores of a scoring, as {@link #from(MapScores)}, with the shares of the change of
   * every explained statement: typically the explanations of the theses. An explanation's own
   * scores should be those given; a renderer does not check it.
   *
   * @param scores the scores of a map
   * @param explanations explanations of statements of the same map, by the same scorer
   * @return the scores to show
   * @throws IllegalStateException if the scoring did not converge
   */
  public static Scores from(MapScores scores, Iterable<Explanation> explanations) {
    requireNonNull(scores, "scores");
    requireNonNull(explanations, "explanations");
    Builder b = builder()
        .semantics(scores.semantics().id())
        .statements(scores.statementStrengths())
        .arguments(scores.argumentStrengths());
    explanations.forEach(b::explanation);
    return b.build();
  }

  /**
   * Returns a new builder, without scores or semantics.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the semantics that computed the scores, for example {@code df-quad}.
   *
   * @return the name, or empty when unknown
   */
  public Optional<String> semantics() {
    return semantics;
  }

  /**
   * Returns the score of a statement.
   *
   * @param id the statement
   * @return its score, or empty when it has none
   */
  public OptionalDouble statement(StatementId id) {
    Double v = statements.get(requireNonNull(id, "id"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns the score of an argument.
   *
   * @param id the argument
   * @return its score, or empty when it has none
   */
  public OptionalDouble argument(ArgumentId id) {
    Double v = arguments.get(requireNonNull(id, "id"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns an argument's share of the change of the statement it concludes on: its Shapley value,
   * exact or a sampled estimate with its standard error ({@link Contribution#method()}).
   *
   * @param id the argument
   * @return its share, or empty when its conclusion was not explained
   */
  public Optional<Contribution> share(ArgumentId id) {
    return Optional.ofNullable(shares.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an explained statement's change: its score minus its base score, which the shares of
   * the arguments on it add up to.
   *
   * @param id the statement
   * @return its change, or empty when it was not explained
   */
  public OptionalDouble change(StatementId id) {
    Double v = changes.get(requireNonNull(id, "id"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns whether there is no score at all.
   *
   * @return whether these scores are empty
   */
  public boolean isEmpty() {
    return statements.isEmpty() && arguments.isEmpty() && shares.isEmpty();
  }

  /**
   * Returns whether any score belongs to an element of a map.
   *
   * @param map the map
   * @return whether some statement or argument of the map has a score, or an argument a share
   */
  public boolean coversAny(ArgumentMap map) {
    return map.statements().stream().anyMatch(s -> statements.containsKey(s.id()))
        || map.arguments().stream()
            .anyMatch(a -> arguments.containsKey(a.id()) || shares.containsKey(a.id()));
  }

  @Override
  public String toString() {
    return "Scores{" + semantics.map(s -> s + ", ").orElse("")
        + count(statements.size(), "statement") + ", " + count(arguments.size(), "argument")
        + (shares.isEmpty() ? "" : ", " + count(shares.size(), "share"))
        + "}";
  }

  /** Returns a count with its noun, singular for one ("1 statement", "2 statements"). */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Collects {@link Scores}; a later score for the same element replaces an earlier one. */
  public static final class Builder {
    private Optional<String> semantics = Optional.empty();
    private final ImmutableMap.Builder<StatementId, Double> statements = ImmutableMap.builder();
    private final ImmutableMap.Builder<ArgumentId, Double> arguments = ImmutableMap.builder();
    private final ImmutableMap.Builder<ArgumentId, Contribution> shares = ImmutableMap.builder();
    private final ImmutableMap.Builder<StatementId, Double> changes = ImmutableMap.builder();

    private Builder() {}

    /**
     * Adds an explanation: the change of its statement and every reason's share of it ({@link
     * Explanation.Reason#share()}), whatever function ranked the reasons. A later explanation of
     * the same statement replaces an earlier one. Names the semantics after the explanation's when
     * none is named yet.
     *
     * @param explanation the explanation of a statement
     * @return this builder
     */
    public Builder explanation(Explanation explanation) {
      requireNonNull(explanation, "explanation");
      if (semantics.isEmpty()) {
        semantics = Optional.of(explanation.semantics().id());
      }
      changes.put(explanation.statement(), explanation.totalChange());
      for (Explanation.Reason r : explanation.reasons()) {
        shares.put(r.argument(), r.share());
      }
      return this;
    }

    /**
     * Names the semantics that computed the scores.
     *
     * @param name for example {@code df-quad}
     * @return this builder
     */
    public Builder semantics(String name) {
      this.semantics = Optional.of(requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds the score of a statement.
     *
     * @param id the statement's identifier
     * @param score its score, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the score is outside [0, 1] or not a number
     */
    public Builder statement(String id, double score) {
      return statement(StatementId.of(id), score);
    }

    /**
     * Adds the score of a statement.
     *
     * @param id the statement
     * @param score its score, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the score is outside [0, 1] or not a number
     */
    public Builder statement(StatementId id, double score) {
      statements.put(requireNonNull(id, "id"), check(id.value(), score));
      return this;
    }

    /**
     * Adds the score of an argument.
     *
     * @param id the argument
     * @param score its score, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the score is outside [0, 1] or not a number
     */
    public Builder argument(ArgumentId id, double score) {
      arguments.put(requireNonNull(id, "id"), check(id.value(), score));
      return this;
    }

    /**
     * Adds the scores of statements.
     *
     * @param scores statement to score, each in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if a score is outside [0, 1] or not a number
     */
    public Builder statements(Map<StatementId, Double> scores) {
      scores.forEach(this::statement);
      return this;
    }

    /**
     * Adds the scores of arguments.
     *
     * @param scores argument to score, each in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if a score is outside [0, 1] or not a number
     */
    public Builder arguments(Map<ArgumentId, Double> scores) {
      scores.forEach(this::argument);
      return this;
    }

    /**
     * Builds the scores.
     *
     * @return the scores, immutable
     */
    public Scores build() {
      return new Scores(this);
    }

    private static double check(String id, double score) {
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("the score of " + id + " must be in [0, 1] but was " + score);
      }
      return score;
    }
  }
}
