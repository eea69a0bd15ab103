package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static String texts(ArgumentMap map) {
    return map.statements().stream().map(Statement::text).sorted().toList().toString();
  }

  @Test
  void jsonToArgdownAndBackKeepsTheStatementsAndArguments() throws IOException {
    String json = write("map.json", Documents.SCORED);
    String argdown = dir.resolve("map.argdown").toString();
    String back = dir.resolve("back.json").toString();

    Run there = Run.of("convert", json, argdown);
    Run again = Run.of("convert", argdown, back);

    assertThat(there.exitCode()).isZero();
    assertThat(there.out()).isEmpty();
    assertThat(there.err()).isEmpty();
    assertThat(Files.readString(Path.of(argdown))).contains("[t1]: The thesis holds.");
    assertThat(again.exitCode()).isZero();
    ArgumentMap original = ArgMapJson.readString(Documents.SCORED);
    ArgumentMap converted = ArgMapJson.read(Path.of(back));
    assertThat(texts(converted)).isEqualTo(texts(original));
    assertThat(converted.arguments()).hasSameSizeAs(original.arguments());
    assertThat(converted.thesisIds()).isEqualTo(original.thesisIds());
  }

  @Test
  void everyFormatByNameOrOption() throws IOException {
    String json = write("map.json", Documents.SCORED);

    for (String name : new String[] {"map.aif.json", "map.af", "map.apx", "map.tgf", "map.bag"}) {
      Run run = Run.of("convert", json, dir.resolve(name).toString());
      assertThat(run.exitCode()).as(name).isZero();
      assertThat(dir.resolve(name)).as(name).isNotEmptyFile();
    }
    Run af = Run.of("convert", json, "-", "--to", "af");
    assertThat(af.out()).startsWith("p af ");
    Run aif = Run.of("convert", dir.resolve("map.aif.json").toString(), "-", "--to", "json");
    assertThat(texts(ArgMapJson.readString(aif.out()))).isEqualTo(texts(ArgMapJson.readString(Documents.SCORED)));
    Run forced = Run.of("convert", write("nodeset.json", Files.readString(dir.resolve("map.aif.json"))), "-",
        "--from", "aif", "--to", "argdown");
    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out()).contains("The thesis holds.");
    Run stdin = Run.withStdin("p af 2\n1 2\n", "convert", "--from", "af", "-", "-", "--to", "tgf");
    assertThat(stdin.exitCode()).isZero();
    assertThat(stdin.out()).contains("#");
  }

  @Test
  void wrongUsageIsOneLine() throws IOException {
    String json = write("map.json", Documents.SCORED);

    Run noTarget = Run.of("convert", json, "-");
    Run unknownName = Run.of("convert", json, dir.resolve("map.xyz").toString());
    Run unknownFormat = Run.of("convert", json, "-", "--to", "yaml");

    assertThat(noTarget.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(noTarget.errLines()).containsExactly(
        "argmap: say the format to write to standard output with --to: json, aif, argdown, af, apx, tgf, bag, carneades");
    assertThat(unknownName.errLines()).containsExactly("argmap: cannot tell the format of "
        + dir.resolve("map.xyz") + " from its name; say it with --to: json, aif, argdown, af, apx, tgf, bag, carneades");
    assertThat(unknownFormat.errLines()).containsExactly(
        "argmap: unknown format 'yaml'; known: json, aif, argdown, af, apx, tgf, bag, carneades");
  }

  @Test
  void invalidInputIsOneLineWithItsPositionAndLeavesTheOutputAlone() throws IOException {
    String bad = write("bad.af", "p af 2\n1 5\n");
    Path out = dir.resolve("out.json");
    Files.writeString(out, "old");

    Run run = Run.of("convert", bad, out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("argmap: not a valid ICCMA 2023 argumentation framework file: " + bad + ", line 2");
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @Test
  void missingInputIsUnreadable() {
    String missing = dir.resolve("nope.argdown").toString();

    Run run = Run.of("convert", missing, dir.resolve("x.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines()).containsExactly("argmap: cannot read " + missing + ": no such file");
  }
}
