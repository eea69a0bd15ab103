/**
 * How much one argument contributes to another's strength in a graph: removal, intrinsic removal, Shapley and
 * gradient contributions ({@link dev.argmap.semantics.contribution.GraphContributions}), their results
 * ({@link dev.argmap.semantics.contribution.Contributions}, {@link dev.argmap.semantics.contribution.Gradients}) and
 * options.
 *
 * <p>A package of its own, not part of {@code dev.argmap.scoring.explain}, because contributions are defined on
 * graphs: the map explanations reuse these result types, and keeping them here keeps
 * {@code dev.argmap.semantics} free of any dependency on maps.
 */
@NullMarked
package dev.argmap.semantics.contribution;

import org.jspecify.annotations.NullMarked;
