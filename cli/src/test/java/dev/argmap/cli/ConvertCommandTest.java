package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  private static String texts(ArgumentMap map) {
    return map.statements().stream().map(Statement::text).sorted().toList().toString();
  }

  @Test
  void jsonToArgdownAndBackKeepsTheStatementsAndArguments() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    String argdown = dir.resolve("map.argdown").toString();
    String back = dir.resolve("back.json").toString();

    Run there = Run.of("convert", json, argdown);
    Run again = Run.of("convert", argdown, back);

    assertThat(there.exitCode()).isZero();
    assertThat(there.out()).isEmpty();
    assertThat(there.errLines()).containsExactly("argmap: warning: " + argdown + " (Argdown) cannot hold"
        + " 2 evidence items, 2 sources of the map; they are left out (--strict refuses this)");
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
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    for (String name : new String[] {"map.aif.json", "map.af", "map.apx", "map.tgf", "map.bag"}) {
      Run run = Run.of("convert", json, dir.resolve(name).toString());
      assertThat(run.exitCode()).as(name).isZero();
      assertThat(dir.resolve(name)).as(name).isNotEmptyFile();
    }
    Run af = Run.of("convert", json, "-", "--to", "af");
    assertThat(af.out()).startsWith("p af ");
    Run aif = Run.of("convert", dir.resolve("map.aif.json").toString(), "-", "--to", "json");
    assertThat(texts(ArgMapJson.readString(aif.out()))).isEqualTo(texts(ArgMapJson.readString(Documents.SCORED)));
    Run forced = Run.of("convert", TestFiles.write(dir, "nodeset.json", Files.readString(dir.resolve("map.aif.json"))).toString(), "-",
        "--from", "aif", "--to", "argdown");
    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out()).contains("The thesis holds.");
    Run stdin = Run.withStdin("p af 2\n1 2\n", "convert", "--from", "af", "-", "-", "--to", "tgf");
    assertThat(stdin.exitCode()).isZero();
    assertThat(stdin.out()).contains("#");
  }

  @Test
  void wrongUsageIsOneLine() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run noTarget = Run.of("convert", json, "-");
    Run unknownName = Run.of("convert", json, dir.resolve("map.xyz").toString());
    Run unknownFormat = Run.of("convert", json, "-", "--to", "yaml");

    assertThat(noTarget.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(noTarget.errLines()).containsExactly(
        "argmap: say the format to write to standard output with --to: af, aif, apx, argdown, bag, carneades, dot, graphml, html, json, markdown, mermaid, tgf");
    assertThat(unknownName.errLines()).containsExactly("argmap: cannot tell the format of "
        + dir.resolve("map.xyz") + " from its name; say it with --to: af, aif, apx, argdown, bag, carneades, dot, graphml, html, json, markdown, mermaid, tgf");
    assertThat(unknownFormat.errLines()).containsExactly(
        "argmap: unknown format 'yaml'; known: af, aif, apx, argdown, bag, carneades, dot, graphml, html, json, markdown, mermaid, tgf");
  }

  @Test
  void invalidInputIsOneLineWithItsPositionAndLeavesTheOutputAlone() throws IOException {
    String bad = TestFiles.write(dir, "bad.af", "p af 2\n1 5\n").toString();
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

  @Test
  void argdownImportsAreResolvedNextToTheFileAndRefusedOutsideIt() throws IOException {
    TestFiles.write(dir, "part.argdown", "[Part]: Imported text.\n").toString();
    String main = TestFiles.write(dir, "main.argdown", "@import \"part.argdown\"\n@include(part.argdown)\n\n[A]: a.\n  + [Part]\n").toString();

    Run run = Run.of("convert", main, "-", "--to", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("skipped");
    assertThat(texts(ArgMapJson.readString(run.out()))).isEqualTo("[Imported text., a.]");

    String outside = TestFiles.write(dir, "outside.argdown", "@import \"/etc/hostname\"\n").toString();
    Run refused = Run.of("convert", outside, "-", "--to", "json");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(refused.errLines()).singleElement().asString().contains(outside + ", line 1, column 1")
        .contains("outside");
  }

  @Test
  void lossesAreListedByKindAndStrictRefusesThem() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    Path aif = dir.resolve("map.aif.json");
    Files.writeString(aif, "old");

    Run lossy = Run.of("convert", json, "-", "--to", "aif");
    Run strict = Run.of("convert", json, aif.toString(), "--strict");

    assertThat(lossy.exitCode()).isZero();
    assertThat(lossy.errLines()).containsExactly("argmap: warning: AIF JSON (AIFdb, OVA, xAIF) cannot hold"
        + " 2 evidence items, 2 sources, 1 argument weight, 1 argument label, 1 map title of the map; they are"
        + " left out (--strict refuses this)");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(strict.errLines()).singleElement().asString().startsWith("argmap: --strict: " + aif
        + " (AIF JSON (AIFdb, OVA, xAIF)) cannot hold 2 evidence items, 2 sources");
    assertThat(Files.readString(aif)).isEqualTo("old");

    // what a format holds whole converts under --strict without a word
    String af = TestFiles.write(dir, "f.af", "p af 3\n1 2\n2 3\n3 3\n").toString();
    Run whole = Run.of("convert", af, dir.resolve("f.argdown").toString(), "--strict");
    assertThat(whole.exitCode()).isZero();
    assertThat(whole.err()).isEmpty();
    Run back = Run.of("convert", dir.resolve("f.argdown").toString(), "-", "--to", "af", "--strict");
    assertThat(back.exitCode()).isZero();
    assertThat(back.out()).contains("3 3");
  }

  @Test
  void aifdbWritesNumericIdsAndTimestamps() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run run = Run.of("convert", json, "-", "--to", "aif", "--aifdb");
    Run wrong = Run.of("convert", json, "-", "--to", "argdown", "--aifdb");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"nodeID\": \"1\"").contains("\"timestamp\": \"")
        .contains("\"schemeID\": \"72\"").doesNotContain("\"nodeID\": \"t1\"");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(wrong.errLines()).containsExactly("argmap: --aifdb applies to AIF output only, not Argdown");
  }

  @Test
  void convertDrawsThroughTheRegistryAsRenderDoesAndKeepsTheTargetsMode() throws IOException {
    String json = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    Path dot = dir.resolve("map.gv");
    Files.writeString(dot, "old");
    Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rw-r--r--"));

    Run convert = Run.of("convert", json, dot.toString());
    Run render = Run.of("render", json, "--to", "dot");
    Run readDot = Run.of("validate", dot.toString());

    assertThat(convert.exitCode()).as(convert.err()).isZero();
    assertThat(Files.readString(dot)).startsWith("digraph argmap {").isEqualTo(render.out());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dot))).isEqualTo("rw-r--r--");
    // the losses are the renderer's, in the words of every conversion
    assertThat(convert.errLines()).containsExactlyElementsOf(render.errLines().stream()
        .map(l -> l.replace("DOT cannot hold", dot + " (Graphviz DOT) cannot hold")).toList());
    Run fromDot = Run.of("convert", dot.toString(), "-", "--from", "dot", "--to", "json");
    assertThat(fromDot.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(fromDot.errLines()).containsExactly("argmap: argmap writes Graphviz DOT but cannot read it;"
        + " formats it reads: af, aif, apx, argdown, bag, carneades, json, tgf");
    assertThat(readDot.exitCode()).isNotZero();
  }
}
