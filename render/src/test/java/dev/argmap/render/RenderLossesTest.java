package dev.argmap.render;

import dev.argmap.io.LossReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.io.Loss.Kind;
import dev.argmap.render.dot.DotRenderer;
import dev.argmap.render.graphml.GraphMlRenderer;
import dev.argmap.render.html.HtmlRenderer;
import dev.argmap.render.markdown.MarkdownOutline;
import dev.argmap.render.mermaid.MermaidRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderLossesTest {
  /** For each kind, a word that the output holds exactly when the kind is shown. */
  private static final Map<Kind, String> MARKERS = new LinkedHashMap<>();

  static {
    MARKERS.put(Kind.EVIDENCE, "Quotedwords");
    MARKERS.put(Kind.SOURCES, "Unusedstudy");
    MARKERS.put(Kind.STATEMENT_TEXTS, "Titledclaimtext");
    MARKERS.put(Kind.STATEMENT_TAGS, "Tagword");
    MARKERS.put(Kind.STATEMENT_NOTES, "Statementnoteword");
    MARKERS.put(Kind.ARGUMENT_SCHEMES, "Schemeword");
    MARKERS.put(Kind.ARGUMENT_NOTES, "Argumentnoteword");
    MARKERS.put(Kind.EVIDENCE_NOTES, "Evidencenoteword");
    MARKERS.put(Kind.SOURCE_NOTES, "Gazettenoteword");
    MARKERS.put(Kind.MAP_DESCRIPTION, "Descriptionword");
    MARKERS.put(Kind.EXTENSIONS, "Extensionword");
  }

  /** A map with one of everything a render may leave out. */
  private static ArgumentMap full() {
    return ArgumentMap.builder()
        .title("Everything")
        .description("Descriptionword of the map.")
        .putExtension("aif", "{\"Extensionword\": 1}")
        .addStatements(Statement.builder().id(StatementId.of("t1")).text("The thesis.").addTags("Tagword").build())
        .addTheses(StatementId.of("t1"))
        .addStatements(Statement.builder().id(StatementId.of("p1")).text("A premise.")
            .notes("Statementnoteword here.").build())
        .addStatements(Statement.builder().id(StatementId.of("p2")).title("Titled")
            .text("Titledclaimtext in full.").build())
        .addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p1")).scheme("Schemeword")
            .notes("Argumentnoteword here.").build())
        .argument("a2", Polarity.ATTACKS, "t1", "p2")
        .addEvidence(Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("p1"))
            .quote("Quotedwords of a witness.").source(SourceId.of("s1")).notes("Evidencenoteword here.").build())
        .addSources(
            Source.builder().id(SourceId.of("s1")).kind(SourceKind.NEWS_REPORT).title("Gazette")
                .notes("Gazettenoteword here.").build(),
            Source.builder().id(SourceId.of("s2")).kind(SourceKind.ACADEMIC_PAPER).title("Unusedstudy")
                .notes("Studynoteword here.").build())
        .build();
  }

  private static Map<Kind, Integer> expect(Object... kindsAndCounts) {
    Map<Kind, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < kindsAndCounts.length; i += 2) {
      m.put((Kind) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
    }
    return m;
  }

  @Test
  void eachRendererCountsWhatItLeavesOut() {
    ArgumentMap map = full();

    assertThat(DotRenderer.create().losses(map).counts()).containsExactlyEntriesOf(expect(
        Kind.EVIDENCE, 1, Kind.SOURCES, 2, Kind.STATEMENT_TAGS, 1, Kind.STATEMENT_NOTES, 1,
        Kind.ARGUMENT_NOTES, 1, Kind.MAP_DESCRIPTION, 1, Kind.EXTENSIONS, 1));
    // with the evidence drawn, only the source no evidence is found in is lost, and the drawn one's note
    assertThat(DotRenderer.builder().showEvidence(true).build().losses(map).counts()).containsExactlyEntriesOf(
        expect(Kind.SOURCES, 1, Kind.STATEMENT_TAGS, 1, Kind.STATEMENT_NOTES, 1, Kind.ARGUMENT_NOTES, 1,
            Kind.EVIDENCE_NOTES, 1, Kind.SOURCE_NOTES, 1, Kind.MAP_DESCRIPTION, 1, Kind.EXTENSIONS, 1));
    assertThat(MermaidRenderer.builder().titlesOnly(true).build().losses(map).counts()).containsExactlyEntriesOf(
        expect(Kind.EVIDENCE, 1, Kind.SOURCES, 2, Kind.STATEMENT_TEXTS, 1, Kind.STATEMENT_TAGS, 1,
            Kind.STATEMENT_NOTES, 1, Kind.ARGUMENT_SCHEMES, 1, Kind.ARGUMENT_NOTES, 1, Kind.MAP_DESCRIPTION, 1,
            Kind.EXTENSIONS, 1));
    assertThat(GraphMlRenderer.create().losses(map).counts())
        .containsExactlyEntriesOf(expect(Kind.STATEMENT_TAGS, 1, Kind.EXTENSIONS, 1));
    assertThat(HtmlRenderer.create().losses(map).counts()).containsExactlyEntriesOf(expect(Kind.EXTENSIONS, 1));
    assertThat(MarkdownOutline.builder().build().losses(map).counts()).containsExactlyEntriesOf(expect(
        Kind.STATEMENT_TAGS, 1, Kind.STATEMENT_NOTES, 1, Kind.ARGUMENT_NOTES, 1, Kind.EVIDENCE_NOTES, 1,
        Kind.SOURCE_NOTES, 2, Kind.EXTENSIONS, 1));
    assertThat(DotRenderer.create().losses(map)).hasToString(
        "1 evidence item, 2 sources, 1 tagged statement, 1 statement note, 1 argument note, 1 map description,"
            + " 1 extension of another format");
  }

  /** The report is checked against the output: a kind is reported lost exactly when its word is absent. */
  @Test
  void theReportSaysWhatTheOutputLacks() {
    ArgumentMap map = full();
    MapRenderer[] renderers = {
      DotRenderer.create(), DotRenderer.builder().showEvidence(true).build(),
      DotRenderer.builder().titlesOnly(true).build(),
      MermaidRenderer.create(), MermaidRenderer.builder().showEvidence(true).build(),
      MermaidRenderer.builder().titlesOnly(true).build(),
      GraphMlRenderer.create(), HtmlRenderer.create(), MarkdownOutline.builder().build()
    };
    for (MapRenderer r : renderers) {
      String out = r.renderToString(map);
      LossReport losses = r.losses(map);
      for (Map.Entry<Kind, String> m : MARKERS.entrySet()) {
        // the notes of an evidence item, or of the source it is found in, go with the item, uncounted
        boolean goneWithEvidence = (m.getKey() == Kind.EVIDENCE_NOTES || m.getKey() == Kind.SOURCE_NOTES)
            && losses.count(Kind.EVIDENCE) > 0;
        assertThat(losses.count(m.getKey()) > 0 || goneWithEvidence)
            .as("%s reports %s lost exactly when its output lacks %s", r, m.getKey(), m.getValue())
            .isEqualTo(!out.contains(m.getValue()));
        if (goneWithEvidence) {
          assertThat(losses.count(m.getKey())).as("%s counts %s apart from the evidence", r, m.getKey()).isZero();
        }
      }
    }
  }

  @Test
  void aMapWithNothingToLoseLosesNothing() {
    ArgumentMap map = ArgumentMap.builder().thesis("t1", "A thesis.").statement("p1", "A premise.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1").build();

    assertThat(DotRenderer.create().losses(map).isEmpty()).isTrue();
    assertThat(MermaidRenderer.create().losses(map)).hasToString("nothing");
    assertThat(MarkdownOutline.builder().build().losses(map)).isEqualTo(LossReport.none());
  }

  @Test
  void countsAreAtLeastOneAndInTheOrderOfTheKinds() {
    assertThatThrownBy(() -> new dev.argmap.io.Loss(Kind.EVIDENCE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    LossReport r = LossReport.of(ImmutableMap.of(Kind.EXTENSIONS, 2, Kind.EVIDENCE, 1));
    assertThat(r.losses()).extracting(dev.argmap.io.Loss::kind).containsExactly(Kind.EVIDENCE, Kind.EXTENSIONS);
    assertThat(r).hasToString("1 evidence item, 2 extensions of other formats");
    assertThat(r.count(Kind.SOURCES)).isZero();
  }
}
