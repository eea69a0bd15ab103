package dev.argmap.scoring.explain;

import java.util.Objects;
import dev.argmap.internal.scoring.MapNet;
import dev.argmap.model.ElementId;
import dev.argmap.internal.access.Access;
import dev.argmap.internal.scoring.MapEdits;
import dev.argmap.scoring.BaseScoreStrategy;
import dev.argmap.scoring.EvidenceBaseScore;
import dev.argmap.scoring.MapGraph;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.GradualSemantics;
import com.google.common.collect.ImmutableList;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * How much a statement's score moves per unit change of each number that feeds it
 * ({@link MapScorer#sensitivity}): every statement's base score, every evidence weight and every source's
 * credibility. Immutable.
 *
 * <p>Each derivative is a central finite difference on the whole scorer, {@code (f(x + h) - f(x - h)) / 2h}
 * with {@code h = 1e-4} by default, the rest of the map unchanged. At the ends of [0, 1] it is one-sided:
 * {@code (f(x) - f(x - h)) / h} when {@code x + h > 1}, {@code (f(x + h) - f(x)) / h} when {@code x - h < 0}
 * ({@link Effect#oneSided()} says so). Where the score has a kink (DF-QuAD when attack and support balance,
 * max-based when the strongest attacker changes) the central difference averages the two slopes. Evidence
 * weights and credibilities act through the {@link BaseScoreStrategy}; with the default strategy a cited work's
 * credibility has no effect (the source the quote was found in is what counts). A derivative is NaN when a
 * perturbed scoring did not converge.
 *
 * <p>The derivatives are local: they say which number matters most near the current values, not what a large
 * change would do; for that use {@link WhatIf}.
 *
 * <p>Cost: two scorings of the map per number that can reach the target. Numbers that cannot (a statement not
 * upstream of the target; with the default base scores, evidence on such a statement and a source whose
 * evidence is all on such statements) get derivative 0 without being perturbed, which is exact. With the
 * default base scores only the affected statements' base scores are recomputed; with another strategy every
 * evidence weight and credibility is perturbed on a rebuilt map, since the strategy may read anything in it.
 */
public final class Sensitivity {
  static final double DEFAULT_STEP = 1e-4;

  /** The kind of number varied. */
  public enum Parameter {
    /** A statement's base score (before its arguments act on it). */
    BASE_SCORE,
    /** An evidence item's weight. */
    EVIDENCE_WEIGHT,
    /** A source's credibility. */
    SOURCE_CREDIBILITY
  }

  /**
   * The effect of one number on the target's score.
   *
   * @param parameter what kind of number it is
   * @param element the statement ({@link Parameter#BASE_SCORE}), evidence item or source it belongs to
   * @param value its current value
   * @param derivative the change of the target's score per unit change of the value; NaN if a perturbed scoring
   *     did not converge
   * @param oneSided true when the value is within one step of 0 or 1 and the difference was taken on one side
   */
  public record Effect(Parameter parameter, ElementId element, double value, double derivative, boolean oneSided) {}

  private final StatementId target;
  private final MapScores scores;
  private final double step;
  private final ImmutableList<Effect> ranking;

  private Sensitivity(StatementId target, MapScores scores, double step, ImmutableList<Effect> ranking) {
    this.target = target;
    this.scores = scores;
    this.step = step;
    this.ranking = ranking;
  }

  static Sensitivity of(MapScorer scorer, ArgumentMap map, StatementId target, double step) {
    if (!(step > 0.0 && step < 0.5)) {
      throw new IllegalArgumentException("step must be in (0, 0.5) but was " + step);
    }
    MapGraph graph = MapGraph.of(map, scorer.baseScores());
    int t = Access.scoring().statementNode(graph, target);
    MapScores scores = scorer.score(graph);
    double f0 = scores.strength(target); // throws when not converged
    // Only statements upstream of the target (and the target) can move it. With the default base scores, an
    // evidence item acts only on its statement and a credibility only on the evidence found in the source.
    Set<StatementId> reaching = new HashSet<>();
    reaching.add(target);
    for (ConclusionId c : map.upstreamOf(target)) {
      if (c instanceof StatementId st) {
        reaching.add(st);
      }
    }
    boolean local = scorer.baseScores() instanceof EvidenceBaseScore;
    List<Effect> effects = new ArrayList<>();
    MapNet net = Access.scoring().net(graph);
    for (int i = 0; i < net.ns; i++) {
      final int node = i;
      effects.add(effect(Parameter.BASE_SCORE, net.statementIds[i], net.tau[i], f0, step,
          reaching.contains(net.statementIds[i])
              ? x -> at(scorer.score(Access.scoring().withStatementBase(graph, node, x)), t)
              : null));
    }
    Set<SourceId> reachingSources = new HashSet<>();
    for (Evidence e : map.evidence()) {
      boolean reaches = !local || reaching.contains(e.statement());
      if (reaches) {
        reachingSources.add(e.source());
      }
      DoubleUnaryOperator f = null;
      if (reaches && local) {
        // the default rule, recomputed for the one statement the item is on, with the map's credibilities
        int node = Access.scoring().statementNode(graph, e.statement());
        f = x -> at(scorer.score(Access.scoring().withStatementBase(graph, node,
            Access.scoring().combineEvidence(map, e.statement(),
                o -> o.id().equals(e.id()) ? x * credibility(map, o) : EvidenceBaseScore.contribution(map, o)))), t);
      } else if (reaches) {
        f = x -> at(scorer.score(MapEdits.withEvidenceWeight(map, e.id(), x)), t);
      }
      effects.add(effect(Parameter.EVIDENCE_WEIGHT, e.id(), e.weight(), f0, step, f));
    }
    for (Source s : map.sources()) {
      boolean reaches = !local || reachingSources.contains(s.id());
      DoubleUnaryOperator f = null;
      if (reaches && local) {
        // the default rule, recomputed for the statements with evidence found in the source
        Set<StatementId> touched = new HashSet<>();
        for (Evidence e : map.evidence()) {
          if (e.source().equals(s.id())) {
            touched.add(e.statement());
          }
        }
        f = x -> {
          double[] bases = net.tau.clone();
          for (StatementId st : touched) {
            bases[Access.scoring().statementNode(graph, st)] = Access.scoring().combineEvidence(map, st,
                o -> o.source().equals(s.id()) ? o.weight() * x : EvidenceBaseScore.contribution(map, o));
          }
          return at(scorer.score(Access.scoring().withStatementBases(graph, bases)), t);
        };
      } else if (reaches) {
        f = x -> at(scorer.score(MapEdits.withSourceCredibility(map, s.id(), x)), t);
      }
      effects.add(effect(Parameter.SOURCE_CREDIBILITY, s.id(), s.credibility(), f0, step, f));
    }
    effects.sort(Comparator.comparingDouble(
        (Effect e) -> Double.isNaN(e.derivative()) ? -1.0 : Math.abs(e.derivative())).reversed());
    return new Sensitivity(target, scores, step, ImmutableList.copyOf(effects));
  }

  private static double credibility(ArgumentMap map, Evidence e) {
    return map.source(e.source()).orElseThrow().credibility();
  }

  private static double at(MapScores s, int node) {
    return s.converged() ? s.strengths().get(node) : Double.NaN;
  }

  /**
   * Central difference, one-sided within a step of 0 or 1; {@code f == null} when the number cannot reach the
   * target (no dependency path), whose derivative is then exactly 0.
   */
  static Effect effect(Parameter p, ElementId id, double x, double f0, double h, DoubleUnaryOperator f) {
    boolean up = x + h <= 1.0;
    boolean down = x - h >= 0.0;
    double d;
    if (f == null) {
      d = 0.0;
    } else if (up && down) {
      d = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2.0 * h);
    } else if (down) {
      d = (f0 - f.applyAsDouble(x - h)) / h;
    } else {
      d = (f.applyAsDouble(x + h) - f0) / h;
    }
    return new Effect(p, id, x, d, !(up && down));
  }

  /**
   * Returns the statement whose score is differentiated.
   *
   * @return the target
   */
  public StatementId target() {
    return target;
  }

  /**
   * Returns the target's score.
   *
   * @return the score at the current values
   */
  public double score() {
    return scores.strength(target);
  }

  /**
   * Returns the scores at the current values.
   *
   * @return the scores
   */
  public MapScores scores() {
    return scores;
  }

  /**
   * Returns the semantics.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return scores.semantics();
  }

  /**
   * Returns the finite-difference step.
   *
   * @return {@code h}
   */
  public double step() {
    return step;
  }

  /**
   * Returns every effect, largest absolute derivative first (NaN last; map order among equals: statements,
   * then evidence, then sources).
   *
   * @return the ranking
   */
  public ImmutableList<Effect> ranking() {
    return ranking;
  }

  /**
   * Returns the first {@code k} effects of the ranking.
   *
   * @param k the most to return, at least 0
   * @return the top effects
   */
  public ImmutableList<Effect> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0 but was " + k);
    }
    return ranking.subList(0, Math.min(k, ranking.size()));
  }

  /**
   * Returns the effects of one kind of number, ranked.
   *
   * @param parameter the kind
   * @return the effects
   */
  public ImmutableList<Effect> effects(Parameter parameter) {
    return ranking.stream().filter(e -> e.parameter() == parameter).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the effect of one number: a statement's base score, an evidence item's weight or a source's
   * credibility (the kind of identifier says which).
   *
   * @param element a statement, evidence item or source of the map
   * @return the effect
   * @throws IllegalArgumentException if the map has no such element, or it is an argument (arguments have no
   *     number here; their weights are in {@link MapScorer#contributions})
   */
  public Effect effect(ElementId element) {
    Objects.requireNonNull(element, "element");
    for (Effect e : ranking) {
      if (e.element().equals(element)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no sensitivity of " + element.kind().toString().toLowerCase(Locale.ROOT)
        + " '" + element + "': the map has no such element, or it is an argument (use "
        + "MapScorer.contributions with the gradient for argument weights)");
  }

  /**
   * Returns a plain-text ranking of the {@code k} most influential numbers.
   *
   * @param k the number of lines
   * @return the text
   */
  public String toText(int k) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Sensitivity of %s (%s, score %.4f, step %.0e):%n", target,
        semantics().id(), score(), step));
    for (Effect e : top(k)) {
      sb.append(String.format(Locale.ROOT, "  %-18s %-28s value %.3f  d(score) %+.4f%s%n", e.parameter(),
          e.element(), e.value(), e.derivative(), e.oneSided() ? " (one-sided)" : ""));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return toText(5);
  }
}
