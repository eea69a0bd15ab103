package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import dev.argmap.testing.ScoringEquations;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of map scoring over seeded random maps ({@link RandomMaps}, acyclic) and the same maps with arguments
 * added against the grain (cyclic). Every failure names the seed that produced the map.
 */
class MapScoringPropertiesTest {
  private static final int SEEDS = 30;
  private static final int[] SIZES = {5, 30, 120};

  @ParameterizedTest
  @MethodSource("dev.argmap.semantics.GradualSemantics#builtIns")
  void acyclicMapsScoreExactlyInTheUnitIntervalAndDeterministically(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    for (int size : SIZES) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        ArgumentMap m = RandomMaps.withStatements(size).seed(seed).generate();
        MapScores s = scorer.score(m);
        assertThat(s.graph().isAcyclic()).as("seed %d, size %d", seed, size).isTrue();
        assertThat(s.status()).as("seed %d, size %d", seed, size).isEqualTo(Strengths.Status.EXACT);
        double[] v = s.strengths().toArray();
        for (int i = 0; i < v.length; i++) {
          assertThat(v[i]).as("seed %d, size %d, %s, node %s", seed, size, sem.id(), s.graph().label(i))
              .isBetween(0.0, 1.0);
        }
        for (Argument a : m.arguments()) {
          assertThat(s.base(a.id())).as("seed %d: base of %s", seed, a.id()).isBetween(0.0, a.weight());
        }
        // determinism: the same map again, and an equal map generated again from the seed
        assertThat(scorer.score(m).strengths().toArray()).isEqualTo(v);
        assertThat(scorer.score(RandomMaps.withStatements(size).seed(seed).generate()).strengths().toArray())
            .as("seed %d", seed).isEqualTo(v);
        ScoringEquations.assertSolved(sem, m, s, 1e-12, "seed " + seed + ", size " + size);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "euler-based", "quadratic-energy", "h-categorizer", "weighted-h-categorizer", "weighted-max-based", "weighted-card-based"})
  void cyclicMapsConvergeToASolutionOrSaySo(GradualSemantics sem) {
    MapScorer scorer = MapScorer.of(sem);
    int converged = 0;
    int cyclic = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      ArgumentMap m = FixtureMaps.cyclic(seed, 40, 6);
      MapScores s = scorer.score(m);
      if (!s.graph().isAcyclic()) {
        cyclic++;
      }
      if (!s.graph().isAcyclic() && sem.isBipolar()) {
        assertThat(s.scheme()).isEqualTo(EvaluationScheme.RK4);
      }
      if (s.converged()) {
        converged++;
        assertThat(s.residual()).as("seed %d", seed).isLessThanOrEqualTo(EvaluationOptions.defaults().tolerance());
        for (double x : s.strengths().toArray()) {
          assertThat(x).as("seed %d, %s", seed, sem.id()).isBetween(-1e-9, 1 + 1e-9);
        }
        ScoringEquations.assertSolved(sem, m, s, 1e-9, "cyclic seed " + seed);
      } else {
        assertThat(s.status()).isEqualTo(Strengths.Status.NOT_CONVERGED);
        assertThatThrownBy(() -> s.strength(m.thesisIds().get(0))).isInstanceOf(IllegalStateException.class);
      }
    }
    assertThat(cyclic).as("most generated maps have a cycle").isGreaterThan(SEEDS / 2);
    assertThat(converged).as("%s converged on %d of %d cyclic maps", sem.id(), converged, SEEDS)
        .isGreaterThan(SEEDS / 2);
    System.out.printf("maps with back arguments: %d of %d cyclic; %s converged on %d%n", cyclic, SEEDS,
        sem.id(), converged);
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quadratic-energy", "euler-based"})
  void raisingASupportingEvidenceWeightNeverLowersItsStatement(GradualSemantics sem) {
    // Monotone semantics with the evidence base scores: more support of the base never lowers the statement
    // (the maps are acyclic, so the statement does not feed back into itself).
    MapScorer scorer = MapScorer.of(sem);
    for (long seed = 1; seed <= SEEDS; seed++) {
      ArgumentMap m = RandomMaps.withStatements(40).seed(seed).generate();
      SplittableRandom r = new SplittableRandom(seed);
      MapScores before = scorer.score(m);
      for (Evidence e : m.evidence()) {
        if (e.polarity() != Polarity.SUPPORTS || e.weight() == 1.0) {
          continue;
        }
        double raised = e.weight() + (1.0 - e.weight()) * (0.05 + 0.95 * r.nextDouble());
        List<Evidence> ev = new ArrayList<>(m.evidence());
        ev.set(ev.indexOf(e), Evidence.builder().from(e).weight(raised).build());
        ArgumentMap up = SensitivityTest.rebuild(m, ev, m.sources());
        assertThat(scorer.score(up).strength(e.statement()))
            .as("seed %d: %s raised from %s to %s", seed, e.id(), e.weight(), raised)
            .isGreaterThanOrEqualTo(before.strength(e.statement()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quadratic-energy", "euler-based", "weighted-h-categorizer", "weighted-max-based"})
  void raisingAnArgumentWeightMovesItsConclusionItsWay(GradualSemantics sem) {
    // A stronger supporting argument never lowers its conclusion, a stronger attacking one never raises it.
    MapScorer scorer = MapScorer.of(sem);
    for (long seed = 1; seed <= SEEDS; seed++) {
      ArgumentMap m = RandomMaps.withStatements(40).seed(seed).generate();
      MapScores before = scorer.score(m);
      for (int k = 0; k < m.arguments().size(); k += 3) {
        Argument a = m.arguments().get(k);
        if (a.weight() == 1.0 || a.targetsArgument()) {
          continue;
        }
        List<Argument> args = new ArrayList<>(m.arguments());
        args.set(k, Argument.builder().from(a).weight(1.0).build());
        ArgumentMap up = ArgumentMap.builder().addTheses(m.thesisIds()).addStatements(m.statements())
            .addArguments(args).addEvidence(m.evidence()).addSources(m.sources()).build();
        StatementId c = (StatementId) a.conclusion();
        double d = scorer.score(up).strength(c) - before.strength(c);
        assertThat(a.polarity() == Polarity.SUPPORTS ? d : -d).as("seed %d, %s %s", seed, sem.id(), a.id())
            .isGreaterThanOrEqualTo(-1e-15);
      }
    }
  }
}
