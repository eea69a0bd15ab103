package dev.argmap.interop;

import dev.argmap.io.MapFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.interop.argdown.ArgdownImporter;
import dev.argmap.io.ReadLimitException;
import dev.argmap.io.ReadLimits;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importers' entry points check {@link ReadLimits} before the parser spends memory on the text. */
class ReadLimitsImporterTest {
  @TempDir Path dir;

  private static String nested(int depth) {
    StringBuilder s = new StringBuilder("[T]: The thesis holds.\n");
    for (int i = 1; i < depth; i++) {
      s.append("  ".repeat(i)).append("<+ [S").append(i).append("]: Statement ").append(i).append(".\n");
    }
    return s.toString();
  }

  @Test
  void argdownNestedDeeperThanTheLimitIsRefusedWithTheSetting() throws IOException {
    Path file = dir.resolve("deep.argdown");
    Files.writeString(file, nested(100));

    assertThatThrownBy(() -> new ArgdownImporter().read(file))
        .isInstanceOfSatisfying(ReadLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(ReadLimits.Limit.NESTING_DEPTH);
          assertThat(e.actual()).isEqualTo(65);
          assertThat(e.max()).isEqualTo(64);
          assertThat(e.getMessage()).contains("line 65").contains("ReadLimits.maxNestingDepth");
        });
    assertThat(new ArgdownImporter().read(file, w -> {}, ReadLimits.builder().maxNestingDepth(100).build())
        .statements()).hasSize(100);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("big.apx");
    Files.writeString(file, "arg(a).\n".repeat(1000));
    ReadLimits small = ReadLimits.builder().maxDocumentBytes(100).build();

    for (MapFormat format : new MapFormat[] {InteropFormats.APX, InteropFormats.ARGDOWN}) {
      assertThatThrownBy(() -> format.importer().orElseThrow().read(file, w -> {}, small))
          .isInstanceOfSatisfying(ReadLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(ReadLimits.Limit.DOCUMENT_BYTES);
            assertThat(e.actual()).isEqualTo(8000);
          });
    }
  }

  @Test
  void aReaderIsReadNoFurtherThanTheSizeLimit() {
    ReadLimits small = ReadLimits.builder().maxDocumentBytes(1000).build();
    assertThatThrownBy(() -> InteropFormats.TGF.importer().orElseThrow().read(new StringReader("1 a\n".repeat(100_000)), w -> {}, small))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.actual()).isGreaterThan(1000).isLessThan(20_000));
  }

  @Test
  void elementsAndTextLengthAreCheckedPerFormat() {
    ReadLimits few = ReadLimits.builder().maxElements(3).build();
    assertThatThrownBy(() -> InteropFormats.ICCMA_AF.importer().orElseThrow().read(new StringReader("p af 3\n1 2\n2 3\n3 1\n"),
        w -> {}, few))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.limit()).isEqualTo(ReadLimits.Limit.ELEMENTS));
    String aif = "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"" + "x".repeat(500) + "\", \"type\": \"I\"}],"
        + " \"edges\": []}";
    assertThatThrownBy(() -> InteropFormats.AIF.importer().orElseThrow().read(new StringReader(aif), w -> {},
        ReadLimits.builder().maxTextLength(100).build()))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.limit()).isEqualTo(ReadLimits.Limit.TEXT_LENGTH));
    String deepAif = "[".repeat(70) + "]".repeat(70);
    assertThatThrownBy(() -> InteropFormats.AIF.importer().orElseThrow().readString(deepAif))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.limit()).isEqualTo(ReadLimits.Limit.NESTING_DEPTH));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.builder().maxElements(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxElements");
    assertThat(ReadLimits.defaults().toBuilder().build()).isEqualTo(ReadLimits.defaults());
  }
}
