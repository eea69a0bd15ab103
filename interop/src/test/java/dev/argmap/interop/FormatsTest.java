package dev.argmap.interop;

import dev.argmap.io.MapFormats;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapExporter;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.FixtureMaps;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared API: finding formats, the exception, the warning and atomic writing. */
class FormatsTest {
  @Test
  void formatsByNameAndFileName() {
    assertThat(MapFormats.installed().named("ICCMA")).contains(InteropFormats.ICCMA_AF);
    assertThat(MapFormats.installed().named(" aspartix ")).contains(InteropFormats.APX);
    assertThat(MapFormats.installed().named("uncertainpy")).contains(InteropFormats.BAG);
    assertThat(MapFormats.installed().named("dot")).isEmpty();
    assertThat(MapFormats.installed().guess(Path.of("dir/debate.ARGDOWN"))).contains(InteropFormats.ARGDOWN);
    // a plain .json is argmap's own format (io-json provides it), never one of these
    assertThat(MapFormats.of(InteropFormats.ALL).guess(Path.of("nodeset6064.json"))).isEmpty();
    assertThat(MapFormats.installed().guess("map.aif.json")).contains(InteropFormats.AIF);
    assertThat(MapFormats.installed().guess("ex3.apx")).contains(InteropFormats.APX);
    assertThat(MapFormats.installed().guess(".af")).isEmpty();
    assertThat(MapFormats.installed().guess(Path.of("/"))).isEmpty();
    for (MapFormat f : InteropFormats.ALL) {
      assertThat(MapFormats.installed().named(f.name())).contains(f);
      assertThat(f.importer().orElseThrow().format()).isEqualTo(f);
      assertThat(f.exporter().orElseThrow().format()).isEqualTo(f);
      assertThat(MapFormats.installed().guess("x" + f.fileEndings().get(0))).contains(f);
    }
  }

  @Test
  void exceptionMessagesNameThePosition() {
    MapFormatException e = new MapFormatException("bad", 3, 7);
    assertThat(e.getMessage()).isEqualTo("line 3, column 7: bad");
    assertThat(e.inSource("f.af").getMessage()).isEqualTo("f.af, line 3, column 7: bad");
    assertThat(e.inSource("f.af").line()).isEqualTo(3);
    assertThat(new MapFormatException("bad").inSource("f").getMessage()).isEqualTo("f: bad");
    assertThat(new MapFormatException("bad", 2, 0).getMessage()).isEqualTo("line 2: bad");
    assertThatThrownBy(() -> new MapFormatException("bad", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ImportWarning(0, 0, "m")).hasToString("m");
    assertThat(new ImportWarning(4, 2, "m")).hasToString("line 4, column 2: m");
  }

  @Test
  void readingAFileNamesItInErrors(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.af");
    Files.writeString(f, "p af 1\n1 2\n");
    assertThatThrownBy(() -> InteropFormats.ICCMA_AF.importer().orElseThrow().read(f))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.source()).contains(f.toString());
          assertThat(e.getMessage()).startsWith(f + ", line 2, column 3: ");
        });
    Files.write(f, new byte[] {'p', ' ', (byte) 0xC3});
    assertThatThrownBy(() -> InteropFormats.ICCMA_AF.importer().orElseThrow().read(f))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void writingIsAtomic(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out.tgf");
    ArgumentMap map = FixtureMaps.shapes();
    InteropFormats.TGF.exporter().orElseThrow().write(map, f);
    String first = Files.readString(f);
    assertThat(first).isEqualTo(InteropFormats.TGF.exporter().orElseThrow().writeString(map));
    MapExporter failing = new MapExporter() {
      @Override
      public MapFormat format() {
        return InteropFormats.TGF;
      }

      @Override
      public LossReport losses(ArgumentMap m) {
        return InteropFormats.TGF.exporter().orElseThrow().losses(m);
      }

      @Override
      public void write(ArgumentMap m, Writer out) throws IOException {
        out.write("half");
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> failing.write(map, f)).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo(first);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void everyExporterWritesEveryMapItsImporterReadsBack() {
    ArgumentMap map = FixtureMaps.shapes();
    for (MapFormat f : InteropFormats.ALL) {
      ArgumentMap back = f.importer().orElseThrow().readString(f.exporter().orElseThrow().writeString(map));
      assertThat(back.statements()).as(f.toString()).isNotEmpty();
      assertThat(f.importer().orElseThrow().readString(f.exporter().orElseThrow().writeString(back)).statements()).as(f.toString())
          .hasSameSizeAs(back.statements());
    }
  }
}
