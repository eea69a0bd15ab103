package dev.argmap.exercises;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the generators share: the map, the options, the thesis, the facts about the map and the scores. */
final class Context {
  final ArgumentMap map;
  final ExerciseOptions options;
  final Difficulty difficulty;
  final Statement thesis;
  final MapFacts facts;
  final MapScorer scorer;
  private MapScores scores;
  private boolean scored;
  private final Map<ArgumentId, Double> effects = new HashMap<>();

  Context(ArgumentMap map, ExerciseOptions options, Statement thesis) {
    this.map = map;
    this.options = options;
    this.difficulty = options.difficulty();
    this.thesis = thesis;
    this.facts = new MapFacts(map);
    this.scorer = MapScorer.of(options.semantics());
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
   * The leave-one-out effect of an argument on the thesis: the thesis's score minus its score in the map without
   * the argument (and without the arguments that conclude on it, which then act on nothing). NaN when a scoring
   * fails.
   */
  double effectOnThesis(ArgumentId argument) {
    return effects.computeIfAbsent(argument, a -> {
      Optional<MapScores> all = scores();
      if (all.isEmpty()) {
        return Double.NaN;
      }
      try {
        MapScores without = scorer.score(without(map, a));
        if (!without.converged()) {
          return Double.NaN;
        }
        return all.get().strength(thesis.id()) - without.strength(thesis.id());
      } catch (IllegalArgumentException | IllegalStateException e) {
        return Double.NaN;
      }
    });
  }

  /** The map without an argument and the arguments that conclude on it, directly or through others. */
  static ArgumentMap without(ArgumentMap map, ArgumentId removed) {
    Set<ConclusionId> gone = new HashSet<>();
    Deque<ArgumentId> queue = new ArrayDeque<>();
    queue.add(removed);
    gone.add(removed);
    while (!queue.isEmpty()) {
      for (Argument a : map.argumentsOn(queue.poll())) {
        if (gone.add(a.id())) {
          queue.add(a.id());
        }
      }
    }
    ArgumentMap.Builder b = ArgumentMap.builder();
    map.title().ifPresent(b::title);
    map.description().ifPresent(b::description);
    b.addTheses(map.thesisIds()).addStatements(map.statements()).addEvidence(map.evidence())
        .addSources(map.sources());
    for (Argument a : map.arguments()) {
      if (!gone.contains(a.id())) {
        b.addArguments(a);
      }
    }
    map.extensions().forEach(b::putExtension);
    return b.build();
  }

  boolean isThesis(StatementId id) {
    return map.isThesis(id);
  }
}
