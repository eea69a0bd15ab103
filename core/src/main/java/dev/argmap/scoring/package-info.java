/**
 * Argument-strength scoring: compact weighted bipolar and attack-only graphs, the gradual semantics
 * (DF-QuAD, QuAD, Euler-based, quadratic energy, h-categorizer and its weighted variants), Dung's
 * extension semantics, and explanations of a score.
 */
package dev.argmap.scoring;
