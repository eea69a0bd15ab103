package dev.argmap.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The computational part of {@link DungSolver}. Grounded: linear-time labelling. Complete, preferred, stable:
 * SAT encodings (solved by {@link SatSolver}) of the framework restricted to the arguments the grounded labelling
 * leaves undecided. Every complete labelling extends the grounded one, and on the undecided part {@code U} the
 * outside attackers are all OUT, so the complete (preferred, stable) extensions are exactly {@code G ∪ E} for the
 * complete (preferred, stable) extensions {@code E} of the sub-framework on {@code U}.
 */
final class DungCore {
  static final byte UNDEC = 0;
  static final byte IN = 1;
  static final byte OUT = 2;

  final AttackGraph g;
  final byte[] lab;
  final int k; // |U|
  final int[] glob; // local -> global, ascending
  final int[] loc; // global -> local or -1
  final int[] cStart; // attackers inside U, local indices
  final int[] cSrc;
  private final int[] groundedIn;
  private final long deadline;
  private final int maxExtensions;
  private final String budgetText;

  DungCore(AttackGraph g, long deadline, int maxExtensions, String budgetText) {
    this.g = g;
    this.deadline = deadline;
    this.maxExtensions = maxExtensions;
    this.budgetText = budgetText;
    this.lab = grounded(g);
    int n = g.n;
    int count = 0;
    int inCount = 0;
    for (int i = 0; i < n; i++) {
      if (lab[i] == UNDEC) {
        count++;
      } else if (lab[i] == IN) {
        inCount++;
      }
    }
    this.k = count;
    this.glob = new int[count];
    this.loc = new int[n];
    this.groundedIn = new int[inCount];
    int j = 0;
    int gi = 0;
    for (int i = 0; i < n; i++) {
      if (lab[i] == UNDEC) {
        loc[i] = j;
        glob[j++] = i;
      } else {
        loc[i] = -1;
        if (lab[i] == IN) {
          groundedIn[gi++] = i;
        }
      }
    }
    this.cStart = new int[count + 1];
    int edges = 0;
    for (int l = 0; l < count; l++) {
      int a = glob[l];
      for (int i = g.attStart[a]; i < g.attStart[a + 1]; i++) {
        if (loc[g.attSrc[i]] >= 0) {
          edges++;
        }
      }
      cStart[l + 1] = edges;
    }
    this.cSrc = new int[edges];
    int e = 0;
    for (int l = 0; l < count; l++) {
      int a = glob[l];
      for (int i = g.attStart[a]; i < g.attStart[a + 1]; i++) {
        int b = loc[g.attSrc[i]];
        if (b >= 0) {
          cSrc[e++] = b;
        }
      }
    }
  }

  /** Grounded labelling (IN/OUT/UNDEC) by counter propagation, O(arguments + attacks). */
  static byte[] grounded(AttackGraph g) {
    int n = g.n;
    int[][] out = g.outgoing();
    int[] oStart = out[0];
    int[] oDst = out[1];
    byte[] lab = new byte[n];
    int[] live = new int[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      live[v] = g.attStart[v + 1] - g.attStart[v];
      if (live[v] == 0) {
        lab[v] = IN;
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int x = queue[head];
      for (int i = oStart[x]; i < oStart[x + 1]; i++) {
        int y = oDst[i];
        if (lab[y] == UNDEC) {
          lab[y] = OUT;
          for (int t = oStart[y]; t < oStart[y + 1]; t++) {
            int z = oDst[t];
            if (--live[z] == 0 && lab[z] == UNDEC) {
              lab[z] = IN;
              queue[tail++] = z;
            }
          }
        }
      }
    }
    return lab;
  }

  int[] groundedMembers() {
    return groundedIn;
  }

  // ------------------------------------------------------------------ encodings

  private static int in2(int j) {
    return 2 * j + 1;
  }

  private static int out2(int j) {
    return 2 * j + 2;
  }

  /** Complete labellings of the sub-framework on U: variables in(j) = 2j+1, out(j) = 2j+2. */
  private SatSolver completeEncoding() {
    SatSolver s = new SatSolver();
    for (int v = 0; v < 2 * k; v++) {
      s.newVar();
    }
    s.setDeadline(deadline);
    int[] buf = new int[16];
    for (int j = 0; j < k; j++) {
      s.addClause(-in2(j), -out2(j));
      int deg = cStart[j + 1] - cStart[j];
      if (buf.length < deg + 1) {
        buf = new int[deg + 1];
      }
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        int b = cSrc[i];
        s.addClause(-in2(j), out2(b)); // IN needs every attacker OUT
        s.addClause(-in2(b), out2(j)); // an IN attacker makes it OUT
      }
      buf[0] = in2(j); // every attacker OUT makes it IN
      int w = 1;
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        buf[w++] = -out2(cSrc[i]);
      }
      s.addClause(buf, w);
      buf[0] = -out2(j); // OUT needs an IN attacker
      w = 1;
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        buf[w++] = in2(cSrc[i]);
      }
      s.addClause(buf, w);
    }
    return s;
  }

  /** Stable extensions of the sub-framework on U: variable in(j) = j+1. */
  private SatSolver stableEncoding() {
    SatSolver s = new SatSolver();
    for (int v = 0; v < k; v++) {
      s.newVar();
    }
    s.setDeadline(deadline);
    int[] buf = new int[16];
    for (int j = 0; j < k; j++) {
      int deg = cStart[j + 1] - cStart[j];
      if (buf.length < deg + 1) {
        buf = new int[deg + 1];
      }
      buf[0] = j + 1;
      int w = 1;
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        int b = cSrc[i];
        s.addClause(-(j + 1), -(b + 1));
        buf[w++] = b + 1;
      }
      s.addClause(buf, w);
    }
    return s;
  }

  // ------------------------------------------------------------------ enumeration

  List<int[]> stable(String what) {
    List<int[]> found = new ArrayList<>();
    SatSolver s = stableEncoding();
    boolean[] e = new boolean[k];
    int[] block = new int[Math.max(1, k)];
    while (solve(s, what, found.size())) {
      for (int j = 0; j < k; j++) {
        e[j] = s.modelValue(j + 1);
      }
      add(found, e, what);
      // Stable extensions are pairwise incomparable: "not a subset of e" excludes e and nothing else.
      int w = 0;
      for (int j = 0; j < k; j++) {
        if (!e[j]) {
          block[w++] = j + 1;
        }
      }
      if (!s.addClause(block, w)) {
        break;
      }
    }
    return found;
  }

  List<int[]> complete(String what) {
    List<int[]> found = new ArrayList<>();
    SatSolver s = completeEncoding();
    boolean[] e = new boolean[k];
    int[] block = new int[Math.max(1, k)];
    while (solve(s, what, found.size())) {
      for (int j = 0; j < k; j++) {
        e[j] = s.modelValue(in2(j));
      }
      add(found, e, what);
      for (int j = 0; j < k; j++) {
        block[j] = e[j] ? -in2(j) : in2(j); // a complete extension is determined by its IN set
      }
      if (!s.addClause(block, k)) {
        break;
      }
    }
    return found;
  }

  /**
   * Preferred extensions: find a complete extension not contained in any found so far, grow it while a strictly
   * larger complete extension exists, record it, and block its subsets.
   */
  List<int[]> preferred(String what) {
    List<int[]> found = new ArrayList<>();
    SatSolver s = completeEncoding();
    boolean[] e = new boolean[k];
    int[] clause = new int[k + 1];
    int[] assumptions = new int[k + 1];
    while (solve(s, what, found.size())) {
      readIn(s, e);
      maximise(s, e, clause, assumptions, what, found.size());
      add(found, e, what);
      int w = 0;
      for (int j = 0; j < k; j++) {
        if (!e[j]) {
          clause[w++] = in2(j);
        }
      }
      if (w == 0 || !s.addClause(clause, w)) {
        break; // e is all of U: nothing else can be maximal
      }
    }
    return found;
  }

  /** Grows the complete extension {@code e} to a preferred one containing it. */
  private void maximise(SatSolver s, boolean[] e, int[] clause, int[] assumptions, String what, int foundSoFar) {
    while (true) {
      int w = 0;
      int na = 0;
      int act = s.newVar();
      clause[w++] = -act;
      assumptions[na++] = act;
      for (int j = 0; j < k; j++) {
        if (e[j]) {
          assumptions[na++] = in2(j);
        } else {
          clause[w++] = in2(j);
        }
      }
      if (w == 1) {
        s.addClause(-act);
        return; // everything is IN already
      }
      s.addClause(clause, w);
      boolean larger = solve(s, what, foundSoFar, java.util.Arrays.copyOf(assumptions, na));
      if (larger) {
        readIn(s, e);
      }
      s.addClause(-act); // retire this activation literal
      if (!larger) {
        return;
      }
    }
  }

  private void readIn(SatSolver s, boolean[] e) {
    for (int j = 0; j < k; j++) {
      e[j] = s.modelValue(in2(j));
    }
  }

  // ------------------------------------------------------------------ acceptance

  /** Is there a complete (hence a preferred) extension containing argument a? */
  boolean credulousPreferred(int a, String what) {
    if (lab[a] != UNDEC) {
      return lab[a] == IN;
    }
    return solve(completeEncoding(), what, 0, in2(loc[a]));
  }

  /** Is argument a in every preferred extension? Counterexample-guided search. */
  boolean skepticalPreferred(int a, String what) {
    if (lab[a] != UNDEC) {
      return lab[a] == IN;
    }
    int la = loc[a];
    SatSolver s = completeEncoding();
    boolean[] e = new boolean[k];
    int[] clause = new int[k + 1];
    int[] assumptions = new int[k + 1];
    while (solve(s, what, 0, -in2(la))) {
      readIn(s, e);
      maximise(s, e, clause, assumptions, what, 0);
      if (!e[la]) {
        return false; // a preferred extension without a
      }
      int w = 0;
      for (int j = 0; j < k; j++) {
        if (!e[j]) {
          clause[w++] = in2(j);
        }
      }
      if (w == 0 || !s.addClause(clause, w)) {
        return true;
      }
    }
    return true;
  }

  boolean credulousStable(int a, String what) {
    if (lab[a] == OUT) {
      return false;
    }
    SatSolver s = stableEncoding();
    return lab[a] == IN ? solve(s, what, 0) : solve(s, what, 0, loc[a] + 1);
  }

  /** Is argument a in every stable extension? Vacuously true when there is none. */
  boolean skepticalStable(int a, String what) {
    if (lab[a] == IN) {
      return true;
    }
    SatSolver s = stableEncoding();
    return lab[a] == OUT ? !solve(s, what, 0) : !solve(s, what, 0, -(loc[a] + 1));
  }

  // ------------------------------------------------------------------ helpers

  private boolean solve(SatSolver s, String what, int foundSoFar, int... assumptions) {
    if (System.nanoTime() > deadline) {
      throw timeout(what, foundSoFar);
    }
    try {
      return s.solve(assumptions);
    } catch (SatSolver.LimitReached e) {
      throw timeout(what, foundSoFar);
    }
  }

  private DungLimitExceededException timeout(String what, int foundSoFar) {
    return new DungLimitExceededException(
        DungLimitExceededException.Limit.TIME_BUDGET,
        foundSoFar,
        what + " exceeded the time budget of " + budgetText + " after finding " + foundSoFar
            + " extension(s) (" + g.n + " arguments, " + k + " undecided after grounded); raise it with "
            + "DungSolver.builder().timeBudget(...), or ask credulous/skeptical questions instead of enumerating");
  }

  private void add(List<int[]> found, boolean[] e, String what) {
    if (found.size() >= maxExtensions) {
      throw new DungLimitExceededException(
          DungLimitExceededException.Limit.MAX_EXTENSIONS,
          found.size(),
          what + " has more than " + maxExtensions + " extensions; raise the limit with "
              + "DungSolver.builder().maxExtensions(...), or ask credulous/skeptical questions instead");
    }
    found.add(toGlobal(e));
  }

  /** The grounded members plus the local members, sorted ascending. */
  private int[] toGlobal(boolean[] e) {
    int count = groundedIn.length;
    for (int j = 0; j < k; j++) {
      if (e[j]) {
        count++;
      }
    }
    int[] r = new int[count];
    int gi = 0;
    int li = 0;
    int w = 0;
    while (gi < groundedIn.length || li < k) {
      while (li < k && !e[li]) {
        li++;
      }
      int nextLocal = li < k ? glob[li] : Integer.MAX_VALUE;
      int nextGrounded = gi < groundedIn.length ? groundedIn[gi] : Integer.MAX_VALUE;
      if (nextLocal == Integer.MAX_VALUE && nextGrounded == Integer.MAX_VALUE) {
        break;
      }
      if (nextGrounded < nextLocal) {
        r[w++] = nextGrounded;
        gi++;
      } else {
        r[w++] = nextLocal;
        li++;
      }
    }
    return r;
  }
}
