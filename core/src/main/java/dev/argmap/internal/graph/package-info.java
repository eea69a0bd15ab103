/**
 * Storage shared by the graph types: labels, compressed sparse rows, edge validation, topological order, and the
 * {@code .af}/{@code .bag} text parsers. Not exported.
 */
package dev.argmap.internal.graph;
