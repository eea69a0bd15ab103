package dev.argmap.scoring.explain;

import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import java.util.Objects;

/**
 * What-if questions on a map ({@link MapScorer#whatIf(ArgumentMap)}): each method builds the edited map (maps
 * are immutable, so the original is untouched), scores it with the same scorer and returns a
 * {@link Comparison} with every statement's strength before and after. The map as it is is scored once, on
 * first use. Thread-safe (two threads may both score the baseline, with equal results).
 */
public final class WhatIf {
  private final MapScorer scorer;
  private final ArgumentMap map;
  private volatile MapScores baseline;

  WhatIf(MapScorer scorer, ArgumentMap map) {
    this.scorer = scorer;
    this.map = Objects.requireNonNull(map, "map");
  }

  /**
   * Returns the scores of the map as it is.
   *
   * @return the baseline scores
   */
  public MapScores baseline() {
    MapScores b = baseline;
    if (b == null) {
      b = scorer.score(map);
      baseline = b;
    }
    return b;
  }

  /**
   * What if a source could not be trusted at all: its credibility set to 0. With the default base scores this
   * silences all evidence found in it (not evidence that merely cites it).
   *
   * @param source a source of the map
   * @return the comparison
   * @throws IllegalArgumentException if the map has no such source
   */
  public Comparison discreditSource(SourceId source) {
    return setSourceCredibility(source, 0.0);
  }

  /**
   * What if a source had another credibility.
   *
   * @param source a source of the map
   * @param credibility the new credibility, in [0, 1]
   * @return the comparison
   * @throws IllegalArgumentException if the map has no such source or the credibility is out of range
   */
  public Comparison setSourceCredibility(SourceId source, double credibility) {
    ArgumentMap edited = MapEdits.withSourceCredibility(map, source, credibility);
    return compare("credibility of source " + source + " = " + credibility, edited);
  }

  /**
   * What if an argument were gone. Arguments whose conclusion is the removed argument (its undercutters and
   * supporters, and theirs) go with it: they act on nothing else, so this changes no score beyond removing the
   * argument alone.
   *
   * @param argument an argument of the map
   * @return the comparison
   * @throws IllegalArgumentException if the map has no such argument
   */
  public Comparison removeArgument(ArgumentId argument) {
    return compare("remove argument " + argument, MapEdits.withoutArgument(map, argument));
  }

  /**
   * What if an evidence item had another weight.
   *
   * @param evidence an evidence item of the map
   * @param weight the new weight, in [0, 1]
   * @return the comparison
   * @throws IllegalArgumentException if the map has no such evidence or the weight is out of range
   */
  public Comparison setEvidenceWeight(EvidenceId evidence, double weight) {
    return compare("weight of evidence " + evidence + " = " + weight,
        MapEdits.withEvidenceWeight(map, evidence, weight));
  }

  /**
   * Compares the map with any edited version of it.
   *
   * @param description what was changed
   * @param edited the edited map; statements it lacks are left out of the comparison
   * @return the comparison
   */
  public Comparison compare(String description, ArgumentMap edited) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(edited, "edited");
    return new Comparison(description, baseline(), scorer.score(edited));
  }
}
