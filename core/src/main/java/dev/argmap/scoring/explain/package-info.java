/**
 * Explaining a map's scores: what makes a statement's score ({@link dev.argmap.scoring.explain.Explanation},
 * {@link dev.argmap.scoring.explain.MapContributors}), how it reacts to each input
 * ({@link dev.argmap.scoring.explain.Sensitivity}), what an edit would change
 * ({@link dev.argmap.scoring.explain.WhatIf}, {@link dev.argmap.scoring.explain.Comparison}), the smallest change
 * that reaches a target ({@link dev.argmap.scoring.explain.MinimalChange}, {@link dev.argmap.scoring.explain.Target},
 * {@link dev.argmap.scoring.explain.Knobs}), how robust a verdict is
 * ({@link dev.argmap.scoring.explain.Robustness}) and the balance of a whole map
 * ({@link dev.argmap.scoring.explain.BalanceReport}).
 *
 * <p>The results come from {@link dev.argmap.scoring.MapScorer}'s methods; this package holds their types.
 */
@NullMarked
package dev.argmap.scoring.explain;

import org.jspecify.annotations.NullMarked;
