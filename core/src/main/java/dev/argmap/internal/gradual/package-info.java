/**
 * The gradual engines: the semantics' local functions and their partial derivatives, the topological, Jacobi and
 * RK4 schemes, the network form shared by graphs and maps, and the contribution and gradient computations on it.
 * Not exported.
 */
@NullMarked
package dev.argmap.internal.gradual;

import org.jspecify.annotations.NullMarked;
