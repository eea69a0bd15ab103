package dev.argmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapFormatsTest {
  /** A format with names and endings only: the registry looks at nothing else. */
  private record Named(String name, ImmutableList<String> aliases, ImmutableList<String> fileEndings,
      boolean reads) implements MapFormat {
    @Override
    public String displayName() {
      return name.toUpperCase();
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public Optional<MapImporter> importer() {
      return Optional.empty();
    }

    @Override
    public Optional<MapExporter> exporter() {
      return Optional.empty();
    }

    @Override
    public boolean canRead() {
      return reads;
    }

    @Override
    public boolean canWrite() {
      return !reads;
    }
  }

  private static final Named JSON = new Named("json", ImmutableList.of("argmap"), ImmutableList.of(".json"), true);
  private static final Named AIF =
      new Named("aif", ImmutableList.of("xaif"), ImmutableList.of(".aif.json", ".aif"), true);
  private static final Named DOT = new Named("dot", ImmutableList.of(), ImmutableList.of(".dot", ".gv"), false);
  private static final MapFormats FORMATS = MapFormats.of(List.of(JSON, DOT, AIF));

  @Test
  void namesAndAliasesFindTheFormatInAnyCase() {
    assertThat(FORMATS.named("XAIF")).contains(AIF);
    assertThat(FORMATS.named(" argmap ")).contains(JSON);
    assertThat(FORMATS.named("yaml")).isEmpty();
    assertThat(FORMATS.all()).containsExactly(AIF, DOT, JSON);
  }

  @Test
  void theLongestEndingWins() {
    assertThat(FORMATS.guess("nodeset6064.AIF.json")).contains(AIF);
    assertThat(FORMATS.guess(Path.of("dir", "map.json"))).contains(JSON);
    assertThat(FORMATS.guess("map.gv")).contains(DOT);
    assertThat(FORMATS.guess(".json")).as("an ending alone is no name").isEmpty();
    assertThat(FORMATS.guess("notes.txt")).isEmpty();
  }

  @Test
  void guessingAmongReadableOrWritableFormatsLeavesTheOthersOut() {
    assertThat(FORMATS.guessReadable("map.dot")).isEmpty();
    assertThat(FORMATS.guessWritable("map.dot")).contains(DOT);
    assertThat(FORMATS.readable()).containsExactly(AIF, JSON);
    assertThat(FORMATS.writable()).containsExactly(DOT);
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> FORMATS.require("yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'yaml'; known formats: aif, dot, json");
  }

  @Test
  void twoFormatsWithOneNameAreRefused() {
    Named other = new Named("other", ImmutableList.of("AIF"), ImmutableList.of(), true);
    assertThatThrownBy(() -> MapFormats.of(List.of(AIF, other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'aif' names both AIF")
        .hasMessageContaining("and OTHER");
  }

  @Test
  void lossReportsCountByKindInTheOrderOfTheKinds() {
    LossReport report = LossReport.of(ImmutableMap.of(Loss.Kind.SOURCES, 2, Loss.Kind.EVIDENCE, 5,
        Loss.Kind.THESES, 0));
    assertThat(report.toString()).isEqualTo("5 evidence items, 2 sources");
    assertThat(report.count(Loss.Kind.SOURCES)).isEqualTo(2);
    assertThat(report.count(Loss.Kind.THESES)).isZero();
    assertThat(LossReport.none().toString()).isEqualTo("nothing");
    assertThatThrownBy(() -> new LossReport(ImmutableList.of(new Loss(Loss.Kind.EVIDENCE, 1),
        new Loss(Loss.Kind.EVIDENCE, 2)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFormatExceptionNamesSourceLineAndColumn() {
    MapFormatException e = new MapFormatException("no statement above", 4, 3);
    assertThat(e).hasMessage("line 4, column 3: no statement above");
    MapFormatException named = e.inSource("map.argdown");
    assertThat(named).hasMessage("map.argdown, line 4, column 3: no statement above");
    assertThat(named.source()).contains("map.argdown");
    assertThat(named.inSource("other")).isSameAs(named);
    assertThat(new MapFormatException("empty").inSource("a.af")).hasMessage("a.af: empty");
  }

  @Test
  void aBrokenLimitIsAFormatExceptionThatKeepsItsKindWhenNamed() {
    ReadLimitException e = new ReadLimitException(ReadLimits.Limit.NESTING_DEPTH, 70, 64, "line 3", "");
    MapFormatException named = e.inSource("deep.argdown");
    assertThat(named).isInstanceOf(ReadLimitException.class);
    assertThat(named.getMessage()).startsWith("deep.argdown: line 3 nests 70 levels deep");
  }
}
