/** Small helpers shared by the internal engines (time budgets). Not exported. */
@NullMarked
package dev.argmap.internal.util;

import org.jspecify.annotations.NullMarked;
