package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class MapEditingTest {
  private static final ArgumentId A1 = ArgumentId.of("a1");

  private static final ArgumentMap MAP =
      ArgumentMap.builder()
          .title("Remote work")
          .thesis("t1", "Remote work should be the default for office jobs.")
          .statement("p1", "Commuting costs workers an hour a day.")
          .statement("p2", "Teams lose informal contact when apart.")
          .statement("p3", "Chat tools make up for most of that contact.")
          .argument("a1", Polarity.SUPPORTS, "t1", "p1")
          .argument("a2", Polarity.ATTACKS, "t1", "p2")
          .undercutter("u1", "a2", "p3")
          .addSources(Source.builder().id(SourceId.of("survey")).kind(SourceKind.POLICY_REPORT)
              .credibility(0.8).build())
          .addEvidence(Evidence.builder().id(EvidenceId.of("e1")).statement(StatementId.of("p1"))
              .quote("An hour a day.").source(SourceId.of("survey")).weight(0.9).build())
          .putExtension("aif", "{}")
          .build();

  @Test
  void changingOneArgumentsWeightIsOneLine() {
    ArgumentMap lighter = MAP.toBuilder().argumentWeight(A1, 0.5).build();

    assertThat(lighter.argument(A1).orElseThrow().weight()).isEqualTo(0.5);
    assertThat(MAP.argument(A1).orElseThrow().weight()).isEqualTo(1.0);
    // everything else is kept, in place
    assertThat(lighter.arguments()).extracting(a -> a.id().value())
        .containsExactly("a1", "a2", "u1");
    assertThat(lighter.toBuilder().argumentWeight(A1, 1.0).build()).isEqualTo(MAP);
  }

  @Test
  void reAddingAnElementThroughToBuilderIsAReplaceNotADuplicate() {
    Argument changed = MAP.argument(A1).orElseThrow().withWeight(0.3).withLabel("commute");

    // the reported scenario: adding it again names the identifier twice, and says how to change it
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class,
        () -> MAP.toBuilder().addArguments(changed).build());
    assertThat(e.problems()).singleElement().hasToString(
        "Argument a1: identifier is used by more than one argument (duplicate-id). "
            + "Fix: give each argument its own identifier; to change one, replace it instead of "
            + "adding it again");

    ArgumentMap replaced = MAP.toBuilder().replaceArgument(changed).build();
    assertThat(replaced.argument(A1)).contains(changed);
    assertThat(replaced.arguments().get(0)).isEqualTo(changed);
  }

  @Test
  void everyKindCanBeReplacedUpdatedAndRemoved() {
    ArgumentMap edited = MAP.toBuilder()
        .updateStatement(StatementId.of("p1"), s -> s.withText("Commuting costs an hour."))
        .argumentPolarity(ArgumentId.of("a2"), Polarity.SUPPORTS)
        .evidenceWeight(EvidenceId.of("e1"), 0.4)
        .evidencePolarity(EvidenceId.of("e1"), Polarity.ATTACKS)
        .sourceCredibility(SourceId.of("survey"), 0.2)
        .title(java.util.Optional.empty())
        .description("Edited.")
        .removeExtension("aif")
        .build();

    assertThat(edited.statement(StatementId.of("p1")).orElseThrow().text())
        .isEqualTo("Commuting costs an hour.");
    assertThat(edited.argument(ArgumentId.of("a2")).orElseThrow().polarity())
        .isEqualTo(Polarity.SUPPORTS);
    Evidence e1 = edited.evidence(EvidenceId.of("e1")).orElseThrow();
    assertThat(e1.weight()).isEqualTo(0.4);
    assertThat(e1.polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(edited.source(SourceId.of("survey")).orElseThrow().credibility()).isEqualTo(0.2);
    assertThat(edited.title()).isEmpty();
    assertThat(edited.description()).contains("Edited.");
    assertThat(edited.extensions()).isEmpty();

    ArgumentMap smaller = MAP.toBuilder()
        .removeArgument(ArgumentId.of("u1"))
        .removeStatement(StatementId.of("p3"))
        .removeEvidence(EvidenceId.of("e1"))
        .removeSource(SourceId.of("survey"))
        .build();
    assertThat(smaller.arguments()).extracting(a -> a.id().value()).containsExactly("a1", "a2");
    assertThat(smaller.statements()).hasSize(3);
    assertThat(smaller.evidence()).isEmpty();
    assertThat(smaller.sources()).isEmpty();

    Source renamedCopy = MAP.source(SourceId.of("survey")).orElseThrow()
        .withCopies(SourceCopy.builder().id(CopyId.of("c1")).build());
    ArgumentMap withCopy = MAP.toBuilder().replaceSource(renamedCopy).build();
    assertThat(withCopy.sourceOfCopy(CopyId.of("c1"))).contains(renamedCopy);
    assertThat(withCopy.toBuilder().replaceStatement(Statement.of("p2", "Teams meet less."))
        .build().statement(StatementId.of("p2")).orElseThrow().text()).isEqualTo("Teams meet less.");
  }

  @Test
  void removingWhatOthersReferToIsReportedAtBuildWithEveryOtherProblem() {
    ArgumentMap.Builder b = MAP.toBuilder()
        .removeStatement(StatementId.of("p1"))
        .removeArgument(ArgumentId.of("a2"))
        .removeSource(SourceId.of("survey"))
        .removeThesis(StatementId.of("t1"));

    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems()).extracting(MapProblem::toString).containsExactly(
        "Map: names no thesis (no-thesis). Fix: name at least one statement as a thesis, the claim "
            + "under debate",
        "Argument a1: premise p1 is not a statement of the map (missing-reference). "
            + "Fix: add statement p1, or refer to one the map holds",
        "Argument u1: conclusion a2 is not an argument of the map (missing-reference). "
            + "Fix: add argument a2, or refer to one the map holds",
        "Evidence e1: statement p1 is not a statement of the map (missing-reference). "
            + "Fix: add statement p1, or refer to one the map holds",
        "Evidence e1: source survey is not a source of the map (missing-reference). "
            + "Fix: add source survey, or refer to one the map holds");
  }

  @Test
  void editingAnElementTheBuilderDoesNotHoldFailsAtOnceNamingTheNearest() {
    assertThatThrownBy(() -> MAP.toBuilder().argumentWeight(ArgumentId.of("a9"), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no argument \"a9\" in the map; nearest known: a1, a2, u1");
    assertThatThrownBy(() -> MAP.toBuilder().removeSource(SourceId.of("surve")))
        .hasMessage("no source \"surve\" in the map; nearest known: survey");
    assertThatThrownBy(() -> MAP.toBuilder().replaceEvidence(
            MAP.evidence(EvidenceId.of("e1")).orElseThrow().withId(EvidenceId.of("e2"))))
        .hasMessage("no evidence item \"e2\" in the map; nearest known: e1");
    assertThatThrownBy(() -> MAP.toBuilder().removeThesis(StatementId.of("p1")))
        .hasMessage("no thesis \"p1\" in the map; its theses are [t1]");
    assertThatThrownBy(() -> MAP.toBuilder().updateArgument(A1, a -> a.withId(ArgumentId.of("b"))))
        .hasMessageStartingWith("an update of argument a1 must keep its identifier but changed it "
            + "to b");
    assertThatThrownBy(() -> MAP.toBuilder().argumentWeight(A1, 7))
        .hasMessage("Argument a1: weight must be in [0, 1] but was 7.0 (out-of-range). "
            + "Fix: give a weight between 0 and 1");
  }

  @Test
  void aBuilderKeepsReportingDuplicatesItDidNotEdit() {
    // a reader adds what a file holds, duplicates included, for build() to report them all
    ArgumentMap.Builder b = MAP.toBuilder()
        .statement("p1", "A second p1.")
        .replaceStatement(Statement.of("p1", "The first p1, changed."));
    InvalidMapException e = catchThrowableOfType(InvalidMapException.class, b::build);
    assertThat(e.problems()).extracting(MapProblem::element).containsExactly("Statement p1");
  }

  @Test
  void manyEditsOfALargeBuilderAreFound() {
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "The thesis.");
    for (int i = 0; i < 2000; i++) {
      b.statement("p" + i, "Premise " + i + ".").argument("a" + i, Polarity.SUPPORTS, "t", "p" + i);
    }
    for (int i = 0; i < 2000; i += 2) {
      b.argumentWeight(ArgumentId.of("a" + i), 0.5);
    }
    b.removeArgument(ArgumentId.of("a1")).argumentWeight(ArgumentId.of("a3"), 0.25);
    ArgumentMap map = b.build();
    assertThat(map.arguments()).hasSize(1999);
    assertThat(map.argument(ArgumentId.of("a1998")).orElseThrow().weight()).isEqualTo(0.5);
    assertThat(map.argument(ArgumentId.of("a3")).orElseThrow().weight()).isEqualTo(0.25);
    assertThat(map.argument(ArgumentId.of("a5")).orElseThrow().weight()).isEqualTo(1.0);
  }

  @Test
  void aBuiltMapStaysAsItWasWhileItsBuilderOrACopyGoesOnChanging() {
    // a built map keeps the identifier index its builder filled; no later change may reach it
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "The thesis.");
    for (int i = 0; i < 100; i++) {
      b.statement("p" + i, "Premise " + i + ".");
    }
    ArgumentMap first = b.build();
    ArgumentMap copied = first.toBuilder().statement("other", "Added to a copy.").build();
    b.statement("late", "Added after the first build.").removeStatement(StatementId.of("p0"));
    ArgumentMap second = b.build();

    for (int i = 0; i < 100; i++) {
      assertThat(first.statement(StatementId.of("p" + i))).map(Statement::text)
          .contains("Premise " + i + ".");
    }
    assertThat(first.contains(StatementId.of("late"))).isFalse();
    assertThat(first.contains(StatementId.of("other"))).isFalse();
    assertThat(copied.statement(StatementId.of("other"))).isPresent();
    assertThat(copied.contains(StatementId.of("late"))).isFalse();
    assertThat(second.contains(StatementId.of("p0"))).isFalse();
    assertThat(second.contains(StatementId.of("other"))).isFalse();
    // the removal moved every later statement up one place; each is still found
    assertThat(second.statement(StatementId.of("p99"))).map(Statement::text)
        .contains("Premise 99.");
    assertThat(second.statement(StatementId.of("late"))).isPresent();
  }
}
