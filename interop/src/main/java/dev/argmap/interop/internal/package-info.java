/**
 * What the format packages share and do not publish: reading text files within their limits, naming
 * (slugs and unique identifiers), the choice of theses, and the graph view of a map that the {@code .af},
 * {@code .apx}, TGF and {@code .bag} formats are written from. Not exported by the module.
 */
@NullMarked
package dev.argmap.interop.internal;

import org.jspecify.annotations.NullMarked;
