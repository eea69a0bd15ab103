/**
 * argmap exercises: debate exercises for educators, generated from any {@link dev.argmap.model.ArgumentMap}, and
 * grading of students' maps against a reference map.
 *
 * <ul>
 *   <li>{@link dev.argmap.exercises.Exercises#generate} makes a {@link dev.argmap.exercises.Worksheet}: the
 *       exercises, written as a worksheet and a separate answer key in Markdown and printable HTML, and the quiz
 *       exercises as a Moodle GIFT file ({@link dev.argmap.exercises.gift}).
 *   <li>{@link dev.argmap.exercises.grading.Grader#grade} compares a student's map with the reference map and
 *       returns a {@link dev.argmap.exercises.grading.GradeReport}: points per rubric category and feedback the
 *       student can read.
 * </ul>
 */
module dev.argmap.exercises {
  requires transitive dev.argmap.core;
  requires dev.argmap.json;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;

  exports dev.argmap.exercises;
  exports dev.argmap.exercises.gift;
  exports dev.argmap.exercises.grading;
}
