package dev.argmap.scoring;

import static dev.argmap.model.Polarity.ATTACKS;
import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.ar;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Leave-one-out contributions, premise chains, evidence and sources of a statement's score. */
class ExplanationTest {
  private static final MapScorer DF_HALF =
      MapScorer.of(GradualSemantics.DF_QUAD).withBaseScores(BaseScoreStrategy.constant(0.5));

  @Test
  void leaveOneOutByHand() {
    // t <- a1 (p1), a2 (p2); c (p3) attacks t. Bases 0.5, weights 1, DF-QuAD: every argument 0.5;
    // vs = 0.75, va = 0.5, t = 0.5 + 0.5 * 0.25 = 0.625. Without a1: vs = va, t = 0.5, effect +0.125 (same for
    // a2). Without c: t = 0.5 + 0.5 * 0.75 = 0.875, effect -0.25. Effects sum to 0, the total change is +0.125.
    // Shapley shares: v({}) = 0.5, v(a1) = v(a2) = 0.75, v(c) = 0.25, v(a1, a2) = 0.875, v(a1, c) = v(a2, c) = 0.5,
    // v(all) = 0.625; c: (1/3)(-0.25) + (1/6)(-0.25) + (1/6)(-0.25) + (1/3)(-0.25) = -0.25; a1 = a2 = 0.1875;
    // the shares add up to the change, +0.125.
    ArgumentMap m = map(ids("t", "p1", "p2", "p3"), arg("a1", SUPPORTS, st("t"), 1.0, "p1"),
        arg("a2", SUPPORTS, st("t"), 1.0, "p2"), arg("c", ATTACKS, st("t"), 1.0, "p3"));
    Explanation e = DF_HALF.explain(m, st("t"));
    assertThat(e.statement()).isEqualTo(st("t"));
    assertThat(e.semantics()).isEqualTo(GradualSemantics.DF_QUAD);
    assertThat(e.score()).isCloseTo(0.625, within(1e-12));
    assertThat(e.base()).isEqualTo(0.5);
    assertThat(e.totalChange()).isCloseTo(0.125, within(1e-12));
    assertThat(e.ranking()).isEqualTo(ContributionFunction.SHAPLEY);
    assertThat(e.reason(ar("a1")).removal()).isCloseTo(0.125, within(1e-12));
    assertThat(e.reason(ar("a1")).share().value()).isCloseTo(0.1875, within(1e-12));
    assertThat(e.reason(ar("a1")).share().method()).isEqualTo(Contribution.Method.EXACT);
    assertThat(e.reason(ar("a1")).effect()).isEqualTo(e.reason(ar("a1")).share().value());
    assertThat(e.reason(ar("a2")).share().value()).isCloseTo(0.1875, within(1e-12));
    assertThat(e.reason(ar("a1")).argumentStrength()).isCloseTo(0.5, within(1e-12));
    assertThat(e.reason(ar("a1")).polarity()).isEqualTo(SUPPORTS);
    assertThat(e.reason(ar("c")).removal()).isCloseTo(-0.25, within(1e-12));
    assertThat(e.reason(ar("c")).share().value()).isCloseTo(-0.25, within(1e-12));
    assertThat(e.sumOfRemovals()).isCloseTo(0.0, within(1e-12));
    assertThat(e.sumOfShares()).isCloseTo(0.125, within(1e-12));
    assertThat(e.reasons()).extracting(Explanation.Reason::argument)
        .containsExactly(ar("c"), ar("a1"), ar("a2"));
    assertThat(e.reasonsFor(1)).extracting(Explanation.Reason::argument).containsExactly(ar("a1"));
    assertThat(e.reasonsFor(5)).hasSize(2);
    assertThat(e.reasonsAgainst(5)).extracting(Explanation.Reason::argument).containsExactly(ar("c"));
    assertThat(e.reasonsAgainst(0)).isEmpty();
    assertThatThrownBy(() -> e.reasonsFor(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.reason(ar("zzz"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.toText(2)).contains("score 0.6250", "a1", "share +0.1875", "share -0.2500", "removed alone: +0.1250",
        "against:");
    Explanation byRemoval = DF_HALF.explain(m, st("t"), ContributionFunction.REMOVAL);
    assertThat(byRemoval.reason(ar("a1")).effect()).isCloseTo(0.125, within(1e-12));
    assertThat(byRemoval.toText(2)).contains("reasons ranked by removal", "removal +0.1250");
    assertThatThrownBy(() -> DF_HALF.explain(m, st("nope"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneArgumentEffectIsTheTotalChange() {
    ArgumentMap m = map(ids("t", "p"), arg("a", ATTACKS, st("t"), 0.7, "p"));
    for (GradualSemantics sem : GradualSemantics.builtIns()) {
      Explanation e = MapScorer.of(sem).explain(m, st("t"));
      assertThat(e.sumOfRemovals()).as(sem.id()).isCloseTo(e.totalChange(), within(1e-12));
      assertThat(e.sumOfShares()).as(sem.id()).isCloseTo(e.totalChange(), within(1e-12));
      assertThat(e.reasons()).hasSize(1);
    }
    // h-categorizer: the base it uses is 1, whatever the strategy says
    assertThat(MapScorer.of(GradualSemantics.H_CATEGORIZER).explain(m, st("t")).base()).isEqualTo(1.0);
  }

  @Test
  void shortestChainsFromUpstreamPremises() {
    // t <- a (p); c (p2) attacks t; d (p, q) attacks t; b (r) attacks p; u (q) undercuts a; v (s) undercuts u.
    ArgumentMap m = map(ids("t", "p", "p2", "r", "q", "s"),
        arg("a", SUPPORTS, st("t"), 0.8, "p"),
        arg("c", ATTACKS, st("t"), 1.0, "p2"),
        arg("b", ATTACKS, st("p"), 1.0, "r"),
        arg("u", ATTACKS, ar("a"), 0.5, "q"),
        arg("d", ATTACKS, st("t"), 1.0, "p", "q"),
        arg("v", ATTACKS, ar("u"), 1.0, "s"));
    Explanation e = DF_HALF.explain(m, st("t"));
    List<String> chains = new ArrayList<>();
    for (Explanation.Path p : e.paths()) {
      chains.add(p.premise() + ":" + p.chain() + ":" + p.length() + ":" + p.netPolarity());
    }
    assertThat(chains).containsExactly(
        "p:[p, a, t]:1:SUPPORTS",
        "p:[p, d, t]:1:ATTACKS",
        "p2:[p2, c, t]:1:ATTACKS",
        "q:[q, d, t]:1:ATTACKS",
        "r:[r, b, p, a, t]:2:ATTACKS",
        "r:[r, b, p, d, t]:2:SUPPORTS",
        "s:[s, v, u, a, t]:3:SUPPORTS");
    assertThat(e.pathsTruncated()).isZero();
    // An undercutter's premise reaches the thesis through the argument it undercuts.
    Explanation viaU = DF_HALF.explain(map(ids("t", "p", "q"), arg("a", SUPPORTS, st("t"), 1.0, "p"),
        arg("u", ATTACKS, ar("a"), 1.0, "q")), st("t"));
    assertThat(viaU.paths()).extracting(Explanation.Path::chain)
        .contains(com.google.common.collect.ImmutableList.<ConclusionId>of(st("q"), ar("u"), ar("a"), st("t")));
  }

  @Test
  void chainsAreCappedPerPremise() {
    // p reaches t through six parallel two-step routes: p -> a_i -> m_i -> b_i -> t.
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "T.").statement("p", "P.");
    for (int i = 0; i < 6; i++) {
      b.addStatements(Statement.of("m" + i, "M."));
      b.addArguments(arg("a" + i, SUPPORTS, st("m" + i), 1.0, "p"), arg("b" + i, SUPPORTS, st("t"), 1.0, "m" + i));
    }
    Explanation e = DF_HALF.explain(b.build(), st("t"));
    assertThat(e.paths().stream().filter(p -> p.premise().equals(st("p"))).count())
        .isEqualTo(4); // the cap that Explanation.paths() documents
    assertThat(e.pathsTruncated()).isEqualTo(1);
  }

  @Test
  void evidenceAndSources() {
    ArgumentMap m = ArgumentMap.builder().thesis("t", "T.").statement("p", "P.")
        .addArguments(arg("a", SUPPORTS, st("t"), 1.0, "p"))
        .addSources(TestMaps.source("s1", 0.8), TestMaps.source("s2", 0.5))
        .addEvidence(TestMaps.evidence("e1", "t", "s1", 0.5, ATTACKS),
            TestMaps.evidence("e2", "p", "s2", 1.0, SUPPORTS))
        .build();
    Explanation e = MapScorer.of(GradualSemantics.DF_QUAD).explain(m, st("t"));
    assertThat(e.evidence()).hasSize(1);
    assertThat(e.evidence().get(0).evidence().id().value()).isEqualTo("e1");
    assertThat(e.evidence().get(0).source().id().value()).isEqualTo("s1");
    assertThat(e.evidence().get(0).contribution()).isCloseTo(0.4, within(1e-15));
    assertThat(e.sources()).extracting(s -> s.id().value()).containsExactly("s1", "s2");
    assertThat(e.base()).isCloseTo(0.3, within(1e-15));
    assertThat(e.toText(3)).contains("e1 undermines from s1: weight 0.50 x credibility 0.80 = 0.4000");
  }

  /** Removes an argument and, recursively, every argument concluding on a removed one; built independently. */
  static ArgumentMap without(ArgumentMap m, ArgumentId id) {
    Set<ArgumentId> gone = new HashSet<>();
    gone.add(id);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Argument a : m.arguments()) {
        if (a.conclusion() instanceof ArgumentId c && gone.contains(c) && gone.add(a.id())) {
          grew = true;
        }
      }
    }
    ArgumentMap.Builder b = ArgumentMap.builder().addTheses(m.thesisIds()).addStatements(m.statements())
        .addEvidence(m.evidence()).addSources(m.sources());
    for (Argument a : m.arguments()) {
      if (!gone.contains(a.id())) {
        b.addArguments(a);
      }
    }
    m.title().ifPresent(b::title);
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quad", "quadratic-energy", "weighted-max-based"})
  void leaveOneOutMatchesRescoringTheEditedMap(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    for (long seed = 1; seed <= 12; seed++) {
      ArgumentMap m = RandomMaps.withStatements(60).seed(seed).generate();
      for (StatementId t : m.thesisIds()) {
        Explanation e = scorer.explain(m, t);
        assertThat(e.reasons()).as("seed %d", seed).hasSize(m.argumentsOn(t).size());
        double sum = 0;
        for (Explanation.Reason c : e.reasons()) {
          double rescored = scorer.score(without(m, c.argument())).strength(t);
          assertThat(c.removal()).as("seed %d, %s without %s", seed, t, c.argument())
              .isCloseTo(e.score() - rescored, within(1e-14));
          sum += c.removal();
          if (sem == GradualSemantics.DF_QUAD || sem == GradualSemantics.QUADRATIC_ENERGY) {
            // monotone and neutral: a supporter never lowers, an attacker never raises
            assertThat(c.removal() * (c.polarity() == Polarity.SUPPORTS ? 1 : -1))
                .as("seed %d, sign of %s", seed, c.argument()).isGreaterThanOrEqualTo(-1e-15);
            assertThat(c.share().value() * (c.polarity() == Polarity.SUPPORTS ? 1 : -1))
                .as("seed %d, sign of the share of %s", seed, c.argument()).isGreaterThanOrEqualTo(-1e-15);
          }
        }
        assertThat(e.sumOfRemovals()).isCloseTo(sum, within(1e-12));
        assertThat(e.sumOfShares()).as("seed %d: shares add up to the change", seed)
            .isCloseTo(e.totalChange(), within(1e-12));
        assertThat(e.score()).isEqualTo(scorer.score(m).strength(t));
        assertThat(e.sources()).isEqualTo(m.sourcesBehind(t));
        Set<StatementId> premises = new HashSet<>();
        e.paths().forEach(p -> premises.add(p.premise()));
        Set<StatementId> upstream = new HashSet<>();
        m.upstreamOf(t).forEach(x -> {
          if (x instanceof StatementId s) {
            upstream.add(s);
          }
        });
        upstream.remove(t);
        assertThat(premises).as("seed %d: every upstream statement has a chain", seed).isEqualTo(upstream);
        for (Explanation.Path p : e.paths()) {
          assertThat(p.chain().get(0)).isEqualTo(p.premise());
          assertThat(p.chain().get(p.chain().size() - 1)).isEqualTo(t);
        }
      }
    }
  }
}
