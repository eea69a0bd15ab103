package dev.argmap.interop.carneades;

import dev.argmap.io.MapFormats;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.interop.InteropFormats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Carneades YAML into a map: what maps to what, what is kept, and what is refused where. */
class CarneadesImporterTest {
  private static final String TOULMIN = """
      meta:
        title: Toulmin
        notes: The standard example.
      statements:
        datum:
          text: Harry was born in Bermuda.
          assumed: true
        warrant: A man born in Bermuda will generally be a British subject.
        exception: Harry has become an American.
        "initiates(a, b,  1)": A term with layout.
        claim: Harry is a British subject.
      arguments:
        a1:
          premises:
            d: datum
            w: warrant
          conclusion: claim
          undercutter: exception
          scheme: linked
        a2:
          premises:
            - initiates(a,b,1)
          conclusion: warrant
      """;

  private static ArgumentMap read(String yaml, List<ImportWarning> warnings) throws IOException {
    return new CarneadesImporter().read(new StringReader(yaml), warnings::add);
  }

  @Test
  void statementsArgumentsUndercuttersAndTitleMapToTheModel() throws IOException {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = read(TOULMIN, warnings);

    assertThat(warnings).isEmpty();
    assertThat(map.title()).contains("Toulmin");
    assertThat(map.description()).contains("The standard example.");
    assertThat(map.statements()).extracting(s -> s.id().value())
        .containsExactly("datum", "warrant", "exception", "initiates(a,b,1)", "claim");
    assertThat(map.statement(StatementId.of("datum")).orElseThrow().text()).isEqualTo("Harry was born in Bermuda.");
    Argument a1 = map.argument(ArgumentId.of("a1")).orElseThrow();
    assertThat(a1.premises()).containsExactly(StatementId.of("datum"), StatementId.of("warrant"));
    assertThat(a1.conclusion()).isEqualTo(StatementId.of("claim"));
    assertThat(a1.polarity()).isEqualTo(Polarity.SUPPORTS);
    assertThat(a1.scheme()).contains("linked");
    Argument a2 = map.argument(ArgumentId.of("a2")).orElseThrow();
    assertThat(a2.premises()).containsExactly(StatementId.of("initiates(a,b,1)"));
    assertThat(a2.scheme()).isEmpty();
    Argument undercut = map.argument(ArgumentId.of("a1.undercut")).orElseThrow();
    assertThat(undercut.polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(undercut.premises()).containsExactly(StatementId.of("exception"));
    assertThat(undercut.conclusion()).isEqualTo(ArgumentId.of("a1"));
    assertThat(map.thesisIds()).containsExactly(StatementId.of("claim"));
    assertThat(map.extensions().get(CarneadesImporter.EXTENSION)).contains("\"assumed\":true");
  }

  @Test
  void argumentsWithoutPremisesAndUnknownKeysAreKeptWithAWarning() throws IOException {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = read("""
        statements:
          p: P
          q: Q
        arguments:
          a:
            conclusion: p
          b:
            conclusion: q
            premises: [p]
            colour: red
        layout: {x: 1}
        """, warnings);

    assertThat(map.arguments()).extracting(a -> a.id().value()).containsExactly("b");
    assertThat(warnings).extracting(ImportWarning::toString).containsExactly(
        "line 11, column 9: the key \"layout\" is not part of the Carneades format; Carneades ignores it (kept in"
            + " the map's carneades extension)",
        "line 10, column 13: argument b has \"colour\", which Carneades does not read; ignored (kept in the map's"
            + " carneades extension)",
        "line 6, column 5: argument a has no premises, which a map's arguments need; kept only in the map's"
            + " carneades extension (and in its labels)");
    assertThat(new CarneadesExporter().writeString(map)).contains("  a:\n    conclusion: p\n").contains("layout:");
  }

  @Test
  void whatCarneadesRejectsIsAnErrorAtItsPlace() {
    assertThatThrownBy(() -> read("statements:\n  p: P\narguments:\n  a:\n    conclusion: p\n    premises: [x]\n",
        new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("the premise of argument a is \"x\", which is not a statement of the file");
    assertThatThrownBy(() -> read("statements:\n  p: P\n  q: Q\nissues:\n  i1:\n    positions: [p, q]\n"
        + "    standard: DV\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("Carneades 4 knows PE");
    assertThatThrownBy(() -> read("statements:\n  p: P\n  q: Q\nissues:\n  i1:\n    positions: [p, q]\n"
        + "  i2:\n    positions: [q]\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("statement q is a position of issues i1 and i2");
    assertThatThrownBy(() -> read("statements:\n  p: P\n  p: Q\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("the key \"p\" is repeated");
    assertThatThrownBy(() -> read("statements: [p, q\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> read("arguments:\n  a:\n    conclusion: p\n    scheme: nope\n", new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("not a statement");
  }

  @Test
  void anAliasBombFailsCleanlyButAnOrdinaryAliasIsRead() throws IOException {
    StringBuilder bomb = new StringBuilder("statements:\n  p: P\nmeta:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    assertThatThrownBy(() -> read(bomb.toString(), new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("the document's aliases stand for more values than argmap replays");

    ArgumentMap map = read("statements:\n  p: &t P\n  q: *t\narguments:\n  a:\n    conclusion: q\n    premises: [p]\n",
        new ArrayList<>());
    assertThat(map.statement(StatementId.of("q")).orElseThrow().text()).isEqualTo("P");
  }

  @Test
  void nestingAndSizeAreBounded() {
    String deep = "meta: " + "[".repeat(YamlTree.MAX_DEPTH + 5) + "]".repeat(YamlTree.MAX_DEPTH + 5) + "\n";
    assertThatThrownBy(() -> read(deep, new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("nest");
    StringBuilder big = new StringBuilder("statements:\n");
    for (int i = 0; big.length() <= YamlTree.MAX_CHARS; i++) {
      big.append("  p").append(i).append(": xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
    }
    assertThatThrownBy(() -> read(big.toString(), new ArrayList<>()))
        .isInstanceOf(MapFormatException.class)
        .hasMessageContaining("longer than " + YamlTree.MAX_CHARS);
  }

  @Test
  void theFormatIsFoundByNameAndEnding() {
    assertThat(MapFormats.installed().named("carneades")).contains(InteropFormats.CARNEADES);
    assertThat(MapFormats.installed().named("CAES")).contains(InteropFormats.CARNEADES);
    assertThat(MapFormats.installed().guess(Path.of("tandem.yml"))).contains(InteropFormats.CARNEADES);
    assertThat(MapFormats.installed().guess(Path.of("tandem.YAML"))).contains(InteropFormats.CARNEADES);
    assertThat(InteropFormats.CARNEADES.importer().orElseThrow()).isInstanceOf(CarneadesImporter.class);
    assertThat(InteropFormats.CARNEADES.exporter().orElseThrow()).isInstanceOf(CarneadesExporter.class);
  }
}
