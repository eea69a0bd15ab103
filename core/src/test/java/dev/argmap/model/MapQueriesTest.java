package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapQueriesTest {
  private static final StatementId T1 = StatementId.of("t1");

  private static Source source(String id) {
    return Source.builder().id(SourceId.of(id)).kind(SourceKind.NEWS_REPORT).build();
  }

  private static Evidence evidence(String id, String statement, String source) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .statement(StatementId.of(statement))
        .quote("quote " + id)
        .source(SourceId.of(source))
        .build();
  }

  private final ArgumentMap map =
      ArgumentMap.builder()
          .thesis("t1", "Russia and China will not form a formal military alliance.")
          .statement("p1", "Russia fears becoming China's junior partner.")
          .statement("p2", "Putin called an alliance quite possible.")
          .statement("p3", "The remark was meant as a signal to Washington.")
          .statement("p4", "China values its freedom of action.")
          .statement("q1", "Chinese officials say alliances are a Cold War relic.")
          .argument("a1", Polarity.SUPPORTS, "t1", "p1", "p4")
          .argument("a2", Polarity.ATTACKS, "t1", "p2")
          .undercutter("u1", "a2", "p3")
          .argument("a3", Polarity.SUPPORTS, "p4", "q1")
          .addSources(source("gabuev"), source("mt"), source("rozman"))
          .addEvidence(
              evidence("e1", "p1", "gabuev"),
              evidence("e2", "p2", "mt"),
              evidence("e3", "p3", "gabuev"),
              Evidence.builder()
                  .from(evidence("e4", "q1", "mt"))
                  .citedWork(SourceId.of("rozman"))
                  .build())
          .build();

  @Test
  void argumentsForAndAgainst() {
    assertThat(map.argumentsFor(T1)).extracting(a -> a.id().value()).containsExactly("a1");
    assertThat(map.argumentsAgainst(T1)).extracting(a -> a.id().value()).containsExactly("a2");
    assertThat(map.argumentsAgainst(ArgumentId.of("a2")))
        .singleElement()
        .satisfies(a -> assertThat(a.isUndercutter()).isTrue());
    assertThat(map.argument(ArgumentId.of("a1")).orElseThrow().isLinked()).isTrue();
    assertThat(map.argumentsUsing(StatementId.of("p4"))).extracting(a -> a.id().value()).containsExactly("a1");
  }

  @Test
  void upstreamIncludesUndercuttersAndDeepPremises() {
    assertThat(map.upstreamOf(T1))
        .extracting(ConclusionId::value)
        .containsExactly("a1", "p1", "p4", "a2", "p2", "a3", "q1", "u1", "p3");
    assertThat(map.upstreamOf(StatementId.of("p1"))).isEmpty();
  }

  @Test
  void sourcesBehindAStatementFollowEverythingUpstreamAndCitedWorks() {
    assertThat(map.sourcesBehind(T1))
        .extracting(s -> s.id().value())
        .containsExactly("gabuev", "mt", "rozman");
    assertThat(map.sourcesBehind(StatementId.of("p4")))
        .extracting(s -> s.id().value())
        .containsExactly("mt", "rozman");
  }

  @Test
  void statementsBackedByASource() {
    assertThat(map.statementsBackedBy(SourceId.of("gabuev")))
        .extracting(s -> s.id().value())
        .containsExactly("p1", "p3");
    assertThat(map.statementsBackedBy(SourceId.of("rozman")))
        .extracting(s -> s.id().value())
        .containsExactly("q1");
    assertThat(map.evidenceOf(StatementId.of("p2"))).extracting(e -> e.id().value()).containsExactly("e2");
  }

  @Test
  void equalityFollowsContentAndOrder() {
    ArgumentMap same = map.toBuilder().build();
    assertThat(same).isEqualTo(map).hasSameHashCodeAs(map);
    ArgumentMap retitled = map.toBuilder().title("Another").build();
    assertThat(retitled).isNotEqualTo(map);
    ArgumentMap extended = map.toBuilder().putExtension("aif", "{\"locutions\":[]}").build();
    assertThat(extended).isNotEqualTo(map).isEqualTo(extended.toBuilder().build());
    assertThat(extended.extensions()).containsEntry("aif", "{\"locutions\":[]}");
    assertThat(map.toString())
        .isEqualTo("ArgumentMap{theses=[t1], 6 statements, 4 arguments, 4 evidence items, 3 sources}");
  }

  @Test
  void lintFindsSuspiciousButLegalThings() {
    ArgumentMap linted =
        map.toBuilder()
            .statement("lonely", "Nobody uses this. It has two sentences.")
            .statement("bare", "A premise nobody backs.")
            .argument("x0", Polarity.ATTACKS, "p2", "bare")
            .statement("c1", "A holds because B holds.")
            .statement("c2", "B holds because A holds.")
            .argument("x1", Polarity.SUPPORTS, "c1", "c2")
            .argument("x2", Polarity.SUPPORTS, "c2", "c1")
            .argument("x3", Polarity.SUPPORTS, "t1", "c1")
            .addSources(source("unused"))
            .build();
    assertThat(linted.lint())
        .extracting(p -> p.rule() + " " + p.element())
        .containsExactlyInAnyOrder(
            "NO_EVIDENCE Statement bare",
            "ISOLATED_STATEMENT Statement lonely",
            "MORE_THAN_ONE_SENTENCE Statement lonely",
            "UNCITED_SOURCE Source unused",
            "SUPPORT_CYCLE Statement c1");
    assertThat(linted.lint()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void everyQueryOnAnUnknownIdFailsFastNamingItAndTheNearestKnownIds() {
    StatementId zzz = StatementId.of("zzz");
    String statement = "no statement \"zzz\" in the map; nearest known: t1, p1, p2";
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable query :
        java.util.List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> map.argumentsFor(zzz), () -> map.argumentsAgainst(zzz),
            () -> map.argumentsOn(zzz), () -> map.argumentsUsing(zzz), () -> map.evidenceOf(zzz),
            () -> map.upstreamOf(zzz), () -> map.sourcesBehind(zzz), () -> map.isThesis(zzz))) {
      assertThatThrownBy(query).isInstanceOf(IllegalArgumentException.class).hasMessage(statement);
    }
    assertThatThrownBy(() -> map.argumentsFor(ArgumentId.of("a22")))
        .hasMessage("no argument \"a22\" in the map; nearest known: a2, a1, a3");
    assertThatThrownBy(() -> map.evidenceFrom(SourceId.of("gabuv")))
        .hasMessage("no source \"gabuv\" in the map; nearest known: gabuev, mt, rozman");
    assertThatThrownBy(() -> map.statementsBackedBy(SourceId.of("MT")))
        .hasMessageStartingWith("no source \"MT\" in the map; nearest known: mt");
  }

  @Test
  void containsAndTheOptionalLookupsAskWithoutThrowing() {
    assertThat(map.contains(StatementId.of("p1"))).isTrue();
    assertThat(map.contains(StatementId.of("zzz"))).isFalse();
    assertThat(map.contains(ArgumentId.of("u1"))).isTrue();
    assertThat(map.contains(ArgumentId.of("p1"))).isFalse();
    assertThat(map.contains(EvidenceId.of("e4"))).isTrue();
    assertThat(map.contains(SourceId.of("rozman"))).isTrue();
    assertThat(map.contains(CopyId.of("c1"))).isFalse();
    assertThat(map.statement(StatementId.of("zzz"))).isEmpty();
    assertThat(map.argument(ArgumentId.of("zzz"))).isEmpty();
  }

  @Test
  void problemsNameTheirElementWithATypedIdAndTheMapWithNone() {
    MapProblem map = MapProblem.ofMap(MapRule.NO_THESIS, "names no thesis", "name one");
    assertThat(map.elementId()).isEmpty();
    assertThat(map.elementKind()).isEqualTo(ElementKind.MAP);
    assertThat(map).hasToString("Map: names no thesis (no-thesis). Fix: name one");
    MapProblem copy = MapProblem.of(CopyId.of("c2"), MapRule.INVALID_DATE, "is dated", "fix it");
    assertThat(copy.elementId()).contains(CopyId.of("c2"));
    assertThat(copy.elementKind()).isEqualTo(ElementKind.COPY);
    assertThat(copy.element()).isEqualTo("Copy c2");
  }
}
