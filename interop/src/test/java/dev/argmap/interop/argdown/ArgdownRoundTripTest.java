package dev.argmap.interop.argdown;

import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.Maps;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** argmap map -> Argdown -> argmap map keeps statements, arguments and relations (and all they carry). */
class ArgdownRoundTripTest {
  private final ArgdownExporter exporter = new ArgdownExporter();
  private final ArgdownImporter importer = new ArgdownImporter();

  private ArgumentMap roundTrip(ArgumentMap map, String context) {
    String text = exporter.writeString(map);
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap back;
    try {
      back = importer.read(new java.io.StringReader(text), warnings::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(warnings).as(context + ": warnings on reading\n" + text).isEmpty();
    return back;
  }

  /** Everything the exporter carries: statements and arguments with all their attributes, theses, title. */
  private static void assertCarried(ArgumentMap back, ArgumentMap map, String context) {
    assertThat(back.statements()).as(context + ": statements").containsExactlyElementsOf(map.statements());
    assertThat(back.arguments()).as(context + ": arguments, in order").containsExactlyElementsOf(map.arguments());
    assertThat(back.thesisIds()).as(context + ": theses").containsExactlyElementsOf(map.thesisIds());
    assertThat(back.title()).as(context + ": title").isEqualTo(map.title());
    assertThat(back.description()).as(context + ": description").isEqualTo(map.description());
  }

  @Test
  void shapesRoundTrip() {
    ArgumentMap map = FixtureMaps.shapes();
    assertCarried(roundTrip(map, "shapes"), map, "shapes");
  }

  @Test
  void prebuiltMapRoundTrips() {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    ArgumentMap back = roundTrip(map, "prebuilt");
    Maps.assertSameStructure(back, map, "prebuilt");
    assertThat(back.statements()).containsExactlyElementsOf(map.statements());
    assertThat(back.arguments()).containsExactlyElementsOf(map.arguments());
  }

  @Test
  void randomMapsRoundTrip() {
    for (long seed : Maps.seeds("ArgdownRoundTripTest", 40)) {
      ArgumentMap map = RandomMaps.withStatements(40).seed(seed).generate();
      String context = "RandomMaps.withStatements(40).seed(" + seed + ")";
      assertCarried(roundTrip(map, context), map, context);
    }
  }

  @Test
  void titlesThatCannotBeArgdownTitlesAreKeptInData() {
    ArgumentMap map = ArgumentMap.builder()
        .addStatements(
            Statement.builder().id(StatementId.of("T1")).text("Upper-case id.").build(),
            Statement.builder().id(StatementId.of("x")).text("Title equal to id.").title("x").build(),
            Statement.builder().id(StatementId.of("y")).text("Bad title.").title("a [bad] title").build(),
            Statement.builder().id(StatementId.of("z")).text("Same title as y's id.").title("y").build(),
            Statement.builder().id(StatementId.of("[odd]id")).text("An id with brackets.").build(),
            Statement.builder().id(StatementId.of("-dash")).text("An id with a dash first.")
                .addTags("plain", "two words", "has)paren", " spaced").notes("Line one.\nLine two.").build())
        .addTheses(StatementId.of("T1"))
        .addArguments(
            Argument.builder().id(ArgumentId.of("A<1>")).polarity(Polarity.SUPPORTS)
                .conclusion(StatementId.of("T1")).addPremises(StatementId.of("x"), StatementId.of("y"))
                .label("A<1>").notes("Why it holds.").build(),
            Argument.builder().id(ArgumentId.of("b")).polarity(Polarity.ATTACKS)
                .conclusion(ArgumentId.of("A<1>")).addPremises(StatementId.of("z")).label("b").build(),
            Argument.builder().id(ArgumentId.of("c")).polarity(Polarity.ATTACKS)
                .conclusion(StatementId.of("T1")).addPremises(StatementId.of("[odd]id"))
                .label("Linked support").scheme("a, b -- c").build(),
            Argument.builder().id(ArgumentId.of("d")).polarity(Polarity.SUPPORTS)
                .conclusion(StatementId.of("x")).addPremises(StatementId.of("-dash"))
                .label("Linked support").weight(0.0).build())
        .build();
    assertCarried(roundTrip(map, "awkward"), map, "awkward");
  }
}
