package dev.argmap.internal.gradual;

import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import java.util.Arrays;

/**
 * Contribution functions on a {@link QNet} whose players are sets of nodes. Shared by graphs and maps.
 *
 * <p>What the structure gives away is used before any coalition is evaluated: only the topic's ancestors can
 * move its strength, so the network is first restricted to them, and a player with no node there is a null
 * player with an exact 0 (under every function). When the players are the topic's direct inputs, each with
 * everything upstream of it, and no input lies upstream of another, each input's strength is the same in every
 * coalition that holds it; it is computed once, and the game is then a single local update per coalition
 * ({@link #direct}).
 */
public final class NodeContributions {
  private NodeContributions() {}

  /** Direct-input games stay exact up to this many inputs: each coalition costs one local update. */
  public static final int DIRECT_EXACT_LIMIT = 24;

  /** The contributions, the topic's strength and its strength without any player. */
  public static final class Outcome {
    public final Contribution[] values;
    public final double strength;
    public final double alone;

    public Outcome(Contribution[] values, double strength, double alone) {
      this.values = values;
      this.strength = strength;
      this.alone = alone;
    }
  }

  /** Contributions of the players (node sets of {@code full}) to {@code topic}. */
  public static Outcome compute(QNet full, int topic, int[][] players, ContributionFunction f, ContributionOptions o) {
    boolean[] anc = full.ancestors(topic);
    int[] map = new int[full.n];
    QNet sub = full.restrict(anc, map);
    int t = map[topic];
    int[][] active = new int[players.length][];
    int[] activeOf = new int[players.length];
    int k = 0;
    for (int p = 0; p < players.length; p++) {
      int[] inSub = inSub(players[p], map, t);
      if (inSub.length == 0) {
        activeOf[p] = -1;
      } else {
        activeOf[p] = k;
        active[k++] = inSub;
      }
    }
    int[][] act = Arrays.copyOf(active, k);
    NetEval e = new NetEval(sub, o.evaluation());
    if (f == ContributionFunction.GRADIENT && e.isAcyclic()) {
      return gradientAcyclic(e, t, act, activeOf, o.evaluation());
    }
    ContributionGames.NodeGame game = new ContributionGames.NodeGame(e, t, act);
    double alone = game.value();
    game.setAll(true);
    double strength = game.value();
    Contribution.Method method = e.isAcyclic() ? Contribution.Method.EXACT : Contribution.Method.CONVERGED;
    Contribution[] out = new Contribution[k];
    switch (f) {
      case REMOVAL:
        for (int p = 0; p < k; p++) {
          out[p] = of(ContributionGames.removal(game, p), method);
        }
        break;
      case INTRINSIC_REMOVAL:
        for (int p = 0; p < k; p++) {
          for (int v : act[p]) {
            e.setCut(v, true);
          }
          double withCut = game.value();
          game.set(p, false);
          double without = game.value();
          game.set(p, true);
          for (int v : act[p]) {
            e.setCut(v, false);
          }
          game.value();
          out[p] = of(withCut - without, method);
        }
        break;
      case SHAPLEY:
        shapley(game, o, method, out);
        break;
      case GRADIENT: {
        // (cyclic only: acyclic networks took gradientAcyclic above) every player is in and the game settled
        NetGradient.Result r = NetGradient.of(e, t, o.evaluation());
        Contribution.Method gm = r.iterated ? Contribution.Method.CONVERGED : Contribution.Method.EXACT;
        for (int p = 0; p < k; p++) {
          double d = 0.0;
          for (int v : act[p]) {
            d += r.dBase[v];
          }
          out[p] = of(d, gm);
        }
        break;
      }
      default:
        throw new AssertionError(f);
    }
    return new Outcome(expand(out, activeOf), strength, alone);
  }

  /**
   * The gradient on an acyclic network, without a game: the topic's strength without the players and with all
   * of them are two topological passes (the values the game's incremental settling reaches are the same, node
   * by node), then one reverse sweep on the same evaluator.
   */
  private static Outcome gradientAcyclic(NetEval e, int t, int[][] act, int[] activeOf,
      EvaluationOptions eo) {
    Arrays.fill(e.present, true);
    for (int[] ns : act) {
      for (int v : ns) {
        e.present[v] = false;
      }
    }
    e.evaluateAll();
    double alone = e.s[t];
    e.presentAll();
    double strength = e.s[t];
    NetGradient.Result r = NetGradient.of(e, t, eo);
    Contribution.Method gm = r.iterated ? Contribution.Method.CONVERGED : Contribution.Method.EXACT;
    Contribution[] out = new Contribution[act.length];
    for (int p = 0; p < act.length; p++) {
      double d = 0.0;
      for (int v : act[p]) {
        d += r.dBase[v];
      }
      out[p] = of(d, gm);
    }
    return new Outcome(expand(out, activeOf), strength, alone);
  }

  /** The nodes of a player that are in the sub-network, as its nodes there, the topic left out. */
  private static int[] inSub(int[] nodes, int[] map, int t) {
    int c = 0;
    for (int v : nodes) {
      int w = map[v];
      if (w >= 0 && w != t) {
        c++;
      }
    }
    if (c == nodes.length) {
      boolean same = true;
      for (int v : nodes) {
        same &= map[v] == v;
      }
      if (same) {
        return nodes; // every node kept under its own number: the list as it is (never written to)
      }
    }
    int[] out = new int[c];
    c = 0;
    for (int v : nodes) {
      int w = map[v];
      if (w >= 0 && w != t) {
        out[c++] = w;
      }
    }
    return out;
  }

  /**
   * Shapley values and removal effects of the topic's direct inputs, each taken with everything upstream of it.
   * Returns {@code [shapley, removal]} outcomes, in the order of {@code inputs}.
   */
  public static Outcome[] direct(QNet full, int topic, int[] inputs, ContributionOptions o) {
    // the upstream of the topic only: no array as long as the whole network, so that explaining every
    // thesis of a large map stays linear in the map
    int[] nodes = full.ancestorList(topic);
    QNet sub = full.restrictToClosed(nodes);
    int t = Arrays.binarySearch(nodes, topic);
    // an input the semantics does not read (a support under an attack-only semantics) is a null player
    int[] activeOf = new int[inputs.length];
    int k = 0;
    for (int i = 0; i < inputs.length; i++) {
      activeOf[i] = Arrays.binarySearch(nodes, inputs[i]) >= 0 ? k++ : -1;
    }
    int[] in = Arrays.stream(inputs).map(v -> Arrays.binarySearch(nodes, v)).filter(v -> v >= 0).toArray();
    Outcome[] r = directActive(full, topic, sub, t, in, o);
    for (int j = 0; j < r.length; j++) {
      r[j] = new Outcome(expand(r[j].values, activeOf), r[j].strength, r[j].alone);
    }
    return r;
  }

  private static Outcome[] directActive(QNet full, int topic, QNet sub, int t, int[] in, ContributionOptions o) {
    boolean independent = true;
    boolean[][] up = new boolean[in.length][];
    for (int i = 0; i < in.length && independent; i++) {
      up[i] = sub.ancestors(in[i]);
      if (up[i][t]) {
        independent = false;
      }
      for (int j = 0; j < in.length && independent; j++) {
        if (j != i && up[i][in[j]]) {
          independent = false;
        }
      }
    }
    if (!independent) {
      int[][] players = new int[in.length][];
      for (int i = 0; i < in.length; i++) {
        boolean[] a = up[i] != null ? up[i] : sub.ancestors(in[i]);
        players[i] = originNodes(sub, a, t);
      }
      Outcome shapley = compute(full, topic, toFull(sub, players), ContributionFunction.SHAPLEY, o);
      Outcome removal = compute(full, topic, toFull(sub, players), ContributionFunction.REMOVAL, o);
      return new Outcome[] {shapley, removal};
    }
    NetEval e = new NetEval(sub, o.evaluation());
    e.presentAll();
    Contribution.Method method = e.isAcyclic() ? Contribution.Method.EXACT : Contribution.Method.CONVERGED;
    boolean[] keep = new boolean[sub.n];
    keep[t] = true;
    for (int v : in) {
      keep[v] = true;
    }
    int[] tinyMap = new int[sub.n];
    QNet tiny = sub.restrict(keep, tinyMap);
    NetEval te = new NetEval(tiny, o.evaluation());
    int[][] players = new int[in.length][];
    for (int i = 0; i < in.length; i++) {
      int v = tinyMap[in[i]];
      te.fixed[v] = true;
      te.base[v] = e.s[in[i]];
      players[i] = new int[] {v};
    }
    ContributionGames.NodeGame game = new ContributionGames.NodeGame(te, tinyMap[t], players);
    double alone = game.value();
    game.setAll(true);
    double strength = game.value();
    Contribution[] shapley = new Contribution[in.length];
    Contribution[] removal = new Contribution[in.length];
    for (int p = 0; p < in.length; p++) {
      removal[p] = of(ContributionGames.removal(game, p), method);
    }
    ContributionOptions wide = in.length <= DIRECT_EXACT_LIMIT && in.length > o.exactPlayerLimit()
        ? o.toBuilder().exactPlayerLimit(DIRECT_EXACT_LIMIT).build()
        : o;
    double[] phi = method == Contribution.Method.EXACT && in.length <= wide.exactPlayerLimit()
        ? dfQuadStar(te, tinyMap[t], players)
        : null;
    if (phi != null) {
      for (int p = 0; p < phi.length; p++) {
        shapley[p] = of(phi[p], method);
      }
    } else {
      shapley(game, wide, method, shapley);
    }
    return new Outcome[] {new Outcome(shapley, strength, alone), new Outcome(removal, strength, alone)};
  }

  /**
   * Exact Shapley values of the direct-input game under DF-QuAD without settling: the topic's value for a
   * coalition is the kernel applied to the products of {@code 1 - x} over its present attackers and supporters,
   * and those products are tabulated for every subset (a subset's product is the product of the subset without
   * its last input times that input's factor: the kernel's own left-to-right order, so the same bits). The
   * enumeration and the accumulation are {@link ContributionGames#shapleyExact}'s. Returns null when the game is
   * not of that shape (another semantics, a topic with conjunctive inputs, more than 20 inputs on one side).
   */
  private static double[] dfQuadStar(NetEval te, int t, int[][] players) {
    QNet g = te.net;
    int k = players.length;
    if (g.sem != GradualSemantics.DF_QUAD || g.conjStart[t + 1] != g.conjStart[t] || te.cut[t] || te.fixed[t]) {
      return null;
    }
    int na = g.attStart[t + 1] - g.attStart[t];
    int ns = g.supStart[t + 1] - g.supStart[t];
    if (na + ns != k || na > 20 || ns > 20) {
      return null;
    }
    // player -> its bit in the attacker or the supporter mask (edge order)
    long[] aBit = new long[k];
    long[] sBit = new long[k];
    double[] xa = new double[na];
    double[] xs = new double[ns];
    boolean[] seen = new boolean[k];
    int[] playerOf = new int[g.n];
    Arrays.fill(playerOf, -1);
    for (int p = 0; p < k; p++) {
      if (players[p].length != 1 || !te.fixed[players[p][0]]) {
        return null;
      }
      playerOf[players[p][0]] = p;
    }
    for (int i = g.attStart[t], j = 0; i < g.attStart[t + 1]; i++, j++) {
      int u = g.attSrc[i];
      int p = playerOf[u];
      if (p < 0 || seen[p]) {
        return null;
      }
      seen[p] = true;
      aBit[p] = 1L << j;
      xa[j] = g.attW == null ? te.base[u] : g.attW[i] * te.base[u];
    }
    for (int i = g.supStart[t], j = 0; i < g.supStart[t + 1]; i++, j++) {
      int u = g.supSrc[i];
      int p = playerOf[u];
      if (p < 0 || seen[p]) {
        return null;
      }
      seen[p] = true;
      sBit[p] = 1L << j;
      xs[j] = g.supW == null ? te.base[u] : g.supW[i] * te.base[u];
    }
    double[] pa = products(xa);
    double[] ps = products(xs);
    double b = te.base[t];
    // the walk keeps the attacker and supporter masks; each value is read from the tables
    return ContributionGames.shapleyExact(k, new ContributionGames.GrayWalk() {
      int ma;
      int ms;

      @Override
      public void flip(int p, boolean on) {
        ma ^= (int) aBit[p];
        ms ^= (int) sBit[p];
      }

      @Override
      public double value() {
        double va = 1.0 - pa[ma];
        double vs = 1.0 - ps[ms];
        return va >= vs ? b - b * (va - vs) : b + (1.0 - b) * (vs - va);
      }
    });
  }

  /** {@code out[m]} = the product of {@code 1 - x[j]} over the bits j of m, taken in increasing j from 1.0. */
  private static double[] products(double[] x) {
    double[] out = new double[1 << x.length];
    out[0] = 1.0;
    for (int m = 1; m < out.length; m++) {
      int high = 31 - Integer.numberOfLeadingZeros(m);
      out[m] = out[m ^ (1 << high)] * (1.0 - x[high]);
    }
    return out;
  }

  private static int[] originNodes(QNet sub, boolean[] mark, int t) {
    return java.util.stream.IntStream.range(0, sub.n).filter(v -> mark[v] && v != t).toArray();
  }

  /** Node sets of {@code sub} as node sets of the network {@code sub} was restricted from. */
  private static int[][] toFull(QNet sub, int[][] sets) {
    int[][] out = new int[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      out[i] = Arrays.stream(sets[i]).map(v -> sub.origin[v]).toArray();
    }
    return out;
  }

  /** Exact Shapley values up to the options' player limit, a sampled estimate with its standard error above. */
  public static void shapley(
      ContributionGames.Game game, ContributionOptions o, Contribution.Method method, Contribution[] out) {
    if (game.players <= o.exactPlayerLimit()) {
      double[] phi = ContributionGames.shapleyExact(game);
      for (int p = 0; p < phi.length; p++) {
        out[p] = of(phi[p], method);
      }
    } else {
      ContributionGames.Sampled s = ContributionGames.shapleySampled(game, o);
      for (int p = 0; p < s.mean.length; p++) {
        out[p] = new Contribution(s.mean[p], s.standardError[p], s.samples, Contribution.Method.SAMPLED);
      }
    }
  }

  /** An exact or converged contribution (neither has a standard error). */
  public static Contribution of(double v, Contribution.Method m) {
    return new Contribution(v, 0.0, 0, m);
  }

  private static Contribution[] expand(Contribution[] active, int[] activeOf) {
    Contribution[] all = new Contribution[activeOf.length];
    for (int p = 0; p < activeOf.length; p++) {
      all[p] = activeOf[p] < 0 ? of(0.0, Contribution.Method.EXACT) : active[activeOf[p]];
    }
    return all;
  }
}
