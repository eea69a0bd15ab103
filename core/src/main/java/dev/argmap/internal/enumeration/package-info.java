/**
 * The Dung solver's enumeration as raw member arrays, for argmap's own modules: {@code argmap iccma} prints EE's
 * extensions from them as the search finds them, without building an {@link dev.argmap.semantics.dung.Extension}
 * per extension. Not part of argmap's API: the package is exported only to the CLI (a qualified export in core's
 * module descriptor) and can change in any release; users have {@link
 * dev.argmap.semantics.dung.DungSolver#forEachExtension}.
 */
@NullMarked
package dev.argmap.internal.enumeration;

import org.jspecify.annotations.NullMarked;
