package dev.argmap.scoring;

import static dev.argmap.model.Polarity.SUPPORTS;
import static dev.argmap.scoring.TestMaps.arg;
import static dev.argmap.scoring.TestMaps.bases;
import static dev.argmap.scoring.TestMaps.ids;
import static dev.argmap.scoring.TestMaps.map;
import static dev.argmap.scoring.TestMaps.st;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.scoring.explain.Sensitivity;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.Sensitivity.Effect;
import dev.argmap.scoring.explain.Sensitivity.Parameter;
import dev.argmap.testing.RandomMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Finite-difference sensitivities, by hand and against direct perturbation of the map. */
class SensitivityTest {
  @Test
  void derivativesByHand() {
    // t <- a (w 0.8, premise p), t = 0.5, p = 0.6. DF-QuAD: s(t) = tau_t + (1 - tau_t) * 0.8 * tau_p, bilinear:
    // d/d tau_p = 0.5 * 0.8 = 0.4, d/d tau_t = 1 - 0.8 * 0.6 = 0.52.
    ArgumentMap m = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 0.8, "p"));
    Sensitivity s = MapScorer.of(GradualSemantics.DF_QUAD).withBaseScores(bases("p", 0.6))
        .sensitivity(m, st("t"));
    assertThat(s.target()).isEqualTo(st("t"));
    assertThat(s.step()).isEqualTo(1e-4);
    assertThat(s.score()).isCloseTo(0.74, within(1e-12));
    assertThat(s.effect(StatementId.of("p")).derivative()).isCloseTo(0.4, within(1e-9));
    assertThat(s.effect(StatementId.of("t")).derivative()).isCloseTo(0.52, within(1e-9));
    assertThat(s.effect(StatementId.of("t")).oneSided()).isFalse();
    assertThat(s.ranking()).extracting(Effect::element).containsExactly(st("t"), st("p"));
    assertThat(s.top(1)).extracting(Effect::element).containsExactly(st("t"));
    assertThatThrownBy(() -> s.effect(EvidenceId.of("p"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sensitivity of evidence 'p'");
    assertThatThrownBy(() -> s.effect(dev.argmap.model.ArgumentId.of("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("or it is an argument");
  }

  @Test
  void evidenceAndCredibilityThroughTheDefaultBaseScores() {
    // p has a supporting item e (weight 0.8, credibility 0.75), an undermining one of weight 1 from a source of
    // credibility 1 (e-max) and a supporting one of weight 0 (e-zero). s(t) = 0.5 + 0.5 * 0.8 * tau_p, so
    // d s(t)/d tau_p = 0.4; d tau_p / d w_e = 0.5 * 0.75; d tau_p / d c_s = 0.5 * 0.8.
    ArgumentMap m = map(ids("t", "p"), arg("a", SUPPORTS, st("t"), 0.8, "p")).toBuilder()
        .addSources(TestMaps.source("s", 0.75), TestMaps.source("full", 1.0))
        .addEvidence(TestMaps.evidence("e", "p", "s", 0.8, SUPPORTS))
        .addEvidence(TestMaps.evidence("e-max", "p", "full", 1.0, dev.argmap.model.Polarity.ATTACKS),
            TestMaps.evidence("e-zero", "p", "full", 0.0, SUPPORTS))
        .build();
    Sensitivity s = MapScorer.of(GradualSemantics.DF_QUAD).sensitivity(m, st("t"));
    // e-max saturates U = 1 and S = 0.6, so tau_p = 0.3 (still inside (0, 1): the slope of s(t) in tau_p is 0.4);
    // d tau_p / d w_e = 0.5 * 0.75 * (1 - w_zero) = 0.375.
    assertThat(s.effect(EvidenceId.of("e")).derivative()).isCloseTo(0.4 * 0.5 * 0.75, within(1e-8));
    assertThat(s.effect(SourceId.of("s")).derivative()).isCloseTo(0.4 * 0.5 * 0.8, within(1e-8));
    // e-max has weight 1: one-sided (backward); e-zero weight 0: one-sided (forward). Their slopes: raising e-zero
    // adds to S: d tau_p/d w = 0.5 * 1 * (1 - S) = 0.5 * 0.4; lowering e-max from 1: d U/d w = 1 (U = w).
    Effect max = s.effect(EvidenceId.of("e-max"));
    assertThat(max.oneSided()).isTrue();
    assertThat(max.value()).isEqualTo(1.0);
    assertThat(max.derivative()).isCloseTo(0.4 * -0.5, within(1e-8));
    Effect zero = s.effect(EvidenceId.of("e-zero"));
    assertThat(zero.oneSided()).isTrue();
    assertThat(zero.derivative()).isCloseTo(0.4 * 0.5 * 0.4, within(1e-8));
    assertThat(s.effects(Parameter.SOURCE_CREDIBILITY)).hasSize(2);
    assertThat(s.toText(3)).contains("Sensitivity of t", "BASE_SCORE");
    assertThatThrownBy(() -> MapScorer.of(GradualSemantics.DF_QUAD).sensitivity(m, st("t"), 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapScorer.of(GradualSemantics.DF_QUAD).sensitivity(m, st("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static ArgumentMap rebuild(ArgumentMap m, List<Evidence> evidence, List<Source> sources) {
    ArgumentMap.Builder b = ArgumentMap.builder().addTheses(m.thesisIds()).addStatements(m.statements())
        .addArguments(m.arguments()).addEvidence(evidence).addSources(sources);
    m.title().ifPresent(b::title);
    m.description().ifPresent(b::description);
    return b.build();
  }

  static ArgumentMap withEvidenceWeight(ArgumentMap m, String id, double w) {
    List<Evidence> ev = new ArrayList<>();
    for (Evidence e : m.evidence()) {
      ev.add(e.id().value().equals(id) ? Evidence.builder().from(e).weight(w).build() : e);
    }
    return rebuild(m, ev, m.sources());
  }

  static ArgumentMap withCredibility(ArgumentMap m, String id, double c) {
    List<Source> src = new ArrayList<>();
    for (Source s : m.sources()) {
      src.add(s.id().value().equals(id) ? Source.builder().from(s).credibility(c).build() : s);
    }
    return rebuild(m, m.evidence(), src);
  }

  /** The difference quotient the report should hold, recomputed from scratch. */
  private static double quotient(Effect e, double h, double f0, DoubleUnaryOperator f) {
    double x = e.value();
    if (x + h <= 1 && x - h >= 0) {
      return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
    return x + h > 1 ? (f0 - f.applyAsDouble(x - h)) / h : (f.applyAsDouble(x + h) - f0) / h;
  }

  @Test
  void matchesDirectPerturbationOnRandomMaps() {
    for (GradualSemantics sem : new GradualSemantics[] {GradualSemantics.DF_QUAD,
        GradualSemantics.QUADRATIC_ENERGY, GradualSemantics.WEIGHTED_H_CATEGORIZER}) {
      MapScorer scorer = MapScorer.of(sem);
      for (long seed = 1; seed <= 6; seed++) {
        ArgumentMap m = RandomMaps.withStatements(30).seed(seed).generate();
        StatementId t = m.thesisIds().get(0);
        Sensitivity s = scorer.sensitivity(m, t);
        double f0 = scorer.score(m).strength(t);
        assertThat(s.ranking()).as("seed %d", seed)
            .hasSize(m.statements().size() + m.evidence().size() + m.sources().size());
        for (int i = 1; i < s.ranking().size(); i++) {
          assertThat(Math.abs(s.ranking().get(i - 1).derivative()))
              .isGreaterThanOrEqualTo(Math.abs(s.ranking().get(i).derivative()));
        }
        for (Effect e : s.ranking()) {
          DoubleUnaryOperator f;
          switch (e.parameter()) {
            case BASE_SCORE: {
              BaseScoreStrategy def = BaseScoreStrategy.evidence();
              StatementId target = (StatementId) e.element();
              f = x -> scorer.withBaseScores((mm, id) -> id.equals(target) ? x : def.baseScore(mm, id))
                  .score(m).strength(t);
              assertThat(e.value()).isEqualTo(def.baseScore(m, target));
              break;
            }
            case EVIDENCE_WEIGHT:
              f = x -> scorer.score(withEvidenceWeight(m, e.element().value(), x)).strength(t);
              break;
            default:
              f = x -> scorer.score(withCredibility(m, e.element().value(), x)).strength(t);
          }
          assertThat(e.derivative()).as("seed %d, %s, %s %s", seed, sem.id(), e.parameter(), e.element())
              .isCloseTo(quotient(e, 1e-4, f0, f), within(1e-9));
        }
      }
    }
  }

  @Test
  void anyStrategyGivesTheSameDerivativesAsTheDefaultShortcut() {
    // The default strategy is recomputed per statement; any other strategy goes through a rebuilt map. A lambda
    // that delegates to the default rule must give the same numbers by the general path.
    BaseScoreStrategy wrapped = (map, id) -> BaseScoreStrategy.evidence().baseScore(map, id);
    for (long seed = 1; seed <= 4; seed++) {
      ArgumentMap m = RandomMaps.withStatements(30).seed(seed).generate();
      StatementId t = m.thesisIds().get(0);
      Sensitivity fast = MapScorer.of(GradualSemantics.DF_QUAD).sensitivity(m, t);
      Sensitivity general = MapScorer.of(GradualSemantics.DF_QUAD).withBaseScores(wrapped).sensitivity(m, t);
      for (Effect e : fast.ranking()) {
        assertThat(general.effect(e.element()).derivative())
            .as("seed %d, %s %s", seed, e.parameter(), e.element()).isCloseTo(e.derivative(), within(1e-12));
      }
    }
  }

  @Test
  void predictsSmallChangesOfASmoothSemantics() {
    // Quadratic energy is smooth: a change of delta moves the score by derivative * delta + O(delta^2).
    MapScorer scorer = MapScorer.of(GradualSemantics.QUADRATIC_ENERGY);
    SplittableRandom r = new SplittableRandom(7);
    for (long seed = 1; seed <= 8; seed++) {
      ArgumentMap m = RandomMaps.withStatements(25).seed(seed).generate();
      StatementId t = m.thesisIds().get(0);
      Sensitivity s = scorer.sensitivity(m, t);
      for (Effect e : s.effects(Parameter.EVIDENCE_WEIGHT)) {
        double delta = (e.value() > 0.5 ? -1 : 1) * 1e-3 * (0.5 + r.nextDouble());
        double moved = scorer.score(withEvidenceWeight(m, e.element().value(), e.value() + delta)).strength(t)
            - s.score();
        assertThat(moved).as("seed %d, evidence %s", seed, e.element())
            .isCloseTo(e.derivative() * delta, within(1e-5));
      }
    }
  }
}
