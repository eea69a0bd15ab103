/**
 * uncertainpy's weighted bipolar argumentation graphs, {@code .bag}: {@code arg(name, base).},
 * {@code att(from, to).} and {@code sup(from, to).}, each edge with an optional weight as a third item.
 *
 * <p>{@link dev.argmap.interop.bag.BagImporter} makes every graph argument a statement (its base score kept in
 * the map's {@code "framework"} extension) and every edge a single-premise argument whose weight is the edge's;
 * {@link dev.argmap.interop.bag.BagExporter} writes the bipolar graph of any map. {@code docs/formats/bag.md}
 * describes both directions and what they lose.
 */
@NullMarked
package dev.argmap.interop.bag;

import org.jspecify.annotations.NullMarked;
