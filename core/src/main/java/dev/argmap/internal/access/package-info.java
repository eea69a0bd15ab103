/**
 * The bridge from the internal engines to the package-private parts of the API types ({@link
 * dev.argmap.internal.access.Access}). Not exported.
 */
@NullMarked
package dev.argmap.internal.access;

import org.jspecify.annotations.NullMarked;
