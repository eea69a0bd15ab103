/**
 * Map-scoring internals: evaluating a map graph, its raw arrays ({@code MapNet}), map contributions, map edits
 * and the counterfactual search behind minimal change and robustness. Not exported.
 */
@NullMarked
package dev.argmap.internal.scoring;

import org.jspecify.annotations.NullMarked;
