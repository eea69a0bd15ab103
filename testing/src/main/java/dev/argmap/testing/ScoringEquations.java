package dev.argmap.testing;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScores;
import java.util.List;

/**
 * Checks that a map's scores solve their semantics' equations, computed from the map itself and not
 * from the scoring graph: every statement's strength is the semantics' local strength of its base score
 * and of the strengths of the arguments for and against it; every argument's strength is the local
 * strength of its weight times its premises' strengths and of its own supporters and attackers. Any
 * scores a user computes (or changes) can be checked this way, whatever engine made them.
 *
 * <pre>{@code
 * MapScores s = MapScorer.of(GradualSemantics.DF_QUAD).score(map);
 * ScoringEquations.assertSolved(GradualSemantics.DF_QUAD, map, s, 1e-12, "my map");
 * }</pre>
 */
public final class ScoringEquations {
  private ScoringEquations() {}

  /**
   * Asserts that the scores solve the semantics' equations on the map, each within {@code tolerance}.
   *
   * @param semantics the semantics the scores claim to follow
   * @param map the scored map
   * @param scores its scores; their graph gives the base scores of the statements
   * @param tolerance the largest difference allowed between a strength and its equation's value
   * @param what names the case in a failure message
   * @throws AssertionError naming the first statement or argument whose equation does not hold
   */
  public static void assertSolved(GradualSemantics semantics, ArgumentMap map, MapScores scores,
      double tolerance, String what) {
    requireNonNull(semantics, "semantics");
    requireNonNull(map, "map");
    requireNonNull(scores, "scores");
    requireNonNull(what, "what");
    BaseScoreStrategy bases = scores.graph().baseScores();
    for (Statement st : map.statements()) {
      assertThat(semantics.localStrength(bases.baseScore(map, st.id()),
          parents(map, scores, st.id(), Polarity.ATTACKS), parents(map, scores, st.id(), Polarity.SUPPORTS)))
          .as("%s: equation of %s", what, st.id()).isCloseTo(scores.strength(st.id()), within(tolerance));
    }
    for (Argument a : map.arguments()) {
      double base = a.weight();
      for (StatementId p : a.premises()) {
        base *= scores.strength(p);
      }
      assertThat(semantics.localStrength(base, parents(map, scores, a.id(), Polarity.ATTACKS),
          parents(map, scores, a.id(), Polarity.SUPPORTS)))
          .as("%s: equation of %s", what, a.id()).isCloseTo(scores.strength(a.id()), within(tolerance));
    }
  }

  private static double[] parents(ArgumentMap m, MapScores s, ConclusionId x, Polarity p) {
    List<Argument> args = p == Polarity.ATTACKS ? m.argumentsAgainst(x) : m.argumentsFor(x);
    double[] v = new double[args.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = s.strength(args.get(i).id());
    }
    return v;
  }
}
