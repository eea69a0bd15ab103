package dev.argmap.interop;

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
    assertThat(Formats.named("ICCMA")).contains(Format.ICCMA_AF);
    assertThat(Formats.named(" aspartix ")).contains(Format.APX);
    assertThat(Formats.named("uncertainpy")).contains(Format.BAG);
    assertThat(Formats.named("dot")).isEmpty();
    assertThat(Formats.guess(Path.of("dir/debate.ARGDOWN"))).contains(Format.ARGDOWN);
    assertThat(Formats.guess(Path.of("nodeset6064.json"))).isEmpty();
    assertThat(Formats.guess("map.aif.json")).contains(Format.AIF);
    assertThat(Formats.guess("ex3.apx")).contains(Format.APX);
    assertThat(Formats.guess(".af")).isEmpty();
    assertThat(Formats.guess(Path.of("/"))).isEmpty();
    for (Format f : Format.values()) {
      assertThat(Formats.named(f.id())).contains(f);
      assertThat(f.importer().format()).isEqualTo(f);
      assertThat(f.exporter().format()).isEqualTo(f);
      assertThat(Formats.guess("x" + f.fileExtensions().get(0))).contains(f);
    }
  }

  @Test
  void exceptionMessagesNameThePosition() {
    InteropException e = new InteropException("bad", 3, 7);
    assertThat(e.getMessage()).isEqualTo("line 3, column 7: bad");
    assertThat(e.inSource("f.af").getMessage()).isEqualTo("f.af, line 3, column 7: bad");
    assertThat(e.inSource("f.af").line()).isEqualTo(3);
    assertThat(new InteropException("bad").inSource("f").getMessage()).isEqualTo("f: bad");
    assertThat(new InteropException("bad", 2, 0).getMessage()).isEqualTo("line 2: bad");
    assertThatThrownBy(() -> new InteropException("bad", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ImportWarning(0, 0, "m")).hasToString("m");
    assertThat(new ImportWarning(4, 2, "m")).hasToString("line 4, column 2: m");
  }

  @Test
  void readingAFileNamesItInErrors(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.af");
    Files.writeString(f, "p af 1\n1 2\n");
    assertThatThrownBy(() -> Format.ICCMA_AF.importer().read(f))
        .isInstanceOfSatisfying(InteropException.class, e -> {
          assertThat(e.source()).contains(f.toString());
          assertThat(e.getMessage()).startsWith(f + ", line 2, column 3: ");
        });
    Files.write(f, new byte[] {'p', ' ', (byte) 0xC3});
    assertThatThrownBy(() -> Format.ICCMA_AF.importer().read(f))
        .isInstanceOf(InteropException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void writingIsAtomic(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out.tgf");
    ArgumentMap map = FixtureMaps.shapes();
    Format.TGF.exporter().write(map, f);
    String first = Files.readString(f);
    assertThat(first).isEqualTo(Format.TGF.exporter().writeString(map));
    MapExporter failing = new MapExporter() {
      @Override
      public Format format() {
        return Format.TGF;
      }

      @Override
      public LossReport losses(ArgumentMap m) {
        return Format.TGF.exporter().losses(m);
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
    for (Format f : Format.values()) {
      ArgumentMap back = f.importer().readString(f.exporter().writeString(map));
      assertThat(back.statements()).as(f.toString()).isNotEmpty();
      assertThat(f.importer().readString(f.exporter().writeString(back)).statements()).as(f.toString())
          .hasSameSizeAs(back.statements());
    }
  }
}
