/** The Dung search: labelling-based enumeration and the SAT solver behind it. Not exported. */
package dev.argmap.internal.dung;
