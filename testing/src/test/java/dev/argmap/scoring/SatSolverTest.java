package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.internal.dung.SatSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in CDCL solver against truth tables on random small formulas. */
class SatSolverTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithTruthTables(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = 1 + r.nextInt(12);
    int m = r.nextInt(6 * n + 1);
    List<int[]> clauses = randomClauses(r, n, m);
    SatSolver s = new SatSolver();
    for (int v = 0; v < n; v++) {
      s.newVar();
    }
    // Add half the clauses, solve, then the rest (incremental use).
    for (int i = 0; i < m / 2; i++) {
      s.addClause(clauses.get(i));
    }
    assertThat(s.solve()).as("seed %d half", seed).isEqualTo(countModels(n, clauses.subList(0, m / 2), 0) > 0);
    for (int i = m / 2; i < m; i++) {
      s.addClause(clauses.get(i));
    }
    int models = countModels(n, clauses, 0);
    boolean sat = s.solve();
    assertThat(sat).as("seed %d", seed).isEqualTo(models > 0);
    if (sat) {
      assertThat(satisfies(s, n, clauses)).as("seed %d: model satisfies", seed).isTrue();
    }
    // Assumptions: a random literal set.
    int k = r.nextInt(Math.min(n, 4) + 1);
    int[] assumptions = new int[k];
    int fixedMask = 0;
    int fixedValue = 0;
    for (int i = 0; i < k; i++) {
      int v = 1 + r.nextInt(n);
      boolean pos = r.chance(0.5);
      assumptions[i] = pos ? v : -v;
    }
    boolean consistent = true;
    for (int lit : assumptions) {
      int bit = 1 << (Math.abs(lit) - 1);
      int val = lit > 0 ? bit : 0;
      if ((fixedMask & bit) != 0 && (fixedValue & bit) != val) {
        consistent = false;
      }
      fixedMask |= bit;
      fixedValue |= val;
    }
    boolean expected = consistent && countModels(n, clauses, fixedMask, fixedValue) > 0;
    boolean got = s.solve(assumptions);
    assertThat(got).as("seed %d under assumptions", seed).isEqualTo(expected);
    if (got) {
      for (int lit : assumptions) {
        assertThat(s.modelValue(Math.abs(lit))).isEqualTo(lit > 0);
      }
    }
    // Model counting by blocking clauses.
    int count = 0;
    while (s.solve()) {
      count++;
      assertThat(satisfies(s, n, clauses)).isTrue();
      int[] block = new int[n];
      for (int v = 1; v <= n; v++) {
        block[v - 1] = s.modelValue(v) ? -v : v;
      }
      if (!s.addClause(block)) {
        break;
      }
    }
    assertThat(count).as("seed %d model count", seed).isEqualTo(models);
    // The same count with the short blocking clauses made of the decisions: each model exactly once.
    SatSolver t = new SatSolver();
    for (int v = 0; v < n; v++) {
      t.newVar();
    }
    for (int[] c : clauses) {
      t.addClause(c);
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    while (t.solve()) {
      assertThat(satisfies(t, n, clauses)).isTrue();
      int mask = 0;
      for (int v = 1; v <= n; v++) {
        mask |= t.modelValue(v) ? 1 << (v - 1) : 0;
      }
      assertThat(seen.add(mask)).as("seed %d: model %s found twice", seed, mask).isTrue();
      int[] block = t.blockingClause();
      assertThat(block.length).isLessThanOrEqualTo(n);
      if (!t.addClause(block, block.length)) {
        break;
      }
    }
    assertThat(seen).as("seed %d model count by decisions", seed).hasSize(models);
  }

  /**
   * The continued search ({@code solveAndKeep}, then {@code solveBlocking} with the negation of each model): every
   * model of a random formula exactly once, the count that of the truth table, and the formula unsatisfiable
   * once they are all blocked.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void continuedSearchFindsEveryModelOnce(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 31 + 7);
    int n = 1 + r.nextInt(12);
    List<int[]> clauses = randomClauses(r, n, r.nextInt(5 * n + 1));
    SatSolver s = solverWith(n, clauses);
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    int[] block = new int[n];
    boolean more = s.solveAndKeep();
    while (more) {
      assertThat(satisfies(s, n, clauses)).as("seed %d: model satisfies", seed).isTrue();
      int mask = 0;
      for (int v = 1; v <= n; v++) {
        mask |= s.modelValue(v) ? 1 << (v - 1) : 0;
        block[v - 1] = s.modelValue(v) ? -v : v;
      }
      assertThat(seen.add(mask)).as("seed %d: model %s found twice", seed, mask).isTrue();
      more = s.solveBlocking(block, n);
    }
    assertThat(seen).as("seed %d model count", seed).hasSize(countModels(n, clauses, 0));
    assertThat(s.solve()).as("seed %d: every model blocked", seed).isFalse();
  }

  /**
   * clingo's {@code --enum-mode=domRec}: with the first half of the variables decided first and always true,
   * each model the continued search finds is subset-maximal on them among the models not yet blocked, so blocking
   * each one's subsets ("one of the variables false in it is true") yields exactly the maximal true-sets of the
   * formula, each once.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void continuedSearchWithTheDomainHeuristicFindsTheMaximalModels(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 53 + 11);
    int n = 2 + r.nextInt(11);
    int keys = (n + 1) / 2;
    List<int[]> clauses = randomClauses(r, n, r.nextInt(4 * n + 1));
    SatSolver s = solverWith(n, clauses);
    for (int v = 1; v <= keys; v++) {
      s.setDecision(v, 1, true);
    }
    // the true-sets on the keys of all models, and the maximal ones among them
    java.util.Set<Integer> projections = new java.util.HashSet<>();
    for (int a = 0; a < (1 << n); a++) {
      if (satisfiesAll(a, clauses)) {
        projections.add(a & ((1 << keys) - 1));
      }
    }
    java.util.Set<Integer> maximal = new java.util.HashSet<>();
    for (int p : projections) {
      boolean isMax = true;
      for (int q : projections) {
        isMax &= q == p || (q & p) != p;
      }
      if (isMax) {
        maximal.add(p);
      }
    }
    List<Integer> found = new ArrayList<>();
    int[] block = new int[keys];
    boolean more = s.solveAndKeep();
    while (more) {
      assertThat(satisfies(s, n, clauses)).as("seed %d: model satisfies", seed).isTrue();
      int mask = 0;
      int w = 0;
      for (int v = 1; v <= keys; v++) {
        if (s.modelValue(v)) {
          mask |= 1 << (v - 1);
        } else {
          block[w++] = v;
        }
      }
      found.add(mask);
      if (w == 0) {
        break; // every key true: nothing else is maximal
      }
      more = s.solveBlocking(block, w);
    }
    assertThat(found).as("seed %d: no duplicates", seed).doesNotHaveDuplicates();
    assertThat(new java.util.HashSet<>(found)).as("seed %d: the maximal models", seed).isEqualTo(maximal);
  }

  private static List<int[]> randomClauses(RandomGraphs.Rng r, int n, int m) {
    List<int[]> clauses = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      int len = 1 + r.nextInt(4);
      int[] c = new int[len];
      for (int j = 0; j < len; j++) {
        c[j] = (1 + r.nextInt(n)) * (r.chance(0.5) ? 1 : -1);
      }
      clauses.add(c);
    }
    return clauses;
  }

  private static SatSolver solverWith(int n, List<int[]> clauses) {
    SatSolver s = new SatSolver();
    for (int v = 0; v < n; v++) {
      s.newVar();
    }
    for (int[] c : clauses) {
      s.addClause(c);
    }
    return s;
  }

  private static boolean satisfiesAll(int a, List<int[]> clauses) {
    for (int[] c : clauses) {
      boolean ok = false;
      for (int lit : c) {
        ok |= ((a >> (Math.abs(lit) - 1)) & 1) == (lit > 0 ? 1 : 0);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Test
  void hardRandom3SatInstancesAreSolvedAndModelsChecked() {
    for (long seed = 1; seed <= 5; seed++) {
      RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
      int n = 150;
      List<int[]> clauses = new ArrayList<>();
      for (int i = 0; i < 4.0 * n; i++) { // below the 4.26 threshold: usually satisfiable, not trivial
        clauses.add(new int[] {lit(r, n), lit(r, n), lit(r, n)});
      }
      SatSolver s = new SatSolver();
      for (int v = 0; v < n; v++) {
        s.newVar();
      }
      for (int[] c : clauses) {
        s.addClause(c);
      }
      if (s.solve()) {
        assertThat(satisfies(s, n, clauses)).isTrue();
      }
    }
  }

  /**
   * Long incremental runs: enough conflicts that learnt clauses are reduced (and the clause store compacted)
   * several times, with later calls on the same solver still answering right. Pigeons into holes under an
   * activation literal: n + 1 pigeons do not fit into n holes, n pigeons fit in exactly n! ways. Also with the
   * learnt clauses reduced during the search, where the clauses that are reasons must stay.
   */
  @ParameterizedTest(name = "reduced between restarts: {0}")
  @ValueSource(booleans = {false, true})
  void answersStayRightAcrossLearntClauseReductions(boolean betweenRestarts) {
    int holes = 7;
    int pigeons = holes + 1;
    SatSolver s = new SatSolver();
    if (betweenRestarts) { // as the stable encoding runs: rare restarts, reductions in the middle of the search
      s.setRestartMargin(0.6);
      s.setReduceBetweenRestarts(true);
    }
    int[][] at = new int[pigeons][holes];
    for (int p = 0; p < pigeons; p++) {
      for (int h = 0; h < holes; h++) {
        at[p][h] = s.newVar();
      }
    }
    int lastPigeonNeedsAHole = s.newVar();
    List<int[]> clauses = new ArrayList<>();
    for (int p = 0; p < pigeons; p++) {
      int[] somewhere = new int[p == pigeons - 1 ? holes + 1 : holes];
      for (int h = 0; h < holes; h++) {
        somewhere[h] = at[p][h];
      }
      if (p == pigeons - 1) {
        somewhere[holes] = -lastPigeonNeedsAHole;
      }
      clauses.add(somewhere);
    }
    for (int h = 0; h < holes; h++) {
      for (int p = 0; p < pigeons; p++) {
        for (int q = p + 1; q < pigeons; q++) {
          clauses.add(new int[] {-at[p][h], -at[q][h]});
        }
      }
    }
    for (int[] c : clauses) {
      s.addClause(c);
    }
    int n = lastPigeonNeedsAHole;
    assertThat(s.solve(lastPigeonNeedsAHole)).isFalse();
    // The store starts at 2,000 learnt clauses: past 4,000 conflicts it has been reduced at least twice (the
    // rarer restarts of the second run need fewer conflicts for this formula, about 4,900).
    assertThat(s.conflicts()).as("enough conflicts to reduce the learnt clauses")
        .isGreaterThan(betweenRestarts ? 4_000 : 5_000);
    assertThat(s.isOk()).isTrue();
    assertThat(s.solve()).isTrue();
    assertThat(satisfies(s, n, clauses)).isTrue();
    assertThat(s.solve(lastPigeonNeedsAHole)).isFalse();

    // Every placement of the first `holes` pigeons, each once: the blocking clauses and the learnt clauses of
    // the hard call above live side by side in the store.
    int[] lastPigeonOut = new int[holes + 1];
    for (int h = 0; h < holes; h++) {
      lastPigeonOut[h] = -at[pigeons - 1][h];
    }
    lastPigeonOut[holes] = -lastPigeonNeedsAHole;
    java.util.Set<String> placements = new java.util.HashSet<>();
    while (s.solve(lastPigeonOut)) {
      assertThat(satisfies(s, n, clauses)).isTrue();
      StringBuilder placement = new StringBuilder();
      for (int p = 0; p < pigeons - 1; p++) {
        for (int h = 0; h < holes; h++) {
          if (s.modelValue(at[p][h])) {
            placement.append(p).append('>').append(h).append(' ');
          }
        }
      }
      assertThat(placements.add(placement.toString())).as("placement %s found twice", placement).isTrue();
      int[] block = s.blockingClause();
      if (!s.addClause(block, block.length)) {
        break;
      }
    }
    int factorial = 1;
    for (int i = 2; i <= holes; i++) {
      factorial *= i;
    }
    assertThat(placements).hasSize(factorial);

    // The same placements by the continued search (solveAndKeep, solveBlocking) on a fresh solver.
    SatSolver c = new SatSolver();
    for (int v = 0; v < n; v++) {
      c.newVar();
    }
    for (int[] clause : clauses) {
      c.addClause(clause);
    }
    c.addClause(-lastPigeonNeedsAHole);
    java.util.Set<String> again = new java.util.HashSet<>();
    int[] block = new int[n];
    boolean more = c.solveAndKeep();
    while (more) {
      assertThat(satisfies(c, n, clauses)).isTrue();
      StringBuilder placement = new StringBuilder();
      int w = 0;
      for (int p = 0; p < pigeons - 1; p++) {
        for (int h = 0; h < holes; h++) {
          if (c.modelValue(at[p][h])) {
            placement.append(p).append('>').append(h).append(' ');
            block[w++] = -at[p][h];
          }
        }
      }
      assertThat(again.add(placement.toString())).as("placement %s found twice", placement).isTrue();
      more = c.solveBlocking(block, w);
    }
    assertThat(again).isEqualTo(placements);
  }

  /**
   * The restart margin changes only when the search restarts: below-threshold random 3-SAT (hundreds of conflicts,
   * so many restarts) gets the same answers under every margin, and each model is checked.
   */
  @Test
  void restartMarginKeepsAnswersAndRejectsValuesOutsideItsRange() {
    for (double k : new double[] {0.5, 0.7, 1.0}) {
      for (long seed = 1; seed <= 5; seed++) {
        RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
        int n = 150;
        List<int[]> clauses = new ArrayList<>();
        for (int i = 0; i < 4.0 * n; i++) {
          clauses.add(new int[] {lit(r, n), lit(r, n), lit(r, n)});
        }
        SatSolver s = new SatSolver();
        s.setRestartMargin(k);
        SatSolver reference = new SatSolver();
        for (int v = 0; v < n; v++) {
          s.newVar();
          reference.newVar();
        }
        for (int[] c : clauses) {
          s.addClause(c);
          reference.addClause(c);
        }
        boolean sat = s.solve();
        assertThat(sat).as("margin %s seed %d", k, seed).isEqualTo(reference.solve());
        if (sat) {
          assertThat(satisfies(s, n, clauses)).isTrue();
        }
      }
    }
    SatSolver s = new SatSolver();
    for (double bad : new double[] {0, -0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> s.setRestartMargin(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void lubySequence() {
    long[] expected = {1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8};
    for (int i = 0; i < expected.length; i++) {
      assertThat(SatSolver.luby(i)).isEqualTo(expected[i]);
    }
  }

  private static int lit(RandomGraphs.Rng r, int n) {
    return (1 + r.nextInt(n)) * (r.chance(0.5) ? 1 : -1);
  }

  private static boolean satisfies(SatSolver s, int n, List<int[]> clauses) {
    for (int[] c : clauses) {
      boolean ok = false;
      for (int lit : c) {
        ok |= s.modelValue(Math.abs(lit)) == lit > 0;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int countModels(int n, List<int[]> clauses, int unused) {
    return countModels(n, clauses, 0, 0);
  }

  private static int countModels(int n, List<int[]> clauses, int fixedMask, int fixedValue) {
    int count = 0;
    for (int a = 0; a < (1 << n); a++) {
      if ((a & fixedMask) != fixedValue) {
        continue;
      }
      boolean all = true;
      for (int[] c : clauses) {
        boolean ok = false;
        for (int lit : c) {
          int v = Math.abs(lit) - 1;
          ok |= ((a >> v) & 1) == (lit > 0 ? 1 : 0);
        }
        if (!ok) {
          all = false;
          break;
        }
      }
      if (all) {
        count++;
      }
    }
    return count;
  }
}
