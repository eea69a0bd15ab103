package dev.argmap.internal.dung;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.enumeration.ExtensionSink;
import dev.argmap.internal.util.Deadlines;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import java.time.Duration;
import java.util.Optional;

/**
 * The computational part of {@link DungSolver}. Grounded: linear-time labelling. Complete, preferred, stable:
 * SAT encodings (solved by {@link SatSolver}) of the framework restricted to the arguments the grounded labelling
 * leaves undecided. Every complete labelling extends the grounded one, and on the undecided part {@code U} the
 * outside attackers are all OUT, so the complete (preferred, stable) extensions are exactly {@code G ∪ E} for the
 * complete (preferred, stable) extensions {@code E} of the sub-framework on {@code U}. Enumeration of complete
 * and stable extensions goes through {@link LabellingEnumerator} first (SCC order, no solver call per
 * extension; see {@code byLabelling}); preferred enumeration is one SAT search continued after each extension.
 */
public final class DungCore {
  public static final byte UNDEC = 0;
  public static final byte IN = 1;
  public static final byte OUT = 2;

  /**
   * The value the search gives in(j) in the complete and conflict-free encodings: IN, so that the first candidate
   * is a large extension rather than the grounded one (the maximal ones are what preferred, semi-stable, stage
   * and ideal look for). As clingo's domain heuristic {@code in(X) [1,true]} in the preferred encoding, the in
   * variables are decided before the out variables and always IN first (no phase saving): on dense random
   * frameworks of 500 and 600 arguments this made a third to a half fewer conflicts than IN as a saved phase.
   */
  private static final boolean PREFER_IN = true;

  /**
   * Glucose's restart margin for the stable encoding (the solver's default is 0.8): fewer restarts, with the learnt
   * clauses reduced between restarts so that the clause store does not grow with the longer runs. On dense random
   * frameworks (5 attacks per argument), sixteen of 600 arguments and fourteen held-out ones of 650: 24% fewer
   * conflicts and 44% fewer long-clause watch visits in sum. The complete encoding (complete, preferred) keeps the
   * solver's defaults: there the reduction between restarts alone made 3% to 7% more conflicts on the dense ladder
   * (600 to 800). See docs/performance.md, "Restarts of the stable search".
   */
  private static final double STABLE_RESTART_MARGIN = 0.6;

  /** Extensions enumerated with the in variables' value fixed before phase saving takes over. */
  private static final int RELEASE_PHASES_AFTER = 16;
  public final AttackGraph g;
  public final byte[] lab;
  public final int k; // |U|
  public final int[] glob; // local -> global, ascending
  public final int[] loc; // global -> local or -1
  public final int[] cStart; // attackers inside U, local indices
  public final int[] cSrc;
  private final int[] groundedIn;
  private final long deadline;
  private final int maxExtensions;
  private final String budgetText;

  /**
   * Prepares the search. With {@code reduce} the grounded labelling decides what it can and only the undecided
   * arguments are encoded; without it (for stage, whose extensions need not contain the grounded one) every
   * argument is encoded.
   */
  public DungCore(AttackGraph g, boolean reduce, long deadline, int maxExtensions, String budgetText) {
    this.g = g;
    this.deadline = deadline;
    this.maxExtensions = maxExtensions;
    this.budgetText = budgetText;
    this.lab = reduce ? grounded(g) : new byte[g.size()];
    int n = g.size();
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
      for (int i = Access.semantics().attStart(g)[a]; i < Access.semantics().attStart(g)[a + 1]; i++) {
        if (loc[Access.semantics().attSrc(g)[i]] >= 0) {
          edges++;
        }
      }
      cStart[l + 1] = edges;
    }
    this.cSrc = new int[edges];
    int e = 0;
    for (int l = 0; l < count; l++) {
      int a = glob[l];
      for (int i = Access.semantics().attStart(g)[a]; i < Access.semantics().attStart(g)[a + 1]; i++) {
        int b = loc[Access.semantics().attSrc(g)[i]];
        if (b >= 0) {
          cSrc[e++] = b;
        }
      }
    }
  }

  /** Grounded labelling (IN/OUT/UNDEC) by counter propagation, O(arguments + attacks). */
  public static byte[] grounded(AttackGraph g) {
    int n = g.size();
    int[][] out = Access.semantics().outgoing(g);
    int[] oStart = out[0];
    int[] oDst = out[1];
    byte[] lab = new byte[n];
    int[] live = new int[n];
    int[] queue = new int[n];
    int[] attStart = Access.semantics().attStart(g);
    int tail = 0;
    for (int v = 0; v < n; v++) {
      live[v] = attStart[v + 1] - attStart[v];
      if (live[v] == 0) {
        lab[v] = IN;
        queue[tail++] = v;
      }
    }
    propagate(oStart, oDst, lab, live, queue, tail);
    return lab;
  }

  /**
   * The grounded labelling's counter propagation, shared by {@link #grounded} and {@link #completeClosure}: the
   * arguments {@code queue[0..tail)} are IN; every argument one of them attacks becomes OUT, and an argument whose
   * {@code live} count (attackers not yet OUT) falls to zero becomes IN and is queued, until nothing changes.
   * {@code oStart}/{@code oDst} list each argument's targets.
   */
  private static void propagate(int[] oStart, int[] oDst, byte[] label, int[] live, int[] queue, int tail) {
    for (int head = 0; head < tail; head++) {
      int x = queue[head];
      for (int i = oStart[x]; i < oStart[x + 1]; i++) {
        int y = oDst[i];
        if (label[y] == UNDEC) {
          label[y] = OUT;
          for (int t = oStart[y]; t < oStart[y + 1]; t++) {
            int z = oDst[t];
            if (--live[z] == 0 && label[z] == UNDEC) {
              label[z] = IN;
              queue[tail++] = z;
            }
          }
        }
      }
    }
  }

  public int[] groundedMembers() {
    return groundedIn;
  }

  // ------------------------------------------------------------------ encodings

  private static int in2(int j) {
    return 2 * j + 1;
  }

  private static int out2(int j) {
    return 2 * j + 2;
  }

  /** A solver with the in and out variable of every argument of U, in tried first, under the deadline. */
  private SatSolver labellingSolver() {
    SatSolver s = new SatSolver();
    for (int v = 0; v < 2 * k; v++) {
      s.newVar();
    }
    for (int j = 0; j < k; j++) {
      s.setDecision(in2(j), 1, PREFER_IN);
    }
    s.setDeadline(deadline);
    return s;
  }

  /** Complete labellings of the sub-framework on U: variables in(j) = 2j+1, out(j) = 2j+2. */
  private SatSolver completeEncoding() {
    return completeEncoding(null);
  }

  /**
   * Complete labellings of the sub-framework on the arguments of U in {@code only} (all of U when null), which
   * must contain every local attacker of its members; the arguments outside it are fixed to neither IN nor OUT
   * at level 0, so models, blocking clauses and growth range over the sub-framework alone.
   */
  private SatSolver completeEncoding(boolean[] only) {
    return completeEncoding(only, true);
  }

  /**
   * {@link #completeEncoding(boolean[])}, or with {@code complete} false the admissible sets, as in clingo's
   * preferred encoding: out(j) still means "some attacker is IN", but an argument whose attackers are all OUT
   * need not be IN. The maximal admissible sets are the preferred extensions, which is all preferred enumeration
   * asks of its models; without those long clauses the search made fewer conflicts on the dense random
   * frameworks (300 to 800 arguments: 3% to 25%).
   */
  private SatSolver completeEncoding(boolean[] only, boolean complete) {
    SatSolver s = labellingSolver();
    int[] buf = new int[16];
    for (int j = 0; j < k; j++) {
      if (only != null && !only[j]) {
        s.addClause(-in2(j));
        s.addClause(-out2(j));
        continue;
      }
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
      int w;
      if (complete) {
        w = 1;
        buf[0] = in2(j); // every attacker OUT makes it IN
        for (int i = cStart[j]; i < cStart[j + 1]; i++) {
          buf[w++] = -out2(cSrc[i]);
        }
        s.addClause(buf, w);
      }
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
    s.setRestartMargin(STABLE_RESTART_MARGIN);
    s.setReduceBetweenRestarts(true);
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

  /**
   * Enumerates the extensions of {@code g} under {@code semantics} within the solver's limits, handing each to
   * {@code sink} as it is found, in the order the search finds them: the enumeration behind {@link
   * DungSolver#extensions}, {@link DungSolver#forEachExtension} and {@link DungSolver#countExtensions}, and
   * behind {@code argmap iccma}'s EE, which prints from the member arrays without building extensions.
   *
   * @param solver whose limits apply
   * @param g the framework
   * @param semantics the semantics
   * @param sink receives each extension
   * @return true if every extension was delivered, false if the sink stopped the enumeration
   * @throws DungLimitExceededException if the time budget passes or there are more than {@link
   *     DungSolver#maxExtensions()} extensions; the sink has then received the ones found before
   */
  public static boolean enumerate(DungSolver solver, AttackGraph g, DungSemantics semantics,
      ExtensionSink sink) {
    return enumerate(g, semantics, Deadlines.after(solver.timeBudget()), solver.maxExtensions(),
        budgetText(solver.timeBudget()), sink);
  }

  /**
   * A time budget as messages name it.
   *
   * @param budget the budget, empty for none
   * @return {@code 60 s}, {@code 1500 ms}, or {@code none}
   */
  public static String budgetText(Optional<Duration> budget) {
    if (budget.isEmpty()) {
      return "none";
    }
    long ms = budget.get().toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  /**
   * Enumerates as {@link #enumerate(DungSolver, AttackGraph, DungSemantics, ExtensionSink)} does, under
   * explicit limits.
   *
   * @param g the framework
   * @param semantics the semantics
   * @param deadline {@link System#nanoTime()} past which the search throws (grounded is never limited)
   * @param maxExtensions the cap: delivering one more throws
   * @param budgetText the time budget as the exception's message names it
   * @param sink receives each extension
   * @return true if every extension was delivered, false if the sink stopped the enumeration
   * @throws DungLimitExceededException if the deadline passes or there are more than {@code maxExtensions}
   */
  public static boolean enumerate(AttackGraph g, DungSemantics semantics, long deadline, int maxExtensions,
      String budgetText, ExtensionSink sink) {
    if (semantics == DungSemantics.GROUNDED) {
      byte[] lab = grounded(g);
      int[] members = new int[lab.length];
      int w = 0;
      for (int i = 0; i < lab.length; i++) {
        if (lab[i] == IN) {
          members[w++] = i;
        }
      }
      return sink.accept(members, w);
    }
    String what = "enumerating " + semantics.id() + " extensions";
    DungCore core = new DungCore(g, semantics != DungSemantics.STAGE, deadline, maxExtensions, budgetText);
    switch (semantics) {
      case COMPLETE:
        return core.complete(what, sink);
      case PREFERRED:
        return core.preferred(what, sink);
      case STABLE:
        return core.stable(what, sink);
      case SEMI_STABLE:
        return core.rangeMaximal(false, what, sink);
      case STAGE:
        return core.rangeMaximal(true, what, sink);
      case IDEAL:
        int[] ideal = core.ideal(what);
        return sink.accept(ideal, ideal.length);
      default:
        throw new AssertionError(semantics);
    }
  }

  /** Hands every stable extension to {@code sink} as it is found, until the sink says stop. */
  public boolean stable(String what, ExtensionSink sink) {
    Delivery found = new Delivery(sink);
    if (byLabelling(true, found, what)) {
      return !found.stopped;
    }
    // the labelling search gave up: start over with the SAT solver, which finds again what the labelling search
    // delivered; those are skipped (they are the labellings of the part of its search tree it had explored)
    SatSolver s = stableEncoding();
    boolean[] e = new boolean[k];
    byte[] labelling = new byte[k];
    while (solve(s, what, found.size())) {
      for (int j = 0; j < k; j++) {
        e[j] = s.modelValue(j + 1);
        labelling[j] = e[j] ? LabellingEnumerator.IN : LabellingEnumerator.OUT;
      }
      if (!found.delivered(labelling) && !add(found, e, what)) {
        return false;
      }
      int[] block = s.blockingClause(); // excludes this extension only
      if (!s.addClause(block, block.length)) {
        break;
      }
    }
    return true;
  }

  /** Hands every complete extension to {@code sink} as it is found, until the sink says stop. */
  public boolean complete(String what, ExtensionSink sink) {
    Delivery found = new Delivery(sink);
    if (byLabelling(false, found, what)) {
      return !found.stopped;
    }
    // the labelling search gave up: start over with the SAT solver, skipping what the labelling search delivered
    SatSolver s = completeEncoding();
    boolean[] e = new boolean[k];
    byte[] labelling = new byte[k];
    int models = 0;
    while (solve(s, what, found.size())) {
      for (int j = 0; j < k; j++) {
        e[j] = s.modelValue(in2(j));
        labelling[j] = e[j] ? LabellingEnumerator.IN
            : s.modelValue(out2(j)) ? LabellingEnumerator.OUT : LabellingEnumerator.UNDEC;
      }
      if (!found.delivered(labelling) && !add(found, e, what)) {
        return false;
      }
      releasePhasesIfMany(s, ++models);
      int[] block = s.blockingClause(); // excludes this extension only
      if (!s.addClause(block, block.length)) {
        break;
      }
    }
    return true;
  }

  /**
   * Preferred extensions, clingo's way ({@code --heuristic=Domain --enum-mode=domRec}): one search over the
   * admissible sets (clingo's encoding, see {@link #completeEncoding(boolean[], boolean)}) in which the in
   * variables are decided first and always IN, continued after each model. Such a model is a maximal admissible
   * set among those the blocking clauses so far allow (every in variable that is false was forced by in variables
   * decided true, which any larger model would share), and as every admissible set contained in a preferred
   * extension found is blocked, a maximal one that is allowed is itself preferred: no second SAT call grows it.
   * After each extension the search adds its block and backjumps only as far as the block needs ({@link
   * SatSolver#solveBlocking}), not to the top. The stable extensions are not taken from the labelling search first
   * (as they were): on the 120-argument Barabási-Albert and Watts-Strogatz frameworks, where most or all preferred
   * extensions are stable, the continued search alone took less CPU than the labelling search plus the continued
   * search for the rest.
   */
  public boolean preferred(String what, ExtensionSink sink) {
    Delivery found = new Delivery(sink);
    SatSolver s = completeEncoding(null, false);
    boolean[] e = new boolean[k];
    int[] clause = new int[k + 1];
    boolean[] mark = new boolean[k];
    boolean more = solveKeeping(s, what, found.size(), null, 0);
    while (more) {
      readIn(s, e);
      if (!add(found, e, what)) {
        return false;
      }
      int w = attackersOf(e, clause, mark);
      if (w == 0) {
        break; // nothing attacks e: every other admissible set is inside it, so e is the only preferred one
      }
      more = solveKeeping(s, what, found.size(), clause, w);
    }
    return true;
  }

  /** {@link SatSolver#solveAndKeep} ({@code block} null) or {@link SatSolver#solveBlocking}, under the deadline. */
  private boolean solveKeeping(SatSolver s, String what, int foundSoFar, int[] block, int len) {
    if (System.nanoTime() > deadline) {
      throw timeout(what, foundSoFar);
    }
    try {
      return block == null ? s.solveAndKeep() : s.solveBlocking(block, len);
    } catch (SatSolver.LimitReached x) {
      throw timeout(what, foundSoFar);
    }
  }

  /**
   * Writes into {@code clause} the literals in(a) for the arguments a of U that attack some member of the
   * preferred extension {@code e}, each once, and returns how many. That clause blocks every admissible set
   * contained in e and is much shorter than "some argument outside e is IN" (which every later call propagates
   * through again): an admissible set C not contained in e must attack e, since otherwise e would not attack C
   * either (an argument of C attacked by e is defended by C, i.e. C attacks e), so C ∪ e would be conflict-free,
   * hence admissible, and strictly larger than the maximal e. {@code mark} is scratch space, all false on entry
   * and on return.
   */
  private int attackersOf(boolean[] e, int[] clause, boolean[] mark) {
    int w = 0;
    for (int j = 0; j < k; j++) {
      if (!e[j]) {
        continue;
      }
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        int a = cSrc[i];
        if (!mark[a]) {
          mark[a] = true;
          clause[w++] = in2(a);
        }
      }
    }
    for (int x = 0; x < w; x++) {
      mark[(clause[x] - 1) / 2] = false;
    }
    return w;
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

  /**
   * After {@link #RELEASE_PHASES_AFTER} extensions, lets the in variables keep the value they last had instead of
   * always IN: on the families with thousands of extensions (Barabasi-Albert, Watts-Strogatz, 120 arguments) the
   * fixed value made preferred enumeration three to four times slower, each search after a blocking clause
   * starting far from the last model; the dense frameworks, with one or two extensions, keep it throughout.
   */
  private static void releasePhasesIfMany(SatSolver s, int found) {
    if (found == RELEASE_PHASES_AFTER) {
      s.fixPhases(false);
    }
  }

  private void readIn(SatSolver s, boolean[] e) {
    for (int j = 0; j < k; j++) {
      e[j] = s.modelValue(in2(j));
    }
  }

  // ------------------------------------------------------------------ acceptance with certificates
  //
  // Each method returns the certificate of its answer as sorted global members: an extension containing the
  // argument (credulous), one without it (skeptical), or null when the answer has no such extension.

  /** Some complete extension: the grounded one. */
  public int[] someComplete() {
    return toGlobal(new boolean[k]);
  }

  /** A complete extension containing argument a, or null if a is in none (a is then in no preferred one either). */
  public int[] credulousComplete(int a, String what) {
    if (lab[a] != UNDEC) {
      return lab[a] == IN ? someComplete() : null;
    }
    boolean[] e = credulousCompleteLocal(loc[a], what);
    return e == null ? null : toGlobal(e);
  }

  /**
   * A complete extension of the sub-framework on U containing local argument j, or null. Complete semantics is
   * directional: the complete extensions of the sub-framework on j's ancestors (the arguments with a path to j,
   * closed under attackers) are exactly the restrictions of the complete extensions of the whole, so only the
   * ancestors are searched, and the one found is extended by {@link #completeClosure}.
   */
  private boolean[] credulousCompleteLocal(int j, String what) {
    boolean[] ancestors = ancestors(j);
    SatSolver s = completeEncoding(ancestors);
    if (!solve(s, what, 0, in2(j))) {
      return null;
    }
    boolean[] e = new boolean[k];
    readIn(s, e);
    if (ancestors != null) {
      completeClosure(e);
    }
    return e;
  }

  /**
   * The local arguments with a path to j (j included) when they are fewer than all of U, else null: on a
   * strongly connected U the restriction would only cost a second encoding.
   */
  private boolean[] ancestors(int j) {
    boolean[] mark = new boolean[k];
    int[] stack = new int[k];
    int top = 0;
    int count = 1;
    mark[j] = true;
    stack[top++] = j;
    while (top > 0) {
      int x = stack[--top];
      for (int i = cStart[x]; i < cStart[x + 1]; i++) {
        int b = cSrc[i];
        if (!mark[b]) {
          mark[b] = true;
          count++;
          stack[top++] = b;
        }
      }
    }
    return count < k ? mark : null;
  }

  /**
   * Extends {@code e}, a complete extension of a sub-framework of U closed under attackers, to the least complete
   * extension of U containing it: what e attacks is OUT, and an argument all of whose attackers are OUT is IN,
   * until nothing changes (the grounded labelling's propagation, started from e). Nothing inside the
   * sub-framework changes, since e is complete there and its members' attackers all lie inside it.
   */
  private void completeClosure(boolean[] e) {
    int[] oStart = new int[k + 1];
    for (int i = 0; i < cSrc.length; i++) {
      oStart[cSrc[i] + 1]++;
    }
    for (int j = 0; j < k; j++) {
      oStart[j + 1] += oStart[j];
    }
    int[] oDst = new int[cSrc.length];
    int[] fill = java.util.Arrays.copyOf(oStart, k);
    for (int y = 0; y < k; y++) {
      for (int i = cStart[y]; i < cStart[y + 1]; i++) {
        oDst[fill[cSrc[i]]++] = y;
      }
    }
    byte[] state = new byte[k];
    int[] live = new int[k]; // attackers not yet OUT
    int[] queue = new int[k];
    int tail = 0;
    for (int j = 0; j < k; j++) {
      live[j] = cStart[j + 1] - cStart[j];
      if (e[j] || live[j] == 0) {
        state[j] = IN;
        queue[tail++] = j;
      }
    }
    propagate(oStart, oDst, state, live, queue, tail);
    for (int j = 0; j < k; j++) {
      e[j] = state[j] == IN;
    }
  }

  /** Some preferred extension. */
  public int[] somePreferred(String what) {
    SatSolver s = completeEncoding();
    boolean[] e = new boolean[k];
    solve(s, what, 0); // the grounded labelling is complete: always satisfiable
    readIn(s, e);
    maximise(s, e, new int[k + 1], new int[k + 1], what, 0);
    return toGlobal(e);
  }

  /** A preferred extension containing a, or null. */
  public int[] credulousPreferred(int a, String what) {
    if (lab[a] != UNDEC) {
      return lab[a] == IN ? somePreferred(what) : null;
    }
    // credulous preferred = credulous complete; the complete extension found is grown to a preferred one
    boolean[] e;
    SatSolver s;
    if (ancestors(loc[a]) == null) { // one solver for both the question and the growth
      s = completeEncoding();
      if (!solve(s, what, 0, in2(loc[a]))) {
        return null;
      }
      e = new boolean[k];
      readIn(s, e);
    } else {
      e = credulousCompleteLocal(loc[a], what);
      if (e == null) {
        return null;
      }
      s = completeEncoding();
    }
    maximise(s, e, new int[k + 1], new int[k + 1], what, 0); // keeps every member, a included
    return toGlobal(e);
  }

  /** A preferred extension without a, or null if a is in every one. Counterexample-guided search. */
  public int[] skepticalPreferred(int a, String what) {
    if (lab[a] != UNDEC) {
      return lab[a] == IN ? null : somePreferred(what);
    }
    int la = loc[a];
    // Preferred semantics is directional: the preferred extensions of the sub-framework on a's ancestors are the
    // restrictions of the preferred extensions of the whole. One there without a is closed to a complete
    // extension of U and grown to a preferred one P; P's part on the ancestors is admissible there and contains
    // the maximal one, so equals it, and P does not contain a either.
    boolean[] ancestors = ancestors(la);
    SatSolver s = completeEncoding(ancestors);
    boolean[] e = new boolean[k];
    int[] clause = new int[k + 1];
    int[] assumptions = new int[k + 1];
    boolean[] mark = new boolean[k];
    while (solve(s, what, 0, -in2(la))) {
      readIn(s, e);
      maximise(s, e, clause, assumptions, what, 0);
      if (!e[la]) {
        if (ancestors != null) {
          completeClosure(e);
          maximise(completeEncoding(), e, clause, assumptions, what, 0);
        }
        return toGlobal(e); // a preferred extension without a
      }
      // every complete extension inside e contains no more than e: look among those attacking it only (the
      // ancestors hold every attacker of their members, so e is preferred there and attackersOf applies)
      int w = attackersOf(e, clause, mark);
      if (w == 0 || !s.addClause(clause, w)) {
        return null; // nothing attacks e: it is the only preferred extension there, and it contains a
      }
    }
    return null;
  }

  /** Some stable extension, or null if there is none. */
  public int[] someStable(String what) {
    SatSolver s = stableEncoding();
    if (!solve(s, what, 0)) {
      return null;
    }
    return toGlobal(readStable(s));
  }

  /** A stable extension containing a, or null. */
  public int[] credulousStable(int a, String what) {
    if (lab[a] == OUT) {
      return null;
    }
    if (lab[a] == IN) {
      return someStable(what);
    }
    SatSolver s = stableEncoding();
    return solve(s, what, 0, loc[a] + 1) ? toGlobal(readStable(s)) : null;
  }

  /** A stable extension without a, or null (also when there is no stable extension: a is then vacuously in all). */
  public int[] skepticalStable(int a, String what) {
    if (lab[a] == IN) {
      return null;
    }
    if (lab[a] == OUT) {
      return someStable(what);
    }
    SatSolver s = stableEncoding();
    return solve(s, what, 0, -(loc[a] + 1)) ? toGlobal(readStable(s)) : null;
  }

  private boolean[] readStable(SatSolver s) {
    boolean[] e = new boolean[k];
    for (int j = 0; j < k; j++) {
      e[j] = s.modelValue(j + 1);
    }
    return e;
  }

  // ------------------------------------------------------------------ range-maximal semantics
  //
  // Semi-stable (complete labellings) and stage (conflict-free sets) extensions maximise the range, the members
  // plus the arguments they attack. A range variable r(j) <-> in(j) or out(j) per argument; a candidate's range is
  // grown while a strictly larger one exists (the range of every argument in it assumed), and a range found
  // maximal is blocked for later candidates by the clause "some argument outside it is in range".

  private int rng(int j) {
    return 2 * k + j + 1;
  }

  /** The complete (semi-stable) or conflict-free (stage) encoding with range variables. */
  private SatSolver rangeEncoding(boolean stage) {
    SatSolver s = stage ? conflictFreeEncoding() : completeEncoding();
    for (int j = 0; j < k; j++) {
      s.newVar();
    }
    for (int j = 0; j < k; j++) {
      s.addClause(-rng(j), in2(j), out2(j));
      s.addClause(-in2(j), rng(j));
      s.addClause(-out2(j), rng(j));
    }
    return s;
  }

  /** Conflict-free sets of the sub-framework on U: in(j) as for complete; out(j) iff some attacker is in. */
  private SatSolver conflictFreeEncoding() {
    SatSolver s = labellingSolver();
    int[] buf = new int[16];
    for (int j = 0; j < k; j++) {
      s.addClause(-in2(j), -out2(j));
      int deg = cStart[j + 1] - cStart[j];
      if (buf.length < deg + 1) {
        buf = new int[deg + 1];
      }
      buf[0] = -out2(j);
      int w = 1;
      for (int i = cStart[j]; i < cStart[j + 1]; i++) {
        int b = cSrc[i];
        s.addClause(-in2(j), -in2(b));
        s.addClause(-in2(b), out2(j));
        buf[w++] = in2(b);
      }
      s.addClause(buf, w);
    }
    return s;
  }

  private void readRange(SatSolver s, boolean[] e, boolean[] r) {
    for (int j = 0; j < k; j++) {
      e[j] = s.modelValue(in2(j));
      r[j] = s.modelValue(rng(j));
    }
  }

  /** Grows the candidate (e, r) until no candidate has a strictly larger range. */
  private void growRange(SatSolver s, boolean[] e, boolean[] r, String what, int foundSoFar) {
    int[] clause = new int[k + 1];
    while (true) {
      int w = 1;
      for (int j = 0; j < k; j++) {
        if (!r[j]) {
          clause[w++] = rng(j);
        }
      }
      if (w == 1) {
        return; // everything is in range
      }
      int act = s.newVar();
      clause[0] = -act;
      s.addClause(clause, w);
      int[] assumptions = rangeAssumptions(r, act);
      boolean larger = solve(s, what, foundSoFar, assumptions);
      if (larger) {
        readRange(s, e, r);
      }
      s.addClause(-act); // retire the activation literal
      if (!larger) {
        return;
      }
    }
  }

  /** {@code extra} followed by r(j) for every j in range. */
  private int[] rangeAssumptions(boolean[] r, int extra) {
    int count = 1;
    for (int j = 0; j < k; j++) {
      if (r[j]) {
        count++;
      }
    }
    int[] a = new int[count];
    a[0] = extra;
    int w = 1;
    for (int j = 0; j < k; j++) {
      if (r[j]) {
        a[w++] = rng(j);
      }
    }
    return a;
  }

  /** Adds "some argument outside range r is in range"; false if none is outside or the formula became UNSAT. */
  private boolean blockRange(SatSolver s, boolean[] r) {
    int[] clause = new int[k];
    int w = 0;
    for (int j = 0; j < k; j++) {
      if (!r[j]) {
        clause[w++] = rng(j);
      }
    }
    return w > 0 && s.addClause(clause, w);
  }

  /** All semi-stable (stage) extensions: each maximal range in turn, with every extension of that range. */
  public boolean rangeMaximal(boolean stage, String what, ExtensionSink sink) {
    Delivery found = new Delivery(sink);
    SatSolver s = rangeEncoding(stage);
    boolean[] e = new boolean[k];
    boolean[] r = new boolean[k];
    int[] block = new int[k + 1];
    while (solve(s, what, found.size())) {
      readRange(s, e, r);
      growRange(s, e, r, what, found.size());
      boolean[] range = r.clone();
      int act = s.newVar();
      int[] assumptions = rangeAssumptions(range, act);
      boolean first = true;
      do {
        if (!first) {
          readIn(s, e); // the first is the grown candidate, whose model may be gone
        }
        first = false;
        if (!add(found, e, what)) {
          return false;
        }
        releasePhasesIfMany(s, found.size());
        block[0] = -act;
        for (int j = 0; j < k; j++) {
          block[j + 1] = e[j] ? -in2(j) : in2(j); // an extension is determined by its members
        }
        s.addClause(block, k + 1);
      } while (solve(s, what, found.size(), assumptions));
      s.addClause(-act);
      if (!blockRange(s, range)) {
        break;
      }
    }
    return true;
  }

  /** Some semi-stable (stage) extension. */
  public int[] someRangeMaximal(boolean stage, String what) {
    SatSolver s = rangeEncoding(stage);
    boolean[] e = new boolean[k];
    boolean[] r = new boolean[k];
    solve(s, what, 0); // the grounded (empty) set is complete (conflict-free)
    readRange(s, e, r);
    growRange(s, e, r, what, 0);
    return toGlobal(e);
  }

  /**
   * A semi-stable (stage) extension containing a ({@code member}) or without it, or null if none. A candidate
   * with the wanted membership is grown to a maximal range freely; if that range has an extension with the
   * wanted membership, it is the certificate, else the range is blocked and the search goes on.
   */
  public int[] rangeMaximalWith(boolean stage, int a, boolean member, String what) {
    if (lab[a] != UNDEC) {
      boolean isIn = lab[a] == IN; // every semi-stable extension is complete, so the grounded label holds
      return isIn == member ? someRangeMaximal(stage, what) : null;
    }
    int lit = member ? in2(loc[a]) : -in2(loc[a]);
    SatSolver s = rangeEncoding(stage);
    boolean[] e = new boolean[k];
    boolean[] r = new boolean[k];
    while (solve(s, what, 0, lit)) {
      readRange(s, e, r);
      growRange(s, e, r, what, 0);
      if (solve(s, what, 0, rangeAssumptions(r, lit))) {
        readIn(s, e);
        return toGlobal(e);
      }
      if (!blockRange(s, r)) {
        return null;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ ideal

  /**
   * The ideal extension: the largest admissible subset of the arguments that are credulously accepted and have
   * no credulously accepted attacker (Dunne 2009). The credulously accepted arguments are collected by asking
   * for a complete extension with some argument not yet seen in one until there is none; the largest admissible
   * subset of that conflict-free set is a greatest fixpoint (drop members with an attacker no member attacks).
   */
  public int[] ideal(String what) {
    boolean[] credulous = new boolean[k];
    SatSolver s = completeEncoding();
    int[] clause = new int[k + 1];
    boolean[] e = new boolean[k];
    while (true) {
      int w = 1;
      for (int j = 0; j < k; j++) {
        if (!credulous[j]) {
          clause[w++] = in2(j);
        }
      }
      if (w == 1) {
        break;
      }
      int act = s.newVar();
      clause[0] = -act;
      s.addClause(clause, w);
      boolean more = solve(s, what, 0, act);
      if (more) {
        readIn(s, e);
        for (int j = 0; j < k; j++) {
          credulous[j] |= e[j];
        }
      }
      s.addClause(-act);
      if (!more) {
        break;
      }
    }
    // Outside attackers of U are grounded OUT, hence attacked by the grounded extension: only local ones count.
    boolean[] keep = new boolean[k];
    for (int j = 0; j < k; j++) {
      keep[j] = credulous[j];
      for (int i = cStart[j]; i < cStart[j + 1] && keep[j]; i++) {
        keep[j] = !credulous[cSrc[i]];
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int j = 0; j < k; j++) {
        if (keep[j] && !defended(j, keep)) {
          keep[j] = false;
          changed = true;
        }
      }
    }
    return toGlobal(keep);
  }

  /** Whether every local attacker of j has a local attacker in set. */
  private boolean defended(int j, boolean[] set) {
    for (int i = cStart[j]; i < cStart[j + 1]; i++) {
      int b = cSrc[i];
      boolean hit = false;
      for (int t = cStart[b]; t < cStart[b + 1] && !hit; t++) {
        hit = set[cSrc[t]];
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ enumeration by labelling search

  /**
   * The work budget of the labelling search (constraint revisions, about 0.1 µs each), in all and per extension
   * found: at a dead end past it, the search leaves the framework to the SAT solver. It has no learning, so much
   * work per extension means a framework whose extensions are few and hard to find, where clause learning pays;
   * the SAT solver needs about 100 µs per extension where there are many, so the search may spend as much
   * before it is the slower one. The system property {@code argmap.dung.labellingSearch} ({@code true} by
   * default) switches the labelling search off with {@code false} (the SAT-only path, for comparisons), and
   * {@code argmap.dung.labellingWork} overrides the base budget (tests set it to 0 to make the search give up at
   * its first dead end); both are read on every call.
   */
  private static final long LABELLING_BASE_WORK = 50_000;

  private static final long LABELLING_WORK_PER_EXTENSION = 1_000;

  /**
   * Delivers the complete (stable) extensions of U by {@link LabellingEnumerator}; true if it finished or the
   * sink stopped it, false if it is switched off or gave up (then {@code found} has delivered some extensions,
   * each once, and after a give-up tells which, see {@link Delivery#delivered}).
   */
  private boolean byLabelling(boolean stable, Delivery found, String what) {
    if (!Boolean.parseBoolean(System.getProperty("argmap.dung.labellingSearch", "true"))) {
      return false;
    }
    long base = Long.getLong("argmap.dung.labellingWork", LABELLING_BASE_WORK);
    long perExtension = base == 0 ? 0 : LABELLING_WORK_PER_EXTENSION;
    LabellingEnumerator search = new LabellingEnumerator(k, cStart, cSrc, stable, deadline);
    boolean[] e = new boolean[k];
    try {
      boolean done = search.run(labelling -> {
        for (int j = 0; j < k; j++) {
          e[j] = labelling[j] == LabellingEnumerator.IN;
        }
        return add(found, e, what);
      }, base, perExtension);
      if (!done) {
        found.search = search;
      }
      return done;
    } catch (SatSolver.LimitReached x) {
      throw timeout(what, found.size());
    }
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
    return Access.dung().limitExceeded(
        DungLimitExceededException.Limit.TIME_BUDGET,
        foundSoFar,
        what + " exceeded the time budget of " + budgetText + " after finding " + foundSoFar
            + " extension(s) (" + g.size() + " arguments, " + k + " undecided after grounded); raise it with "
            + "DungSolver.builder().timeBudget(...), or ask credulous/skeptical questions instead of enumerating");
  }

  /** One enumeration's delivery: where the extensions go and how many went. */
  private final class Delivery {
    final ExtensionSink sink;
    final int[] buf = new int[g.size()];
    int count;
    boolean stopped;

    /** The labelling search that gave up, whose explored part was delivered; null if none did. */
    LabellingEnumerator search;

    Delivery(ExtensionSink sink) {
      this.sink = sink;
    }

    int size() {
      return count;
    }

    /**
     * Whether the labelling search, before it gave up, delivered the extension with this labelling of U (one
     * {@link LabellingEnumerator} value per argument), so that the SAT solver, which starts over, does not
     * deliver it twice.
     */
    boolean delivered(byte[] labelling) {
      return search != null && search.explored(labelling);
    }
  }

  /**
   * Delivers the extension {@code e} (local membership); false if the sink says stop. The cap counts the
   * extensions delivered: the one past it is not delivered, the enumeration throws instead.
   */
  private boolean add(Delivery found, boolean[] e, String what) {
    if (found.count >= maxExtensions) {
      throw Access.dung().limitExceeded(
          DungLimitExceededException.Limit.MAX_EXTENSIONS,
          found.count,
          what + " has more than " + maxExtensions + " extensions; raise the limit with "
              + "DungSolver.builder().maxExtensions(...), or ask credulous/skeptical questions instead");
    }
    found.count++;
    if (!found.sink.accept(found.buf, toGlobal(e, found.buf))) {
      found.stopped = true;
      return false;
    }
    return true;
  }

  /** Writes the grounded members plus the local members of {@code e} into {@code out}, ascending; returns how many. */
  private int toGlobal(boolean[] e, int[] out) {
    int gi = 0;
    int w = 0;
    for (int j = 0; j < k; j++) {
      if (e[j]) {
        int v = glob[j];
        while (gi < groundedIn.length && groundedIn[gi] < v) {
          out[w++] = groundedIn[gi++];
        }
        out[w++] = v;
      }
    }
    while (gi < groundedIn.length) {
      out[w++] = groundedIn[gi++];
    }
    return w;
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
    toGlobal(e, r);
    return r;
  }
}
