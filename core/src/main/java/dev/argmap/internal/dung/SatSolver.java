package dev.argmap.internal.dung;

import dev.argmap.internal.graph.Csr;
import java.util.Arrays;

/**
 * A small incremental CDCL SAT solver used by the Dung reasoner: two watched literals, first-UIP learning with
 * clause minimisation, VSIDS with phase saving, Luby restarts, learnt-clause reduction by LBD, solving under
 * assumptions, and enumeration that continues the search after each model ({@link #solveBlocking}). Iterative
 * throughout (no recursion), primitive arrays only.
 *
 * <p>Variables are numbered from 1; a literal is {@code +v} or {@code -v} as in DIMACS. Clauses may be added
 * between calls to {@link #solve(int[])}. Not thread-safe.
 */
public final class SatSolver {
  /** Thrown when the deadline passes during a search; the solver stays usable. */
  public static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitReached() {
      super("SAT search deadline reached", null, false, false);
    }
  }

  private static final int UNDEF = 0;
  private static final int TRUE = 1;
  private static final int FALSE = -1;
  private static final int SAT = 1;
  private static final int UNSAT = 2;
  private static final int UNKNOWN = 3;

  private int nVars;
  private byte[] assign = new byte[16]; // per var: 0 undef, 1 true, 2 false
  private byte[] litValue = new byte[32]; // per literal: TRUE, FALSE or UNDEF, kept in step with assign
  private int[] level = new int[16];
  private int[] reason = new int[16];
  private boolean[] phase = new boolean[16];
  /** Per var: decide with {@link #phase} always, not with the value it last had (no phase saving). */
  private boolean[] phaseFixed = new boolean[16];
  /** Whether {@link #phaseFixed} holds; off, every variable has phase saving. */
  private boolean fixedPhases = true;
  /** Per var: variables of higher priority are decided first, whatever their activity. */
  private int[] priority = new int[16];
  private boolean[] seen = new boolean[16];
  private double[] activity = new double[16];
  private int[] heap = new int[16];
  private int[] heapIndex = new int[16];
  private int heapSize;
  private double varInc = 1.0;

  private int[] trail = new int[16];
  private int trailSize;
  private int qhead;
  private int[] trailLim = new int[16];
  private int decisionLevel;

  /**
   * Every clause in one flat array: a clause is the offset of its header, {@link #HEADER} ints (size; flags
   * with the LBD; activity as the two halves of a double) followed by its literals. Propagation reads a clause
   * from the array it already holds, with no load of a per-clause array object and its header, and clauses
   * attached one after another lie next to each other in memory.
   */
  private int[] arena = new int[1024];
  private int arenaSize;
  private int clauseCount;
  private int learntCount;
  private double clauseInc = 1.0;
  private int maxLearnts = 2000;
  /** Learnt clauses were marked deleted during the search; the arena is compacted at the next restart. */
  private boolean compactPending;
  /** Whether learnt clauses are also reduced during the search, when full, not only at restarts. */
  private boolean reduceBetweenRestarts;
  private static final int HEADER = 4;
  private static final int SIZE = 0;
  private static final int FLAGS = 1;
  private static final int ACT_HI = 2;
  private static final int ACT_LO = 3;
  private static final int LEARNT = 1;
  private static final int DELETED = 2;
  private static final int LBD_SHIFT = 2;

  private int[][] watches = new int[32][];
  private int[] watchSize = new int[32];
  /**
   * Binary clauses apart from the others, per literal l: pairs (other literal, clause) of the clauses [l, other].
   * Most clauses of the Dung encodings are binary (conflict-freeness, attacker OUT); propagating them from these
   * lists reads neither the clause nor a blocker, and comes first, so the cheap implications are found first.
   */
  private int[][] binWatches = new int[32][];
  private int[] binSize = new int[32];

  private boolean ok = true;
  private boolean[] model;
  /** Whether the last search kept its model assigned for {@link #solveBlocking}. */
  private boolean kept;
  private static final int[] NO_ASSUMPTIONS = new int[0];
  private int[] lastDecisions = new int[0];
  private long conflicts;
  private long deadline = Long.MAX_VALUE;
  private boolean hasDeadline;
  private int[] levelStamp = new int[16];
  private int stamp;
  private final Csr.IntBuf learntBuf = new Csr.IntBuf(64);
  private final Csr.IntBuf toClear = new Csr.IntBuf(64);
  private int[] abstractLevelStack = new int[16];
  /** Moving averages of learnt-clause LBDs, fast and slow, for glucose-style restarts. */
  private double lbdFast;
  private double lbdSlow;
  /** Glucose's K: restart once the recent LBD average times this exceeds the long-run one (smaller: fewer). */
  private double restartMargin = 0.8;
  public static boolean lubyRestarts = Boolean.getBoolean("argmap.sat.luby");
  /**
   * With {@code -Dargmap.sat.stats=true} every solver adds its search counts to process-wide totals, printed to
   * stderr when the JVM exits: for comparing argmap's search with clingo's {@code --stats} (debugging only).
   */
  private static final boolean STATS = Boolean.getBoolean("argmap.sat.stats");
  private static final java.util.concurrent.atomic.AtomicLongArray TOTALS =
      new java.util.concurrent.atomic.AtomicLongArray(8);

  static {
    if (STATS) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
          "argmap.sat.stats: solves=%d conflicts=%d decisions=%d propagations=%d restarts=%d solveNanos=%d"
              + " watchVisits=%d clauseReads=%d%n",
          TOTALS.get(0), TOTALS.get(1), TOTALS.get(2), TOTALS.get(3), TOTALS.get(4), TOTALS.get(5),
          TOTALS.get(6), TOTALS.get(7))));
    }
  }

  private long decisions;
  private long propagations;
  private long restarts;
  /**
   * Long-clause watches looked at, and clauses read because their blocker was not true: the memory traffic of
   * propagation, which decides the cost of a conflict on the dense frameworks (counted always, printed with the
   * stats; deterministic, unlike times on a shared machine).
   */
  private long watchVisits;
  private long clauseReads;

  public SatSolver() {
    Arrays.fill(heapIndex, -1);
  }

  /** Creates a new variable and returns its number (from 1). */
  public int newVar() {
    int v = nVars++;
    if (v == assign.length) {
      int cap = Csr.grow(assign.length);
      assign = Arrays.copyOf(assign, cap);
      litValue = Arrays.copyOf(litValue, 2 * cap);
      abstractLevelStack = Arrays.copyOf(abstractLevelStack, cap);
      level = Arrays.copyOf(level, cap);
      reason = Arrays.copyOf(reason, cap);
      phase = Arrays.copyOf(phase, cap);
      phaseFixed = Arrays.copyOf(phaseFixed, cap);
      priority = Arrays.copyOf(priority, cap);
      seen = Arrays.copyOf(seen, cap);
      activity = Arrays.copyOf(activity, cap);
      heap = Arrays.copyOf(heap, cap);
      int old = heapIndex.length;
      heapIndex = Arrays.copyOf(heapIndex, cap);
      Arrays.fill(heapIndex, old, cap, -1);
      trail = Arrays.copyOf(trail, cap);
      trailLim = Arrays.copyOf(trailLim, cap + 1);
      levelStamp = Arrays.copyOf(levelStamp, cap + 1);
    }
    if (2 * nVars > watches.length) {
      int cap = Math.max(2 * nVars, Csr.grow(watches.length));
      watches = Arrays.copyOf(watches, cap);
      watchSize = Arrays.copyOf(watchSize, cap);
      binWatches = Arrays.copyOf(binWatches, cap);
      binSize = Arrays.copyOf(binSize, cap);
    }
    reason[v] = -1;
    heapInsert(v);
    return v + 1;
  }

  /**
   * Sets the value a variable is first tried with when the search decides it (later the last value it had, by
   * phase saving).
   */
  public void setPhase(int var, boolean value) {
    phase[var - 1] = value;
  }

  /**
   * Makes the search decide {@code var} before every variable of lower priority, and always with {@code value}
   * (no phase saving): the solver's version of clingo's domain heuristic {@code [level, sign]}.
   */
  public void setDecision(int var, int priorityLevel, boolean value) {
    int v = var - 1;
    priority[v] = priorityLevel;
    phase[v] = value;
    phaseFixed[v] = true;
    if (heapIndex[v] >= 0) {
      heapUp(heapIndex[v]);
      heapDown(heapIndex[v]);
    }
  }

  /**
   * Turns the fixed values of {@link #setDecision} into first values with phase saving (or back): when
   * enumerating many models, each search after a blocking clause goes faster from near the last model than from
   * the fixed values.
   */
  public void fixPhases(boolean fixed) {
    fixedPhases = fixed;
  }

  /**
   * Sets glucose's restart margin K (default 0.8): the search restarts when the recent learnt clauses' LBD
   * average, times K, exceeds the long-run average, so a smaller K restarts less often. Unless they are also
   * {@linkplain #setReduceBetweenRestarts reduced between restarts}, learnt clauses are reduced only at a restart,
   * so fewer restarts also keep more of them between reductions.
   *
   * @param k the margin, in (0, 1]
   */
  public void setRestartMargin(double k) {
    if (!(k > 0 && k <= 1)) {
      throw new IllegalArgumentException("restart margin must be in (0, 1]: " + k);
    }
    this.restartMargin = k;
  }

  /**
   * Also reduces the learnt clauses during the search, as soon as there are too many, instead of only at the next
   * restart (off by default). With a small {@link #setRestartMargin restart margin} the search restarts rarely,
   * and without this the clause store, and the cost of every propagation, would grow between restarts.
   */
  public void setReduceBetweenRestarts(boolean on) {
    this.reduceBetweenRestarts = on;
  }

  public int numVars() {
    return nVars;
  }

  public long conflicts() {
    return conflicts;
  }

  /** Sets the wall-clock deadline ({@link System#nanoTime()} value) or clears it with {@code Long.MAX_VALUE}. */
  public void setDeadline(long nanoTime) {
    this.deadline = nanoTime;
    this.hasDeadline = nanoTime != Long.MAX_VALUE;
  }

  /** Whether the clauses added so far are still satisfiable as far as known (false once proved unsatisfiable). */
  public boolean isOk() {
    return ok;
  }

  /**
   * Adds a clause (DIMACS literals). Returns false if the formula became unsatisfiable at the top level.
   */
  public boolean addClause(int... dimacs) {
    return addClause(dimacs, dimacs.length);
  }

  public boolean addClause(int[] dimacs, int len) {
    if (kept) { // clauses are added at level 0: drop a model kept for solveBlocking
      cancelUntil(0);
      kept = false;
    }
    if (!ok) {
      return false;
    }
    int[] lits = new int[len];
    for (int i = 0; i < len; i++) {
      int d = dimacs[i];
      int v = Math.abs(d) - 1;
      if (d == 0 || v >= nVars) {
        throw new IllegalArgumentException("literal " + d + " names no variable (have " + nVars + ")");
      }
      lits[i] = 2 * v + (d < 0 ? 1 : 0);
    }
    Arrays.sort(lits);
    int w = 0;
    for (int i = 0; i < len; i++) {
      int l = lits[i];
      if (w > 0 && lits[w - 1] == l) {
        continue;
      }
      if (w > 0 && lits[w - 1] == (l ^ 1)) {
        return true; // tautology
      }
      int val = value(l);
      if (val == TRUE) {
        return true; // satisfied at level 0
      }
      if (val == FALSE) {
        continue;
      }
      lits[w++] = l;
    }
    if (w == 0) {
      ok = false;
      return false;
    }
    if (w == 1) {
      enqueue(lits[0], -1);
      if (propagate() >= 0) {
        ok = false;
      }
      return ok;
    }
    attach(lits, w, false, 0);
    return true;
  }

  /**
   * Solves under assumptions (DIMACS literals, may be empty). Returns true if satisfiable; then
   * {@link #modelValue(int)} reads the model.
   *
   * @throws LimitReached if the deadline passes
   */
  public boolean solve(int... assumptions) {
    kept = false;
    if (!ok) {
      return false;
    }
    cancelUntil(0);
    int[] assumps = new int[assumptions.length];
    for (int i = 0; i < assumptions.length; i++) {
      int d = assumptions[i];
      int v = Math.abs(d) - 1;
      if (d == 0 || v >= nVars) {
        throw new IllegalArgumentException("assumption " + d + " names no variable");
      }
      assumps[i] = 2 * v + (d < 0 ? 1 : 0);
    }
    return run(assumps, false);
  }

  /**
   * Like {@link #solve(int...)} without assumptions, but a model found stays assigned, so that {@link
   * #solveBlocking} can continue the same search from it instead of starting again from the top.
   *
   * @throws LimitReached if the deadline passes
   */
  public boolean solveAndKeep() {
    kept = false;
    if (!ok) {
      return false;
    }
    cancelUntil(0);
    return run(NO_ASSUMPTIONS, true);
  }

  /**
   * Adds a clause that the model of the last {@link #solveAndKeep} or {@link #solveBlocking} violates (every
   * literal false in it) and continues that search for another model, keeping the model found again. The search
   * backjumps only as far as the clause needs, as a CDCL solver does with a learnt clause: to the second-highest
   * decision level among its literals, where it propagates its highest literal (to one level below the highest
   * when two literals share it), so the decisions below that level are not made again. The models found this way
   * are the models of the clauses so far, each once; with clingo's {@code --enum-mode=domRec} and a domain
   * heuristic that decides some variables first and always true ({@link #setDecision}), every model is a
   * subset-maximal one on those variables among the models of the clauses so far, as it is from the top.
   *
   * @return true if there is another model; false if none is left (the clauses are then unsatisfiable)
   * @throws IllegalStateException if the last call did not keep a model
   * @throws IllegalArgumentException if a literal of the clause is not false in the model
   * @throws LimitReached if the deadline passes
   */
  public boolean solveBlocking(int[] dimacs, int len) {
    if (!kept) {
      throw new IllegalStateException("solveBlocking needs the model of solveAndKeep or solveBlocking");
    }
    kept = false;
    int[] lits = new int[len];
    int w = 0;
    for (int i = 0; i < len; i++) {
      int d = dimacs[i];
      int v = Math.abs(d) - 1;
      if (d == 0 || v >= nVars) {
        throw new IllegalArgumentException("literal " + d + " names no variable (have " + nVars + ")");
      }
      int l = 2 * v + (d < 0 ? 1 : 0);
      if (value(l) != FALSE) {
        for (int x = 0; x < w; x++) {
          seen[lits[x] >> 1] = false;
        }
        throw new IllegalArgumentException("literal " + d + " is not false in the last model");
      }
      // literals false at level 0 can never help satisfy it; a variable twice is the same literal twice, both
      // false (seen is all false outside conflict analysis)
      if (level[v] > 0 && !seen[v]) {
        seen[v] = true;
        lits[w++] = l;
      }
    }
    for (int x = 0; x < w; x++) {
      seen[lits[x] >> 1] = false;
    }
    if (w == 0) {
      cancelUntil(0);
      ok = false;
      return false;
    }
    // the literal of the highest level first, then the highest of the others: the two watches
    for (int x = 0; x < 2 && x < w; x++) {
      int best = x;
      for (int y = x + 1; y < w; y++) {
        if (level[lits[y] >> 1] > level[lits[best] >> 1]) {
          best = y;
        }
      }
      int t = lits[x];
      lits[x] = lits[best];
      lits[best] = t;
    }
    if (w == 1) {
      cancelUntil(0);
      enqueue(lits[0], -1);
    } else {
      int top = level[lits[0] >> 1];
      int second = level[lits[1] >> 1];
      if (second == top) {
        cancelUntil(top - 1); // two literals of the top level: both unassigned there, nothing to propagate yet
        attach(lits, w, false, 0);
      } else {
        cancelUntil(second);
        int c = attach(lits, w, false, 0);
        enqueue(lits[0], c);
      }
    }
    return run(NO_ASSUMPTIONS, true);
  }

  private boolean run(int[] assumps, boolean keep) {
    model = null;
    boolean sat = false;
    long startNanos = STATS ? System.nanoTime() : 0;
    long startConflicts = conflicts;
    long startDecisions = decisions;
    long startPropagations = propagations;
    long startRestarts = restarts;
    long startVisits = watchVisits;
    long startReads = clauseReads;
    try {
      for (int restart = 0; ; restart++) {
        int r = search(100L * luby(restart), assumps);
        if (r != UNKNOWN) {
          sat = r == SAT;
          return sat;
        }
        restarts++;
      }
    } finally {
      if (keep && sat) {
        kept = true;
      } else {
        cancelUntil(0);
      }
      if (STATS) {
        TOTALS.addAndGet(0, 1);
        TOTALS.addAndGet(1, conflicts - startConflicts);
        TOTALS.addAndGet(2, decisions - startDecisions);
        TOTALS.addAndGet(3, propagations - startPropagations);
        TOTALS.addAndGet(4, restarts - startRestarts);
        TOTALS.addAndGet(5, System.nanoTime() - startNanos);
        TOTALS.addAndGet(6, watchVisits - startVisits);
        TOTALS.addAndGet(7, clauseReads - startReads);
      }
    }
  }

  /**
   * A clause that the last model violates and every other model of the clauses so far satisfies: the negated
   * decisions (and assumptions) that led to it. Unit propagation from those decisions assigned every other
   * variable, so a model that agrees with them is this model; the clause is usually far shorter than one
   * naming every variable, which is what makes enumerating many models with it cheap.
   */
  public int[] blockingClause() {
    return lastDecisions.clone();
  }

  private void recordDecisions() {
    int count = 0;
    int[] lits = new int[decisionLevel];
    for (int l = 0; l < decisionLevel; l++) {
      int from = trailLim[l];
      int to = l + 1 < decisionLevel ? trailLim[l + 1] : trailSize;
      if (from < to) { // a level opened for an assumption that already held has no literal of its own
        int lit = trail[from];
        int v = (lit >> 1) + 1;
        lits[count++] = (lit & 1) == 0 ? -v : v;
      }
    }
    lastDecisions = Arrays.copyOf(lits, count);
  }

  /** The value of a variable in the last model. */
  public boolean modelValue(int var) {
    return model[var - 1];
  }

  private int search(long conflictBudget, int[] assumps) {
    if (learntCount - trailSize >= maxLearnts) {
      reduceDb(true);
    } else if (compactPending) {
      compact();
    }
    long runConflicts = 0;
    while (true) {
      int confl = propagate();
      if (confl >= 0) {
        conflicts++;
        runConflicts++;
        if (decisionLevel == 0) {
          ok = false;
          return UNSAT;
        }
        int bt = analyze(confl);
        cancelUntil(bt);
        int size = learntBuf.size;
        int clauseLbd = 1;
        if (size == 1) {
          enqueue(learntBuf.a[0], -1);
        } else {
          clauseLbd = computeLbd(learntBuf.a, size);
          int ci = attach(learntBuf.a, size, true, clauseLbd);
          enqueue(learntBuf.a[0], ci);
          if (reduceBetweenRestarts && learntCount >= maxLearnts) {
            // Full between restarts: reduce now rather than at the next restart, so that a search that restarts
            // rarely does not drag a growing clause store through every propagation.
            reduceDb(false);
          }
        }
        lbdFast += (clauseLbd - lbdFast) / 32.0;
        lbdSlow += (clauseLbd - lbdSlow) / 4096.0;
        varInc /= 0.95;
        clauseInc /= 0.999;
        if (hasDeadline && (conflicts & 127) == 0 && System.nanoTime() > deadline) {
          throw new LimitReached();
        }
      } else {
        boolean restart = lubyRestarts ? runConflicts >= conflictBudget
            // glucose: restart when the recent learnt clauses are clearly worse than the long-run average
            : runConflicts >= 50 && lbdFast * restartMargin > lbdSlow;
        if (restart) {
          cancelUntil(0);
          return UNKNOWN;
        }
        int next = -1;
        while (decisionLevel < assumps.length) {
          int p = assumps[decisionLevel];
          int val = value(p);
          if (val == TRUE) {
            newDecisionLevel();
          } else if (val == FALSE) {
            return UNSAT; // under the assumptions only; ok stays true
          } else {
            next = p;
            break;
          }
        }
        if (next < 0) {
          int v = pickBranchVar();
          if (v < 0) {
            model = new boolean[nVars];
            for (int i = 0; i < nVars; i++) {
              model[i] = assign[i] == 1;
            }
            recordDecisions();
            return SAT;
          }
          next = 2 * v + (phase[v] ? 0 : 1);
        }
        decisions++;
        newDecisionLevel();
        enqueue(next, -1);
      }
    }
  }

  private int value(int lit) {
    return litValue[lit];
  }

  private void enqueue(int lit, int from) {
    int v = lit >> 1;
    assign[v] = (byte) ((lit & 1) == 0 ? 1 : 2);
    litValue[lit] = TRUE;
    litValue[lit ^ 1] = FALSE;
    level[v] = decisionLevel;
    reason[v] = from;
    trail[trailSize++] = lit;
  }

  private void newDecisionLevel() {
    trailLim[decisionLevel++] = trailSize;
  }

  private void cancelUntil(int lvl) {
    if (decisionLevel <= lvl) {
      return;
    }
    int lim = trailLim[lvl];
    for (int i = trailSize - 1; i >= lim; i--) {
      int v = trail[i] >> 1;
      if (!phaseFixed[v] || !fixedPhases) {
        phase[v] = assign[v] == 1;
      }
      assign[v] = 0;
      litValue[2 * v] = UNDEF;
      litValue[2 * v + 1] = UNDEF;
      reason[v] = -1;
      if (heapIndex[v] < 0) {
        heapInsert(v);
      }
    }
    trailSize = lim;
    qhead = lim;
    decisionLevel = lvl;
  }

  /** Copies the first len literals of lits into the arena as a new clause; returns its offset. */
  private int attach(int[] lits, int len, boolean isLearnt, int clauseLbd) {
    int need = arenaSize + HEADER + len;
    if (need > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(need, Csr.grow(arena.length)));
    }
    int c = arenaSize;
    int[] a = arena;
    a[c + SIZE] = len;
    a[c + FLAGS] = (clauseLbd << LBD_SHIFT) | (isLearnt ? LEARNT : 0);
    a[c + ACT_HI] = 0; // 0.0
    a[c + ACT_LO] = 0;
    System.arraycopy(lits, 0, a, c + HEADER, len);
    arenaSize = need;
    clauseCount++;
    if (isLearnt) {
      learntCount++;
    }
    watchClause(c);
    return c;
  }

  private void watchClause(int c) {
    int[] a = arena;
    int l0 = a[c + HEADER];
    int l1 = a[c + HEADER + 1];
    if (a[c + SIZE] == 2) {
      watchBinary(l0, l1, c);
      watchBinary(l1, l0, c);
    } else {
      watch(l0, c, l1);
      watch(l1, c, l0);
    }
  }

  private boolean isLearnt(int c) {
    return (arena[c + FLAGS] & LEARNT) != 0;
  }

  private int lbdOf(int c) {
    return arena[c + FLAGS] >>> LBD_SHIFT;
  }

  private double activityOf(int c) {
    return Double.longBitsToDouble(((long) arena[c + ACT_HI] << 32) | (arena[c + ACT_LO] & 0xffffffffL));
  }

  private void setActivity(int c, double act) {
    long bits = Double.doubleToRawLongBits(act);
    arena[c + ACT_HI] = (int) (bits >>> 32);
    arena[c + ACT_LO] = (int) bits;
  }

  /** Records binary clause c = [lit, other]: when lit becomes false, other must be true. */
  private void watchBinary(int lit, int other, int c) {
    int[] w = binWatches[lit];
    int size = binSize[lit];
    if (w == null) {
      w = new int[8];
      binWatches[lit] = w;
    } else if (size + 2 > w.length) {
      w = Arrays.copyOf(w, w.length * 2);
      binWatches[lit] = w;
    }
    w[size] = other;
    w[size + 1] = c;
    binSize[lit] = size + 2;
  }

  /**
   * Watches clause c on lit, with a blocker: another literal of c; while the blocker is true the clause is
   * satisfied and propagation skips it without reading the clause.
   */
  private void watch(int lit, int c, int blocker) {
    int[] w = watches[lit];
    int size = watchSize[lit];
    if (w == null) {
      w = new int[8];
      watches[lit] = w;
    } else if (size + 2 > w.length) {
      w = Arrays.copyOf(w, w.length * 2);
      watches[lit] = w;
    }
    w[size] = c;
    w[size + 1] = blocker;
    watchSize[lit] = size + 2;
  }

  /** Unit propagation; returns a conflicting clause or -1. */
  private int propagate() {
    byte[] val = litValue;
    int[] a = arena; // propagation attaches no clause, so the arena is not reallocated under it
    while (qhead < trailSize) {
      int p = trail[qhead++];
      propagations++;
      int falseLit = p ^ 1;
      int[] bins = binWatches[falseLit];
      if (bins != null) {
        int bn = binSize[falseLit];
        for (int i = 0; i < bn; i += 2) {
          int other = bins[i];
          byte v = val[other];
          if (v == TRUE) {
            continue;
          }
          if (v == FALSE) {
            qhead = trailSize;
            return bins[i + 1];
          }
          enqueue(other, bins[i + 1]);
        }
      }
      int[] ws = watches[falseLit];
      int n = watchSize[falseLit];
      if (ws == null || n == 0) {
        continue;
      }
      int i = 0;
      int j = 0;
      watchVisits += n >> 1;
      while (i < n) {
        int c = ws[i];
        int blocker = ws[i + 1];
        i += 2;
        if (val[blocker] == TRUE) {
          ws[j++] = c;
          ws[j++] = blocker;
          continue;
        }
        clauseReads++;
        int base = c + HEADER;
        if (a[base] == falseLit) {
          a[base] = a[base + 1];
          a[base + 1] = falseLit;
        }
        int first = a[base];
        if (first != blocker && val[first] == TRUE) {
          ws[j++] = c;
          ws[j++] = first;
          continue;
        }
        boolean moved = false;
        for (int k = base + 2, end = base + a[c + SIZE]; k < end; k++) {
          int l = a[k];
          if (val[l] != FALSE) {
            a[base + 1] = l;
            a[k] = falseLit;
            watch(l, c, first);
            moved = true;
            break;
          }
        }
        if (moved) {
          continue;
        }
        ws[j++] = c;
        ws[j++] = first;
        if (val[first] == FALSE) {
          while (i < n) {
            ws[j++] = ws[i++];
          }
          watchSize[falseLit] = j;
          qhead = trailSize;
          return c;
        }
        enqueue(first, c);
      }
      watchSize[falseLit] = j;
    }
    return -1;
  }

  /** First-UIP analysis into {@link #learntBuf}; returns the backjump level. */
  private int analyze(int confl) {
    Csr.IntBuf out = learntBuf;
    out.size = 0;
    out.add(-1);
    int pathC = 0;
    int p = -1;
    int idx = trailSize - 1;
    do {
      if (isLearnt(confl)) {
        bumpClause(confl);
      }
      int[] c = arena;
      int impliedVar = p == -1 ? -1 : p >> 1;
      for (int j = confl + HEADER, end = j + c[confl + SIZE]; j < end; j++) {
        int q = c[j];
        int v = q >> 1;
        if (v != impliedVar && !seen[v] && level[v] > 0) {
          bumpVar(v);
          seen[v] = true;
          if (level[v] >= decisionLevel) {
            pathC++;
          } else {
            out.add(q);
          }
        }
      }
      while (!seen[trail[idx] >> 1]) {
        idx--;
      }
      p = trail[idx];
      idx--;
      confl = reason[p >> 1];
      seen[p >> 1] = false;
      pathC--;
    } while (pathC > 0);
    out.a[0] = p ^ 1;

    // Minimisation: drop a literal implied by other literals of the clause (recursively, through reasons).
    toClear.size = 0;
    int levels = 0;
    for (int i = 1; i < out.size; i++) {
      toClear.add(out.a[i]);
      levels |= abstractLevel(out.a[i] >> 1);
    }
    int w = 1;
    for (int i = 1; i < out.size; i++) {
      int q = out.a[i];
      if (reason[q >> 1] < 0 || !redundant(q, levels)) {
        out.a[w++] = q;
      }
    }
    out.size = w;
    for (int i = 0; i < toClear.size; i++) {
      seen[toClear.a[i] >> 1] = false;
    }

    if (out.size == 1) {
      return 0;
    }
    int maxI = 1;
    for (int i = 2; i < out.size; i++) {
      if (level[out.a[i] >> 1] > level[out.a[maxI] >> 1]) {
        maxI = i;
      }
    }
    int t = out.a[1];
    out.a[1] = out.a[maxI];
    out.a[maxI] = t;
    return level[out.a[1] >> 1];
  }

  private int abstractLevel(int v) {
    return 1 << (level[v] & 31);
  }

  /**
   * Whether literal p of a learnt clause follows from the clause's other literals: every path back through the
   * reasons ends in a literal of the clause ({@code seen}) or at level 0. Marks what it proves on the way.
   */
  private boolean redundant(int p, int levels) {
    int[] stack = abstractLevelStack;
    int top = 0;
    stack[top++] = p;
    int mark = toClear.size;
    while (top > 0) {
      int q = stack[--top];
      int qVar = q >> 1;
      int r = reason[qVar];
      int[] c = arena;
      for (int k = r + HEADER, end = k + c[r + SIZE]; k < end; k++) {
        int l = c[k];
        int v = l >> 1;
        if (v == qVar || seen[v] || level[v] == 0) {
          continue;
        }
        if (reason[v] >= 0 && (abstractLevel(v) & levels) != 0) {
          seen[v] = true;
          stack[top++] = l;
          toClear.add(l);
        } else {
          for (int t = mark; t < toClear.size; t++) {
            seen[toClear.a[t] >> 1] = false;
          }
          toClear.size = mark;
          return false;
        }
      }
    }
    return true;
  }

  private int computeLbd(int[] c, int len) {
    stamp++;
    int count = 0;
    for (int i = 0; i < len; i++) {
      int lv = level[c[i] >> 1];
      if (levelStamp[lv] != stamp) {
        levelStamp[lv] = stamp;
        count++;
      }
    }
    return count;
  }

  /**
   * Removes the worse half of the learnt clauses (by LBD, then activity; never those of LBD 2 or less, nor binary
   * ones). At level 0 ({@code atRoot}) the arena is compacted at once. During the search, where reasons point into
   * the arena, clauses are only marked deleted and left out of the rebuilt watch lists (a deleted clause stays
   * readable for conflict analysis), the clauses that are the reason of an assigned literal are kept, and the arena
   * is compacted at the next restart.
   */
  private void reduceDb(boolean atRoot) {
    if (atRoot) {
      cancelUntil(0);
    }
    int[] ids = new int[learntCount];
    int k = 0;
    int[] a = arena;
    for (int c = 0; c < arenaSize; c += HEADER + a[c + SIZE]) {
      if ((a[c + FLAGS] & (LEARNT | DELETED)) == LEARNT) {
        ids[k++] = c;
      }
    }
    // Sort learnt clauses by (lbd asc, activity desc) with a primitive-friendly key sort.
    long[] keys = new long[k];
    double maxAct = 0;
    for (int i = 0; i < k; i++) {
      maxAct = Math.max(maxAct, activityOf(ids[i]));
    }
    for (int i = 0; i < k; i++) {
      int c = ids[i];
      long actRank = maxAct == 0 ? 0 : (long) ((1.0 - activityOf(c) / maxAct) * 1_000_000);
      keys[i] = ((long) Math.min(lbdOf(c), 4000) << 44) | (actRank << 24) | i;
    }
    Arrays.sort(keys);
    for (int r = k / 2; r < k; r++) {
      int c = ids[(int) (keys[r] & 0xffffff)];
      if (lbdOf(c) > 2 && a[c + SIZE] > 2 && (atRoot || !isReason(c))) {
        a[c + FLAGS] |= DELETED;
        learntCount--;
      }
    }
    maxLearnts = (int) Math.min(Integer.MAX_VALUE / 2, maxLearnts * 1.1 + 100);
    if (atRoot) {
      compact();
    } else {
      // The watch lists always name the first two literals of each clause, so rebuilding them from the clauses
      // left keeps the two-watched-literal invariant at any level.
      rewatch();
      compactPending = true;
    }
  }

  /** Whether clause c is the reason of its first literal, which is then assigned true (it is locked). */
  private boolean isReason(int c) {
    int first = arena[c + HEADER];
    return litValue[first] == TRUE && reason[first >> 1] == c;
  }

  /** At level 0: drops the clauses marked deleted from the arena and rebuilds the watch lists. */
  private void compact() {
    cancelUntil(0);
    for (int i = 0; i < trailSize; i++) {
      reason[trail[i] >> 1] = -1; // level-0 facts need no reasons; lets clauses be compacted
    }
    int[] a = arena;
    // Compact in place: no reason points into the arena at level 0, so clauses may move.
    int w = 0;
    int kept = 0;
    int newLearnt = 0;
    for (int c = 0; c < arenaSize; ) {
      int len = HEADER + a[c + SIZE];
      if ((a[c + FLAGS] & DELETED) == 0) {
        if (w != c) {
          System.arraycopy(a, c, a, w, len);
        }
        if ((a[w + FLAGS] & LEARNT) != 0) {
          newLearnt++;
        }
        kept++;
        w += len;
      }
      c += len;
    }
    arenaSize = w;
    clauseCount = kept;
    learntCount = newLearnt;
    rewatch();
    compactPending = false;
  }

  /** Rebuilds every watch list from the clauses in the arena (skipping those marked deleted). */
  private void rewatch() {
    int[] a = arena;
    Arrays.fill(watchSize, 0);
    Arrays.fill(binSize, 0);
    for (int c = 0; c < arenaSize; c += HEADER + a[c + SIZE]) {
      if ((a[c + FLAGS] & DELETED) == 0) {
        watchClause(c);
      }
    }
  }

  private void bumpClause(int c) {
    double act = activityOf(c) + clauseInc;
    setActivity(c, act);
    if (act > 1e100) {
      for (int i = 0; i < arenaSize; i += HEADER + arena[i + SIZE]) {
        setActivity(i, activityOf(i) * 1e-100);
      }
      clauseInc *= 1e-100;
    }
  }

  private void bumpVar(int v) {
    activity[v] += varInc;
    if (activity[v] > 1e100) {
      for (int i = 0; i < nVars; i++) {
        activity[i] *= 1e-100;
      }
      varInc *= 1e-100;
    }
    if (heapIndex[v] >= 0) {
      heapUp(heapIndex[v]);
    }
  }

  private int pickBranchVar() {
    while (heapSize > 0) {
      int v = heapRemoveMax();
      if (assign[v] == 0) {
        return v;
      }
    }
    return -1;
  }

  private void heapInsert(int v) {
    heap[heapSize] = v;
    heapIndex[v] = heapSize;
    heapUp(heapSize++);
  }

  private int heapRemoveMax() {
    int top = heap[0];
    heapIndex[top] = -1;
    int last = heap[--heapSize];
    if (heapSize > 0) {
      heap[0] = last;
      heapIndex[last] = 0;
      heapDown(0);
    }
    return top;
  }

  /** Whether variable u is decided before v: higher priority first, then higher activity. */
  private boolean before(int u, int v) {
    int pu = priority[u];
    int pv = priority[v];
    return pu != pv ? pu > pv : activity[u] > activity[v];
  }

  private void heapUp(int i) {
    int v = heap[i];
    while (i > 0) {
      int parent = (i - 1) >> 1;
      int pv = heap[parent];
      if (!before(v, pv)) {
        break;
      }
      heap[i] = pv;
      heapIndex[pv] = i;
      i = parent;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }

  private void heapDown(int i) {
    int v = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], v)) {
        break;
      }
      heap[i] = heap[child];
      heapIndex[heap[i]] = i;
      i = child;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }

  /** The Luby sequence 1, 1, 2, 1, 1, 2, 4, ... (0-based index). */
  public static long luby(int i) {
    long size = 1;
    int seq = 0;
    while (size < i + 1) {
      seq++;
      size = 2 * size + 1;
    }
    long x = i;
    while (size - 1 != x) {
      size = (size - 1) >> 1;
      seq--;
      x = x % size;
    }
    return 1L << seq;
  }
}
