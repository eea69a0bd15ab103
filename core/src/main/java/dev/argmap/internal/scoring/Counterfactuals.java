package dev.argmap.internal.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.scoring.EvidenceBaseScore;
import dev.argmap.scoring.MapGraph;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Target;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import com.google.common.collect.ImmutableList;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The counterfactual search behind {@link MinimalChange} and {@link Robustness}; {@code docs/counterfactuals.md}
 * states the method and what it guarantees. One instance per (map, statement, knobs); not thread-safe (it
 * counts evaluations).
 *
 * <p>A state gives every movable knob a value: a weight or credibility in [0, 1], or 0/1 for "kept"/"removed".
 * Scoring a state builds no map: the evidence rule is recomputed for the statements the knobs touch, exactly as
 * {@link EvidenceBaseScore} computes it (same order, same operations, so the same doubles), and the
 * {@link MapGraph} is copied with the new base scores, weights and removed edges.
 */
public final class Counterfactuals {
  /** Up to this many movable knobs the joint search is the exact lattice search; above it, the greedy one. */
  public static final int EXACT_KNOB_LIMIT = 3;
  /** Default budget of scorings per search. */
  public static final long DEFAULT_MAX_EVALUATIONS = 2_000_000L;
  /** Points scanned on each side of a knob's value before bisecting. */
  public static final int SCAN = 32;
  /** The joint search's first lattice step; two refinements follow, each ten times finer. */
  public static final double LATTICE = 0.05;
  private static final int REFINEMENTS = 2;
  private static final double GREEDY_STEP = 0.05;
  private static final double BISECTION_WIDTH = 1e-12;

  /** A movable number. */
  public static final class Knob {
    public final KnobKind kind;
    public final String element;
    public final int index;
    public final double current;
    /** For removal: the argument's weight, the cost of removing it. */
    public final double removalCost;
    /** The DF-QuAD bound on |d score / d value| (for removal: on |change| / cost); NaN when not computed. */
    public double lipschitz = Double.NaN;

    public Knob(KnobKind kind, String element, int index, double current, double removalCost) {
      this.kind = kind;
      this.element = element;
      this.index = index;
      this.current = current;
      this.removalCost = removalCost;
    }

    public boolean continuous() {
      return kind != KnobKind.ARGUMENT_REMOVAL;
    }

    public double cost(double value) {
      return continuous() ? Math.abs(value - current) : (value >= 0.5 ? removalCost : 0.0);
    }
  }

  public final MapScorer scorer;
  public final ArgumentMap map;
  public final StatementId statement;
  public final MapGraph graph;
  private final MapNet graphNet;
  private final int node;
  public final double score0;
  public final List<Knob> knobs = new ArrayList<>();
  public final ImmutableList<MinimalChange.Skipped> skipped;
  private final long maxEvaluations;
  public long evaluations;
  public boolean exhausted;

  private final double[] evWeight;
  private final double[] credibility;
  private final int[] evSource;
  private final boolean[] evSupports;
  /** Statement nodes whose base score the evidence and source knobs can move, and their evidence indices. */
  private final int[] touched;
  private final int[][] touchedEvidence;
  /**
   * On an acyclic map scored in one pass: the statement and what is upstream of it, in topological order. Only
   * these nodes can reach its score, so a state is scored by updating them alone (the same updates in the same
   * relative order as the full pass, so the same doubles). Null when the map is scored iteratively.
   */
  private final int[] upstreamOrder;

  public Counterfactuals(MapScorer scorer, ArgumentMap map, StatementId statement, Knobs choice, long maxEvaluations) {
    this.scorer = scorer;
    this.map = map;
    this.statement = statement;
    this.maxEvaluations = maxEvaluations;
    this.graph = MapGraph.of(map, scorer.baseScores());
    this.graphNet = Access.scoring().net(graph);
    this.node = Access.scoring().statementNode(graph, statement);
    Access.scoring().order(graph, true);
    Access.scoring().order(graph, false);
    MapScores scores = scorer.score(graph);
    if (!scores.converged()) {
      throw new IllegalStateException("scoring the map did not converge (" + scores.status() + " after "
          + scores.iterations() + " iterations), so there is no score of " + statement + " to change;"
          + " raise the iteration cap or the tolerance in the EvaluationOptions");
    }
    this.score0 = scores.strength(statement);

    Set<String> known = new HashSet<>();
    map.evidence().forEach(e -> known.add(e.id().value()));
    map.sources().forEach(s -> known.add(s.id().value()));
    map.arguments().forEach(a -> known.add(a.id().value()));
    choice.elements().ifPresent(ids -> {
      for (String id : ids) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException("knob element '" + id + "' is not an evidence item, source or"
              + " argument of the map; name elements the map holds, or do not restrict the knobs");
        }
      }
    });

    Set<ConclusionId> upstream = new HashSet<>(map.upstreamOf(statement));
    upstream.add(statement);
    boolean evidenceRule = scorer.baseScores() instanceof EvidenceBaseScore;
    List<MinimalChange.Skipped> skip = new ArrayList<>();

    List<Evidence> evidence = map.evidence();
    List<Source> sources = map.sources();
    Map<String, Integer> sourceIndex = new HashMap<>();
    credibility = new double[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      sourceIndex.put(sources.get(i).id().value(), i);
      credibility[i] = sources.get(i).credibility();
    }
    evWeight = new double[evidence.size()];
    evSource = new int[evidence.size()];
    evSupports = new boolean[evidence.size()];
    Map<String, Integer> evidenceIndex = new HashMap<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      evidenceIndex.put(e.id().value(), i);
      evWeight[i] = e.weight();
      evSource[i] = sourceIndex.get(e.source().value());
      evSupports[i] = e.polarity() == Polarity.SUPPORTS;
    }
    String notUpstream = "cannot change the score of " + statement + ": not on it or upstream of it";
    String notEvidenceRule = "base scores come from " + scorer.baseScores()
        + ", not from the evidence rule, so evidence and credibility do not reach the score";
    Set<Integer> touchedNodes = new java.util.TreeSet<>();
    Set<Integer> reachingSources = new HashSet<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      boolean reaches = evidenceRule && upstream.contains(e.statement());
      if (reaches) {
        reachingSources.add(evSource[i]);
      }
      if (!Access.explain().allows(choice, KnobKind.EVIDENCE_WEIGHT, e.id().value())) {
        continue;
      }
      if (reaches) {
        knobs.add(new Knob(KnobKind.EVIDENCE_WEIGHT, e.id().value(), i, e.weight(), 0.0));
        touchedNodes.add(Access.scoring().statementNode(graph, e.statement()));
      } else {
        skip.add(new MinimalChange.Skipped(KnobKind.EVIDENCE_WEIGHT, e.id().value(),
            evidenceRule ? notUpstream + " (it is on " + e.statement() + ")" : notEvidenceRule));
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (!Access.explain().allows(choice, KnobKind.SOURCE_CREDIBILITY, s.id().value())) {
        continue;
      }
      if (reachingSources.contains(i)) {
        knobs.add(new Knob(KnobKind.SOURCE_CREDIBILITY, s.id().value(), i, s.credibility(), 0.0));
        for (int j = 0; j < evidence.size(); j++) {
          if (evSource[j] == i && upstream.contains(evidence.get(j).statement())) {
            touchedNodes.add(Access.scoring().statementNode(graph, evidence.get(j).statement()));
          }
        }
      } else {
        skip.add(new MinimalChange.Skipped(KnobKind.SOURCE_CREDIBILITY, s.id().value(), evidenceRule
            ? notUpstream + " (no evidence found in it is)" : notEvidenceRule));
      }
    }
    List<Argument> arguments = map.arguments();
    for (KnobKind kind : List.of(KnobKind.ARGUMENT_WEIGHT, KnobKind.ARGUMENT_REMOVAL)) {
      for (int k = 0; k < arguments.size(); k++) {
        Argument a = arguments.get(k);
        if (!Access.explain().allows(choice, kind, a.id().value())) {
          continue;
        }
        if (upstream.contains(a.id())) {
          knobs.add(new Knob(kind, a.id().value(), k, kind == KnobKind.ARGUMENT_WEIGHT ? a.weight() : 0.0,
              a.weight()));
        } else {
          skip.add(new MinimalChange.Skipped(kind, a.id().value(), notUpstream));
        }
      }
    }
    skipped = ImmutableList.copyOf(skip);
    touched = touchedNodes.stream().mapToInt(Integer::intValue).toArray();
    touchedEvidence = new int[touched.length][];
    for (int i = 0; i < touched.length; i++) {
      touchedEvidence[i] = map.evidenceOf(graphNet.statementIds[touched[i]]).stream()
          .mapToInt(e -> evidenceIndex.get(e.id().value())).toArray();
    }
    lipschitzBounds();
    EvaluationScheme scheme = scorer.options().scheme();
    int[] topo = Access.scoring().order(graph, scorer.semantics().isBipolar());
    if (topo != null && (scheme == EvaluationScheme.AUTO || scheme == EvaluationScheme.TOPOLOGICAL)) {
      boolean[] keep = new boolean[graphNet.n];
      for (ConclusionId c : upstream) {
        keep[graph.indexOf(c)] = true;
      }
      upstreamOrder = java.util.Arrays.stream(topo).filter(v -> keep[v]).toArray();
    } else {
      upstreamOrder = null;
    }
  }

  public double[] currentState() {
    double[] x = new double[knobs.size()];
    for (int j = 0; j < x.length; j++) {
      x[j] = knobs.get(j).current;
    }
    return x;
  }

  public double cost(double[] x) {
    double c = 0.0;
    for (int j = 0; j < x.length; j++) {
      c += knobs.get(j).cost(x[j]);
    }
    return c;
  }

  /** The statement's score in a state; NaN when the budget is spent or the scoring does not converge. */
  public double score(double[] x) {
    if (evaluations >= maxEvaluations) {
      exhausted = true;
      return Double.NaN;
    }
    evaluations++;
    double[] ew = evWeight;
    double[] cr = credibility;
    double[] aw = graphNet.weight;
    boolean[] removed = null;
    for (int j = 0; j < x.length; j++) {
      Knob k = knobs.get(j);
      if (x[j] == k.current) {
        continue;
      }
      switch (k.kind) {
        case EVIDENCE_WEIGHT:
          ew = ew == evWeight ? ew.clone() : ew;
          ew[k.index] = x[j];
          break;
        case SOURCE_CREDIBILITY:
          cr = cr == credibility ? cr.clone() : cr;
          cr[k.index] = x[j];
          break;
        case ARGUMENT_WEIGHT:
          aw = aw == graphNet.weight ? aw.clone() : aw;
          aw[k.index] = x[j];
          break;
        case ARGUMENT_REMOVAL:
          removed = removed == null ? new boolean[graphNet.na] : removed;
          removed[k.index] = true;
          break;
        default:
          throw new AssertionError(k.kind);
      }
    }
    double[] tau = graphNet.tau;
    if (ew != evWeight || cr != credibility) {
      tau = tau.clone();
      for (int i = 0; i < touched.length; i++) {
        // EvidenceBaseScore.combine, operation for operation
        double notS = 1.0;
        double notU = 1.0;
        for (int e : touchedEvidence[i]) {
          double c = ew[e] * cr[evSource[e]];
          if (evSupports[e]) {
            notS *= 1.0 - c;
          } else {
            notU *= 1.0 - c;
          }
        }
        tau[touched[i]] = 0.5 + 0.5 * ((1.0 - notS) - (1.0 - notU));
      }
    }
    MapGraph g = Access.scoring().withParameters(graph, tau, aw, removed);
    if (upstreamOrder != null) {
      MapEvaluation e = MapEvaluation.on(scorer.semantics(), g);
      double[] v = new double[graphNet.n];
      e.evaluateInOrder(upstreamOrder, v);
      return v[node];
    }
    Strengths s = MapEvaluation.run(scorer.semantics(), g, scorer.options());
    return s.converged() ? s.get(node) : Double.NaN;
  }

  /**
   * The value of knob {@code j} nearest its current value that meets the target with the other knobs as in
   * {@code x} ({@code x[j]} must hold the current value), or NaN. Continuous knobs: {@link #SCAN} points on
   * each side, then bisection in the first bracket to {@link #BISECTION_WIDTH}, returning the end that meets
   * the target.
   */
  public double along(Target target, int j, double[] x) {
    Knob k = knobs.get(j);
    double v0 = x[j];
    if (!k.continuous()) {
      x[j] = 1.0;
      boolean ok = target.isMetBy(score(x));
      x[j] = v0;
      return ok ? 1.0 : Double.NaN;
    }
    double best = Double.NaN;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int dir = 1; dir >= -1; dir -= 2) {
      double end = dir > 0 ? 1.0 : 0.0;
      double room = Math.abs(end - v0);
      double prev = v0;
      for (int i = 1; i <= SCAN && room > 0.0; i++) {
        double xi = i == SCAN ? end : v0 + dir * room * i / SCAN;
        if (Math.abs(xi - v0) >= bestDistance) {
          break;
        }
        x[j] = xi;
        if (target.isMetBy(score(x))) {
          double hi = bisect(target, x, j, prev, xi);
          if (Math.abs(hi - v0) < bestDistance) {
            bestDistance = Math.abs(hi - v0);
            best = hi;
          }
          break;
        }
        prev = xi;
      }
    }
    x[j] = v0;
    return best;
  }

  /**
   * Bisection of knob {@code j} between {@code lo}, where the target is not met, and {@code hi}, where it is, to
   * {@link #BISECTION_WIDTH} (or the budget); returns the end that meets the target. Leaves {@code x[j]} at the last
   * value tried: callers set it as they need.
   */
  private double bisect(Target target, double[] x, int j, double lo, double hi) {
    while (Math.abs(hi - lo) > BISECTION_WIDTH && !exhausted) {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi) {
        break;
      }
      x[j] = mid;
      if (target.isMetBy(score(x))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** The outcome of a joint search: the best state found (null if none) and how. */
  public record Found(double[] state, boolean exact, double bestSingleCost) {}

  /** Single-knob answers for every knob from the current state: value or NaN. */
  public double[] singles(Target target) {
    double[] x = currentState();
    double[] out = new double[knobs.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = along(target, j, x);
    }
    return out;
  }

  public Found search(Target target) {
    double[] cur = currentState();
    double[] single = singles(target);
    double[] best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int j = 0; j < single.length; j++) {
      if (!Double.isNaN(single[j]) && knobs.get(j).cost(single[j]) < bestCost) {
        best = cur.clone();
        best[j] = single[j];
        bestCost = knobs.get(j).cost(single[j]);
      }
    }
    double bestSingle = bestCost;
    boolean exact = knobs.size() <= EXACT_KNOB_LIMIT;
    double[] joint = exact ? lattice(target, best) : greedy(target);
    if (joint != null && cost(joint) < bestCost) {
      best = joint;
      bestCost = cost(joint);
    }
    if (best != null) {
      polish(target, best);
      exchange(target, best);
    }
    return new Found(best, exact, bestSingle);
  }

  /**
   * Exact lattice search over up to {@link #EXACT_KNOB_LIMIT} knobs: every knob but the last takes every value
   * of a lattice (step {@link #LATTICE} over [0, 1], then twice a ten times finer one around the best so far,
   * always with its current value; removal: kept or removed), the last is solved along its axis by
   * {@link #along}. Branches whose cost already reaches the best are cut.
   */
  private double[] lattice(Target target, double[] seed) {
    int k = knobs.size();
    if (k < 2) {
      return null;
    }
    // the last knob is solved exactly along its axis, so make it a continuous one when there is one
    int[] order = new int[k];
    int pos = 0;
    for (int j = 0; j < k; j++) {
      if (!knobs.get(j).continuous()) {
        order[pos++] = j;
      }
    }
    for (int j = 0; j < k; j++) {
      if (knobs.get(j).continuous()) {
        order[pos++] = j;
      }
    }
    double[][] best = {seed == null ? null : seed.clone()};
    double[] bestCost = {seed == null ? Double.POSITIVE_INFINITY : cost(seed)};
    for (int round = 0; round <= REFINEMENTS; round++) {
      double step = LATTICE / Math.pow(10, round);
      double[][] values = new double[k - 1][];
      for (int d = 0; d < k - 1; d++) {
        Knob kn = knobs.get(order[d]);
        if (!kn.continuous()) {
          values[d] = new double[] {0.0, 1.0};
          continue;
        }
        List<Double> vs = new ArrayList<>();
        vs.add(kn.current);
        if (round == 0) {
          for (int i = 0; i <= Math.round(1.0 / step); i++) {
            vs.add(Math.min(1.0, i * step));
          }
        } else {
          double center = best[0] == null ? kn.current : best[0][order[d]];
          for (int i = -10; i <= 10; i++) {
            double v = center + i * step;
            if (v >= 0.0 && v <= 1.0) {
              vs.add(v);
            }
          }
        }
        values[d] = vs.stream().distinct().mapToDouble(Double::doubleValue).toArray();
      }
      enumerate(target, order, values, 0, currentState(), 0.0, best, bestCost);
      if (exhausted) {
        break;
      }
    }
    return best[0];
  }

  private void enumerate(Target target, int[] order, double[][] values, int depth, double[] x, double partial,
      double[][] best, double[] bestCost) {
    if (partial >= bestCost[0] || exhausted) {
      return;
    }
    int j = order[depth];
    if (depth == order.length - 1) {
      double v = target.isMetBy(score(x)) ? x[j] : along(target, j, x);
      if (!Double.isNaN(v)) {
        double c = partial + knobs.get(j).cost(v);
        if (c < bestCost[0]) {
          double[] y = x.clone();
          y[j] = v;
          best[0] = y;
          bestCost[0] = c;
        }
      }
      return;
    }
    Knob kn = knobs.get(j);
    for (double v : values[depth]) {
      x[j] = v;
      enumerate(target, order, values, depth + 1, x, partial + kn.cost(v), best, bestCost);
    }
    x[j] = kn.current;
  }

  /**
   * Greedy search for many knobs: from the current state, repeatedly take the move (a step of
   * {@link #GREEDY_STEP} up or down, or a removal) with the most progress towards the target per unit of cost,
   * until the target is met or no move makes progress; {@link #polish} then trims it.
   */
  private double[] greedy(Target target) {
    double[] x = currentState();
    double f = score(x);
    for (int round = 0; round < 1000 && !target.isMetBy(f) && !exhausted; round++) {
      double bestGain = 0.0;
      int bestJ = -1;
      double bestV = 0.0;
      double bestF = f;
      for (int j = 0; j < x.length; j++) {
        Knob k = knobs.get(j);
        double[] moves = k.continuous()
            ? new double[] {Math.min(1.0, x[j] + GREEDY_STEP), Math.max(0.0, x[j] - GREEDY_STEP)}
            : new double[] {x[j] >= 0.5 ? x[j] : 1.0};
        for (double v : moves) {
          double extra = k.cost(v) - k.cost(x[j]);
          if (v == x[j]) {
            continue;
          }
          double old = x[j];
          x[j] = v;
          double g = score(x);
          x[j] = old;
          double progress = target.kind() == Target.Kind.AT_LEAST ? g - f : f - g;
          double gain = progress / Math.max(extra, 1e-9);
          if (progress > 0.0 && gain > bestGain) {
            bestGain = gain;
            bestJ = j;
            bestV = v;
            bestF = g;
          }
        }
      }
      if (bestJ < 0) {
        return null;
      }
      x[bestJ] = bestV;
      f = bestF;
    }
    return target.isMetBy(f) ? x : null;
  }

  /**
   * Trims a state that meets the target: each changed knob is moved back towards its current value as far as
   * the target stays met (reset if it can be, otherwise bisection), until a pass changes nothing. Never raises
   * the cost.
   */
  public void polish(Target target, double[] x) {
    for (int pass = 0; pass < 8 && !exhausted; pass++) {
      boolean moved = false;
      for (int j = 0; j < x.length; j++) {
        Knob k = knobs.get(j);
        if (x[j] == k.current) {
          continue;
        }
        double was = x[j];
        x[j] = k.current;
        if (target.isMetBy(score(x))) {
          moved = true;
          continue;
        }
        x[j] = was;
        if (!k.continuous()) {
          continue;
        }
        double hi = bisect(target, x, j, k.current, was);
        x[j] = hi;
        if (Math.abs(hi - was) > 1e-9) {
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
  }

  /**
   * Tries to undo each change of a state that meets the target and make up for it with one other knob, solved
   * along its axis: another changed knob, or the weight of an argument whose removal is undone. Keeps any swap
   * that lowers the cost, then polishes again. Only lowers the cost.
   */
  public void exchange(Target target, double[] x) {
    for (int pass = 0; pass < 4 && !exhausted; pass++) {
      boolean improved = false;
      for (int j = 0; j < x.length && !exhausted; j++) {
        Knob kj = knobs.get(j);
        if (x[j] == kj.current) {
          continue;
        }
        double[] y = x.clone();
        y[j] = kj.current;
        for (int i = 0; i < x.length; i++) {
          Knob ki = knobs.get(i);
          boolean partner = i != j && (x[i] != ki.current || !kj.continuous()
              && ki.kind == KnobKind.ARGUMENT_WEIGHT && ki.index == kj.index);
          if (!partner) {
            continue;
          }
          double v = along(target, i, y);
          if (Double.isNaN(v)) {
            continue;
          }
          double[] z = y.clone();
          z[i] = v;
          if (cost(z) < cost(x) - 1e-12) {
            System.arraycopy(z, 0, x, 0, x.length);
            improved = true;
            break;
          }
        }
      }
      if (!improved) {
        break;
      }
      polish(target, x);
    }
  }

  /**
   * Under DF-QuAD on an acyclic map, every knob's {@link Knob#lipschitz}: the number of dependency paths from
   * it to the statement (each step of the local update moves its output by at most the change of one input),
   * times 1/2 for evidence and credibility (the evidence rule's factor), summed over items for a source; for a
   * removal, the argument's strength bounds the change of its conclusion, and that is at most its weight unless
   * something supports the argument, when it is at most 1 (so the ratio to the cost, the weight, is 1/weight).
   */
  private void lipschitzBounds() {
    if (scorer.semantics() != GradualSemantics.DF_QUAD) {
      return;
    }
    int[] topo = Access.scoring().order(graph, true);
    if (topo == null) {
      return;
    }
    double[] paths = new double[graphNet.n];
    paths[node] = 1.0;
    for (int p = topo.length - 1; p >= 0; p--) {
      int u = topo[p];
      if (paths[u] == 0.0) {
        continue;
      }
      for (int i = graphNet.attStart[u]; i < graphNet.attStart[u + 1]; i++) {
        paths[graphNet.attSrc[i]] += paths[u];
      }
      for (int i = graphNet.supStart[u]; i < graphNet.supStart[u + 1]; i++) {
        paths[graphNet.supSrc[i]] += paths[u];
      }
      if (u >= graphNet.ns) {
        int k = u - graphNet.ns;
        for (int i = graphNet.premStart[k]; i < graphNet.premStart[k + 1]; i++) {
          paths[graphNet.premSrc[i]] += paths[u];
        }
      }
    }
    List<Evidence> evidence = map.evidence();
    for (Knob k : knobs) {
      switch (k.kind) {
        case EVIDENCE_WEIGHT:
          k.lipschitz = 0.5 * paths[Access.scoring().statementNode(graph, evidence.get(k.index).statement())];
          break;
        case SOURCE_CREDIBILITY: {
          double sum = 0.0;
          for (int e = 0; e < evidence.size(); e++) {
            if (evSource[e] == k.index) {
              sum += 0.5 * paths[Access.scoring().statementNode(graph, evidence.get(e).statement())];
            }
          }
          k.lipschitz = sum;
          break;
        }
        case ARGUMENT_WEIGHT:
          k.lipschitz = paths[graphNet.ns + k.index];
          break;
        case ARGUMENT_REMOVAL: {
          int v = graphNet.ns + k.index;
          boolean supported = graphNet.supStart[v + 1] > graphNet.supStart[v];
          double p = paths[v];
          k.lipschitz = p == 0.0 ? 0.0 : supported ? p / k.removalCost : p;
          break;
        }
        default:
          throw new AssertionError(k.kind);
      }
    }
  }

  /**
   * A lower bound on the cost of any change that meets the target, under DF-QuAD on an acyclic map: the score
   * must move by at least the shortfall, and a change of cost {@code c} moves it by at most {@code L c}, where
   * {@code L} is the largest knob bound. Empty for other semantics and cyclic maps. Infinite when no knob can
   * move the score at all.
   */
  public OptionalDouble lowerBound(Target target) {
    if (knobs.isEmpty()) {
      return target.isMetBy(score0) ? OptionalDouble.of(0.0) : OptionalDouble.of(Double.POSITIVE_INFINITY);
    }
    double l = 0.0;
    for (Knob k : knobs) {
      if (Double.isNaN(k.lipschitz)) {
        return OptionalDouble.empty();
      }
      l = Math.max(l, k.lipschitz);
    }
    double shortfall = target.shortfall(score0);
    if (shortfall == 0.0) {
      return OptionalDouble.of(0.0);
    }
    return OptionalDouble.of(l == 0.0 ? Double.POSITIVE_INFINITY : shortfall / l);
  }
}
