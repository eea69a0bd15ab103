package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapValidationTest {

  private static Source source(String id) {
    return Source.builder().id(SourceId.of(id)).kind(SourceKind.COMMENTARY).credibility(0.8).build();
  }

  private static ArgumentMap.Builder valid() {
    return ArgumentMap.builder()
        .thesis("t1", "Russia and China will not form a formal military alliance.")
        .statement("p1", "Neither side wants to be drawn into the other's wars.")
        .statement("p2", "An alliance would bind China to Russia's conflicts in Europe.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p2")
        .addSources(source("src1"))
        .addEvidence(
            Evidence.builder()
                .id(EvidenceId.of("e1"))
                .statement(StatementId.of("p1"))
                .quote("Neither wants entanglement.")
                .source(SourceId.of("src1"))
                .weight(0.6)
                .build());
  }

  @Test
  void aValidMapBuilds() {
    ArgumentMap map = valid().build();
    assertThat(map.statements()).hasSize(3);
    assertThat(map.thesisIds()).containsExactly(StatementId.of("t1"));
  }

  @Test
  void reportsEveryProblemAtOnceNamingElementRuleAndFix() {
    ArgumentMap.Builder b =
        valid()
            .addEvidence(
                Evidence.builder()
                    .id(EvidenceId.of("e7"))
                    .statement(StatementId.of("p1"))
                    .quote("x")
                    .source(SourceId.of("src-missing"))
                    .build())
            .addArguments(
                Argument.builder()
                    .id(ArgumentId.of("a2"))
                    .conclusion(StatementId.of("nowhere"))
                    .polarity(Polarity.ATTACKS)
                    .build())
            .statement("p1", "   ")
            .addTheses(StatementId.of("t-missing"));

    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);

    assertThat(e.problems())
        .extracting(MapProblem::toString)
        .contains(
            "Evidence e7: source src-missing is not a source of the map (missing-reference). "
                + "Fix: add source src-missing, or refer to one the map holds")
        .anySatisfy(p -> assertThat(p).startsWith("Argument a2: has no premises (no-premises)"))
        .anySatisfy(p -> assertThat(p).startsWith(
            "Argument a2: conclusion nowhere is not a statement of the map (missing-reference)"))
        .anySatisfy(p -> assertThat(p).startsWith(
            "Statement p1: identifier is used by more than one statement (duplicate-id)"))
        .anySatisfy(p -> assertThat(p).startsWith("Statement p1: text must not be blank"))
        .anySatisfy(p -> assertThat(p).startsWith(
            "Map: thesis t-missing is not a statement of the map"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    assertThat(e).hasMessageContaining(e.problems().size() + " problems");
  }

  @Test
  void rejectsCircularArgumentsAndDuplicatePremises() {
    ArgumentMap.Builder b =
        valid()
            .argument("a2", Polarity.SUPPORTS, "p1", "p1")
            .argument("a3", Polarity.SUPPORTS, "t1", "p2", "p2")
            .addArguments(
                Argument.builder()
                    .id(ArgumentId.of("a4"))
                    .addPremises(StatementId.of("p2"))
                    .conclusion(ArgumentId.of("a4"))
                    .polarity(Polarity.ATTACKS)
                    .build());
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems())
        .extracting(MapProblem::rule, MapProblem::elementId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(MapRule.CIRCULAR_ARGUMENT, Optional.of(ArgumentId.of("a2"))),
            org.assertj.core.groups.Tuple.tuple(MapRule.DUPLICATE_PREMISE, Optional.of(ArgumentId.of("a3"))),
            org.assertj.core.groups.Tuple.tuple(MapRule.CIRCULAR_ARGUMENT, Optional.of(ArgumentId.of("a4"))));
  }

  @Test
  void checksEvidenceAttributionLocatorsLinksAndDates() {
    Source other =
        Source.builder()
            .id(SourceId.of("src2"))
            .kind(SourceKind.NEWS_REPORT)
            .date(PartialDate.ofYearMonth(2020, 10))
            .addLinks(URI.create("ftp://example.org/x"), URI.create("relative/path"))
            .addCopies(
                SourceCopy.builder()
                    .id(CopyId.of("c2"))
                    .date(PartialDate.of(2019, 1, 1))
                    .build())
            .build();
    ArgumentMap.Builder b =
        valid()
            .addSources(other)
            .addEvidence(
                Evidence.builder()
                    .id(EvidenceId.of("e2"))
                    .statement(StatementId.of("p2"))
                    .quote("q")
                    .source(SourceId.of("src1"))
                    .citedWork(SourceId.of("src1"))
                    .locator(Locator.builder().copy(CopyId.of("c2")).start(10).end(5).build())
                    .build(),
                Evidence.builder()
                    .id(EvidenceId.of("e3"))
                    .statement(StatementId.of("p2"))
                    .quote("q")
                    .source(SourceId.of("ghost"))
                    .citedWork(SourceId.of("ghost-work"))
                    .locator(Locator.builder().copy(CopyId.of("no-copy")).start(3).build())
                    .build());
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems())
        .extracting(p -> p.rule() + " " + p.element())
        .containsExactlyInAnyOrder(
            "CITES_ITSELF Evidence e2",
            "COPY_OF_OTHER_SOURCE Evidence e2",
            "INVALID_RANGE Evidence e2",
            "MISSING_REFERENCE Evidence e3",
            "MISSING_REFERENCE Evidence e3",
            "MISSING_REFERENCE Evidence e3",
            "INVALID_RANGE Evidence e3",
            "INVALID_URL Source src2",
            "INVALID_URL Source src2",
            "INVALID_DATE Copy c2");
  }

  @Test
  void duplicateIdsOfEveryKindAreReportedOnce() {
    ArgumentMap.Builder b =
        valid()
            .argument("a1", Polarity.ATTACKS, "t1", "p1")
            .argument("a1", Polarity.ATTACKS, "t1", "p2")
            .addSources(source("src1"))
            .addEvidence(
                Evidence.builder()
                    .id(EvidenceId.of("e1"))
                    .statement(StatementId.of("p2"))
                    .quote("again")
                    .source(SourceId.of("src1"))
                    .build())
            .addTheses(StatementId.of("t1"));
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems())
        .extracting(p -> p.rule() + " " + p.element())
        .containsExactlyInAnyOrder(
            "DUPLICATE_ID Argument a1",
            "DUPLICATE_ID Evidence e1",
            "DUPLICATE_ID Source src1",
            "DUPLICATE_ID Map");
  }

  @Test
  void aMapNeedsAThesis() {
    assertThatThrownBy(() -> ArgumentMap.builder().statement("s", "A claim.").build())
        .isInstanceOf(InvalidMapException.class)
        .hasMessageContaining("Map: names no thesis (no-thesis)");
  }

  @Test
  void nullsAreRejectedEagerly() {
    assertThatThrownBy(() -> ArgumentMap.builder().addStatements((Statement) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StatementId.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Statement.builder().id(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsRejectBlankAndWhitespace() {
    assertThatThrownBy(() -> StatementId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("StatementId must not be blank");
    assertThatThrownBy(() -> EvidenceId.of("e 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
  }

  @Test
  void aMissingRequiredAttributeIsAnIllegalState() {
    assertThatThrownBy(() -> Statement.builder().id(StatementId.of("s")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text");
  }

  @Test
  void pagesAndSectionsMustSaySomethingAndACitedPlaceNeedsItsCitedWork() {
    ArgumentMap.Builder b =
        valid()
            .addSources(Source.builder().id(SourceId.of("src2")).kind(SourceKind.BOOK)
                .addCopies(SourceCopy.builder().id(CopyId.of("c2")).build()).build())
            .addEvidence(
                Evidence.builder()
                    .id(EvidenceId.of("e2"))
                    .statement(StatementId.of("p2"))
                    .quote("a quote")
                    .source(SourceId.of("src2"))
                    .locator(Locator.builder().copy(CopyId.of("c2")).section(" ").build())
                    .citedAt("pp. 52-53")
                    .build(),
                Evidence.builder()
                    .id(EvidenceId.of("e3"))
                    .statement(StatementId.of("p2"))
                    .quote("another quote")
                    .source(SourceId.of("src1"))
                    .citedWork(SourceId.of("src2"))
                    .citedAt("")
                    .build());
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems())
        .extracting(p -> p.rule() + " " + p.element() + ": " + p.message() + " / " + p.fix())
        .containsExactlyInAnyOrder(
            "CITED_AT_WITHOUT_WORK Evidence e2: says where in a cited work the claim stands"
                + " (cited at \"pp. 52-53\") but names no cited work"
                + " / name the cited work the place belongs to, or leave the place out",
            "BLANK_TEXT Evidence e2: locator section must not be blank"
                + " / write the locator section, or leave it out where it is optional",
            "BLANK_TEXT Evidence e3: place in the cited work must not be blank"
                + " / write the place in the cited work, or leave it out where it is optional");
  }

  @Test
  void anApproximateDateCannotContradictAnother() {
    Source.Builder source = Source.builder().id(SourceId.of("src2")).kind(SourceKind.ACADEMIC_PAPER)
        .date(PartialDate.ofYear(2017).asApproximate())
        .addCopies(SourceCopy.builder().id(CopyId.of("c2")).date(PartialDate.ofYear(2016)).build());
    // about 2017 may be 2016: a copy of 2016 is no contradiction
    assertThat(valid().addSources(source.build()).build().sources()).hasSize(2);
    // an exact 2017 is: the copy would precede the work
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class,
        () -> valid().addSources(source.date(PartialDate.ofYear(2017)).build()).build());
    assertThat(e.problems()).extracting(p -> p.rule()).containsExactly(MapRule.INVALID_DATE);
  }
}
