package dev.argmap.interop.aif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.Maps;
import dev.argmap.interop.internal.Json;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** AIF for AIFdb and OVA (issue 15): numeric identifiers, timestamps and AIFdb's scheme identifiers. */
class AifdbExportTest {
  private static final Instant WHEN = Instant.parse("2026-12-07T15:04:05Z");

  @Test
  void addedNodesHaveNumericIdsTimestampsAndSchemeIds() {
    ArgumentMap map = FixtureMaps.shapes();
    String text = AifExporter.forAifdb(WHEN).writeString(map);
    Json.Obj root = (Json.Obj) Json.parse(text);
    List<Json.Node> nodes = ((Json.Arr) root.get("nodes")).items();
    assertThat(nodes).hasSize(map.statements().size() + map.arguments().size());
    Set<String> ids = new HashSet<>();
    int defaults = 0;
    for (Json.Node n : nodes) {
      Json.Obj node = (Json.Obj) n;
      String id = ((Json.Str) node.get("nodeID")).value();
      assertThat(id).as(node.toString()).matches("[1-9][0-9]*");
      assertThat(ids.add(id)).isTrue();
      assertThat(((Json.Str) node.get("timestamp")).value()).isEqualTo("2026-12-07 15:04:05");
      String type = ((Json.Str) node.get("type")).value();
      if (!type.equals("I")) {
        String scheme = ((Json.Str) node.get("scheme")).value();
        assertThat(scheme).isEqualTo(((Json.Str) node.get("text")).value());
        if (node.get("schemeID") instanceof Json.Str schemeId) {
          defaults++;
          assertThat(List.of(type, scheme, schemeId.value())).isIn(
              List.of("RA", "Default Inference", "72"), List.of("CA", "Default Conflict", "71"));
        } else {
          assertThat(scheme).isNotIn("Default Inference", "Default Conflict");
        }
      }
    }
    assertThat(defaults).isPositive();
    for (Json.Node e : ((Json.Arr) root.get("edges")).items()) {
      Json.Obj edge = (Json.Obj) e;
      assertThat(edge.get("formEdgeID")).isInstanceOf(Json.Null.class);
      assertThat(((Json.Str) edge.get("fromID")).value()).matches("[0-9]+");
    }
    // deterministic for one instant, and read back as the same map up to identifiers
    assertThat(AifExporter.forAifdb(WHEN).writeString(map)).isEqualTo(text);
    ArgumentMap back = new AifImporter().readString(text);
    assertThat(back.statements()).extracting(Statement::text)
        .containsExactlyElementsOf(map.statements().stream().map(Statement::text).toList());
    assertThat(back.arguments()).hasSameSizeAs(map.arguments());
  }

  @Test
  void nodesAddedToAnAifdbDocumentFollowItsLargestId() {
    ArgumentMap read = new AifImporter().readString("{\"nodes\": [{\"nodeID\": \"500\", \"text\": \"A.\","
        + " \"type\": \"I\", \"timestamp\": \"2014-04-28 15:51:38\"}], \"edges\": [], \"locutions\": []}");
    ArgumentMap grown = read.toBuilder().addStatements(Statement.builder().id(StatementId.of("b")).text("B.")
        .build()).build();
    String text = AifExporter.forAifdb(WHEN).writeString(grown);
    assertThat(text).contains("\"nodeID\": \"500\"").contains("\"2014-04-28 15:51:38\"")
        .contains("\"nodeID\": \"501\"").contains("\"2026-12-07 15:04:05\"");
  }
}
