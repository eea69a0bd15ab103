package dev.argmap.scoring;

import static dev.argmap.semantics.GradualSemantics.H_CATEGORIZER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import dev.argmap.scoring.RandomGraphs.Rng;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The principles table of semantics.md §4, cell by cell, on seeded random graphs: a "yes" cell must hold in every
 * trial (the failure names the seed), a "no" cell must have a counterexample among the trials, and "–" cells are
 * not run. Principles about one argument's update (balance, duality, extremes) use stars of leaf parents, whose
 * strengths are their base scores; the others use random graphs.
 */
class GradualPrinciplesTest {
  private static final int TRIALS = 120;
  private static final double EPS = 1e-12;

  enum Principle {
    STABILITY,
    NEUTRALITY,
    DIRECTIONALITY,
    WEAKENING,
    STRENGTHENING,
    BALANCE,
    MONOTONICITY,
    RESILIENCE,
    DUALITY,
    EXTREMES_MOVE,
    ZERO_STAYS_ZERO
  }

  /** Columns: DF-QuAD, QuAD, Euler, QE, h-cat, Hbs, Mbs, Cbs. Y = yes, N = no, - = not applicable. */
  private static final String[][] TABLE = {
    {"STABILITY", "YYYYYYYY"},
    {"NEUTRALITY", "YNYYYYYY"},
    {"DIRECTIONALITY", "YYYYYYYY"},
    {"WEAKENING", "YYYYYYYY"},
    {"STRENGTHENING", "YYYY----"},
    {"BALANCE", "YNYY----"},
    {"MONOTONICITY", "YYYYYYYY"},
    {"RESILIENCE", "NNYYYYYY"},
    {"DUALITY", "YYNY----"},
    {"EXTREMES_MOVE", "YYNY----"},
    {"ZERO_STAYS_ZERO", "-----YYY"},
  };

  static Stream<Arguments> cells() {
    List<Arguments> out = new ArrayList<>();
    GradualSemantics[] cols = GradualSemantics.builtIns().toArray(new GradualSemantics[0]);
    for (String[] row : TABLE) {
      for (int c = 0; c < cols.length; c++) {
        char cell = row[1].charAt(c);
        if (cell != '-') {
          out.add(Arguments.of(Principle.valueOf(row[0]), cols[c], cell == 'Y'));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} holds={2}")
  @MethodSource("cells")
  void principleCell(Principle p, GradualSemantics sem, boolean holds) {
    String firstViolation = null;
    long violatingSeed = -1;
    for (long seed = 1; seed <= TRIALS && firstViolation == null; seed++) {
      long s = seed * 1_000_003L + p.ordinal() * 31L + GradualSemantics.builtIns().indexOf(sem);
      String v = violation(p, sem, s);
      if (v != null) {
        firstViolation = v;
        violatingSeed = s;
      }
    }
    if (holds && firstViolation != null) {
      fail("%s should hold for %s but fails with seed %d: %s", p, sem.id(), violatingSeed, firstViolation);
    }
    if (!holds && firstViolation == null) {
      fail("%s should fail for %s (semantics.md §4), but no counterexample in %d seeded trials", p, sem.id(),
          TRIALS);
    }
  }

  // ------------------------------------------------------------------ one trial

  static String violation(Principle p, GradualSemantics sem, long seed) {
    Rng r = new Rng(seed);
    switch (p) {
      case STABILITY:
        return stability(sem, r, seed);
      case NEUTRALITY:
        return neutrality(sem, r, seed);
      case DIRECTIONALITY:
        return directionality(sem, r, seed);
      case WEAKENING:
        return oneSided(sem, r, seed, true);
      case STRENGTHENING:
        return oneSided(sem, r, seed, false);
      case BALANCE:
        return balance(sem, r);
      case MONOTONICITY:
        return monotonicity(sem, r, seed);
      case RESILIENCE:
        return resilience(sem, r, seed);
      case DUALITY:
        return duality(sem, r);
      case EXTREMES_MOVE:
        return extremesMove(sem, r);
      case ZERO_STAYS_ZERO:
        return zeroStaysZero(sem, r, seed);
      default:
        throw new AssertionError(p);
    }
  }

  /** A random graph suited to the semantics: bipolar acyclic, or attack-only (cyclic for every other seed). */
  static BipolarGraph randomGraph(GradualSemantics sem, Rng r, long seed) {
    int n = 3 + r.nextInt(22);
    if (sem.isBipolar()) {
      return RandomGraphs.bipolar(seed, n, 0.5 + 2 * r.nextDouble(), 0.5, true, false);
    }
    return RandomGraphs.bipolar(seed, n, 0.5 + 2 * r.nextDouble(), 0.0, seed % 2 == 0, false);
  }

  static double[] eval(GradualSemantics sem, BipolarGraph g) {
    Strengths s = sem.evaluate(g);
    assertThat(s.converged()).as("%s on %s", sem, g).isTrue();
    return s.toArray();
  }

  /** The base score the formula uses: h-categorizer takes every weight as 1. */
  static double effectiveBase(GradualSemantics sem, BipolarGraph g, int a) {
    return sem == H_CATEGORIZER ? 1.0 : g.baseScore(a);
  }

  static BipolarGraph.Builder copy(BipolarGraph g) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < g.size(); i++) {
      b.addArgument(g.label(i).orElseThrow(), g.baseScore(i));
    }
    for (int i = 0; i < g.size(); i++) {
      int[] at = g.attackers(i);
      double[] aw = g.attackWeights(i);
      for (int k = 0; k < at.length; k++) {
        b.addAttack(at[k], i, aw[k]);
      }
      int[] su = g.supporters(i);
      double[] sw = g.supportWeights(i);
      for (int k = 0; k < su.length; k++) {
        b.addSupport(su[k], i, sw[k]);
      }
    }
    return b;
  }

  private static String stability(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    double[] s = eval(sem, g);
    for (int a = 0; a < g.size(); a++) {
      if (g.attackers(a).length == 0 && g.supporters(a).length == 0
          && Math.abs(s[a] - effectiveBase(sem, g, a)) > 1e-15) {
        return "leaf " + g.label(a).orElseThrow() + " base " + g.baseScore(a) + " got " + s[a];
      }
    }
    return null;
  }

  private static String neutrality(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    double[] before = eval(sem, g);
    int y = r.nextInt(g.size());
    BipolarGraph.Builder b = copy(g);
    // A parent of strength 0: a leaf with base 0 (h-categorizer ignores bases, so there the edge weight is 0).
    int z = b.addArgument("zero", sem == H_CATEGORIZER ? 1.0 : 0.0);
    double w = sem == H_CATEGORIZER ? 0.0 : 1.0;
    boolean support = sem.isBipolar() && r.chance(0.5);
    if (support) {
      b.addSupport(z, y, w);
    } else {
      b.addAttack(z, y, w);
    }
    double[] after = eval(sem, b.build());
    for (int a = 0; a < g.size(); a++) {
      if (Math.abs(after[a] - before[a]) > EPS) {
        return "adding a zero " + (support ? "supporter" : "attacker") + " to " + g.label(y).orElseThrow() + " moved "
            + g.label(a).orElseThrow() + " from " + before[a] + " to " + after[a];
      }
    }
    return null;
  }

  private static String directionality(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    int n = g.size();
    int x = r.nextInt(n);
    int y = r.nextInt(n);
    if (g.isAcyclic()) {
      if (x == y) {
        return null;
      }
      if (x > y) {
        int t = x;
        x = y;
        y = t; // the generator orients edges low to high, so this keeps the graph acyclic
      }
    }
    for (int p : g.attackers(y)) {
      if (p == x) {
        return null;
      }
    }
    for (int p : g.supporters(y)) {
      if (p == x) {
        return null;
      }
    }
    double[] before = eval(sem, g);
    BipolarGraph.Builder b = copy(g);
    if (sem.isBipolar() && r.chance(0.5)) {
      b.addSupport(x, y);
    } else {
      b.addAttack(x, y);
    }
    BipolarGraph g2 = b.build();
    double[] after = eval(sem, g2);
    boolean[] reach = reachableFrom(g2, y);
    double tol = g.isAcyclic() ? EPS : 1e-9; // iterated values stop at slightly different sweeps
    for (int a = 0; a < n; a++) {
      if (!reach[a] && Math.abs(after[a] - before[a]) > tol) {
        return "edge " + g.label(x).orElseThrow() + "->" + g.label(y).orElseThrow() + " moved " + g.label(a).orElseThrow() + " (not reachable from "
            + g.label(y).orElseThrow() + ") from " + before[a] + " to " + after[a];
      }
    }
    return null;
  }

  static boolean[] reachableFrom(BipolarGraph g, int start) {
    int n = g.size();
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int p : g.attackers(i)) {
        out.get(p).add(i);
      }
      for (int p : g.supporters(i)) {
        out.get(p).add(i);
      }
    }
    boolean[] seen = new boolean[n];
    ArrayDeque<Integer> q = new ArrayDeque<>();
    seen[start] = true;
    q.add(start);
    while (!q.isEmpty()) {
      for (int c : out.get(q.poll())) {
        if (!seen[c]) {
          seen[c] = true;
          q.add(c);
        }
      }
    }
    return seen;
  }

  /** Weakening (attackers only) or strengthening (supporters only). */
  private static String oneSided(GradualSemantics sem, Rng r, long seed, boolean attackers) {
    BipolarGraph g = randomGraph(sem, r, seed);
    double[] s = eval(sem, g);
    for (int a = 0; a < g.size(); a++) {
      int[] main = attackers ? g.attackers(a) : g.supporters(a);
      int[] other = attackers ? g.supporters(a) : g.attackers(a);
      double w = effectiveBase(sem, g, a);
      boolean interior = sem == H_CATEGORIZER || (w > 0 && w < 1);
      boolean somePositive = false;
      for (int p : main) {
        somePositive |= s[p] > 0;
      }
      if (other.length == 0 && somePositive && interior) {
        if (attackers ? !(s[a] < w) : !(s[a] > w)) {
          return g.label(a).orElseThrow() + " base " + w + " with " + (attackers ? "attackers" : "supporters") + " only got "
              + s[a];
        }
      }
    }
    return null;
  }

  private static String balance(GradualSemantics sem, Rng r) {
    double w = r.interior();
    int k = 1 + r.nextInt(3);
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      v[i] = r.score();
    }
    BipolarGraph.Builder b = BipolarGraph.builder();
    int y = b.addArgument("y", w);
    for (int i = 0; i < k; i++) {
      b.addAttack(b.addArgument("att" + i, v[i]), y);
    }
    for (int i = k - 1; i >= 0; i--) {
      b.addSupport(b.addArgument("sup" + i, v[i]), y);
    }
    double s = eval(sem, b.build())[y];
    return Math.abs(s - w) > EPS ? "equal attackers and supporters " + java.util.Arrays.toString(v) + " moved "
        + w + " to " + s : null;
  }

  private static String monotonicity(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    int y = r.nextInt(g.size());
    boolean support = sem.isBipolar() && r.chance(0.5);
    double lo = r.interior();
    double hi = r.interior();
    if (lo > hi) {
      double t = lo;
      lo = hi;
      hi = t;
    }
    int weakAttackers = 1 + r.nextInt(3); // h-categorizer: strength 1/(1+t) falls with t fresh attackers
    double[] weak = withParent(sem, g, y, support, lo, weakAttackers);
    double[] strong = withParent(sem, g, y, support, hi, weakAttackers - 1);
    int x = g.size();
    if (!(weak[x] <= strong[x])) {
      throw new AssertionError("test setup: parent strengths " + weak[x] + " vs " + strong[x]);
    }
    boolean ok = support ? strong[y] >= weak[y] - EPS : strong[y] <= weak[y] + EPS;
    return ok ? null : "a stronger " + (support ? "supporter" : "attacker") + " (" + weak[x] + " -> "
        + strong[x] + ") moved " + g.label(y).orElseThrow() + " from " + weak[y] + " to " + strong[y];
  }

  /** g plus a fresh parent x of y (index g.size()); for h-categorizer x has {@code attackersOfX} attackers. */
  private static double[] withParent(
      GradualSemantics sem, BipolarGraph g, int y, boolean support, double base, int attackersOfX) {
    BipolarGraph.Builder b = copy(g);
    int x = b.addArgument("x", base);
    if (sem == H_CATEGORIZER) {
      for (int i = 0; i < attackersOfX; i++) {
        b.addAttack(b.addArgument("x-attacker" + i, 1.0), x);
      }
    }
    if (support) {
      b.addSupport(x, y);
    } else {
      b.addAttack(x, y);
    }
    return eval(sem, b.build());
  }

  private static String resilience(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    double[] s = eval(sem, g);
    for (int a = 0; a < g.size(); a++) {
      double w = effectiveBase(sem, g, a);
      boolean applies = sem == H_CATEGORIZER || (w > 0 && w < 1);
      boolean inside = sem == H_CATEGORIZER ? s[a] > 0 && s[a] <= 1 : s[a] > 0 && s[a] < 1; // h-cat: (0, 1]
      if (applies && !inside) {
        return g.label(a).orElseThrow() + " base " + w + " reached the extreme " + s[a];
      }
    }
    return null;
  }

  private static String duality(GradualSemantics sem, Rng r) {
    double w = r.score();
    int na = r.nextInt(4);
    int ns = r.nextInt(4);
    double[] pa = new double[na];
    double[] ps = new double[ns];
    for (int i = 0; i < na; i++) {
      pa[i] = r.score();
    }
    for (int i = 0; i < ns; i++) {
      ps[i] = r.score();
    }
    double s = star(sem, w, pa, ps);
    double d = star(sem, 1 - w, ps, pa);
    return Math.abs(d - (1 - s)) > EPS ? "base " + w + ", attackers " + java.util.Arrays.toString(pa)
        + ", supporters " + java.util.Arrays.toString(ps) + ": " + s + " but the dual gives " + d : null;
  }

  /** Strength of y with leaf attackers / supporters of the given strengths. */
  static double star(GradualSemantics sem, double w, double[] attackers, double[] supporters) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    int y = b.addArgument("y", w);
    for (double v : attackers) {
      b.addAttack(b.addArgument(v), y);
    }
    for (double v : supporters) {
      b.addSupport(b.addArgument(v), y);
    }
    return eval(sem, b.build())[y];
  }

  private static String extremesMove(GradualSemantics sem, Rng r) {
    int k = 1 + r.nextInt(3);
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      v[i] = r.interior();
    }
    if (r.chance(0.5)) {
      double s = star(sem, 0.0, new double[0], v);
      return s > 0 ? null : "base 0 with supporters " + java.util.Arrays.toString(v) + " stayed " + s;
    }
    double s = star(sem, 1.0, v, new double[0]);
    return s < 1 ? null : "base 1 with attackers " + java.util.Arrays.toString(v) + " stayed " + s;
  }

  private static String zeroStaysZero(GradualSemantics sem, Rng r, long seed) {
    BipolarGraph g = randomGraph(sem, r, seed);
    double[] s = eval(sem, g);
    for (int a = 0; a < g.size(); a++) {
      if (g.baseScore(a) == 0 && s[a] != 0) {
        return g.label(a) + " has weight 0 but strength " + s[a];
      }
    }
    return null;
  }
}
