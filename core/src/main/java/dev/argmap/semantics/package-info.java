/**
 * Weighted argumentation graphs and their gradual semantics: {@link dev.argmap.semantics.BipolarGraph} (attacks
 * and supports) and {@link dev.argmap.semantics.AttackGraph} (attacks only), the gradual semantics that give
 * every argument a strength ({@link dev.argmap.semantics.GradualSemantics}: DF-QuAD, QuAD, Euler-based,
 * quadratic energy, h-categorizer and its weighted variants), how to evaluate them
 * ({@link dev.argmap.semantics.EvaluationOptions}) and the result ({@link dev.argmap.semantics.Strengths}).
 *
 * <p>Nothing here knows about argument maps: {@code dev.argmap.scoring} turns a map into these graphs. The
 * engines behind the graphs live in unexported {@code dev.argmap.internal} packages.
 */
@NullMarked
package dev.argmap.semantics;

import org.jspecify.annotations.NullMarked;
