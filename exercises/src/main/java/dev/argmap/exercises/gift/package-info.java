/**
 * Moodle GIFT output: {@link dev.argmap.exercises.gift.GiftWriter} writes a worksheet's quiz exercises as a GIFT
 * file that Moodle imports as is, and {@link dev.argmap.exercises.gift.GiftValidator} checks a GIFT text against
 * the format's grammar, strictly (every special character escaped), and lists its questions.
 */
@NullMarked
package dev.argmap.exercises.gift;

import org.jspecify.annotations.NullMarked;
