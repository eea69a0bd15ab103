/**
 * Storage shared by the graph types: labels, compressed sparse rows, edge validation, topological order, and the
 * {@code .af}/{@code .bag} text parsers. Exported to interop only, whose {@code .af} importer reads with the one
 * {@code .af} parser here; not API.
 */
package dev.argmap.internal.graph;
