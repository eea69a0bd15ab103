/**
 * Renders an argument map as GraphML, the XML graph format that yEd, Gephi, Cytoscape, NetworkX and
 * igraph read: every statement, argument, evidence item and source a node, with typed data keys for
 * kind, text, polarity, weight and score. See {@link dev.argmap.render.graphml.GraphMlRenderer}.
 */
@NullMarked
package dev.argmap.render.graphml;

import org.jspecify.annotations.NullMarked;
