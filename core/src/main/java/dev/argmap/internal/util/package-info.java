/** Small helpers shared by the internal engines (time budgets). Not exported. */
package dev.argmap.internal.util;
