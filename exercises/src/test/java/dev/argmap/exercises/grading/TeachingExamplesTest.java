package dev.argmap.exercises.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.Worksheet;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/teaching/examples are the generator's real output for the prebuilt map (medium, seed 1) and
 * a graded student map with three mistakes. Rewrite them with {@code -Dargmap.writeTeachingExamples=true}.
 */
class TeachingExamplesTest {
  static final Path DIR = Path.of("..", "docs", "teaching", "examples");

  static Map<String, String> examples() {
    Worksheet w = Exercises.generate(GraderTest.REF, ExerciseOptions.builder().seed(1).build());
    ArgumentMap student = Edits.flip(GraderTest.REF, "a-culture");
    student = Edits.withoutStatement(student, "p-alliance-means-defence");
    student = Edits.mapEvidence(student, x -> !x.id().value().equals("e-putin-no-need-2") ? x
        : Evidence.builder().from(x).speaker(Person.of("The Moscow Times")).build());
    Map<String, String> out = new LinkedHashMap<>();
    out.put("worksheet.md", w.toMarkdown());
    out.put("answer-key.md", w.answerKeyMarkdown());
    out.put("worksheet.html", w.toHtml());
    out.put("answer-key.html", w.answerKeyHtml());
    out.put("quiz.gift.txt", w.toGift());
    out.put("quiz.moodle.xml", w.toMoodleXml());
    out.put("feedback.md", Grader.grade(GraderTest.REF, student).toMarkdown());
    return out;
  }

  @Test
  void theTeachingExamplesAreTheGeneratorsOutput() throws IOException {
    boolean write = Boolean.getBoolean("argmap.writeTeachingExamples");
    for (Map.Entry<String, String> e : examples().entrySet()) {
      Path file = DIR.resolve(e.getKey());
      if (write) {
        Files.createDirectories(DIR);
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file + " is stale: rerun with -Dargmap.writeTeachingExamples=true").isEqualTo(e.getValue());
    }
  }
}
