package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A map whose arguments each have one premise and no undercutters scores like the bipolar graph of its
 * statements. Derivation: the node of an argument {@code a: p -> c} of weight {@code w} has base score
 * {@code w * s(p)} and no parents, so by stability its strength is {@code w * s(p)}; {@code c} therefore sees a
 * parent of strength {@code w * s(p)}, which is exactly what the engine gives {@code c} for an edge
 * {@code p -> c} of weight {@code w}. So every statement's strength equals the strength of its node in the graph
 * of statements with the arguments as weighted edges, and every argument's strength is {@code w * s(p)}.
 * Exceptions: the h-categorizer, which gives every unattacked argument node strength 1 whatever its premise
 * (tested by hand elsewhere), and nothing else: weighted card-based counts an attacker when its strength is
 * non-zero, which is when both {@code w} and the premise's initial weight are.
 */
class MapScoringAgreementTest {
  private static final int SEEDS = 60;

  /** One statement per graph argument, one map argument per edge: premise = source, conclusion = target. */
  static ArgumentMap mapOf(BipolarGraph g) {
    ArgumentMap.Builder b = ArgumentMap.builder();
    for (int i = 0; i < g.size(); i++) {
      b.addStatements(Statement.of("s" + i, "Statement " + i + "."));
    }
    b.addTheses(StatementId.of("s0"));
    int k = 0;
    for (int v = 0; v < g.size(); v++) {
      int[] att = g.attackers(v);
      double[] aw = g.attackWeights(v);
      for (int i = 0; i < att.length; i++) {
        b.addArguments(edge(k++, att[i], v, aw[i], Polarity.ATTACKS));
      }
      int[] sup = g.supporters(v);
      double[] sw = g.supportWeights(v);
      for (int i = 0; i < sup.length; i++) {
        b.addArguments(edge(k++, sup[i], v, sw[i], Polarity.SUPPORTS));
      }
    }
    return b.build();
  }

  private static Argument edge(int k, int from, int to, double w, Polarity p) {
    return Argument.builder().id(ArgumentId.of("e" + k)).polarity(p).conclusion(StatementId.of("s" + to))
        .addPremises(StatementId.of("s" + from)).weight(w).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"df-quad", "quad", "euler-based", "quadratic-energy", "weighted-h-categorizer", "weighted-max-based", "weighted-card-based"})
  void acyclicSinglePremiseMapsScoreLikeTheStatementGraph(GradualSemantics sem) {
    for (long seed = 1; seed <= SEEDS; seed++) {
      long s = seed * 104_729L + GradualSemantics.builtIns().indexOf(sem);
      BipolarGraph g = RandomGraphs.bipolar(s, 25, 2.0, sem.isBipolar() ? 0.4 : 0.0, true, true);
      ArgumentMap m = mapOf(g);
      MapScores scores = MapScorer.of(sem)
          .withBaseScores(BaseScoreStrategy.of(id -> g.baseScore(Integer.parseInt(id.value().substring(1)))))
          .score(m);
      Strengths expected = sem.evaluate(g);
      assertThat(scores.status()).as("seed %d", s).isEqualTo(Strengths.Status.EXACT);
      for (int i = 0; i < g.size(); i++) {
        assertThat(scores.strength(StatementId.of("s" + i)))
            .as("seed %d, %s, statement s%d", s, sem.id(), i)
            .isCloseTo(expected.get(i), within(1e-12));
      }
      for (Argument a : m.arguments()) {
        double premise = scores.strength(a.premises().get(0));
        assertThat(scores.strength(a.id())).as("seed %d, argument %s = w * s(p)", s, a.id())
            .isCloseTo(a.weight() * premise, within(1e-12));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"weighted-h-categorizer", "weighted-max-based", "weighted-card-based"})
  void cyclicAttackMapsReachTheGraphsUniqueFixpoint(GradualSemantics sem) {
    // These semantics have a unique fixpoint on every graph (Amgoud et al. 2017), so the map's iteration, whose
    // fixpoints correspond one to one to the graph's, must reach the same values.
    for (long seed = 1; seed <= SEEDS / 2; seed++) {
      long s = seed * 15_485_863L + GradualSemantics.builtIns().indexOf(sem);
      BipolarGraph withLoops = RandomGraphs.bipolar(s, 20, 2.0, 0.0, false, true);
      BipolarGraph.Builder b = BipolarGraph.builder();
      for (int i = 0; i < withLoops.size(); i++) {
        b.addArgument(withLoops.label(i).orElseThrow(), withLoops.baseScore(i));
      }
      for (int v = 0; v < withLoops.size(); v++) {
        int[] att = withLoops.attackers(v);
        double[] w = withLoops.attackWeights(v);
        for (int i = 0; i < att.length; i++) {
          if (att[i] != v) { // a map argument cannot conclude its own premise
            b.addAttack(att[i], v, w[i]);
          }
        }
      }
      BipolarGraph g = b.build();
      MapScores scores = MapScorer.of(sem)
          .withBaseScores(BaseScoreStrategy.of(id -> g.baseScore(Integer.parseInt(id.value().substring(1)))))
          .score(mapOf(g));
      Strengths expected = sem.evaluate(g);
      assertThat(scores.converged()).as("seed %d: %s", s, scores).isTrue();
      for (int i = 0; i < g.size(); i++) {
        assertThat(scores.strength(StatementId.of("s" + i))).as("seed %d, %s, s%d", s, sem.id(), i)
            .isCloseTo(expected.get(i), within(1e-9));
      }
    }
  }
}
