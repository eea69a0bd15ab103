package dev.argmap.exercises;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.argmap.exercises.gift.GiftWriter;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import java.util.Optional;

/**
 * A set of exercises generated from one map, ready to print or import: the student's sheet and a separate answer
 * key, each in Markdown and as one self-contained printable HTML page, and the quiz exercises as a Moodle GIFT
 * file. Immutable; every output is deterministic.
 */
public final class Worksheet {
  private final String title;
  private final ArgumentMap map;
  private final Statement thesis;
  private final ExerciseOptions options;
  private final ImmutableList<Exercise> exercises;
  private final ImmutableMap<ExerciseType, String> skipped;
  private final Optional<ArgumentMap> buildMapReference;
  private final ImmutableList<String> rejected;

  Worksheet(
      String title,
      ArgumentMap map,
      Statement thesis,
      ExerciseOptions options,
      ImmutableList<Exercise> exercises,
      ImmutableMap<ExerciseType, String> skipped,
      Optional<ArgumentMap> buildMapReference,
      ImmutableList<String> rejected) {
    this.title = title;
    this.map = map;
    this.thesis = thesis;
    this.options = options;
    this.exercises = exercises;
    this.skipped = skipped;
    this.buildMapReference = buildMapReference;
    this.rejected = rejected;
  }

  /**
   * Returns the candidate questions the checker rejected and replaced while making this sheet, each with its
   * title and why: a distractor that also fits, the answer visible in the stem, a repeated question, a question
   * another exercise answers, a chain the sheet does not show.
   *
   * @return one line per rejected question, in the order they were tried
   */
  public ImmutableList<String> rejectedQuestions() {
    return rejected;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the map the exercises come from.
   *
   * @return the map
   */
  public ArgumentMap map() {
    return map;
  }

  /**
   * Returns the thesis the exercises are about.
   *
   * @return the thesis
   */
  public Statement thesis() {
    return thesis;
  }

  /**
   * Returns the options the worksheet was generated with.
   *
   * @return the options
   */
  public ExerciseOptions options() {
    return options;
  }

  /**
   * Returns the exercises, in worksheet order.
   *
   * @return the exercises
   */
  public ImmutableList<Exercise> exercises() {
    return exercises;
  }

  /**
   * Returns the exercise types that were asked for but left out, each with the reason (for example a map with no
   * linked argument has no missing-premise exercise).
   *
   * @return type to reason, in type order
   */
  public ImmutableMap<ExerciseType, String> skipped() {
    return skipped;
  }

  /**
   * Returns the reference map of the build-the-map exercise: the statements on the sheet and the arguments between
   * them, without evidence. Grade a student's map of the exercise against it with
   * {@link dev.argmap.exercises.grading.Grader}.
   *
   * @return the reference, or empty when the worksheet has no build-the-map exercise
   */
  public Optional<ArgumentMap> buildMapReference() {
    return buildMapReference;
  }

  /**
   * Returns the student's sheet in Markdown (CommonMark), without answers.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    return new MarkdownWriter(this, false).write();
  }

  /**
   * Returns the answer key in Markdown: every answer with its explanation.
   *
   * @return the Markdown
   */
  public String answerKeyMarkdown() {
    return new MarkdownWriter(this, true).write();
  }

  /**
   * Returns the student's sheet as one self-contained HTML page: inline CSS with print styles, no script, nothing
   * loaded from the network.
   *
   * @return the HTML
   */
  public String toHtml() {
    return new HtmlWriter(this, false).write();
  }

  /**
   * Returns the answer key as one self-contained, printable HTML page.
   *
   * @return the HTML
   */
  public String answerKeyHtml() {
    return new HtmlWriter(this, true).write();
  }

  /**
   * Returns the quiz exercises as a Moodle GIFT file, one category per exercise; the debate preparation becomes an
   * essay question and the map building is left out (it is done on paper or in argmap, and graded with
   * {@link dev.argmap.exercises.grading.Grader}).
   *
   * @return the GIFT text, UTF-8 when written to a file
   */
  public String toGift() {
    return GiftWriter.write(this);
  }

  /**
   * Returns the exercises as a Moodle XML question file: a category per exercise under the sheet's level and seed,
   * per-answer feedback, ordering questions for rankings, "select missing words" for the map to build, marks per
   * question, and the debate preparation as an essay with grader information and a response template; see
   * {@link dev.argmap.exercises.gift.MoodleXmlWriter}.
   *
   * @return the XML, UTF-8 when written to a file
   */
  public String toMoodleXml() {
    return dev.argmap.exercises.gift.MoodleXmlWriter.write(this);
  }

  @Override
  public String toString() {
    return "Worksheet[" + title + ", " + options + ", " + exercises.size() + " exercises]";
  }
}
