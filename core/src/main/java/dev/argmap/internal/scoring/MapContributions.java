package dev.argmap.internal.scoring;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.ContributionGames;
import dev.argmap.internal.gradual.NetEval;
import dev.argmap.internal.gradual.NetGradient;
import dev.argmap.internal.gradual.NodeContributions;
import dev.argmap.internal.gradual.QNet;
import dev.argmap.scoring.EvidenceBaseScore;
import dev.argmap.scoring.MapGraph;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import com.google.common.collect.ImmutableMap;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Contributions of a map's elements to a statement's strength ({@link MapScorer#contributions}). */
public final class MapContributions {
  private MapContributions() {}

  public static Contributions<ElementId> compute(MapGraph g, GradualSemantics sem, StatementId statement,
      ContributionFunction f, MapContributors who, ContributionOptions o) {
    int topic = Access.scoring().statementNode(g, statement);
    QNet net = QNet.of(sem, g);
    switch (who) {
      case ARGUMENTS:
      case STATEMENTS: {
        List<ElementId> keys = new ArrayList<>();
        List<int[]> players = new ArrayList<>();
        int from = who == MapContributors.ARGUMENTS ? Access.scoring().net(g).ns : 0;
        int to = who == MapContributors.ARGUMENTS ? Access.scoring().net(g).n : Access.scoring().net(g).ns;
        for (int v = from; v < to; v++) {
          if (v != topic) {
            keys.add((ElementId) g.element(v));
            players.add(new int[] {v});
          }
        }
        return nodes(sem, statement, f, net, topic, keys, players, o);
      }
      case DIRECT_ARGUMENTS: {
        List<ElementId> keys = new ArrayList<>();
        int[] inputs = direct(g, statement, keys);
        if (f == ContributionFunction.SHAPLEY || f == ContributionFunction.REMOVAL) {
          NodeContributions.Outcome r = NodeContributions.direct(net, topic, inputs, o)[
              f == ContributionFunction.SHAPLEY ? 0 : 1];
          return result(sem, statement, f, keys, r);
        }
        List<int[]> players = new ArrayList<>();
        for (int v : inputs) {
          boolean[] up = net.ancestors(v);
          up[topic] = false;
          players.add(java.util.stream.IntStream.range(0, net.n).filter(u -> up[u]).toArray());
        }
        return nodes(sem, statement, f, net, topic, keys, players, o);
      }
      case EVIDENCE:
      case SOURCES:
        return evidence(g, sem, statement, f, who, net, topic, o);
      default:
        throw new AssertionError(who);
    }
  }

  /** The argument nodes that conclude on the statement, supporters and attackers in map order. */
  public static int[] direct(MapGraph g, StatementId statement, List<ElementId> keys) {
    List<Argument> on = Access.scoring().net(g).map.argumentsOn(statement);
    int[] inputs = new int[on.size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = Access.scoring().argumentNode(g, on.get(i).id());
      keys.add(on.get(i).id());
    }
    return inputs;
  }

  private static Contributions<ElementId> nodes(GradualSemantics sem, StatementId statement,
      ContributionFunction f, QNet net, int topic, List<ElementId> keys, List<int[]> players,
      ContributionOptions o) {
    NodeContributions.Outcome r =
        NodeContributions.compute(net, topic, players.toArray(new int[0][]), f, o);
    return result(sem, statement, f, keys, r);
  }

  private static Contributions<ElementId> result(GradualSemantics sem, StatementId statement,
      ContributionFunction f, List<ElementId> keys, NodeContributions.Outcome r) {
    ImmutableMap.Builder<ElementId, Contribution> b = ImmutableMap.builderWithExpectedSize(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      b.put(keys.get(i), r.values[i]);
    }
    return Access.contributions().contributions(f, sem, statement, r.strength, r.alone, b.buildOrThrow());
  }

  private static Contributions<ElementId> evidence(MapGraph g, GradualSemantics sem, StatementId statement,
      ContributionFunction f, MapContributors who, QNet net, int topic, ContributionOptions o) {
    if (!(Access.scoring().net(g).strategy instanceof EvidenceBaseScore)) {
      throw new IllegalArgumentException("contributions of evidence and sources follow the evidence base scores "
          + "(BaseScoreStrategy.evidence()), but this scorer uses " + Access.scoring().net(g).strategy + "; use ARGUMENTS or STATEMENTS");
    }
    ArgumentMap map = Access.scoring().net(g).map;
    boolean[] anc = net.ancestors(topic);
    int[] sub = new int[net.n];
    QNet s = net.restrict(anc, sub);
    int t = sub[topic];
    List<Evidence> items = new ArrayList<>();
    for (Evidence e : map.evidence()) {
      if (anc[Access.scoring().statementNode(g, e.statement())]) {
        items.add(e);
      }
    }
    int m = items.size();
    int[] itemNode = new int[m];
    double[] itemValue = new double[m];
    boolean[] itemSupports = new boolean[m];
    Map<SourceId, Double> credibility = new HashMap<>();
    for (Source src : map.sources()) {
      credibility.put(src.id(), src.credibility());
    }
    for (int i = 0; i < m; i++) {
      Evidence e = items.get(i);
      itemNode[i] = sub[Access.scoring().statementNode(g, e.statement())];
      itemValue[i] = e.weight() * credibility.get(e.source());
      itemSupports[i] = e.polarity() == Polarity.SUPPORTS;
    }
    List<ElementId> keys = new ArrayList<>();
    List<int[]> groups = new ArrayList<>();
    if (who == MapContributors.EVIDENCE) {
      int i = 0;
      for (Evidence e : map.evidence()) {
        keys.add(e.id());
        groups.add(i < m && items.get(i) == e ? new int[] {i++} : new int[0]);
      }
    } else {
      for (Source src : map.sources()) {
        keys.add(src.id());
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < m; i++) {
          if (items.get(i).source().equals(src.id())) {
            mine.add(i);
          }
        }
        groups.add(mine.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    List<int[]> active = new ArrayList<>();
    int[] activeOf = new int[groups.size()];
    for (int p = 0; p < groups.size(); p++) {
      activeOf[p] = groups.get(p).length == 0 ? -1 : active.size();
      if (groups.get(p).length > 0) {
        active.add(groups.get(p));
      }
    }
    int[][] act = active.toArray(new int[0][]);
    NetEval e = new NetEval(s, o.evaluation());
    ContributionGames.EvidenceGame game =
        new ContributionGames.EvidenceGame(e, t, act, itemNode, itemValue, itemSupports, new boolean[m]);
    double alone = game.value();
    game.setAll(true);
    double strength = game.value();
    Contribution.Method method = e.isAcyclic() ? Contribution.Method.EXACT : Contribution.Method.CONVERGED;
    Contribution[] out = new Contribution[act.length];
    switch (f) {
      case REMOVAL:
      case INTRINSIC_REMOVAL: // nothing points into evidence or a source: the two are the same
        for (int p = 0; p < act.length; p++) {
          out[p] = NodeContributions.of(ContributionGames.removal(game, p), method);
        }
        break;
      case SHAPLEY:
        NodeContributions.shapley(game, o, method, out);
        break;
      case GRADIENT: {
        // the game stands with every item switched on and settled: the strengths the gradient is taken at
        NetGradient.Result r = NetGradient.of(e, t, o.evaluation());
        Contribution.Method gm = r.iterated ? Contribution.Method.CONVERGED : Contribution.Method.EXACT;
        for (int p = 0; p < act.length; p++) {
          double d = 0.0;
          for (int i : act[p]) {
            Evidence ev = items.get(i);
            // d base / d c_i: half the product of (1 - c) over the other items of the same polarity on it
            double others = 1.0;
            for (int j = 0; j < m; j++) {
              if (j != i && itemNode[j] == itemNode[i] && itemSupports[j] == itemSupports[i]) {
                others *= 1.0 - itemValue[j];
              }
            }
            double dBaseDc = (itemSupports[i] ? 0.5 : -0.5) * others;
            double dc = who == MapContributors.EVIDENCE ? credibility.get(ev.source()) : ev.weight();
            d += r.dBase[itemNode[i]] * dBaseDc * dc;
          }
          out[p] = NodeContributions.of(d, gm);
        }
        break;
      }
      default:
        throw new AssertionError(f);
    }
    ImmutableMap.Builder<ElementId, Contribution> b = ImmutableMap.builderWithExpectedSize(keys.size());
    for (int p = 0; p < keys.size(); p++) {
      b.put(keys.get(p), activeOf[p] < 0 ? NodeContributions.of(0.0, Contribution.Method.EXACT) : out[activeOf[p]]);
    }
    return Access.contributions().contributions(f, sem, statement, strength, alone, b.buildOrThrow());
  }
}
