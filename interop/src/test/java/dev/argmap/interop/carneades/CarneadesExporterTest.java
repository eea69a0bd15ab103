package dev.argmap.interop.carneades;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.carneades.CarneadesLabelling.Label;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Writing maps that were never Carneades files: what becomes what, and what is reported as left out. */
class CarneadesExporterTest {
  private final CarneadesExporter exporter = new CarneadesExporter();

  @Test
  void supportsAttacksAndUndercutsBecomeCarneadesArgumentsIssuesAndUndercutters() throws IOException {
    ArgumentMap map = ArgumentMap.builder()
        .title("Picnic")
        .thesis("t", "We should have a picnic.")
        .statement("sun", "The sun is out.")
        .statement("rain", "Rain is forecast.")
        .statement("old", "The forecast is old.")
        .statement("radar", "The radar shows no cloud.")
        .argument("a1", Polarity.SUPPORTS, "t", "sun")
        .argument("a2", Polarity.ATTACKS, "t", "rain")
        .addArguments(Argument.builder().id(ArgumentId.of("u1")).polarity(Polarity.ATTACKS)
            .conclusion(ArgumentId.of("a2")).addPremises(StatementId.of("old")).build())
        .build();

    String yaml = exporter.writeString(map);

    assertThat(yaml).isEqualTo("""
        meta:
          title: Picnic
        statements:
          t: We should have a picnic.
          sun: The sun is out.
          rain: Rain is forecast.
          old: The forecast is old.
          radar: The radar shows no cloud.
          ¬t: ¬We should have a picnic.
        issues:
          i1:
            positions:
              - t
              - ¬t
        arguments:
          a1:
            conclusion: t
            premises:
              - sun
          a2:
            conclusion: ¬t
            premises:
              - rain
            undercutter: old
        """);
    assertThat(exporter.lossDetails(map)).containsExactly("1 attack on a statement written as an argument for its"
        + " negation ¬c, a position of an issue with c (Carneades has no con arguments): a2");
    // nothing is assumed, so nothing holds: every statement without an argument is out, and so is t
    assertThat(CarneadesLabelling.of(map).labels()).containsEntry("t", Label.OUT).containsEntry("¬t", Label.OUT);
    assertThat(CarneadesLabelling.read(new StringReader(yaml), w -> {}).labels())
        .isEqualTo(CarneadesLabelling.of(map).labels());
  }

  @Test
  void anEditedMapIsWrittenAsEditedWithWhatTheFileHeldForTheStatementsLeft() throws IOException {
    ArgumentMap read = new CarneadesImporter().readString("""
        statements:
          p: {text: P, assumed: true}
          q: Q
          ¬q: not Q
          r: R
        issues:
          i1: {positions: [q, ¬q], standard: CCE}
        arguments:
          a1: {premises: {major: p}, conclusion: q, undercutter: r}
          a2: {premises: [r], conclusion: ¬q}
        assumptions:
          - r
          - lt(0,1)
        tests:
          in: [p, r]
        """);
    // drop r and everything that uses it, and change a text
    ArgumentMap edited = ArgumentMap.builder()
        .addStatements(read.statements().stream().filter(x -> !x.id().value().equals("r"))
            .map(x -> x.id().value().equals("q") ? dev.argmap.model.Statement.of("q", "Q, edited") : x).toList())
        .addArguments(read.argument(ArgumentId.of("a1")).orElseThrow())
        .addTheses(StatementId.of("q"))
        .putExtension(CarneadesImporter.EXTENSION, read.extensions().get(CarneadesImporter.EXTENSION))
        .build();

    String yaml = exporter.writeString(edited);

    assertThat(yaml).isEqualTo("""
        statements:
          p:
            text: P
            assumed: true
          q: "Q, edited"
          ¬q: not Q
        issues:
          i1:
            positions:
              - q
              - ¬q
            standard: CCE
        assumptions:
          - "lt(0,1)"
        arguments:
          a1:
            conclusion: q
            premises:
              major: p
        tests:
          in:
            - p
        """);
    assertThat(CarneadesLabelling.of(edited).labels())
        .containsExactly(java.util.Map.entry("p", Label.IN), java.util.Map.entry("q", Label.IN),
            java.util.Map.entry("¬q", Label.OUT));
  }

  @Test
  void severalAttacksOnAnArgumentArgueForItsNotApplicableStatement() {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t", "T.")
        .statement("p", "P.")
        .statement("x", "X.")
        .statement("y", "Y.")
        .argument("a1", Polarity.SUPPORTS, "t", "p")
        .addArguments(Argument.builder().id(ArgumentId.of("u1")).polarity(Polarity.ATTACKS)
            .conclusion(ArgumentId.of("a1")).addPremises(StatementId.of("x")).build())
        .addArguments(Argument.builder().id(ArgumentId.of("u2")).polarity(Polarity.ATTACKS)
            .conclusion(ArgumentId.of("a1")).addPremises(StatementId.of("x"), StatementId.of("y")).build())
        .build();

    String yaml = exporter.writeString(map);

    assertThat(yaml).contains("  ¬app(a1): ¬app(a1)\n")
        .contains("  a1:\n    conclusion: t\n    premises:\n      - p\n    undercutter: ¬app(a1)\n")
        .contains("  u1:\n    conclusion: ¬app(a1)\n    premises:\n      - x\n")
        // YAML 1.1, which Carneades reads, takes a bare y for true: the key is quoted
        .contains("  u2:\n    conclusion: ¬app(a1)\n    premises:\n      - x\n      - \"y\"\n");
    assertThat(exporter.lossDetails(map)).isEmpty();
  }

  @Test
  void whatCarneadesCannotHoldIsListed() {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t", "T.")
        .statement("p", "P.")
        .statement("q", "Q.")
        .addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t")).addPremises(StatementId.of("p")).weight(0.4).scheme("expert opinion")
            .label("From the expert").build())
        .addArguments(Argument.builder().id(ArgumentId.of("s1")).polarity(Polarity.SUPPORTS)
            .conclusion(ArgumentId.of("a1")).addPremises(StatementId.of("q")).build())
        .build();

    assertThat(exporter.lossDetails(map)).containsExactly(
        "argument a1: scheme \"expert opinion\" is no Carneades scheme (not linked, convergent, cumulative,"
            + " factorized or one the file declares); left out",
        "1 argument weight (Carneades weighs arguments by their scheme): a1",
        "1 argument label or note: a1",
        "1 argument about another argument that Carneades cannot hold (a support of an argument, or an attack"
            + " on an attack): s1");
    assertThat(exporter.writeString(map)).doesNotContain("expert").doesNotContain("s1");
  }
}
