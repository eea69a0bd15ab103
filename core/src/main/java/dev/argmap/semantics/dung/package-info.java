/**
 * Dung's extension semantics on an {@link dev.argmap.semantics.AttackGraph}: the solver
 * ({@link dev.argmap.semantics.dung.DungSolver}) for grounded, complete, preferred, stable, semi-stable, stage
 * and ideal extensions and credulous or skeptical acceptance, its results and its limits.
 */
@NullMarked
package dev.argmap.semantics.dung;

import org.jspecify.annotations.NullMarked;
