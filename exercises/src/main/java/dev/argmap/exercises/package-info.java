/**
 * Debate exercises for educators, generated from any argument map.
 *
 * <p>{@link dev.argmap.exercises.Exercises#generate(dev.argmap.model.ArgumentMap, ExerciseOptions)} runs the
 * generators chosen in {@link dev.argmap.exercises.ExerciseOptions} (every {@link ExerciseType} by default) and
 * returns a {@link dev.argmap.exercises.Worksheet}. The worksheet is written as a student's sheet and as a separate
 * answer key, each in Markdown and as one self-contained printable HTML page, and its quiz exercises as a Moodle
 * GIFT file. The same map, options and seed always give byte-identical output.
 *
 * <p>The exercises are made of {@link dev.argmap.exercises.Item items}: multiple choice, true or false, matching,
 * ordering and open tasks. Every item keeps the identifier of the map element it is about, so that its answer can
 * be checked against the map.
 */
@NullMarked
package dev.argmap.exercises;

import org.jspecify.annotations.NullMarked;
