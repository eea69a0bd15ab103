package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseAndGradeCommandTest {
  @TempDir Path dir;

  @Test
  void worksheetOfThePrebuiltMapByDefault() {
    Run run = Run.of("exercise", "--types", "classify,attribution");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("# Debate exercises: " + DemoCommand.demoMap().title().orElseThrow())
        .contains("## 1. For or against?").contains("Who said it");
    assertThat(Run.of("exercise", "--types", "classify,attribution").out()).isEqualTo(run.out());
  }

  @Test
  void answerKeyHtmlAndGift() throws IOException {
    String map = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run key = Run.of("exercise", map, "--answer-key", "--format", "html", "--types", "classify");
    Run gift = Run.of("exercise", map, "--format", "gift", "--types", "classify");
    Run keyGift = Run.of("exercise", map, "--answer-key", "--format", "gift");

    assertThat(key.exitCode()).isZero();
    assertThat(key.out()).startsWith("<!DOCTYPE html>");
    assertThat(gift.out()).contains("$CATEGORY:");
    assertThat(keyGift.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(keyGift.errLines()).containsExactly(
        "argmap: a Moodle quiz holds its answers; --answer-key goes with markdown or html");
  }

  @Test
  void outputDirectoryGetsEveryFile() {
    Path out = dir.resolve("class-7");

    Run run = Run.of("exercise", "--seed", "7", "--difficulty", "hard", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("(hard, seed 7)").contains("wrote " + out.resolve("worksheet.md"));
    for (String f : new String[] {"worksheet.md", "answer-key.md", "worksheet.html", "answer-key.html",
        "quiz.gift.txt", "quiz.moodle.xml", "build-map-reference.argmap.json"}) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void badOptionsAreOneLine() throws IOException {
    Run type = Run.of("exercise", "--types", "essay");
    Run level = Run.of("exercise", "--difficulty", "extreme");
    Run thesis = Run.of("exercise", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "--thesis", "t9");

    assertThat(type.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(type.errLines()).singleElement().asString().startsWith("argmap: unknown exercise type \"essay\"");
    assertThat(level.errLines()).singleElement().asString().startsWith("argmap: unknown difficulty \"extreme\"");
    assertThat(thesis.errLines()).containsExactly("argmap: the map has no statement t9; its theses are [t1]");
  }

  @Test
  void gradingOneStudentPrintsTheFeedback() throws IOException {
    String reference = TestFiles.write(dir, "reference.json", Documents.SCORED).toString();
    String student = TestFiles.write(dir, "anna.json", Documents.SCORED).toString();

    Run run = Run.of("grade", reference, student);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# Feedback: ").contains("(100%)").contains("Nothing: well done.");
  }

  @Test
  void gradingSeveralStudentsPrintsATableAndWritesFeedback() throws IOException {
    String reference = TestFiles.write(dir, "reference.json", Documents.SCORED).toString();
    String anna = TestFiles.write(dir, "anna.json", Documents.SCORED).toString();
    String ben = TestFiles.write(dir, "ben.argdown", "[T]: The thesis holds. {thesis: true}\n  <+ [R]: Another reason.\n").toString();
    String broken = TestFiles.write(dir, "carl.json", "{").toString();
    Path feedback = dir.resolve("feedback");

    Run run = Run.of("grade", reference, anna, ben, broken, "-o", feedback.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.out().lines().toList()).startsWith("file,score,max,percent");
    assertThat(run.out()).contains(anna + ",").containsPattern(ben.replace("\\", "\\\\") + ",\\d+,\\d+,");
    assertThat(run.errLines()).singleElement().asString().startsWith("argmap: " + broken + " is not JSON");
    assertThat(feedback.resolve("anna.feedback.md")).isNotEmptyFile();
    assertThat(feedback.resolve("ben.feedback.md")).isNotEmptyFile();
  }

  @Test
  void teachersWeightsAndOverridesChangeTheGrade() throws IOException {
    String reference = TestFiles.write(dir, "reference.json", Documents.SCORED).toString();
    String student = TestFiles.write(dir, "anna.json", Documents.SCORED).toString();
    Run plain = Run.of("grade", reference, student);
    Run heavy = Run.of("grade", reference, student, "--weight", "statement=3,polarity=4");
    assertThat(heavy.exitCode()).isZero();
    assertThat(heavy.out()).contains("3 per reference statement found").contains("4 right polarity");
    assertThat(plain.out()).contains("1 per reference statement found");
    Run badWeight = Run.of("grade", reference, student, "--weight", "style=2");
    assertThat(badWeight.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(badWeight.errLines()).singleElement().asString().contains("unknown rubric item \"style\"");
    String overrides = TestFiles.write(dir, "overrides.txt", "nobody = nothing\n").toString();
    Run badOverride = Run.of("grade", reference, student, "--overrides", overrides);
    assertThat(badOverride.exitCode()).isNotZero();
    assertThat(badOverride.err()).contains("line 1").contains("nobody");
  }

  @Test
  void questionsAreDroppedRegeneratedAndLimitedByNumber() {
    Run plain = Run.of("exercise", "--types", "classify");
    Run regenerated = Run.of("exercise", "--types", "classify", "--regenerate", "classify.2");
    Run lesson = Run.of("exercise", "--types", "classify", "--max-questions", "3");
    assertThat(regenerated.exitCode()).isZero();
    assertThat(regenerated.out()).isNotEqualTo(plain.out()).contains("**2.**");
    assertThat(lesson.out()).contains("**3.**").doesNotContain("**4.**");
    Run bad = Run.of("exercise", "--drop", "classify");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(bad.errLines()).singleElement().asString().contains("classify.3");
  }

  @Test
  void moodleXmlIsPrintedAndWritten() {
    Run xml = Run.of("exercise", "--format", "moodle", "--types", "classify,rank-objections");
    assertThat(xml.exitCode()).isZero();
    assertThat(xml.out()).startsWith("<?xml").contains("<quiz>").contains("type=\"ordering\"")
        .contains("/Medium seed 1/");
    Path out = dir.resolve("moodle-class");
    Run all = Run.of("exercise", "-o", out.toString());
    assertThat(all.exitCode()).isZero();
    assertThat(out.resolve("quiz.moodle.xml")).isNotEmptyFile();
  }
}
