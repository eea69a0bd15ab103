package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What to generate: the seed, the difficulty, the exercise types, the thesis the exercises are about, the side a
 * student takes in the debate preparation, and the semantics that scores arguments. Immutable.
 *
 * <pre>{@code
 * ExerciseOptions options = ExerciseOptions.builder()
 *     .seed(7)
 *     .difficulty(Difficulty.HARD)
 *     .types(ExerciseType.CLASSIFY, ExerciseType.ATTRIBUTION)
 *     .build();
 * }</pre>
 */
public final class ExerciseOptions {
  private final long seed;
  private final Difficulty difficulty;
  private final ImmutableSet<ExerciseType> types;
  private final Optional<StatementId> thesis;
  private final Optional<Polarity> debateSide;
  private final GradualSemantics semantics;
  private final Optional<String> title;
  private final ImmutableSet<String> dropped;
  private final ImmutableSet<String> regenerated;
  private final Optional<Integer> maxQuestions;

  private ExerciseOptions(Builder b) {
    this.dropped = ImmutableSet.copyOf(b.dropped);
    this.regenerated = ImmutableSet.copyOf(b.regenerated);
    this.maxQuestions = b.maxQuestions;
    this.seed = b.seed;
    this.difficulty = b.difficulty;
    this.types = Sets.immutableEnumSet(b.types);
    this.thesis = b.thesis;
    this.debateSide = b.debateSide;
    this.semantics = b.semantics;
    this.title = b.title;
  }

  /**
   * Returns the defaults: seed 1, {@link Difficulty#MEDIUM}, every exercise type, the map's first thesis, a side
   * drawn from the seed, DF-QuAD scores and the map's title.
   *
   * @return the default options
   */
  public static ExerciseOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.seed = seed;
    b.difficulty = difficulty;
    b.types = EnumSet.copyOf(types);
    b.thesis = thesis;
    b.debateSide = debateSide;
    b.semantics = semantics;
    b.title = title;
    b.dropped = new java.util.LinkedHashSet<>(dropped);
    b.regenerated = new java.util.LinkedHashSet<>(regenerated);
    b.maxQuestions = maxQuestions;
    return b;
  }

  /**
   * Returns the questions the teacher drops, as {@code type.number} (say {@code classify.3}): the question with
   * that number on the sheet made without this option is left out, and the questions after it move up.
   *
   * @return the questions to drop
   */
  public ImmutableSet<String> dropped() {
    return dropped;
  }

  /**
   * Returns the questions the teacher wants replaced, as {@code type.number}: the question with that number on
   * the sheet made without this option is replaced by the next question that passes the checker.
   *
   * @return the questions to regenerate
   */
  public ImmutableSet<String> regenerated() {
    return regenerated;
  }

  /**
   * Returns the most questions a quiz exercise may have, for a lesson-sized sheet; empty for the level's number.
   * (The questions on one quote count as one.)
   *
   * @return the limit
   */
  public Optional<Integer> maxQuestions() {
    return maxQuestions;
  }

  /**
   * Returns the seed: the same map, options and seed give the same worksheet, byte for byte.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the difficulty.
   *
   * @return the difficulty
   */
  public Difficulty difficulty() {
    return difficulty;
  }

  /**
   * Returns the exercise types to generate, in worksheet order.
   *
   * @return the types
   */
  public ImmutableSet<ExerciseType> types() {
    return types;
  }

  /**
   * Returns the thesis the exercises are about; empty for the map's first thesis.
   *
   * @return the thesis
   */
  public Optional<StatementId> thesis() {
    return thesis;
  }

  /**
   * Returns the side the student argues in the debate preparation: {@link Polarity#SUPPORTS} for the thesis,
   * {@link Polarity#ATTACKS} against it; empty to draw it from the seed.
   *
   * @return the side
   */
  public Optional<Polarity> debateSide() {
    return debateSide;
  }

  /**
   * Returns the gradual semantics that scores arguments for the ranking and the debate preparation.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the worksheet's title; empty to use the map's title.
   *
   * @return the title
   */
  public Optional<String> title() {
    return title;
  }

  @Override
  public String toString() {
    return "ExerciseOptions[seed=" + seed + ", " + difficulty.id() + ", types=" + types
        + thesis.map(t -> ", thesis=" + t).orElse("")
        + debateSide.map(s -> ", side=" + s).orElse("") + ", " + semantics.id() + "]";
  }

  /** Builds {@link ExerciseOptions}; starts with the {@linkplain #defaults() defaults}. */
  public static final class Builder {
    private long seed = 1;
    private Difficulty difficulty = Difficulty.MEDIUM;
    private EnumSet<ExerciseType> types = EnumSet.allOf(ExerciseType.class);
    private Optional<StatementId> thesis = Optional.empty();
    private Optional<Polarity> debateSide = Optional.empty();
    private GradualSemantics semantics = GradualSemantics.DF_QUAD;
    private Optional<String> title = Optional.empty();
    private java.util.Set<String> dropped = new java.util.LinkedHashSet<>();
    private java.util.Set<String> regenerated = new java.util.LinkedHashSet<>();
    private Optional<Integer> maxQuestions = Optional.empty();

    private Builder() {}

    /**
     * Drops questions by their number on the sheet made without this option.
     *
     * @param questions each {@code type.number}, for example {@code classify.3} or {@code attribution.2}
     * @return this builder
     * @throws IllegalArgumentException if one is not a known type and a number from 1
     */
    public Builder drop(String... questions) {
      for (String q : questions) {
        dropped.add(questionRef(q));
      }
      return this;
    }

    /**
     * Replaces questions by the next ones that pass the checker.
     *
     * @param questions each {@code type.number}, for example {@code missing-premise.2}
     * @return this builder
     * @throws IllegalArgumentException if one is not a known type and a number from 1
     */
    public Builder regenerate(String... questions) {
      for (String q : questions) {
        regenerated.add(questionRef(q));
      }
      return this;
    }

    /**
     * Limits each quiz exercise to a number of questions, for a sheet that fits a lesson.
     *
     * @param most 1 or more
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxQuestions(int most) {
      if (most < 1) {
        throw new IllegalArgumentException("max questions must be 1 or more, not " + most);
      }
      this.maxQuestions = Optional.of(most);
      return this;
    }

    private static String questionRef(String q) {
      String s = requireNonNull(q, "question").strip();
      int dot = s.lastIndexOf('.');
      String fix = "; write TYPE.NUMBER, for example classify.3";
      if (dot < 0) {
        throw new IllegalArgumentException("question \"" + q + "\" has no number" + fix);
      }
      ExerciseType type = ExerciseType.fromId(s.substring(0, dot));
      int n;
      try {
        n = Integer.parseInt(s.substring(dot + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("question \"" + q + "\" has no number" + fix, e);
      }
      if (n < 1) {
        throw new IllegalArgumentException("question \"" + q + "\": numbers start at 1" + fix);
      }
      return type.id() + "." + n;
    }

    /**
     * Sets the seed.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the difficulty.
     *
     * @param difficulty the difficulty
     * @return this builder
     */
    public Builder difficulty(Difficulty difficulty) {
      this.difficulty = requireNonNull(difficulty, "difficulty");
      return this;
    }

    /**
     * Sets the exercise types to generate; the worksheet shows them in the order of {@link ExerciseType}.
     *
     * @param types one or more types
     * @return this builder
     * @throws IllegalArgumentException if no type is given
     */
    public Builder types(ExerciseType... types) {
      return types(Arrays.asList(types));
    }

    /**
     * Sets the exercise types to generate; the worksheet shows them in the order of {@link ExerciseType}.
     *
     * @param types one or more types
     * @return this builder
     * @throws IllegalArgumentException if no type is given
     */
    public Builder types(Iterable<ExerciseType> types) {
      EnumSet<ExerciseType> set = EnumSet.noneOf(ExerciseType.class);
      for (ExerciseType t : types) {
        set.add(requireNonNull(t, "type"));
      }
      if (set.isEmpty()) {
        throw new IllegalArgumentException("choose at least one exercise type");
      }
      this.types = set;
      return this;
    }

    /**
     * Sets the thesis the exercises are about.
     *
     * @param thesis a statement of the map, usually one of its theses
     * @return this builder
     */
    public Builder thesis(StatementId thesis) {
      this.thesis = Optional.of(requireNonNull(thesis, "thesis"));
      return this;
    }

    /**
     * Sets the side the student argues in the debate preparation.
     *
     * @param side {@link Polarity#SUPPORTS} to argue for the thesis, {@link Polarity#ATTACKS} against it
     * @return this builder
     */
    public Builder debateSide(Polarity side) {
      this.debateSide = Optional.of(requireNonNull(side, "side"));
      return this;
    }

    /**
     * Sets the gradual semantics that scores arguments.
     *
     * @param semantics the semantics; DF-QuAD by default
     * @return this builder
     */
    public Builder semantics(GradualSemantics semantics) {
      this.semantics = requireNonNull(semantics, "semantics");
      return this;
    }

    /**
     * Sets the worksheet's title.
     *
     * @param title the title; the map's title by default
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Optional.of(requireNonNull(title, "title"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ExerciseOptions build() {
      return new ExerciseOptions(this);
    }
  }
}
