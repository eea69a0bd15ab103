package dev.argmap.interop.dung;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.interop.Maps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import dev.argmap.testing.SharedFiles;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ICCMA .af, ASPARTIX .apx and TGF: the real files, round trips, tolerance and errors. */
class DungTest {
  private static ArgumentMap read(DungDialect d, String text, List<ImportWarning> warnings) {
    try {
      return new DungImporter(d).read(new StringReader(text), warnings::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String write(DungDialect d, ArgumentMap map) {
    return new DungExporter(d).writeString(map);
  }

  /** The framework a text describes: its argument names and attacks as "a b". */
  private static Set<String> attacks(DungDialect d, String text) {
    ArgumentMap map = read(d, text, new ArrayList<>());
    Set<String> attacks = new HashSet<>();
    map.arguments().forEach(a -> attacks.add(a.premises().get(0) + " " + a.conclusion()));
    new DungExporter(DungDialect.TGF).writeString(map).lines().dropWhile(l -> !l.equals("#")).skip(1)
        .forEach(attacks::add);
    return attacks;
  }

  static Stream<Path> realFiles() {
    List<Path> files = new ArrayList<>(SharedFiles.files("interop/iccma", ".apx"));
    files.addAll(SharedFiles.files("interop/iccma", ".tgf"));
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("realFiles")
  void realFilesRoundTrip(Path file) throws Exception {
    DungDialect d = file.toString().endsWith(".apx") ? DungDialect.APX : DungDialect.TGF;
    String text = Files.readString(file);
    ArgumentMap map = new DungImporter(d).read(file);
    String written = write(d, map);
    assertThat(new HashSet<>(written.lines().toList())).as(file.toString())
        .isEqualTo(new HashSet<>(text.lines().filter(l -> !l.isBlank()).map(String::strip).toList()));
    // and through the other dialects
    for (DungDialect other : DungDialect.values()) {
      ArgumentMap again = read(other, write(other, map), new ArrayList<>());
      assertThat(write(d, again)).as(file + " via " + other).isEqualTo(written);
    }
  }

  @Test
  void tweetyApxWithSelfAttack() throws Exception {
    ArgumentMap map = new DungImporter(DungDialect.APX).read(SharedFiles.require("interop/iccma").resolve("tweety_ex3.apx"));
    assertThat(map.statements()).hasSize(10);
    assertThat(map.arguments()).hasSize(24); // 25 attacks, one of them a9 -> a9
    assertThat(map.arguments()).allSatisfy(a -> assertThat(a.polarity()).isEqualTo(Polarity.ATTACKS));
    assertThat(map.extensions().get("framework")).isEqualTo("{\"selfEdges\":[{\"node\":\"a9\",\"type\":\"attack\"}]}");
    assertThat(write(DungDialect.APX, map)).contains("att(a9,a9).");
    // the engine's own ICCMA reader reads what is written
    AttackGraph g = AttackGraph.parseIccma(new StringReader(write(DungDialect.ICCMA_AF, map)));
    assertThat(g.size()).isEqualTo(10);
    assertThat(g.attackCount()).isEqualTo(25);
  }

  @Test
  void carneadesTgfThesesAndLabels() throws Exception {
    ArgumentMap map = new DungImporter(DungDialect.TGF)
        .read(SharedFiles.require("interop/iccma").resolve("carneades_bas1.tgf"));
    assertThat(map.statements()).hasSize(7);
    assertThat(map.arguments()).hasSize(8);
    assertThat(map.thesisIds()).containsExactly(StatementId.of("b"));
    ArgumentMap labelled = read(DungDialect.TGF, "1 First node\n2 (Second node)\n#\n1 2 edge label\n",
        new ArrayList<>());
    assertThat(labelled.statement(StatementId.of("2")).orElseThrow().text()).isEqualTo("(Second node)");
    assertThat(write(DungDialect.TGF, labelled)).isEqualTo("1 First node\n2 (Second node)\n#\n1 2\n");
  }

  @Test
  void iccmaWithCommentsCrlfAndLabels() {
    String text = "# a comment\r\np af 4\r\n# another\r\n1 2\r\n\t\r\n2 3\r\n3 3\r\n4 1";
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = read(DungDialect.ICCMA_AF, text, warnings);
    assertThat(warnings).isEmpty();
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("1", "2", "3", "4");
    assertThat(write(DungDialect.ICCMA_AF, map)).isEqualTo("p af 4\n1 2\n2 3\n4 1\n3 3\n");
    String named = write(DungDialect.ICCMA_AF, FixtureMaps.shapes());
    assertThat(named).startsWith("p af ").contains("# label 1 t\n");
    assertThat(read(DungDialect.ICCMA_AF, named, warnings).statement(StatementId.of("lonely"))).isPresent();
    assertThat(AttackGraphs.parse(named).size()).isEqualTo(FixtureMaps.shapes().statements().size() + 3);
  }

  @Test
  void apxTolerance() {
    String text = "% comment\r\narg( a ).arg(b). arg(\"with space\").\n\t\natt(a,b).\natt(b, c)\natt(c,c).\n"
        + "support(a,b).\narg(a).";
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = read(DungDialect.APX, text, warnings);
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("a", "b", "with_space", "c");
    assertThat(map.statement(StatementId.of("with_space")).orElseThrow().text()).isEqualTo("with space");
    assertThat(warnings).extracting(ImportWarning::message)
        .anySatisfy(m -> assertThat(m).contains("period"))
        .anySatisfy(m -> assertThat(m).contains("not declared"))
        .anySatisfy(m -> assertThat(m).contains("support/2"))
        .anySatisfy(m -> assertThat(m).contains("declared again"));
    assertThat(write(DungDialect.APX, map)).contains("arg(with_space).").contains("att(c,c).");
    ArgumentMap odd = ArgumentMap.builder().thesis("Upper", "U.").statement("x\"y", "Q.")
        .argument("a", Polarity.ATTACKS, "Upper", "x\"y").build();
    String apx = write(DungDialect.APX, odd);
    assertThat(apx).isEqualTo("arg(\"Upper\").\narg(\"x\\\"y\").\natt(\"x\\\"y\",\"Upper\").\n");
    assertThat(Maps.statementTexts(read(DungDialect.APX, apx, warnings))).containsExactlyInAnyOrder(
        List.of("Upper", "Upper"), List.of("x\"y", "x\"y"));
  }

  @Test
  void errorsHaveLineAndColumn() {
    assertThatThrownBy(() -> read(DungDialect.ICCMA_AF, "1 2\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.line()).isEqualTo(1));
    assertThatThrownBy(() -> read(DungDialect.ICCMA_AF, "p af 2\n1 3\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.problem()).contains("out of range");
        });
    assertThatThrownBy(() -> read(DungDialect.ICCMA_AF, "p af 1\n1 2\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.problem()).isEqualTo(
            "argument 2 is out of range; the header declares 1 argument, numbered 1"));
    assertThatThrownBy(() -> read(DungDialect.ICCMA_AF, "p af 2\n1 x\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.column()).isEqualTo(3));
    assertThatThrownBy(() -> read(DungDialect.APX, "arg(a).\natt(a b).\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(7);
        });
    assertThatThrownBy(() -> read(DungDialect.TGF, "a\nb\n#\na\n", new ArrayList<>()))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    assertThatThrownBy(() -> read(DungDialect.ICCMA_AF, "p af 0\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class).hasMessageContaining("no argument");
  }

  @ParameterizedTest
  @EnumSource(DungDialect.class)
  void anyMapWritesAFrameworkThatReadsBackToItself(DungDialect d) {
    for (long seed : Maps.seeds("DungTest", 50)) {
      ArgumentMap map = RandomMaps.withStatements(50).seed(seed).generate();
      String context = d + ", RandomMaps.withStatements(50).seed(" + seed + ")";
      String first = write(d, map);
      ArgumentMap read = read(d, first, new ArrayList<>());
      // statements keep their identifiers; the framework read back writes the same text
      for (var s : map.statements()) {
        assertThat(read.statement(s.id())).as(context).isPresent();
      }
      assertThat(write(d, read)).as(context).isEqualTo(first);
      assertThat(attacks(d, first)).as(context).isEqualTo(attacks(d, write(d, read)));
    }
  }

  @Test
  void attackOnlyMapsKeepTheirStructure() {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "T.").statement("a", "A.").statement("b", "B.")
        .argument("x1", Polarity.ATTACKS, "t", "a").argument("x2", Polarity.ATTACKS, "a", "b")
        .argument("x3", Polarity.ATTACKS, "b", "a").build();
    for (DungDialect d : DungDialect.values()) {
      ArgumentMap back = read(d, write(d, map), new ArrayList<>());
      assertThat(Maps.relations(back)).as(d.toString()).isEqualTo(Maps.relations(map));
    }
  }

  /** The engine's ICCMA reader, which knows nothing of label comments. */
  private static final class AttackGraphs {
    static AttackGraph parse(String text) {
      try {
        return AttackGraph.parseIccma(new StringReader(text));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
