package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.argmap.io.Export;
import dev.argmap.io.Loss;
import dev.argmap.io.MapExporter;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.MapFormats;
import dev.argmap.io.MapImporter;
import dev.argmap.io.ReadLimitException;
import dev.argmap.io.ReadLimits;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every format in the registry keeps, run over all of them: the command line's module sees
 * argmap JSON, the interop formats and the drawings. A format added through the SPI is tested here without
 * a line of its own.
 */
class FormatContractTest {
  @TempDir Path dir;

  /** A map with evidence and sources, supports and attacks, so that each format has something to lose. */
  private static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();

  /** Inputs that are wrong in one way or another for each format; each format rejects some of them. */
  private static final List<String> BROKEN = List.of(
      "",
      "{",
      "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\"}], \"edges\": [{\"fromID\": 1, \"toID\": 9}]",
      "p af 2\n1 5\n",
      "p af x\n",
      "arg(a).\natt(a,b\n",
      "a\n#\na b c d\nz z z\n",
      "a\nb\n#\na\n",
      "arg(a, 2.5).\n",
      "statements:\n  a: [\n",
      "[T]: thesis\n  <+ <A>:\n    + \n      <- [",
      "\"\u0000\"");

  static Stream<MapFormat> formats() {
    return MapFormats.installed().all().stream();
  }

  static Stream<MapFormat> readable() {
    return MapFormats.installed().readable().stream();
  }

  static Stream<MapFormat> writable() {
    return MapFormats.installed().writable().stream();
  }

  static Stream<MapFormat> readAndWritten() {
    return readable().filter(MapFormat::canWrite);
  }

  @Test
  void theRegistryHoldsEveryModulesFormats() {
    assertThat(formats().map(MapFormat::name)).containsExactly("af", "aif", "apx", "argdown", "bag",
        "carneades", "dot", "graphml", "html", "json", "markdown", "mermaid", "tgf");
    assertThat(MapFormats.installed().guess("debate.aif.json").map(MapFormat::name)).contains("aif");
    assertThat(MapFormats.installed().guess("debate.json").map(MapFormat::name)).contains("json");
    assertThat(MapFormats.installed().guess("debate.ad").map(MapFormat::name)).contains("argdown");
    assertThat(MapFormats.installed().guessReadable("debate.dot")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void describesItselfAndItsImporterAndExporterBelongToIt(MapFormat format) {
    assertThat(format.name()).matches("[a-z][a-z0-9-]*");
    assertThat(format.displayName()).isNotBlank();
    assertThat(format.mediaType()).matches("[a-z]+/[a-z0-9.+-]+");
    assertThat(format.fileEndings()).isNotEmpty().allMatch(e -> e.matches("\\.[a-z0-9.]+"));
    assertThat(format.canRead() || format.canWrite()).isTrue();
    assertThat(format.importer().isPresent()).isEqualTo(format.canRead());
    assertThat(format.exporter().isPresent()).isEqualTo(format.canWrite());
    format.importer().ifPresent(i -> assertThat(i.format()).isEqualTo(format));
    format.exporter().ifPresent(e -> assertThat(e.format()).isEqualTo(format));
    assertThat(MapFormats.installed().named(format.name())).contains(format);
    for (String alias : format.aliases()) {
      assertThat(MapFormats.installed().named(alias)).as(alias).contains(format);
    }
  }

  @ParameterizedTest
  @MethodSource("writable")
  void writesTheSameTextEveryTimeAndReportsWhatItLeavesOut(MapFormat format) {
    MapExporter exporter = format.exporter().orElseThrow();
    Export export = exporter.export(MAP);
    assertThat(exporter.writeString(MAP)).isEqualTo(export.text()).isEqualTo(exporter.writeString(MAP));
    assertThat(export.losses()).isEqualTo(exporter.losses(MAP));
    if (format.name().equals("json") || format.name().equals("html")) {
      // argmap JSON holds every map; the HTML page shows all of one without extensions of other formats
      assertThat(export.losses().isEmpty()).as(format + " loses " + export.losses()).isTrue();
    } else {
      // every other format lacks something of a map with evidence and sources, and says so
      assertThat(export.losses().isEmpty()).as(format + " reports nothing lost").isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("writable")
  void writesFilesAtomicallyThroughTheSpi(MapFormat format) throws IOException {
    Path file = dir.resolve("map" + format.fileEndings().get(0));
    Files.writeString(file, "old");
    format.exporter().orElseThrow().write(MAP, file);
    assertThat(Files.readString(file)).isEqualTo(format.exporter().orElseThrow().writeString(MAP));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("no temporary file left behind").containsExactly(file);
    }
  }

  @ParameterizedTest
  @MethodSource("readAndWritten")
  void aMapReadBackKeepsWhatTheFormatHoldsAndLosesOnlyWhatItReports(MapFormat format) throws IOException {
    MapImporter importer = format.importer().orElseThrow();
    MapExporter exporter = format.exporter().orElseThrow();
    Export export = exporter.export(MAP);
    ArgumentMap back = importer.read(new StringReader(export.text()), w -> { });
    assertThat(back.evidence().size() + export.losses().count(Loss.Kind.EVIDENCE))
        .as("%s: evidence read back plus evidence reported lost", format).isEqualTo(MAP.evidence().size());
    assertThat(back.sources().size() + export.losses().count(Loss.Kind.SOURCES))
        .as("%s: sources read back plus sources reported lost", format).isEqualTo(MAP.sources().size());
    // what the format holds survives a second round unchanged
    String again = exporter.writeString(back);
    assertThat(exporter.writeString(importer.readString(again))).as(format.toString()).isEqualTo(again);
    assertThat(exporter.losses(back).count(Loss.Kind.EVIDENCE)).isZero();
  }

  @ParameterizedTest
  @MethodSource("readable")
  void rejectsBrokenInputWithAFormatExceptionThatSaysWhere(MapFormat format) {
    MapImporter importer = format.importer().orElseThrow();
    List<MapFormatException> rejections = new ArrayList<>();
    for (String text : BROKEN) {
      try {
        importer.readString(text);
      } catch (MapFormatException e) {
        rejections.add(e);
      } catch (RuntimeException e) {
        fail(format + " rejects " + show(text) + " with " + e + " instead of a MapFormatException");
      }
    }
    assertThat(rejections).as(format + " rejects some broken input").isNotEmpty();
    assertThat(rejections).as(format + ": some rejection names its line")
        .anySatisfy(e -> assertThat(e.line()).isPositive());
    for (MapFormatException e : rejections) {
      if (e.line() > 0) {
        assertThat(e.getMessage()).as(format.toString()).contains("line " + e.line());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("readable")
  void aProblemInAFileNamesTheFile(MapFormat format) throws IOException {
    Path file = dir.resolve("broken" + format.fileEndings().get(0));
    Files.writeString(file, "{\n{\n");
    MapImporter importer = format.importer().orElseThrow();
    try {
      importer.read(file);
    } catch (MapFormatException e) {
      assertThat(e.getMessage()).as(format.toString()).contains(file.toString());
      return;
    }
    // a tolerant format may read "{" as something; then a file too large for the limits must name it
    ReadLimits tiny = ReadLimits.builder().maxDocumentBytes(1).build();
    assertThatThrownBy(() -> importer.read(file, w -> { }, tiny))
        .isInstanceOf(ReadLimitException.class).hasMessageContaining(file.toString());
  }

  @ParameterizedTest
  @MethodSource("readAndWritten")
  void everyWayInRespectsTheSizeLimit(MapFormat format) throws IOException {
    MapImporter importer = format.importer().orElseThrow();
    String text = format.exporter().orElseThrow().writeString(MAP);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ReadLimits small = ReadLimits.builder().maxDocumentBytes(bytes.length / 2).build();
    Path file = dir.resolve("map" + format.fileEndings().get(0));
    Files.write(file, bytes);

    // a ReadLimitException, or (argmap JSON, which lists every problem at once) a problem naming the limit
    String limit = "the limit of " + small.maxDocumentBytes();
    assertThatThrownBy(() -> importer.read(new StringReader(text), w -> { }, small))
        .as(format + " from a reader").isInstanceOf(MapFormatException.class).hasMessageContaining(limit);
    assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(bytes), w -> { }, small))
        .as(format + " from a stream").isInstanceOf(MapFormatException.class).hasMessageContaining(limit);
    assertThatThrownBy(() -> importer.read(file, w -> { }, small))
        .as(format + " from a file").isInstanceOf(MapFormatException.class).hasMessageContaining(limit)
        .hasMessageContaining(file.toString());
    ReadLimits enough = ReadLimits.builder().maxDocumentBytes(bytes.length).build();
    assertThat(importer.read(file, w -> { }, enough).statements()).isNotEmpty();
  }

  private static String show(String text) {
    return "\"" + text.replace("\n", "\\n") + "\"";
  }
}
