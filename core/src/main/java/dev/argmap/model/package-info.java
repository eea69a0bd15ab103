/**
 * The argmap domain model: statements and theses, arguments (inferences, including linked
 * co-premises and undercutters), evidence with its verbatim quote, and sources with their copies and
 * attribution; the immutable {@link dev.argmap.model.ArgumentMap} that holds them, its validation and
 * its lint warnings.
 *
 * <p>Everything here is immutable and thread-safe, except the builders, which are for one thread.
 * No method returns {@code null} or accepts it: absent values are {@link java.util.Optional}s, and
 * a {@code null} argument throws {@link NullPointerException} naming the parameter. A query about an
 * element the map does not hold throws {@link IllegalArgumentException} naming the nearest ones it
 * does; a value out of range is refused when the value is built; what joins elements is checked
 * when the map is built, which reports every problem at once in an {@link
 * dev.argmap.model.InvalidMapException}.
 */
@NullMarked
package dev.argmap.model;

import org.jspecify.annotations.NullMarked;
