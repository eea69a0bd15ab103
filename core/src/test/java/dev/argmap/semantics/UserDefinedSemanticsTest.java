package dev.argmap.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.ElementId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.contribution.GraphContributions;
import org.junit.jupiter.api.Test;

/**
 * A semantics written outside argmap runs through the same engine as the built-ins: graph evaluation (one pass and
 * iterated), map scoring, explanations and every contribution function, the gradient through the interface's
 * numerical default derivative. The semantics, "ratio": {@code f = w (1 + S) / (1 + A + S)} with {@code A} and
 * {@code S} the sums of the attackers' and supporters' strengths; supports pull towards {@code w}, attacks towards
 * 0. Expected values are worked out by hand in the comments.
 */
class UserDefinedSemanticsTest {

  /** Test-only: implements only the two abstract methods and {@link GradualSemantics#strength}. */
  static final GradualSemantics RATIO = new GradualSemantics() {
    @Override
    public String id() {
      return "ratio";
    }

    @Override
    public boolean isBipolar() {
      return true;
    }

    @Override
    public double strength(double w, double[] att, int na, double[] sup, int ns) {
      double a = 0.0;
      for (int i = 0; i < na; i++) {
        a += att[i];
      }
      double s = 0.0;
      for (int j = 0; j < ns; j++) {
        s += sup[j];
      }
      return w * (1.0 + s) / (1.0 + a + s);
    }
  };

  /** a (0.5) attacked by b (0.8) and supported by c (0.6). */
  private static BipolarGraph triangle() {
    BipolarGraph.Builder g = BipolarGraph.builder();
    int a = g.addArgument("a", 0.5);
    int b = g.addArgument("b", 0.8);
    int c = g.addArgument("c", 0.6);
    g.addAttack(b, a);
    g.addSupport(c, a);
    return g.build();
  }

  @Test
  void aGraphIsEvaluatedInOneTopologicalPass() {
    // b and c have no parents: f = w. a = 0.5 * (1 + 0.6) / (1 + 0.8 + 0.6) = 0.8 / 2.4 = 1/3.
    Strengths s = RATIO.evaluate(triangle());
    assertThat(s.scheme()).isEqualTo(EvaluationScheme.TOPOLOGICAL);
    assertThat(s.semantics()).isSameAs(RATIO);
    assertThat(s.get("a")).isCloseTo(1.0 / 3.0, within(1e-15));
    assertThat(s.get("b")).isEqualTo(0.8);
    assertThat(s.get("c")).isEqualTo(0.6);
  }

  @Test
  void aCycleIsIteratedToAFixpointOfTheLocalFunction() {
    // x and y (0.9 each) attack each other: the fixpoint solves v = 0.9 / (1 + v), v = (-1 + sqrt(4.6)) / 2.
    BipolarGraph.Builder g = BipolarGraph.builder();
    int x = g.addArgument("x", 0.9);
    int y = g.addArgument("y", 0.9);
    g.addAttack(x, y);
    g.addAttack(y, x);
    Strengths s = RATIO.evaluate(g.build());
    assertThat(s.scheme()).isEqualTo(EvaluationScheme.RK4); // bipolar and cyclic
    assertThat(s.converged()).isTrue();
    double v = (-1.0 + Math.sqrt(4.6)) / 2.0;
    assertThat(s.get("x")).isCloseTo(v, within(1e-6));
    assertThat(s.get("y")).isCloseTo(v, within(1e-6));
  }

  @Test
  void theGradientUsesTheNumericalDefaultDerivative() {
    // d s_a / d base_b = d f / d A = -w (1 + S) / (1 + A + S)^2 = -0.5 * 1.6 / 2.4^2 = -0.13888...;
    // d s_a / d base_c = d f / d S = w A / (1 + A + S)^2 = 0.5 * 0.8 / 5.76 = 0.069444...
    GraphContributions gc = GraphContributions.of(triangle(), RATIO);
    Contributions<String> g = gc.contributions(ContributionFunction.GRADIENT, "a");
    assertThat(g.of("b").value()).isCloseTo(-0.8 / 5.76, within(1e-8));
    assertThat(g.of("c").value()).isCloseTo(0.4 / 5.76, within(1e-8));
    assertThat(gc.gradients("a").get("b")).isCloseTo(-0.8 / 5.76, within(1e-8));
    // removal: a without b is 0.5 * 1.6 / 1.6 = 0.5, so b's removal contribution is 1/3 - 1/2
    assertThat(gc.contributions(ContributionFunction.REMOVAL, "a").of("b").value())
        .isCloseTo(1.0 / 3.0 - 0.5, within(1e-15));
  }

  /** t (thesis) supported by a1 (premise p1) and attacked by c (premise p3); every statement's base 0.5. */
  private static ArgumentMap map() {
    return ArgumentMap.builder()
        .addStatements(Statement.of("t", "T."), Statement.of("p1", "P1."), Statement.of("p3", "P3."))
        .addTheses(StatementId.of("t"))
        .addArguments(argument("a1", Polarity.SUPPORTS, "p1"), argument("c", Polarity.ATTACKS, "p3"))
        .build();
  }

  private static Argument argument(String id, Polarity polarity, String premise) {
    return Argument.builder().id(ArgumentId.of(id)).polarity(polarity)
        .conclusion((ConclusionId) StatementId.of("t")).weight(1.0).addPremises(StatementId.of(premise)).build();
  }

  @Test
  void aMapIsScoredAndExplainedByTheSameEngine() {
    // p1, p3: 0.5 (no arguments on them). a1 and c: weight 1 x premise 0.5 = 0.5, no parents, so 0.5.
    // t = 0.5 * (1 + 0.5) / (1 + 0.5 + 0.5) = 0.375.
    MapScorer scorer = MapScorer.of(RATIO).withBaseScores(BaseScoreStrategy.constant(0.5));
    MapScores scores = scorer.score(map());
    assertThat(scores.strength(StatementId.of("t"))).isCloseTo(0.375, within(1e-15));

    // Without a1: t = 0.5 / 1.5 = 1/3, so a1's removal is 0.375 - 1/3. Without c: t = 0.5 * 1.5 / 1.5 = 0.5, so
    // c's removal is -0.125. Shapley over {a1, c} with v({}) = 0.5, v(a1) = 0.5, v(c) = 1/3, v(both) = 0.375:
    // a1 = ((0.5 - 0.5) + (0.375 - 1/3)) / 2 = 1/48, c = ((1/3 - 0.5) + (0.375 - 0.5)) / 2 = -7/48; they add
    // up to the change from t alone, 0.375 - 0.5.
    Explanation e = scorer.explain(map(), StatementId.of("t"));
    assertThat(e.semantics()).isSameAs(RATIO);
    assertThat(e.score()).isCloseTo(0.375, within(1e-15));
    assertThat(e.reason(ArgumentId.of("a1")).removal()).isCloseTo(0.375 - 1.0 / 3.0, within(1e-12));
    assertThat(e.reason(ArgumentId.of("c")).removal()).isCloseTo(-0.125, within(1e-12));
    assertThat(e.reason(ArgumentId.of("a1")).share().value()).isCloseTo(1.0 / 48.0, within(1e-12));
    assertThat(e.reason(ArgumentId.of("c")).share().value()).isCloseTo(-7.0 / 48.0, within(1e-12));

    // the gradient of t by a1's weight: d t / d S * d a1 / d weight = (w A / (1 + A + S)^2) * 0.5
    //   = (0.5 * 0.5 / 4) * 0.5 = 0.03125
    Contributions<ElementId> grad = scorer.contributions(map(), StatementId.of("t"), ContributionFunction.GRADIENT,
        MapContributors.ARGUMENTS);
    assertThat(grad.of(ArgumentId.of("a1")).value()).isCloseTo(0.03125, within(1e-8));
  }

  @Test
  void theCheckedLocalStrengthValidatesAndDelegates() {
    assertThat(RATIO.localStrength(0.5, new double[] {0.8}, new double[] {0.6})).isCloseTo(1.0 / 3.0, within(1e-15));
    assertThatThrownBy(() -> RATIO.localStrength(1.5, new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base must be in [0, 1]");
  }
}
