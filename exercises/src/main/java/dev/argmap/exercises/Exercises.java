package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    Map<ExerciseType, Exercise> made = new EnumMap<>(ExerciseType.class);
    Map<ExerciseType, String> skipped = new EnumMap<>(ExerciseType.class);
    Optional<ArgumentMap> reference = Optional.empty();
    for (ExerciseType type : generationOrder(options.types())) {
      ctx.checker.begin(type, options);
      try {
        Exercise e = switch (type) {
          case CLASSIFY -> Classify.generate(ctx);
          case MATCH_QUOTES -> MatchQuotes.generate(ctx);
          case ATTRIBUTION -> Attribution.generate(ctx);
          case MISSING_PREMISE -> MissingPremise.generate(ctx);
          case RANK_OBJECTIONS -> RankObjections.generate(ctx);
          case SPOT_UNDERCUTTER -> SpotUndercutter.generate(ctx);
          case BUILD_MAP -> {
            BuildMap.Result r = BuildMap.generate(ctx);
            reference = Optional.of(r.reference());
            yield r.exercise();
          }
          case DEBATE_PREP -> DebatePrep.generate(ctx);
        };
        made.put(type, e);
      } catch (Skip s) {
        skipped.put(type, s.getMessage());
      }
    }
    ImmutableList<Exercise> exercises = ImmutableList.copyOf(made.values()); // EnumMap: in sheet order
    String title = options.title().orElse(map.title().orElse(thesis.text()));
    return new Worksheet(title, map, thesis, options, exercises, ImmutableMap.copyOf(skipped), reference,
        ImmutableList.copyOf(ctx.checker.rejections()));
  }

  /**
   * The order in which the exercises are made, least flexible first, so that the checker can make the flexible
   * ones (a classify question has many candidates, a ranking few) avoid what the others show: the open tasks,
   * which nothing replaces, then the ranking, the undercutters, the missing premises, the matching, the
   * attribution and the classification. The sheet still shows them in {@link ExerciseType} order.
   */
  static List<ExerciseType> generationOrder(Set<ExerciseType> types) {
    List<ExerciseType> order = new ArrayList<>();
    for (ExerciseType t : List.of(ExerciseType.BUILD_MAP, ExerciseType.DEBATE_PREP, ExerciseType.RANK_OBJECTIONS,
        ExerciseType.SPOT_UNDERCUTTER, ExerciseType.MISSING_PREMISE, ExerciseType.MATCH_QUOTES,
        ExerciseType.ATTRIBUTION, ExerciseType.CLASSIFY)) {
      if (types.contains(t)) {
        order.add(t);
      }
    }
    return order;
  }
}
