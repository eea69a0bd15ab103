/**
 * Scoring argument maps: a map as a graph ({@link dev.argmap.scoring.MapGraph}: statements and arguments as
 * nodes, premises as inputs of their argument's base score), where statements get their base scores
 * ({@link dev.argmap.scoring.BaseScoreStrategy}), and the scorer ({@link dev.argmap.scoring.MapScorer}) that runs
 * a gradual semantics of {@code dev.argmap.semantics} on it and returns {@link dev.argmap.scoring.MapScores}.
 *
 * <p>Explaining a score (contributions, sensitivity, what-if, minimal change) is {@code
 * dev.argmap.scoring.explain}; {@link dev.argmap.scoring.MapScorer} keeps its explaining methods as the one entry
 * point.
 */
@NullMarked
package dev.argmap.scoring;

import org.jspecify.annotations.NullMarked;
