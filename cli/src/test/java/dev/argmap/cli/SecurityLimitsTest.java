package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Security: every reading command refuses input beyond its limits before spending memory on it, in one line
 * that names the limit and the option that raises it; raising the option reads the same input.
 */
class SecurityLimitsTest {
  @TempDir Path dir;

  /** An Argdown outline whose relations nest {@code depth} levels deep. */
  private static String nested(int depth) {
    StringBuilder s = new StringBuilder("[T]: The thesis holds.\n");
    for (int i = 1; i < depth; i++) {
      s.append("  ".repeat(i)).append("<+ [S").append(i).append("]: Statement ").append(i).append(".\n");
    }
    return s.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "lint", "render", "explain", "convert"})
  void deeplyNestedArgdownIsRefusedByEveryCommandWithTheOption(String command) throws IOException {
    String file = TestFiles.write(dir, "deep.argdown", nested(3000)).toString();
    Run run = switch (command) {
      case "render" -> Run.of("render", file, "--to", "dot", "--scores", "df-quad");
      case "explain" -> Run.of("explain", file, "T");
      case "convert" -> Run.of("convert", file, dir.resolve("out.json").toString());
      default -> Run.of(command, file);
    };

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("nests 65 levels deep, deeper than the limit of 64")
        .contains("--max-depth").doesNotContain("internal error");
  }

  @Test
  void raisingTheDepthLimitReadsTheSameOutline() throws IOException {
    String file = TestFiles.write(dir, "deep.argdown", nested(80)).toString();

    assertThat(Run.of("lint", file).exitCode()).isEqualTo(ExitCodes.INVALID);
    Run raised = Run.of("lint", file, "--max-depth", "100");
    assertThat(raised.exitCode()).as(raised.err()).isZero();
  }

  @Test
  void aDocumentLargerThanMaxSizeIsRefusedBeforeItIsRead() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run run = Run.of("validate", file, "--max-size", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("larger than the limit of 100 bytes").contains("--max-size");
    assertThat(Run.of("validate", file, "--max-size", "1M").exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.argdown", "a.apx", "a.tgf", "a.bag"})
  void textFormatsLargerThanMaxSizeAreRefusedWithTheOption(String name) throws IOException {
    String file = TestFiles.write(dir, name, "x".repeat(5000)).toString();

    Run run = Run.of("lint", file, "--max-size", "1k");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("5000 bytes, more than the limit of 1024").contains("--max-size");
  }

  @Test
  void aStreamedAfFileLargerThanMaxSizeIsRefusedWithTheOption() throws IOException {
    StringBuilder af = new StringBuilder("p af 1000\n");
    for (int i = 1; i < 1000; i++) {
      af.append(i).append(' ').append(i + 1).append('\n');
    }
    String file = TestFiles.write(dir, "big.af", af.toString()).toString();

    Run run = Run.of("extensions", file, "--semantics", "grounded", "--max-size", "2k");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("more than the limit of 2048").contains("--max-size");
    assertThat(Run.of("extensions", file, "--semantics", "grounded").exitCode()).isZero();
  }

  @Test
  void tooManyElementsAreRefusedWithTheOption() throws IOException {
    String file = TestFiles.write(dir, "many.tgf", "1 a\n2 b\n3 c\n4 d\n#\n1 2\n2 3\n3 4\n").toString();

    Run run = Run.of("lint", file, "--max-elements", "5");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("more than the limit of 5").contains("--max-elements");
  }

  @Test
  void aTooLongLineIsRefusedWithTheOption() throws IOException {
    String file = TestFiles.write(dir, "long.argdown", "[T]: " + "word ".repeat(1000) + "\n").toString();

    Run run = Run.of("lint", file, "--max-text", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("longer than the limit of 100").contains("--max-text");
  }

  @Test
  void aBadLimitValueIsAUsageError() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();

    Run run = Run.of("validate", file, "--max-size", "lots");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("not a size in bytes");
  }

  @Test
  void outOfMemoryIsReportedAsAnInputTooLargeForTheHeapNotAnInternalError() throws Exception {
    // a real JVM with a small heap and the depth limit raised: reading a 9 MB outline runs out of memory
    Path file = TestFiles.write(dir, "deep.argdown", nested(3000));
    Process process = SecurityOutputTest.javaWith(java.util.List.of("-Xmx32m"), "score", file.toString(),
        "--max-depth", "100000").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();

    assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err).contains("too large for the Java heap").contains("-Xmx").doesNotContain("internal error");
  }
}
