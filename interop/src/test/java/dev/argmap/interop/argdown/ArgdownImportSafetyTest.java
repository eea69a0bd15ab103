package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import policy of issue 16: an Argdown file opens only regular files inside its folder (or the root
 * the caller names), each at most so large and read once per document; what breaks the policy is an error
 * naming the file, line and column.
 */
class ArgdownImportSafetyTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  private final ArgdownImporter importer = new ArgdownImporter();

  private Path write(Path folder, String name, String text) throws IOException {
    Path f = folder.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private static void refused(ThrowingRead read, Path file, int line, int column, String... words) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(MapFormatException.class, e -> {
      assertThat(e.source()).contains(file.toString());
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.getMessage()).contains(words);
    });
  }

  private interface ThrowingRead {
    void run() throws Exception;
  }

  @Test
  void aPathOutsideTheFolderIsRefused() throws Exception {
    write(elsewhere, "secret.argdown", "[Secret]: do not read.\n");
    Path main = write(dir, "sub/main.argdown", "[A]: a.\n\n@import \"../../" + elsewhere.getFileName()
        + "/secret.argdown\"\n");
    refused(() -> importer.read(main), main, 3, 1, "outside", "withImportRoot");
    Path absolute = write(dir, "abs.argdown", "\n  @import \"" + elsewhere.resolve("secret.argdown") + "\"\n");
    refused(() -> importer.read(absolute), absolute, 2, 3, "outside");
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws Exception {
    write(elsewhere, "secret.argdown", "[Secret]: do not read.\n");
    try {
      Files.createSymbolicLink(dir.resolve("link.argdown"), elsewhere.resolve("secret.argdown"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    Path main = write(dir, "main.argdown", "@include(link.argdown)\n");
    refused(() -> importer.read(main), main, 1, 1, "outside");
  }

  @Test
  void aNamedRootAllowsItsSubfolders() throws Exception {
    write(dir, "shared/common.argdown", "[Common]: shared text.\n");
    Path main = write(dir, "lessons/main.argdown", "@import \"../shared/common.argdown\"\n\n[A]: a.\n");
    refused(() -> importer.read(main), main, 1, 1, "outside");
    ArgumentMap map = importer.withImportRoot(dir).read(main);
    assertThat(map.statement(StatementId.of("common")).orElseThrow().text()).isEqualTo("shared text.");
  }

  @Test
  void devZeroIsRefusedAsNotARegularFile() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
    Path main = write(dir, "main.argdown", "@import \"/dev/zero\"\n");
    refused(() -> importer.read(main), main, 1, 1, "outside");
    refused(() -> importer.withImportRoot(Path.of("/")).read(main), main, 1, 1, "not a regular file");
  }

  @Test
  void aFifoIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("pipe.argdown");
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here: " + e);
    }
    Path main = write(dir, "main.argdown", "[A]: a.\n\n@include(pipe.argdown)\n");
    // opening a FIFO with no writer would block forever: the guard turns a hang into a failure
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> refused(() -> importer.read(main), main, 3, 1, "not a regular file"));
  }

  @Test
  void aFileOverTheLimitIsRefused() throws Exception {
    write(dir, "big.argdown", "[Big]: " + "x".repeat(200) + "\n");
    Path main = write(dir, "main.argdown", "@import 'big.argdown'\n");
    refused(() -> importer.withMaxImportBytes(100).read(main), main, 1, 1, "more than 100 bytes",
        "withMaxImportBytes");
    assertThat(importer.read(main).statements()).hasSize(1);
    assertThatThrownBy(() -> importer.withMaxImportBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDiamondOfTwentyFilesReadsEachFileOnce() throws Exception {
    // each file imports the next twice: read naively, the last file would be read 2^19 times
    int n = 20;
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? "@import \"f" + (i + 1) + ".argdown\"\n@include(f" + (i + 1) + ".argdown)\n\n"
          : "";
      write(dir, "f" + i + ".argdown", next + "[S" + i + "]: statement " + i + ".\n\nAn untitled paragraph.\n");
    }
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> importer.read(dir.resolve("f0.argdown"), warnings::add));
    // an untitled paragraph is a new statement each time its file is read
    assertThat(map.statements()).hasSize(2 * n);
    assertThat(warnings).isEmpty();
  }

  @Test
  void cyclesEndWithAWarningNamingTheImportingFile() throws Exception {
    write(dir, "a.argdown", "@include(b.argdown)\n\n[A]: in a.\n");
    write(dir, "b.argdown", "[B]: in b.\n\n@include(a.argdown)\n");
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(dir.resolve("a.argdown"), warnings::add);
    assertThat(map.statements()).hasSize(2);
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(3);
      assertThat(w.message()).contains("b.argdown").contains("cycle");
    });
  }

  @Test
  void anErrorInAnImportedFileNamesThatFile() throws Exception {
    Path bad = write(dir, "bad.argdown", "[B]: b.\n\n  - [D]: an orphan relation.\n");
    Path main = write(dir, "main.argdown", "@include(bad.argdown)\n");
    refused(() -> importer.read(main), bad, 3, 3, "relation marker");
  }

  @Test
  void includeReadsTheFileAndTextWithALocationResolvesImports() throws Exception {
    write(dir, "part.argdown", "[Part]: from the part.\n");
    Path main = dir.resolve("main.argdown");
    String text = "@include(part.argdown)\n\n[A]: a.\n  + [Part]\n";
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(new StringReader(text), main, warnings::add);
    assertThat(map.statement(StatementId.of("part")).orElseThrow().text()).isEqualTo("from the part.");
    assertThat(warnings).isEmpty();
    // read from a string alone, there is no folder: skipped, saying which directive
    List<ImportWarning> skipped = new ArrayList<>();
    importer.read(new StringReader(text), skipped::add);
    assertThat(skipped).singleElement().satisfies(w -> assertThat(w.message()).startsWith("@include(part"));
  }
}
