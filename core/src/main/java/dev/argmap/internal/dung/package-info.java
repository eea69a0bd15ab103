/** The Dung search: labelling-based enumeration and the SAT solver behind it. Not exported. */
@NullMarked
package dev.argmap.internal.dung;

import org.jspecify.annotations.NullMarked;
