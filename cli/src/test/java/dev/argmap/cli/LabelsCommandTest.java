package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap labels} and Carneades files through {@code argmap convert}. */
class LabelsCommandTest {
  static final String PICNIC = """
      meta:
        title: Picnic
      statements:
        sunny: The forecast says sunny.
        old: The forecast is a week old.
        rain: The radar shows rain.
        picnic: We have the picnic today.
        ¬picnic: We do not have the picnic today.
        "at(park, noon)": We meet in the park at noon.
      issues:
        i1:
          positions: [picnic, ¬picnic]
          standard: PE
      arguments:
        a1:
          premises: [sunny]
          conclusion: picnic
          undercutter: old
        a2:
          premises: [rain]
          conclusion: ¬picnic
        a3:
          premises: [picnic]
          conclusion: at(park,noon)
      assumptions: [sunny, old, rain]
      """;

  @TempDir Path dir;

  @Test
  void printsEachStatementsLabelInTheOrderOfTheFile() throws IOException {
    Run run = Run.of("labels", TestFiles.write(dir, "picnic.yml", PICNIC).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("sunny,in\nold,in\nrain,in\npicnic,out\n¬picnic,in\n\"at(park, noon)\",out\n");
  }

  @Test
  void aMapInAnotherFormatIsLabelledAsItsCarneadesFile() throws IOException {
    String yml = TestFiles.write(dir, "picnic.yml", PICNIC).toString();
    String json = dir.resolve("picnic.json").toString();

    Run convert = Run.of("convert", yml, json);
    Run labels = Run.of("labels", json);

    assertThat(convert.exitCode()).isZero();
    assertThat(convert.err()).isEmpty();
    assertThat(labels.exitCode()).isZero();
    assertThat(labels.out()).isEqualTo(Run.of("labels", yml).out());
    assertThat(Run.withStdin(PICNIC, "labels", "-").out()).isEqualTo(labels.out());
  }

  @Test
  void convertWritesCarneadesAndSaysWhatItLeavesOut() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    String yml = dir.resolve("map.yml").toString();

    Run run = Run.of("convert", json, yml);

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(Path.of(yml))).contains("statements:").contains("arguments:");
    assertThat(run.err()).startsWith("argmap: warning: " + yml + " (Carneades 4 YAML argument graph) cannot hold ")
        .contains("argmap: warning: " + yml + ": 2 evidence items (Carneades has no evidence or sources)");
    assertThat(Run.of("convert", json, yml, "--strict").exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(Run.of("convert", yml, "-", "--to", "json").exitCode()).isZero();
  }

  @Test
  void anInvalidFileIsExitOneWithTheLine() throws IOException {
    Run run = Run.of("labels", TestFiles.write(dir, "bad.yml", "statements:\n  p: P\narguments:\n  a:\n    conclusion: q\n").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad.yml").contains("line 5")
        .contains("the conclusion of argument a is \"q\", which is not a statement of the file");
    assertThat(Run.of("labels", dir.resolve("absent.yml").toString()).exitCode()).isEqualTo(ExitCodes.UNREADABLE);
  }
}
