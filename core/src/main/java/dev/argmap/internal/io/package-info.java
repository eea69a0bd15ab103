/**
 * File handling that every argmap module shares but that is not part of argmap's API: the one atomic
 * writer, the one byte-counting stream, bounded text reading, and the one {@code .af} parser's result in
 * file order ({@code AfFile}, for interop's importer). The package is exported only to
 * argmap's own modules (a qualified export in core's module descriptor), so users cannot depend on it and
 * it can change in any release.
 */
@NullMarked
package dev.argmap.internal.io;

import org.jspecify.annotations.NullMarked;
