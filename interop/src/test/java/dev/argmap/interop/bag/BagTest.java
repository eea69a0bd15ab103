package dev.argmap.interop.bag;

import dev.argmap.io.MapFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.interop.Maps;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import java.io.StringReader;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** uncertainpy .bag: round trips, base scores and weights, self-edges, errors, any map. */
class BagTest {
  private final BagImporter importer = new BagImporter();
  private final BagExporter exporter = new BagExporter();

  private static final String BAG = "# a bag\r\narg(a, 0.25).\narg(b, 1).\narg(c, 0.5)\n% other comment\n"
      + "att(a, b).\nsup(c, b, 0.3).\natt(b, b, 0.5).\nsup(c, a)";

  @Test
  void roundTripKeepsBaseScoresWeightsAndSelfEdges() {
    ArgumentMap map = importer.readString(BAG);
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("a", "b", "c");
    assertThat(map.argument(ArgumentId.of("c-supports-b")).orElseThrow().weight()).isEqualTo(0.3);
    assertThat(map.argument(ArgumentId.of("a-attacks-b")).orElseThrow().polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(map.thesisIds()).containsExactly(StatementId.of("b"));
    String written = exporter.writeString(map);
    assertThat(new HashSet<>(written.lines().toList())).containsExactlyInAnyOrder(
        "arg(a, 0.25).", "arg(b, 1).", "arg(c, 0.5).", "att(a, b).", "sup(c, b, 0.3).", "att(b, b, 0.5).",
        "sup(c, a).");
    assertThat(exporter.writeString(importer.readString(written))).isEqualTo(written);
  }

  @Test
  void baseScoresCanComeFromElsewhere() {
    ArgumentMap map = importer.readString(BAG);
    String written = exporter.withBaseScores(id -> id.value().equals("a") ? 0.9 : 0.1).writeString(map);
    assertThat(written).contains("arg(a, 0.9).").contains("arg(b, 0.1).");
    assertThat(exporter.writeString(FixtureMaps.shapes())).contains("arg(t, 0.5).");
  }

  @Test
  void withoutKeptScoresTheEnginesEvidenceBasedBaseScoresAreWritten() throws Exception {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    BipolarGraph g = BipolarGraph.parseBag(new StringReader(exporter.writeString(map)));
    boolean someNotHalf = false;
    for (var s : map.statements()) {
      double expected = BaseScoreStrategy.evidence().baseScore(map, s.id());
      assertThat(g.baseScore(g.indexOf(s.id().value()))).as(s.id().value()).isEqualTo(expected);
      someNotHalf |= expected != 0.5;
    }
    assertThat(someNotHalf).isTrue();
  }

  @Test
  void anyMapWritesAGraphTheEngineReads() throws Exception {
    for (long seed : Maps.seeds("BagTest", 50)) {
      ArgumentMap map = RandomMaps.withStatements(50).seed(seed).generate();
      String context = "RandomMaps.withStatements(50).seed(" + seed + ")";
      String bag = exporter.writeString(map);
      BipolarGraph g = BipolarGraph.parseBag(new StringReader(bag));
      assertThat(g.size()).as(context).isGreaterThanOrEqualTo(map.statements().size());
      ArgumentMap read = importer.readString(bag);
      // the graph read back writes the same lines (edges in another order: the engine's reader groups them)
      assertThat(new HashSet<>(exporter.writeString(read).lines().toList())).as(context)
          .isEqualTo(new HashSet<>(bag.lines().toList()));
    }
  }

  @Test
  void linkedAndTargetedArgumentsBecomeNodes() {
    String bag = exporter.writeString(FixtureMaps.shapes());
    // a1 is linked and undercut, a2 undercut, a5 linked: nodes whose base score is the weight times the
    // product of the premises' base scores; the single-premise undercutter a3 and supporter a4 are edges
    assertThat(bag).contains("arg(a1, 0.1875).", "sup(a1, t).", "att(a2, t).", "att(u, a1).", "sup(s, a1).",
        "arg(a5, 0.25).", "att(a5, a2).");
    assertThat(bag).doesNotContain("arg(a3", "arg(a4");
  }

  @Test
  void namesTheFormatReservesAreReplaced() {
    ArgumentMap map = ArgumentMap.builder().thesis("a(1)", "A.").statement("a_1_", "B.").statement("#x", "C.")
        .argument("r", Polarity.SUPPORTS, "a(1)", "a_1_").argument("s", Polarity.ATTACKS, "a(1)", "#x").build();
    String bag = exporter.writeString(map);
    assertThat(bag).isEqualTo("arg(a_1__2, 0.5).\narg(a_1_, 0.5).\narg(_x, 0.5).\nsup(a_1_, a_1__2).\n"
        + "att(_x, a_1__2).\n");
  }

  @Test
  void errorsHaveLineAndColumn() {
    assertThatThrownBy(() -> importer.readString("arg(a, 0.5).\natt(a, b).\n"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(8);
          assertThat(e.getMessage()).startsWith("line 2, column 8: attack target 'b' is not declared");
        });
    assertThatThrownBy(() -> importer.readString("arg(a, 1.5).\n"))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("base score");
    assertThatThrownBy(() -> importer.readString("# nothing\n"))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("no argument");
  }
}
