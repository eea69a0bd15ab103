/**
 * Grading a student's map against a reference map: {@link dev.argmap.exercises.grading.Grader} matches the
 * student's statements to the reference's by meaning ({@link dev.argmap.exercises.grading.TextSimilarity}),
 * checks every relation's target, polarity and premises and every quote's claim, source, speaker and cited work,
 * and returns a {@link dev.argmap.exercises.grading.GradeReport}: points per {@link
 * dev.argmap.exercises.grading.Rubric rubric} category and feedback the student can read.
 * {@link dev.argmap.exercises.grading.StudentMaps} reads students' maps.
 */
@NullMarked
package dev.argmap.exercises.grading;

import org.jspecify.annotations.NullMarked;
