/**
 * Renders an argument map as a Graphviz DOT graph: statements as boxes, arguments as small nodes
 * that their premises flow into, green arrows for support and red ones for attack, undercutters
 * pointing at the argument they attack, and, on request, evidence as notes. See {@link
 * dev.argmap.render.dot.DotRenderer}.
 */
@NullMarked
package dev.argmap.render.dot;

import org.jspecify.annotations.NullMarked;
