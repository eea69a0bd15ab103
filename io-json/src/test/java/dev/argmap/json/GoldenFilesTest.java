package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The golden files pin the format: reading them gives the maps built in {@link GoldenMaps}, and
 * writing those maps gives the files byte for byte. A change that breaks this changes the format.
 */
class GoldenFilesTest {
  @Test
  void readingTheFullGoldenFileGivesTheFullMap() throws IOException {
    assertThat(ArgMapJson.read(TestFiles.resource("golden/full.json")))
        .isEqualTo(GoldenMaps.full());
  }

  @Test
  void writingTheFullMapGivesTheFullGoldenFile() {
    assertThat(ArgMapJson.writeString(GoldenMaps.full()).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(TestFiles.bytes("golden/full.json"));
  }

  @Test
  void readingTheVersion1GoldenFileUpgradesItByTheDefaultRule() throws IOException {
    ArgumentMap map = ArgMapJson.read(TestFiles.resource("golden/full-v1.json"));
    assertThat(map).isEqualTo(GoldenMaps.fullVersion1());
    assertThat(map.evidence()).extracting(e -> e.id().value() + " " + e.voice())
        .containsExactly("e1 DIRECT_QUOTATION", "e2 SOURCE", "e3 SOURCE");
    assertThat(map.evidence().get(0).speaker()).hasValueSatisfying(
        p -> assertThat(p.kind()).isEqualTo(PersonKind.PERSON));
  }

  @Test
  void writingTheVersion1MapGivesVersion2WithTheDerivedVoicesSaidOutright() throws IOException {
    String written = ArgMapJson.writeString(ArgMapJson.read(TestFiles.resource("golden/full-v1.json")));
    assertThat(written).startsWith("{\n  \"format\": \"argmap\",\n  \"formatVersion\": 2,\n")
        .contains("\"voice\": \"direct-quotation\"", "\"voice\": \"source\"")
        .doesNotContain("\"kind\": \"person\"");
    assertThat(ArgMapJson.readString(written)).isEqualTo(GoldenMaps.fullVersion1());
  }

  @Test
  void readingTheMinimalGoldenFileGivesTheMinimalMap() throws IOException {
    assertThat(ArgMapJson.read(TestFiles.resource("golden/minimal.json")))
        .isEqualTo(GoldenMaps.minimal());
  }

  @Test
  void writingTheMinimalMapGivesTheMinimalGoldenFile() {
    assertThat(ArgMapJson.writeString(GoldenMaps.minimal()).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(TestFiles.bytes("golden/minimal.json"));
  }

  @Test
  void aHandWrittenDocumentWithOtherOrderAndSpacingAndNoEmptyListsReadsTheSame() {
    ArgumentMap map = ArgMapJson.readString(TestFiles.text("golden/minimal-handwritten.json"));
    assertThat(map).isEqualTo(GoldenMaps.minimal());
    assertThat(ArgMapJson.writeString(map)).isEqualTo(TestFiles.text("golden/minimal.json"));
  }

  @Test
  void theFullMapUsesEveryField() {
    ArgumentMap map = GoldenMaps.full();
    assertThat(map.extensions()).hasSizeGreaterThan(1);
    assertThat(map.title()).isPresent();
    assertThat(map.description()).isPresent();
    assertThat(map.statements()).anySatisfy(s -> {
      assertThat(s.title()).isPresent();
      assertThat(s.tags()).isNotEmpty();
      assertThat(s.notes()).isPresent();
    });
    assertThat(map.arguments()).anySatisfy(a -> {
      assertThat(a.scheme()).isPresent();
      assertThat(a.label()).isPresent();
      assertThat(a.notes()).isPresent();
    });
    assertThat(map.arguments()).anyMatch(a -> a.isUndercutter());
    assertThat(map.arguments()).anyMatch(a -> a.isLinked());
    assertThat(map.evidence()).anySatisfy(e -> {
      assertThat(e.locator()).hasValueSatisfying(l -> {
        assertThat(l.page()).isPresent();
        assertThat(l.paragraph()).isPresent();
        assertThat(l.start()).isPresent();
        assertThat(l.end()).isPresent();
      });
      assertThat(e.speaker()).hasValueSatisfying(p -> assertThat(p.role()).isPresent());
      assertThat(e.citedWork()).isPresent();
      assertThat(e.notes()).isPresent();
    });
    assertThat(map.evidence()).anySatisfy(e -> {
      assertThat(e.locator()).hasValueSatisfying(l -> assertThat(l.section()).isPresent());
      assertThat(e.citedAt()).isPresent();
    });
    assertThat(map.sources()).anySatisfy(s -> assertThat(s.date()).hasValueSatisfying(
        d -> assertThat(d.approximate()).isTrue()));
    assertThat(map.evidence()).extracting(e -> e.voice()).contains(Voice.values());
    assertThat(map.evidence()).filteredOn(e -> e.speaker().isPresent())
        .extracting(e -> e.speaker().get().kind()).contains(PersonKind.values());
    assertThat(map.sources()).flatExtracting(s -> s.authors())
        .extracting(p -> p.kind()).contains(PersonKind.ORGANISATION);
    assertThat(map.sources()).anySatisfy(s -> {
      assertThat(s.title()).isPresent();
      assertThat(s.authors()).isNotEmpty();
      assertThat(s.publisher()).isPresent();
      assertThat(s.date()).isPresent();
      assertThat(s.links()).isNotEmpty();
      assertThat(s.notes()).isPresent();
      assertThat(s.copies()).anySatisfy(c -> {
        assertThat(c.document()).isPresent();
        assertThat(c.description()).isPresent();
        assertThat(c.publisher()).isPresent();
        assertThat(c.date()).isPresent();
        assertThat(c.link()).isPresent();
      });
    });
  }
}
