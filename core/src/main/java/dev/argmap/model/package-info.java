/**
 * The argmap domain model: statements and theses, arguments (inferences, including linked
 * co-premises and undercutters), evidence with its verbatim quote, and sources with their copies and
 * attribution; the immutable {@link dev.argmap.model.ArgumentMap} that holds them, its validation and
 * its lint warnings.
 */
package dev.argmap.model;
