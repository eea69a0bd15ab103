/**
 * File handling that every argmap module shares but that is not part of argmap's API: the one atomic
 * writer, the one byte-counting stream and bounded text reading. The package is exported only to
 * argmap's own modules (a qualified export in core's module descriptor), so users cannot depend on it and
 * it can change in any release.
 */
@NullMarked
package dev.argmap.internal.io;

import org.jspecify.annotations.NullMarked;
