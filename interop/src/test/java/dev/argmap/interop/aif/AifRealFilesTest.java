package dev.argmap.interop.aif;

import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.internal.Json;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real AIF file in shared/interop/aif: read, and written back with every node and edge. */
class AifRealFilesTest {
  static Stream<Path> files() {
    return SharedFiles.files("interop/aif", ".json").stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsAndWritesBackEveryNodeAndEdge(Path file) throws Exception {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = new AifImporter().read(file, warnings::add);
    Json.Node original = Json.parse(Files.readString(file));
    AifFacts before = AifFacts.of(original);
    assertThat(map.statements()).hasSize(before.iNodes());
    assertThat(map.thesisIds()).isNotEmpty();

    String written = new AifExporter().writeString(map);
    AifFacts after = AifFacts.of(Json.parse(written));
    assertThat(after.nodes()).isEqualTo(before.nodes());
    assertThat(after.edges()).isEqualTo(before.edges());
    // the whole document, locutions, participants, OVA layout and unknown members included
    assertThat(Json.write(Json.parse(written), false)).isEqualTo(Json.write(original, false));
    // and once more: a map read from what was written writes the same again
    assertThat(new AifExporter().writeString(new AifImporter().readString(written))).isEqualTo(written);
    // writing for AIFdb changes only the nodes a map adds: a file read and written back is unchanged
    assertThat(AifExporter.forAifdb(java.time.Instant.parse("2026-12-07T15:00:00Z")).writeString(map))
        .isEqualTo(written);
  }

  /** The facts of an AIF document compared in round trips: (id, type, text) of nodes, (from, to) of edges. */
  record AifFacts(Set<List<String>> nodes, Set<List<String>> edges, int iNodes) {
    static AifFacts of(Json.Node root) {
      Json.Obj o = (Json.Obj) root;
      Json.Obj aif = o.get("AIF") instanceof Json.Obj a ? a : o;
      Set<List<String>> nodes = new java.util.HashSet<>();
      int i = 0;
      if (aif.get("nodes") instanceof Json.Arr arr) {
        for (Json.Node n : arr.items()) {
          Json.Obj node = (Json.Obj) n;
          String type = ((Json.Str) node.get("type")).value();
          nodes.add(List.of(AifDocument.key(node.get("nodeID")), type, ((Json.Str) node.get("text")).value()));
          if (type.equals("I")) {
            i++;
          }
        }
      }
      Set<List<String>> edges = new java.util.HashSet<>();
      if (aif.get("edges") instanceof Json.Arr arr) {
        for (Json.Node n : arr.items()) {
          Json.Obj e = (Json.Obj) n;
          edges.add(List.of(AifDocument.key(e.get("fromID")), AifDocument.key(e.get("toID"))));
        }
      }
      return new AifFacts(nodes, edges, i);
    }
  }
}
