package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.ar;
import static dev.argmap.scoring.TestMaps.evidence;
import static dev.argmap.scoring.TestMaps.source;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.SourceId;
import dev.argmap.scoring.explain.BalanceReport.ChallengeKind;
import dev.argmap.scoring.explain.BalanceReport.Rule;
import dev.argmap.scoring.explain.BalanceReport.Side;
import dev.argmap.scoring.explain.BalanceReport.ThesisBalance;
import dev.argmap.scoring.explain.BalanceReport.Warning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The balance report on small maps built by hand, where every count is known in advance. */
class MapBalanceTest {
  private static final MapScorer DF = MapScorer.of(GradualSemantics.DF_QUAD);

  /** t with two reasons for it, both resting on one source, and nothing against it. */
  private static ArgumentMap.Builder oneSided() {
    return ArgumentMap.builder()
        .thesis("t", "The thesis.")
        .statement("p1", "Premise one.")
        .statement("p2", "Premise two.")
        .argument("a1", SUPPORTS, "t", "p1")
        .argument("a2", SUPPORTS, "t", "p2")
        .addSources(source("s1", 0.8), source("s2", 0.6))
        .addEvidence(evidence("e1", "p1", "s1", 1.0, SUPPORTS), evidence("e2", "p2", "s1", 0.5, SUPPORTS));
  }

  private static List<Rule> rules(ThesisBalance t, dev.argmap.model.Polarity side) {
    return t.warnings().stream().filter(w -> w.side() == side).map(Warning::rule).toList();
  }

  @Test
  void aOneSidedMapIsNeverChallengedHasAnEmptySideAndOneSource() {
    ThesisBalance t = DF.balance(oneSided().build()).thesis(st("t"));

    assertThat(t.forSide().directArguments()).containsExactly(ar("a1"), ar("a2"));
    assertThat(t.forSide().challenges()).isEmpty();
    assertThat(t.forSide().evidence()).containsExactly(EvidenceId.of("e1"), EvidenceId.of("e2"));
    assertThat(t.forSide().sources()).containsExactly(SourceId.of("s1"));
    assertThat(t.againstSide().arguments()).isEmpty();
    assertThat(rules(t, SUPPORTS)).containsExactly(Rule.UNCHALLENGED_SIDE, Rule.SINGLE_SOURCE_SIDE);
    assertThat(rules(t, ATTACKS)).containsExactly(Rule.EMPTY_SIDE);
    assertThat(t.warnings().get(0).toString()).isEqualTo("the for side of t is never challenged: no argument"
        + " attacks or undercuts either of its 2 arguments or attacks their premises"
        + " (unchallenged-side). Fix: add the documents' rebuttals or undercutters of its arguments");
    assertThat(t.warnings().get(1).message()).isEqualTo(
        "the for side of t rests on one source alone: all 2 quotes behind it come from s1");
    assertThat(t.warnings().get(2).message()).isEqualTo(
        "the against side of t has no argument: nothing argues against t directly");
  }

  @Test
  void oneUndercutterRemovesTheNeverChallengedWarningAndStandsAgainstTheThesis() {
    ArgumentMap m = oneSided().statement("p3", "The inference fails.").undercutter("u1", "a1", "p3").build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(rules(t, SUPPORTS)).containsExactly(Rule.SINGLE_SOURCE_SIDE);
    assertThat(t.forSide().challenges()).containsExactly(
        new BalanceReport.Challenge(ar("a1"), ChallengeKind.UNDERCUT, Optional.empty(), ar("u1")));
    assertThat(t.forSide().challengedDirect()).containsExactly(ar("a1"));
    assertThat(t.againstSide().directArguments()).isEmpty();
    assertThat(t.againstSide().arguments()).containsExactly(ar("u1"));
    assertThat(t.warnings()).filteredOn(w -> w.side() == ATTACKS).singleElement()
        .extracting(Warning::message).isEqualTo("the against side of t has no argument: nothing argues against t"
            + " directly (only 1 argument further up a chain, such as u1)");
  }

  @Test
  void aSecondSourceRemovesTheSingleSourceWarning() {
    ArgumentMap m = oneSided().addEvidence(evidence("e3", "p2", "s2", 1.0, SUPPORTS)).build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(t.forSide().sources()).containsExactly(SourceId.of("s1"), SourceId.of("s2"));
    assertThat(rules(t, SUPPORTS)).containsExactly(Rule.UNCHALLENGED_SIDE);
  }

  @Test
  void aSideWithArgumentsButNoQuotesRestsOnNoEvidence() {
    ArgumentMap m = ArgumentMap.builder().thesis("t", "The thesis.").statement("p1", "Premise one.")
        .argument("c1", ATTACKS, "t", "p1").build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(rules(t, ATTACKS)).containsExactly(Rule.UNCHALLENGED_SIDE, Rule.NO_EVIDENCE_BEHIND_SIDE);
    assertThat(t.warnings().get(2).message())
        .isEqualTo("the against side of t rests on no evidence: no quote backs a premise of its only argument");
    assertThat(rules(t, SUPPORTS)).containsExactly(Rule.EMPTY_SIDE);
  }

  @Test
  void attacksOnAttacksAreForTheThesisAndAttacksOnThoseAgainstIt() {
    // a1 + t; c1 - t; d1 attacks c1's premise p2 and u1 undercuts c1: both for t; v1 undercuts u1: against t;
    // b1 supports a1's premise p1: for t
    ArgumentMap m = ArgumentMap.builder()
        .thesis("t", "The thesis.")
        .statement("p1", "P1.").statement("p2", "P2.").statement("p3", "P3.").statement("p4", "P4.")
        .statement("p5", "P5.").statement("p6", "P6.")
        .argument("a1", SUPPORTS, "t", "p1")
        .argument("c1", ATTACKS, "t", "p2")
        .argument("d1", ATTACKS, "p2", "p3")
        .undercutter("u1", "c1", "p4")
        .undercutter("v1", "u1", "p5")
        .argument("b1", SUPPORTS, "p1", "p6")
        .build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(t.forSide().directArguments()).containsExactly(ar("a1"));
    assertThat(t.forSide().arguments()).containsExactlyInAnyOrder(ar("a1"), ar("d1"), ar("u1"), ar("b1"));
    assertThat(t.againstSide().directArguments()).containsExactly(ar("c1"));
    assertThat(t.againstSide().arguments()).containsExactlyInAnyOrder(ar("c1"), ar("v1"));
    assertThat(t.onBothSides()).isEmpty();
    assertThat(t.againstSide().challenges()).containsExactlyInAnyOrder(
        new BalanceReport.Challenge(ar("c1"), ChallengeKind.UNDERCUT, Optional.empty(), ar("u1")),
        new BalanceReport.Challenge(ar("c1"), ChallengeKind.PREMISE_ATTACKED, Optional.of(st("p2")), ar("d1")));
    // u1 is challenged (by v1), but it is no direct reason: the for side's direct reason a1 goes unchallenged
    assertThat(t.forSide().challenged()).containsExactly(ar("u1"));
    assertThat(t.forSide().challengedDirect()).isEmpty();
    assertThat(rules(t, SUPPORTS)).contains(Rule.UNCHALLENGED_SIDE);
    assertThat(rules(t, ATTACKS)).doesNotContain(Rule.UNCHALLENGED_SIDE);
    assertThat(t.forSide().share() + t.againstSide().share()).isCloseTo(t.change(), within(1e-12));
    assertThat(t.forSide().share()).isPositive();
    assertThat(t.againstSide().share()).isNegative();
  }

  @Test
  void aPremiseSharedByBothSidesPutsWhatBacksItOnBothSides() {
    ArgumentMap m = ArgumentMap.builder()
        .thesis("t", "The thesis.")
        .statement("p", "Shared.").statement("q", "Backs the shared premise.").statement("r", "R.")
        .argument("a1", SUPPORTS, "t", "p")
        .argument("c1", ATTACKS, "t", "p", "r")
        .argument("b", SUPPORTS, "p", "q")
        .addSources(source("s1", 0.8))
        .addEvidence(evidence("e1", "p", "s1", 1.0, SUPPORTS))
        .build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(t.onBothSides()).containsExactly(ar("b"));
    assertThat(t.forSide().arguments()).containsExactly(ar("a1"));
    assertThat(t.againstSide().arguments()).containsExactly(ar("c1"));
    assertThat(t.forSide().evidence()).containsExactly(EvidenceId.of("e1"));
    assertThat(t.againstSide().evidence()).containsExactly(EvidenceId.of("e1"));
    assertThat(t.forSide().sources()).containsExactly(SourceId.of("s1"));
    assertThat(t.againstSide().sources()).containsExactly(SourceId.of("s1"));
  }

  @Test
  void evidenceThatUnderminesAPremiseChallengesTheArgumentAndBacksTheOtherSide() {
    ArgumentMap m = oneSided().addEvidence(evidence("e3", "p1", "s2", 0.4, ATTACKS)).build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(t.forSide().challenges()).containsExactly(new BalanceReport.Challenge(ar("a1"),
        ChallengeKind.PREMISE_UNDERMINED, Optional.of(st("p1")), EvidenceId.of("e3")));
    // a quote is no counter-argument: the side is still never challenged by one, and the warning says so
    assertThat(rules(t, SUPPORTS)).containsExactly(Rule.UNCHALLENGED_SIDE, Rule.SINGLE_SOURCE_SIDE);
    assertThat(t.warnings().get(0).message()).isEqualTo("the for side of t is never challenged: no argument attacks"
        + " or undercuts either of its 2 arguments or attacks their premises; only a quote undermining a premise"
        + " questions one of them (a1)");
    assertThat(t.againstSide().evidence()).containsExactly(EvidenceId.of("e3"));
    assertThat(t.forSide().evidence()).containsExactly(EvidenceId.of("e1"), EvidenceId.of("e2"));
  }

  @Test
  void theStrongestReasonsAreTheLargestSharesOfTheirSide() {
    ArgumentMap m = ArgumentMap.builder().thesis("t", "T.")
        .statement("p1", "P1.").statement("p2", "P2.").statement("p3", "P3.").statement("p4", "P4.")
        .statement("p5", "P5.")
        .addArguments(TestMaps.arg("a1", SUPPORTS, st("t"), 0.2, "p1"), TestMaps.arg("a2", SUPPORTS, st("t"), 0.9,
            "p2"), TestMaps.arg("a3", SUPPORTS, st("t"), 0.5, "p3"), TestMaps.arg("a4", SUPPORTS, st("t"), 0.7,
            "p4"), TestMaps.arg("c1", ATTACKS, st("t"), 0.3, "p5"))
        .build();

    ThesisBalance t = DF.balance(m).thesis(st("t"));

    assertThat(t.forSide().strongest()).extracting(Explanation.Reason::argument)
        .containsExactly(ar("a2"), ar("a4"), ar("a3"));
    assertThat(t.againstSide().strongest()).extracting(Explanation.Reason::argument).containsExactly(ar("c1"));
  }

  @Test
  void everyThesisHasItsBalanceAndOtherStatementsHaveNone() {
    BalanceReport r = DF.balance(oneSided().build());

    assertThat(r.theses()).extracting(ThesisBalance::thesis).containsExactly(st("t"));
    assertThat(r.warnings()).hasSize(3);
    assertThat(r.toText()).contains("t under df-quad", "warning: the for side of t is never challenged");
    assertThatThrownBy(() -> r.thesis(st("p1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p1 is not a thesis of the map").hasMessageContaining("[t]");
    assertThatThrownBy(() -> DF.balance(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sidesAreNamedForAndAgainst() {
    Side pro = DF.balance(oneSided().build()).thesis(st("t")).side(SUPPORTS);
    assertThat(pro.name()).isEqualTo("for");
    assertThat(pro.chainedArguments()).isEmpty();
    assertThat(DF.balance(oneSided().build()).thesis(st("t")).side(ATTACKS).name()).isEqualTo("against");
  }
}
