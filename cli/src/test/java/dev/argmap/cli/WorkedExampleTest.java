package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Difficulty;
import dev.argmap.exercises.Exercise;
import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.Worksheet;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the worked example in docs/teaching/worked-example in step with the commands it shows: the hand-written map
 * (no locators) validates, {@code argmap quotes locate} finds every quote in the text and writes exactly the located
 * map kept beside it, every quote's locator points at the quote's own words, and the worksheet and key in the folder
 * are what {@code argmap exercise} prints now, with all eight exercise types. Rewrite the located map and the sheets
 * with {@code -Dargmap.writeWorkedExample=true}.
 */
class WorkedExampleTest {
  static final Path DIR = Path.of("..", "docs", "teaching", "worked-example");
  static final Path MAP = DIR.resolve("on-liberty.argmap");
  static final Path TEXT = DIR.resolve("on-liberty.txt");
  static final Path LOCATED = DIR.resolve("on-liberty.located.argmap");
  static final boolean WRITE = Boolean.getBoolean("argmap.writeWorkedExample");

  @TempDir Path tmp;

  @Test
  void theHandWrittenMapValidatesAndHasNoLocatorsYet() throws IOException {
    Run run = Run.of("validate", MAP.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("valid argument map: 1 thesis, 15 statements, 10 arguments (3 linked,"
        + " 1 undercutter), 15 evidence items, 1 source (1 copy)");
    assertThat(readme()).contains(run.out().lines().filter(l -> l.contains("valid argument map")).findFirst()
        .orElseThrow().replace(MAP.toString(), "on-liberty.argmap"));
    ArgumentMap map = ArgMapJson.read(MAP);
    assertThat(map.evidence()).hasSize(15).allSatisfy(e -> assertThat(e.locator()).as(e.id().value()).isEmpty());
  }

  @Test
  void quotesLocateFindsEveryQuoteAndWritesTheLocatedMapKeptInTheFolder() throws IOException {
    Path out = tmp.resolve("on-liberty.located.argmap");

    Run run = Run.of("quotes", "locate", MAP.toString(), TEXT.toString(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("located 15 of 15 quotes\n").doesNotContain("not found");
    assertThat(readme()).contains("located 15 of 15 quotes");
    assertThat(Files.readString(DIR.resolveSibling("README.md"), StandardCharsets.UTF_8))
        .as("the teachers' guide quotes the same output").contains("`located 15 of 15 quotes`");
    String located = Files.readString(out, StandardCharsets.UTF_8);
    if (WRITE) {
      Files.writeString(LOCATED, located, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(LOCATED, StandardCharsets.UTF_8))
        .as(LOCATED + " is stale: rerun with -Dargmap.writeWorkedExample=true").isEqualTo(located);
  }

  @Test
  void everyLocatorPointsAtItsQuotesOwnWordsInTheText() throws IOException {
    String text = Files.readString(TEXT, StandardCharsets.UTF_8);
    ArgumentMap map = ArgMapJson.read(LOCATED);
    assertThat(map.evidence()).hasSize(15);
    for (Evidence e : map.evidence()) {
      Locator l = e.locator().orElseThrow(() -> new AssertionError(e.id() + " has no locator"));
      assertThat(l.copy().value()).isEqualTo("chapter-2");
      String found = text.substring(l.start().orElseThrow(), l.end().orElseThrow());
      assertThat(words(found)).as(e.id().value()).isEqualTo(words(e.quote()));
    }
  }

  @Test
  void theWorksheetAndKeyInTheFolderAreWhatTheCommandPrintsNow() throws IOException {
    Map<String, List<String>> files = new LinkedHashMap<>();
    String map = LOCATED.toString();
    files.put("worksheet.md", List.of("exercise", map, "--difficulty", "medium", "--seed", "1"));
    files.put("answer-key.md", List.of("exercise", map, "--difficulty", "medium", "--seed", "1", "--answer-key"));
    files.put("worksheet.html", List.of("exercise", map, "--difficulty", "medium", "--seed", "1", "--format", "html"));
    files.put("answer-key.html", List.of("exercise", map, "--difficulty", "medium", "--seed", "1", "--format", "html",
        "--answer-key"));
    for (Map.Entry<String, List<String>> f : files.entrySet()) {
      Run run = Run.of(f.getValue().toArray(String[]::new));
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
      Path file = DIR.resolve(f.getKey());
      if (WRITE) {
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file + " is stale: rerun with -Dargmap.writeWorkedExample=true").isEqualTo(run.out());
    }
  }

  @Test
  void allEightExerciseTypesAreGeneratedOnTheExample() throws IOException {
    Worksheet sheet = Exercises.generate(ArgMapJson.read(LOCATED),
        ExerciseOptions.builder().seed(1).difficulty(Difficulty.MEDIUM).build());
    assertThat(sheet.skipped()).as("left out").isEmpty();
    assertThat(sheet.exercises().stream().map(Exercise::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ExerciseType.values());
    String worksheet = Files.readString(DIR.resolve("worksheet.md"), StandardCharsets.UTF_8);
    for (ExerciseType t : ExerciseType.values()) {
      assertThat(worksheet).as(t.id()).contains(t.title());
    }
  }

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String readme() throws IOException {
    return Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
  }
}
