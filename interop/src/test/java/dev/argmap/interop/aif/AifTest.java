package dev.argmap.interop.aif;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.interop.Maps;
import dev.argmap.interop.internal.Json;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import dev.argmap.testing.SharedFiles;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AIF: what the importer tolerates, what it rejects, and map -> AIF -> map round trips. */
class AifTest {
  private final AifImporter importer = new AifImporter();
  private final AifExporter exporter = new AifExporter();

  private ArgumentMap read(String json, List<ImportWarning> warnings) throws Exception {
    return importer.read(new StringReader(json), warnings::add);
  }

  private static ArgumentMap withoutExtension(ArgumentMap map) {
    ArgumentMap.Builder b = ArgumentMap.builder().addStatements(map.statements())
        .addArguments(map.arguments()).addTheses(map.thesisIds());
    return b.build();
  }

  @Test
  void argmapMapToAifAndBackKeepsStatementsArgumentsAndRelations() {
    for (ArgumentMap map : List.of(FixtureMaps.shapes(), PrebuiltMaps.russiaChinaAlliance())) {
      ArgumentMap back = importer.readString(exporter.writeString(map));
      Maps.assertSameStructure(back, map, map.title().orElse("map"));
      for (Argument a : map.arguments()) {
        assertThat(back.argument(a.id()).orElseThrow().scheme()).isEqualTo(a.scheme());
      }
    }
  }

  @Test
  void randomMapsToAifAndBack() {
    for (long seed : Maps.seeds("AifTest", 60)) {
      ArgumentMap map = RandomMaps.withStatements(60).seed(seed).generate();
      String context = "RandomMaps.withStatements(60).seed(" + seed + ")";
      String aif = exporter.writeString(map);
      ArgumentMap back = importer.readString(aif);
      Maps.assertSameStructure(back, map, context);
      // the map read back writes the same document again
      assertThat(exporter.writeString(back)).as(context).isEqualTo(aif);
    }
  }

  @Test
  void nativeExportIsAnAifdbNodeset() {
    String aif = exporter.writeString(FixtureMaps.shapes());
    Json.Obj root = (Json.Obj) Json.parse(aif);
    assertThat(root.members().keySet()).containsExactly("nodes", "edges", "locutions");
    assertThat(aif).contains("{ \"nodeID\": \"a1\", \"text\": \"argument from expert opinion\", \"type\": \"RA\","
        + " \"scheme\": \"argument from expert opinion\" }");
    assertThat(aif).contains("{ \"nodeID\": \"a2\", \"text\": \"Default Conflict\", \"type\": \"CA\" }");
    assertThat(aif).contains("{ \"edgeID\": \"1\", \"fromID\": \"p1\", \"toID\": \"a1\" }");
  }

  @Test
  void argumentIdsEqualToStatementIdsGetAPrefix() {
    ArgumentMap map = ArgumentMap.builder().thesis("x", "X.").statement("y", "Y.")
        .argument("x", Polarity.SUPPORTS, "x", "y").build();
    String aif = exporter.writeString(map);
    assertThat(aif).contains("\"nodeID\": \"argument:x\"");
    ArgumentMap back = importer.readString(aif);
    assertThat(back.argument(ArgumentId.of("argument:x"))).isPresent();
  }

  @Test
  void toleratesWhatRealFilesDo() throws Exception {
    String json = "{\"AIF\": {\"nodes\": ["
        + "{\"nodeID\": 0, \"text\": \"zero\", \"type\": \"I\"},"
        + "{\"nodeID\": \"1\", \"text\": \"one\", \"type\": \"I\", \"extra\": [1, {\"a\": null}]},"
        + "{\"nodeID\": 2, \"text\": \"Default Inference\", \"type\": \"RA\", \"timestamp\": \"\"},"
        + "{\"nodeID\": 3, \"text\": \"RA\", \"type\": \"RA\"},"
        + "{\"nodeID\": 4, \"text\": \"Default Conflict\", \"type\": \"CA\"},"
        + "{\"nodeID\": 5, \"text\": \"CA\", \"type\": \"CA\"},"
        + "{\"nodeID\": 6, \"text\": \"Analysing\", \"type\": \"YA\"},"
        + "{\"nodeID\": 7, \"text\": \"preference\", \"type\": \"PA\"},"
        + "{\"nodeID\": 8, \"text\": \"?\", \"type\": \"XX\"},"
        + "{\"nodeID\": 9, \"text\": \"S : zero\", \"type\": \"L\"},"
        + "{\"nodeID\": 10, \"text\": \"two\", \"type\": \"I\"},"
        + "{\"nodeID\": 11, \"text\": \"Expert Opinion\", \"type\": \"RA\"}"
        + "], \"edges\": ["
        + "{\"edgeID\": 0, \"fromID\": \"0\", \"toID\": \"2\"},"  // 0 -> RA 2 -> 1
        + "{\"edgeID\": 1, \"fromID\": 2, \"toID\": 1},"
        + "{\"edgeID\": 2, \"fromID\": 1, \"toID\": 3},"          // RA 3: premise only
        + "{\"edgeID\": 3, \"fromID\": 10, \"toID\": 4},"         // CA 4 attacks RA 2
        + "{\"edgeID\": 4, \"fromID\": 4, \"toID\": 2},"
        + "{\"edgeID\": 5, \"fromID\": 0, \"toID\": 5},"          // CA 5 attacks CA 4: CA on CA
        + "{\"edgeID\": 6, \"fromID\": 5, \"toID\": 4},"
        + "{\"edgeID\": 7, \"fromID\": 9, \"toID\": 6},"
        + "{\"edgeID\": 8, \"fromID\": 6, \"toID\": 0},"
        + "{\"edgeID\": 9, \"fromID\": 1, \"toID\": 999},"        // to a node not in the file
        + "{\"edgeID\": 10, \"fromID\": 10, \"toID\": 11},"       // RA 11 with two conclusions
        + "{\"edgeID\": 11, \"fromID\": 11, \"toID\": 0},"
        + "{\"edgeID\": 12, \"fromID\": 11, \"toID\": 1}"
        + "], \"locutions\": [{\"nodeID\": 9, \"personID\": 1}, {\"nodeID\": 9, \"personID\": 1},"
        + " {\"nodeID\": 777, \"personID\": 2, \"start\": null}],"
        + " \"participants\": [{\"participantID\": 1, \"firstname\": \"S\"}],"
        + " \"schemefulfillments\": null, \"descriptorfulfillments\": null},"
        + " \"ova\": [], \"text\": {\"txt\": \"<span>zero</span>\"}, \"dialog\": true}";
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = read(json, warnings);
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("0", "1", "10");
    assertThat(map.argument(ArgumentId.of("2")).orElseThrow().premises()).containsExactly(StatementId.of("0"));
    assertThat(map.argument(ArgumentId.of("2")).orElseThrow().scheme()).isEmpty();
    Argument ca4 = map.argument(ArgumentId.of("4")).orElseThrow();
    assertThat(ca4.isUndercutter()).isTrue();
    assertThat(ca4.conclusion()).isEqualTo(ArgumentId.of("2"));
    assertThat(map.argument(ArgumentId.of("5")).orElseThrow().conclusion()).isEqualTo(ArgumentId.of("4"));
    assertThat(map.argument(ArgumentId.of("3"))).isEmpty();
    Argument ra11 = map.argument(ArgumentId.of("11")).orElseThrow();
    assertThat(ra11.conclusion()).isEqualTo(StatementId.of("0"));
    assertThat(ra11.scheme()).contains("Expert Opinion");
    assertThat(warnings).extracting(ImportWarning::message).anySatisfy(m -> assertThat(m).contains("999"))
        .anySatisfy(m -> assertThat(m).contains("RA node 3 has no conclusion"))
        .anySatisfy(m -> assertThat(m).contains("second conclusion"));
    assertThat(warnings).allSatisfy(w -> assertThat(w.line()).isEqualTo(1));

    // written back: every node and edge, the locutions, the wrapper and its unknown members
    Json.Node original = Json.parse(json);
    assertThat(Json.write(Json.parse(exporter.writeString(map)), false)).isEqualTo(Json.write(original, false));
  }

  @Test
  void editsOfTheMapShowInTheDocument() throws Exception {
    ArgumentMap map = importer.read(SharedFiles.require("interop/aif").resolve("araucaria_nodeset137_schemes_ca.json"));
    ArgumentMap.Builder edited = ArgumentMap.builder().addTheses(map.thesisIds()).title("edited");
    for (Statement s : map.statements()) {
      if (s.id().value().equals("1283")) {
        continue; // removed: its node and its edge go
      }
      edited.addStatements(s.id().value().equals("1280")
          ? Statement.builder().from(s).text("A new text.").build() : s);
    }
    for (Argument a : map.arguments()) {
      if (a.id().value().equals("1288")) {
        edited.addArguments(Argument.builder().from(a).premises(List.of(StatementId.of("1282")))
            .polarity(Polarity.ATTACKS).scheme("Something else").build());
      } else if (!a.id().value().equals("1287")) {
        edited.addArguments(a); // 1287 removed
      }
    }
    edited.addStatements(Statement.of("new", "A new statement."));
    edited.argument("new-arg", Polarity.SUPPORTS, "1279", "new");
    edited.putExtension("aif", map.extensions().get("aif"));
    ArgumentMap changed = edited.build();

    String aif = exporter.writeString(changed);
    ArgumentMap back = importer.readString(aif);
    Maps.assertSameStructure(back, changed, "edited");
    assertThat(back.argument(ArgumentId.of("1288")).orElseThrow().scheme()).contains("Something else");
    Json.Obj root = (Json.Obj) Json.parse(aif);
    List<String> nodeIds = new ArrayList<>();
    for (Json.Node n : ((Json.Arr) root.get("nodes")).items()) {
      nodeIds.add(AifDocument.key(((Json.Obj) n).get("nodeID")));
    }
    assertThat(nodeIds).doesNotContain("1283", "1287").contains("new", "new-arg");
    assertThat(aif).contains("\"nodeID\": \"1288\", \"text\": \"Something else\", \"type\": \"CA\"")
        .contains("\"text\": \"A new text.\"").contains("\"timestamp\": \"2012-04-12 18:21:39\"");
  }

  @Test
  void brokenDocumentsFailWithLineAndColumn() {
    assertThatThrownBy(() -> importer.readString("{\"nodes\": [\n  {\"nodeID\": 1,, }]}"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isPositive();
          assertThat(e.problem()).startsWith("not valid JSON");
        });
    assertThatThrownBy(() -> importer.readString("{\n  \"nodes\": {\"a\": 1}}"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(12);
          assertThat(e.problem()).contains("\"nodes\" must be an array");
        });
    assertThatThrownBy(() -> importer.readString("[1, 2]"))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> importer.readString("{\"foo\": 1}"))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("neither");
    assertThatThrownBy(() -> importer.readString("{\"nodes\": [{\"nodeID\": 1, \"type\": \"L\", \"text\": \"x\"}]}"))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("no I-node");
    assertThatThrownBy(() -> importer.readString(""))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("empty");
  }

  @Test
  void aBrokenExtensionIsReported() {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "T.").putExtension("aif", "{not json").build();
    assertThatThrownBy(() -> exporter.writeString(map))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("\"aif\" extension is not valid");
    assertThat(withoutExtension(map).extensions()).isEmpty();
  }
}
