package dev.argmap.exercises.grading;

/**
 * The points of each rubric item, as a teacher sets them. The defaults make a wrong polarity (a reason for the
 * claim drawn as a reason against it) cost as much as a missed statement and its relation, never less: swapping
 * the sides is a mistake of understanding, while a missed statement may be only a wording the grader did not
 * recognise. Immutable.
 *
 * <pre>{@code
 * RubricWeights w = RubricWeights.builder().polarity(4).duplicateSource(2).build();
 * GradeReport r = Grader.defaults().withWeights(w).evaluate(reference, student);
 * }</pre>
 *
 * @param statement per reference statement found
 * @param thesis per reference thesis marked as a thesis
 * @param target per reference argument found with the right target
 * @param polarity per reference argument found with the right polarity
 * @param premises per reference argument found with exactly its premises
 * @param wrongRelation lost per student relation between matched statements that the reference lacks
 * @param quote per reference quote found on the right claim
 * @param source per reference quote attributed to the right source
 * @param speaker per reference quote with the right speaker
 * @param citedWork per reference quote with the right cited work, where the reference names one
 * @param duplicateSource lost per source the student counts twice (two copies of one work as two sources)
 */
public record RubricWeights(int statement, int thesis, int target, int polarity, int premises, int wrongRelation,
    int quote, int source, int speaker, int citedWork, int duplicateSource) {
  /**
   * Checks that no weight is negative.
   *
   * @param statement per reference statement found
   * @param thesis per reference thesis marked as a thesis
   * @param target per reference argument found with the right target
   * @param polarity per reference argument found with the right polarity
   * @param premises per reference argument found with exactly its premises
   * @param wrongRelation lost per student relation between matched statements that the reference lacks
   * @param quote per reference quote found on the right claim
   * @param source per reference quote attributed to the right source
   * @param speaker per reference quote with the right speaker
   * @param citedWork per reference quote with the right cited work, where the reference names one
   * @param duplicateSource lost per source the student counts twice (two copies of one work as two sources)
   * @throws IllegalArgumentException if a weight is negative
   */
  public RubricWeights {
    int[] all = {statement, thesis, target, polarity, premises, wrongRelation, quote, source, speaker, citedWork,
        duplicateSource};
    for (int w : all) {
      if (w < 0) {
        throw new IllegalArgumentException("rubric weights must be 0 or more; a penalty is given as a positive "
            + "number of points lost");
      }
    }
  }

  /**
   * Returns the defaults: 1 point per statement, thesis, target, premises, quote, source, speaker and cited
   * work; 2 per right polarity, so that a swapped polarity costs more than a missed statement; 1 lost per extra
   * relation and per source counted twice.
   *
   * @return the defaults
   */
  public static RubricWeights defaults() {
    return new RubricWeights(1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1);
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /** Builds {@link RubricWeights} from the defaults, one weight at a time. */
  public static final class Builder {
    private int statement;
    private int thesis;
    private int target;
    private int polarity;
    private int premises;
    private int wrongRelation;
    private int quote;
    private int source;
    private int speaker;
    private int citedWork;
    private int duplicateSource;

    private Builder(RubricWeights w) {
      statement = w.statement;
      thesis = w.thesis;
      target = w.target;
      polarity = w.polarity;
      premises = w.premises;
      wrongRelation = w.wrongRelation;
      quote = w.quote;
      source = w.source;
      speaker = w.speaker;
      citedWork = w.citedWork;
      duplicateSource = w.duplicateSource;
    }

    /**
     * Sets the points per statement found.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder statement(int points) {
      statement = points;
      return this;
    }

    /**
     * Sets the points per thesis marked.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder thesis(int points) {
      thesis = points;
      return this;
    }

    /**
     * Sets the points per argument with the right target.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder target(int points) {
      target = points;
      return this;
    }

    /**
     * Sets the points per argument with the right polarity.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder polarity(int points) {
      polarity = points;
      return this;
    }

    /**
     * Sets the points per argument with exactly its premises.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder premises(int points) {
      premises = points;
      return this;
    }

    /**
     * Sets the points lost per relation the reference lacks.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder wrongRelation(int points) {
      wrongRelation = points;
      return this;
    }

    /**
     * Sets the points per quote on the right claim.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder quote(int points) {
      quote = points;
      return this;
    }

    /**
     * Sets the points per quote with the right source.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder source(int points) {
      source = points;
      return this;
    }

    /**
     * Sets the points per quote with the right speaker.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder speaker(int points) {
      speaker = points;
      return this;
    }

    /**
     * Sets the points per quote with the right cited work.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder citedWork(int points) {
      citedWork = points;
      return this;
    }

    /**
     * Sets the points lost per source counted twice.
     *
     * @param points 0 or more
     * @return this builder
     */
    public Builder duplicateSource(int points) {
      duplicateSource = points;
      return this;
    }

    /**
     * Builds the weights.
     *
     * @return the weights
     * @throws IllegalArgumentException if a weight is negative
     */
    public RubricWeights build() {
      return new RubricWeights(statement, thesis, target, polarity, premises, wrongRelation, quote, source,
          speaker, citedWork, duplicateSource);
    }
  }
}
