package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How commands tell a file's format (issue 15): a name argmap does not know is read as argmap JSON and the
 * error says so and how to name the format; {@code extensions} reads {@code .apx} and {@code .tgf} as
 * {@code convert} and {@code score} do; one {@code .af} file reads the same in every command.
 */
class InputFormatTest {
  @TempDir Path dir;

  @Test
  void anUnknownEndingNamesTheFormatAssumedAndSuggestsFrom() throws IOException {
    for (String name : new String[] {"notes.md", "map.xml"}) {
      String file = TestFiles.write(dir, name, "# not JSON\n- a: b\n").toString();

      Run convert = Run.of("convert", file, "-", "--to", "argdown");
      Run validate = Run.of("validate", file);

      assertThat(convert.exitCode()).as(name).isEqualTo(ExitCodes.UNREADABLE);
      String because = name.endsWith(".md")
          ? "its name ends as Markdown outline files do, which argmap writes but does not read"
          : "its ending .xml names no format argmap knows";
      assertThat(convert.errLines()).as(name).singleElement().asString()
          .startsWith("argmap: " + file + " is not JSON: ")
          .contains("argmap read it as argmap JSON, the default, because " + because)
          .endsWith("name it with --from (af, aif, apx, argdown, bag, carneades, json, tgf)");
      // validate has no --from: it says how to get argmap JSON instead
      assertThat(validate.errLines()).as(name).singleElement().asString()
          .contains("argmap read it as argmap JSON").contains("argmap convert FILE map.json --from FORMAT");
    }
    String json = TestFiles.write(dir, "broken.json", "{\"format\": ").toString();
    assertThat(Run.of("validate", json).errLines()).singleElement().asString()
        .doesNotContain("argmap read it as");
    // a format argmap reads, given to a command that reads argmap JSON only: no "names no format" claim
    String af = TestFiles.write(dir, "f.af", "p af 2\n1 2\n").toString();
    assertThat(Run.of("show", af).errLines()).singleElement().asString()
        .contains("this command reads argmap JSON only, and the name ends as ")
        .doesNotContain("names no format").contains("argmap convert FILE map.json --from FORMAT");
  }

  @Test
  void extensionsReadsApxAndTgfAsConvertAndScoreDo() throws IOException {
    String apx = TestFiles.write(dir, "f.apx", "arg(a). arg(b). arg(c).\natt(a,b). att(b,c).\n").toString();
    String tgf = TestFiles.write(dir, "f.tgf", "a\nb\nc\n#\na b\nb c\n").toString();

    Run fromApx = Run.of("extensions", apx, "--semantics", "grounded");
    Run fromTgf = Run.of("extensions", tgf, "--semantics", "stable", "--all");
    Run forced = Run.withStdin("a\nb\n#\na b\n", "extensions", "-", "--from", "tgf", "--semantics", "grounded");
    Run notDung = Run.of("extensions", TestFiles.write(dir, "m.bag", "arg(a, 0.5).\n").toString(), "--semantics", "grounded");

    assertThat(fromApx.exitCode()).isZero();
    assertThat(fromApx.out()).isEqualTo("w a c\n");
    assertThat(fromTgf.out()).isEqualTo("w a c\n");
    assertThat(forced.out()).isEqualTo("w a\n");
    assertThat(Run.of("score", apx).exitCode()).isZero();
    assertThat(notDung.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(notDung.errLines()).singleElement().asString().contains("not a Dung framework");
  }

  @Test
  void oneAfFileReadsTheSameInExtensionsConvertAndScore() throws IOException {
    // a repeated attack: dropped with the same warning by both commands (extensions used to refuse it)
    String af = TestFiles.write(dir, "repeat.af", "p af 3\n1 2\n2 3\n1 2\n").toString();

    Run extensions = Run.of("extensions", af, "--semantics", "grounded");
    Run convert = Run.of("convert", af, "-", "--to", "apx");

    String warning = "argmap: warning: " + af + ": line 4: attack 1 -> 2 is repeated; the repetition is dropped";
    assertThat(extensions.exitCode()).isZero();
    assertThat(extensions.out()).isEqualTo("w 1 3\n");
    assertThat(extensions.errLines()).containsExactly(warning);
    assertThat(convert.exitCode()).isZero();
    assertThat(convert.errLines()).contains(warning);
    Run score = Run.of("score", af);
    assertThat(score.exitCode()).isZero();
    assertThat(score.errLines()).containsExactly(warning);

    // an error reads the same too: the same position and words
    String bad = TestFiles.write(dir, "bad.af", "p af 2\n1 3\n").toString();
    String extensionsError = Run.of("extensions", bad, "--semantics", "grounded").errLines().get(0);
    String convertError = Run.of("convert", bad, "-", "--to", "apx").errLines().get(0);
    String problem = "line 2, column 3: argument 3 is out of range; the header declares 2 arguments, numbered 1 to 2";
    assertThat(extensionsError).endsWith(problem);
    assertThat(convertError).endsWith(problem);
    assertThat(Run.of("score", bad).errLines().get(0)).endsWith(problem);
  }

  /** Every command line that reads an .af file, for the file {@code af}. */
  private static List<String[]> everyAfCommand(String af) {
    return List.of(
        new String[] {"extensions", af, "--semantics", "grounded"},
        new String[] {"convert", af, "-", "--to", "apx"},
        new String[] {"score", af},
        new String[] {"contributions", af, "--topic", "3"},
        new String[] {"render", af, "--to", "dot"},
        new String[] {"lint", af},
        new String[] {"labels", af},
        new String[] {"iccma", "-p", "SE-GR", "-f", af},
        new String[] {"iccma", "-p", "SE-GR", "-f", af, "--time-limit", "60"});
  }

  /** The ICCMA solver's fast path in {@code Main}, which answers the competition's command lines without picocli. */
  private static Run fastPath(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Iccma.fastPath(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("the fast path answers %s", String.join(" ", args)).isNotNegative();
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyCommandThatReadsAfGivesTheSameWarningAndTheSameError() throws IOException {
    // one grammar (core's parser): a repeated attack is dropped with one warning, an argument out of range is
    // one error, word for word, in every command, argmap iccma (picocli and fast path) included
    String af = TestFiles.write(dir, "repeat.af", "p af 3\n1 2\n2 3\n1 2\n").toString();
    String bad = TestFiles.write(dir, "bad.af", "p af 2\n1 3\n").toString();
    String warning = "argmap: warning: " + af + ": line 4: attack 1 -> 2 is repeated; the repetition is dropped";
    String problem = "line 2, column 3: argument 3 is out of range; the header declares 2 arguments, numbered 1 to 2";
    String error = "argmap: not a valid ICCMA 2023 argumentation framework file: " + bad + ", " + problem;
    List<String> commands = new ArrayList<>();
    for (String[] args : everyAfCommand(af)) {
      String what = String.join(" ", args);
      Run run = Run.of(args);
      assertThat(run.errLines()).as(what + ": " + run.err()).contains(warning);
      assertThat(run.errLines()).as(what).filteredOn(l -> l.contains("repeated")).hasSize(1);
      assertThat(run.exitCode()).as(what).isIn(ExitCodes.OK, ExitCodes.INVALID);
      String[] badArgs = everyAfCommand(bad).get(commands.size());
      Run failed = Run.of(badArgs);
      assertThat(failed.exitCode()).as(String.join(" ", badArgs)).isEqualTo(ExitCodes.INVALID);
      assertThat(failed.errLines()).as(String.join(" ", badArgs)).first().asString()
          .isEqualTo(error);
      commands.add(what);
    }
    Run fast = fastPath("iccma", "-p", "SE-GR", "-f", af);
    assertThat(fast.exitCode()).isZero();
    assertThat(fast.out()).isEqualTo("w 1 3\n");
    assertThat(fast.errLines()).containsExactly(warning);
    Run fastBad = fastPath("iccma", "-p", "SE-GR", "-f", bad);
    assertThat(fastBad.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(fastBad.errLines()).containsExactly(error);
    // the solver answers the same on the file with and without the repetition
    assertThat(Run.of("iccma", "-p", "SE-GR", "-f", af).out()).isEqualTo("w 1 3\n");
  }

  @Test
  void theMapCommandsReadAnAfFileThroughTheSameImporter() throws IOException {
    // every command that reads a map finds the .af importer in the format registry, so one file gives one
    // warning everywhere, and the size limit is refused the same way
    String af = TestFiles.write(dir, "repeat.af", "p af 3\n1 2\n2 3\n1 2\n").toString();
    String warning = "argmap: warning: " + af + ": line 4: attack 1 -> 2 is repeated; the repetition is dropped";
    for (String[] args : new String[][] {
        {"render", af, "--to", "dot"}, {"lint", af}, {"labels", af}}) {
      Run run = Run.of(args);
      assertThat(run.errLines()).as(String.join(" ", args) + ": " + run.err()).contains(warning);
      assertThat(run.exitCode()).as(String.join(" ", args)).isIn(ExitCodes.OK, ExitCodes.INVALID);
    }
    StringBuilder big = new StringBuilder("p af 1000\n");
    for (int i = 1; i < 1000; i++) {
      big.append(i).append(' ').append(i + 1).append('\n');
    }
    String large = TestFiles.write(dir, "large.af", big.toString()).toString();
    for (String command : new String[] {"extensions", "convert", "score", "render"}) {
      String[] args = switch (command) {
        case "extensions" -> new String[] {command, large, "--semantics", "grounded", "--max-size", "2k"};
        case "convert" -> new String[] {command, large, "-", "--to", "apx", "--max-size", "2k"};
        case "render" -> new String[] {command, large, "--to", "dot", "--max-size", "2k"};
        default -> new String[] {command, large, "--max-size", "2k"};
      };
      Run run = Run.of(args);
      assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCodes.INVALID);
      assertThat(run.err()).as(command).contains("more than the limit of 2048").contains("--max-size");
    }
  }
}
