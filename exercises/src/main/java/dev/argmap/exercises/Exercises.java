package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.Optional;

/**
 * Generates debate exercises from an argument map.
 *
 * <pre>{@code
 * Worksheet sheet = Exercises.generate(PrebuiltMaps.russiaChinaAlliance(),
 *     ExerciseOptions.builder().seed(42).difficulty(Difficulty.EASY).build());
 * Files.writeString(Path.of("worksheet.html"), sheet.toHtml());
 * Files.writeString(Path.of("answer-key.html"), sheet.answerKeyHtml());
 * Files.writeString(Path.of("quiz.gift.txt"), sheet.toGift());
 * }</pre>
 *
 * <p>Every generator works on any valid map; one that finds nothing to ask (a map without linked arguments has no
 * missing premise) is left out and named in {@link Worksheet#skipped()}. The same map, options and seed give the
 * same worksheet; each exercise type draws from its own stream of the seed, so choosing other types does not
 * change the exercises that remain.
 */
public final class Exercises {
  private Exercises() {}

  /**
   * Generates a worksheet with the default options: seed 1, medium difficulty, every exercise type.
   *
   * @param map the map
   * @return the worksheet
   */
  public static Worksheet generate(ArgumentMap map) {
    return generate(map, ExerciseOptions.defaults());
  }

  /**
   * Generates a worksheet.
   *
   * @param map the map
   * @param options seed, difficulty, exercise types, thesis, debate side, semantics
   * @return the worksheet
   * @throws IllegalArgumentException if the options name a thesis that the map does not hold
   */
  public static Worksheet generate(ArgumentMap map, ExerciseOptions options) {
    requireNonNull(map, "map");
    requireNonNull(options, "options");
    StatementId thesisId = options.thesis().orElse(map.thesisIds().get(0));
    Statement thesis = map.statement(thesisId)
        .orElseThrow(() -> new IllegalArgumentException("the map has no statement " + thesisId));
    Context ctx = new Context(map, options, thesis);
    ImmutableList.Builder<Exercise> exercises = ImmutableList.builder();
    ImmutableMap.Builder<ExerciseType, String> skipped = ImmutableMap.builder();
    Optional<ArgumentMap> reference = Optional.empty();
    for (ExerciseType type : options.types()) {
      try {
        switch (type) {
          case CLASSIFY -> exercises.add(Classify.generate(ctx));
          case MATCH_QUOTES -> exercises.add(MatchQuotes.generate(ctx));
          case ATTRIBUTION -> exercises.add(Attribution.generate(ctx));
          case MISSING_PREMISE -> exercises.add(MissingPremise.generate(ctx));
          case RANK_OBJECTIONS -> exercises.add(RankObjections.generate(ctx));
          case SPOT_UNDERCUTTER -> exercises.add(SpotUndercutter.generate(ctx));
          case BUILD_MAP -> {
            BuildMap.Result r = BuildMap.generate(ctx);
            exercises.add(r.exercise());
            reference = Optional.of(r.reference());
          }
          case DEBATE_PREP -> exercises.add(DebatePrep.generate(ctx));
        }
      } catch (Skip s) {
        skipped.put(type, s.getMessage());
      }
    }
    String title = options.title().orElse(map.title().orElse(thesis.text()));
    return new Worksheet(title, map, thesis, options, exercises.build(), skipped.buildOrThrow(), reference);
  }
}
