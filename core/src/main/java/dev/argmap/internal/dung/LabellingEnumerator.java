package dev.argmap.internal.dung;

/**
 * Enumerates the complete (or stable) labellings of a framework by depth-first search with propagation, without
 * a SAT solver: each solution costs one step of backtracking rather than a new solver call, which is what matters
 * on frameworks with very many extensions.
 *
 * <p>Every argument has a domain, a subset of {IN, OUT, UNDEC} ({IN, OUT} for stable). The constraint of argument
 * {@code a} ties its label to its attackers' (IN iff all are OUT, OUT iff one is IN, else UNDEC); it removes the
 * values of {@code a} no combination of its attackers' domains supports, and derives what its attackers must be
 * (an argument that cannot be OUT has no IN attacker; one that must be OUT with a single attacker that can be IN
 * makes that attacker IN; one that cannot be IN with a single attacker that can be other than OUT makes that
 * attacker IN or UNDEC). Constraints are revised to a fixpoint after every choice; when every domain is a single
 * value, every constraint has been checked on those values, so the labelling is complete (stable).
 *
 * <p>Arguments are chosen in the {@link SccOrder}: upstream strongly connected components first (inside each,
 * attackers before the arguments they attack as far as cycles allow), so that when
 * the search reaches a component everything attacking it from outside is already labelled and the component is
 * searched conditioned on it (attacked by an IN: OUT; attackers OUT: ignored; attackers UNDEC: cannot be IN).
 * That is the SCC-recursive scheme for complete and stable semantics, and the search is the depth-first product
 * of the components' labellings. Complete labellings always extend (the grounded labelling of the rest is
 * complete), so for complete semantics the search never backtracks across components.
 *
 * <p>There is no learning, so a framework whose labellings are few and hard to find can make the search
 * explore many dead ends; {@link #run} gives up at a dead end once its work exceeds a budget that grows with the
 * labellings found, so that the caller can use the SAT solver instead.
 */
final class LabellingEnumerator {
  static final byte IN = 1;
  static final byte OUT = 2;
  static final byte UNDEC = 4;

  /** Receives each labelling found (one value per argument); the array is reused, copy what is kept. */
  interface Sink {
    /** Takes a labelling; false stops the search. */
    boolean accept(byte[] labelling);
  }

  private final int n;
  private final int[] aStart; // attackers
  private final int[] aSrc;
  private final int[] tStart; // targets
  private final int[] tDst;
  private final int[] order;
  private final byte[] dom;
  private final byte full;
  private final long deadline;

  private int[] trailVar;
  private byte[] trailOld;
  private int trailSize;
  private final int[] queue;
  private final boolean[] queued;
  private int qHead;
  private int qTail;

  private long failures;
  private long revisions;

  // where the last run gave up (see explored): per open choice, its argument, its current value (none at the
  // deepest) and the values whose subtrees it had finished
  private int[] frontierVar = new int[0];
  private byte[] frontierCur = new byte[0];
  private byte[] frontierDone = new byte[0];
  private long solutions;
  private boolean stopped;

  /**
   * Prepares the search on arguments {@code 0..n-1} whose attackers are {@code src[start[j]] ..
   * src[start[j + 1] - 1]}.
   */
  LabellingEnumerator(int n, int[] start, int[] src, boolean stable, long deadline) {
    this.n = n;
    this.aStart = start;
    this.aSrc = src;
    this.deadline = deadline;
    this.full = stable ? (byte) (IN | OUT) : (byte) (IN | OUT | UNDEC);
    this.tStart = new int[n + 1];
    for (int e = 0; e < start[n]; e++) {
      tStart[src[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      tStart[v + 1] += tStart[v];
    }
    this.tDst = new int[start[n]];
    int[] fill = java.util.Arrays.copyOf(tStart, n);
    for (int v = 0; v < n; v++) {
      for (int e = start[v]; e < start[v + 1]; e++) {
        tDst[fill[src[e]]++] = v;
      }
    }
    this.order = new SccOrder(n, start, src).order;
    this.dom = new byte[n];
    this.trailVar = new int[Math.max(16, 3 * n)];
    this.trailOld = new byte[trailVar.length];
    this.queue = new int[n + 1];
    this.queued = new boolean[n];
  }

  /** How many constraint revisions the last {@link #run} made (its work). */
  long revisions() {
    return revisions;
  }

  /** Whether the sink stopped the last {@link #run}. */
  boolean stopped() {
    return stopped;
  }

  /**
   * After a {@link #run} that gave up: whether the search had handed the labelling {@code labelling} (one value
   * per argument) to the sink. The search is depth-first, so what it delivered are the labellings in the subtrees
   * it had finished: those that follow the current value of every open choice down to one where they take a
   * value already tried there. Propagation removes only values no labelling under the choices above has, so a
   * labelling that leaves the path at a choice with a value not yet tried there has not been delivered.
   */
  boolean explored(byte[] labelling) {
    for (int i = 0; i < frontierVar.length; i++) {
      byte x = labelling[frontierVar[i]];
      if ((x & frontierDone[i]) != 0) {
        return true;
      }
      if (x != frontierCur[i]) {
        return false;
      }
    }
    return false;
  }

  /** How many times a choice led to a contradiction in the last {@link #run}. */
  long failures() {
    return failures;
  }

  /**
   * Runs the search, handing every labelling to {@code sink}.
   *
   * @param baseWork with {@code workPerSolution}, the budget: at a dead end, the search gives up if it has made
   *     more than {@code baseWork + workPerSolution * labellings found so far} constraint revisions (a search
   *     without dead ends does work in proportion to its output and never gives up)
   * @param workPerSolution see {@code baseWork}
   * @return true if the search finished or the sink stopped it ({@link #stopped}), false if it gave up (then
   *     {@code sink} has received some of the labellings, each once)
   * @throws SatSolver.LimitReached if the deadline passes
   */
  boolean run(Sink sink, long baseWork, long workPerSolution) {
    failures = 0;
    revisions = 0;
    solutions = 0;
    stopped = false;
    trailSize = 0;
    java.util.Arrays.fill(dom, full);
    for (int v = 0; v < n; v++) {
      enqueue(v);
    }
    if (!propagate()) {
      return true; // no labelling at all (stable only: a complete one always exists)
    }
    frontierVar = new int[0];
    int[] levelVar = new int[n + 1];
    byte[] levelDom = new byte[n + 1];
    byte[] levelLeft = new byte[n + 1];
    int[] levelTrail = new int[n + 1];
    int[] levelPos = new int[n + 1];
    int depth = 0;
    int pos = 0;
    long steps = 0;
    boolean descend = true;
    while (true) {
      if (descend) {
        while (pos < n && isSingle(dom[order[pos]])) {
          pos++;
        }
        if (pos == n) {
          solutions++;
          if (!sink.accept(dom)) {
            stopped = true;
            undo(0);
            return true;
          }
        } else {
          int v = order[pos];
          levelVar[depth] = v;
          levelDom[depth] = dom[v];
          levelLeft[depth] = dom[v];
          levelTrail[depth] = trailSize;
          levelPos[depth] = pos;
          depth++;
        }
      }
      // try the next value of the deepest open choice, closing exhausted ones
      descend = false;
      while (depth > 0 && !descend) {
        int l = depth - 1;
        undo(levelTrail[l]);
        byte left = levelLeft[l];
        if (left == 0) {
          depth--;
          continue;
        }
        byte value = (byte) (left & -left); // IN, then OUT, then UNDEC
        levelLeft[l] = (byte) (left & ~value);
        pos = levelPos[l];
        if ((++steps & 1023) == 0 && System.nanoTime() > deadline) {
          throw new SatSolver.LimitReached();
        }
        if (set(levelVar[l], value) && propagate()) {
          descend = true;
        } else {
          clearQueue();
          failures++;
          if (revisions > baseWork + workPerSolution * solutions) {
            undo(levelTrail[l]);
            keepFrontier(depth, levelVar, levelDom, levelLeft);
            undo(0);
            return false;
          }
        }
      }
      if (!descend) {
        return true;
      }
    }
  }

  /**
   * Records the open choices when the search gives up at a dead end of the deepest one, with the domains as
   * they were before its failed value: the arguments of the choices above hold their current values.
   */
  private void keepFrontier(int depth, int[] levelVar, byte[] levelDom, byte[] levelLeft) {
    frontierVar = java.util.Arrays.copyOf(levelVar, depth);
    frontierCur = new byte[depth];
    frontierDone = new byte[depth];
    for (int i = 0; i < depth; i++) {
      byte current = i < depth - 1 ? dom[levelVar[i]] : 0;
      frontierCur[i] = current;
      frontierDone[i] = (byte) (levelDom[i] & ~levelLeft[i] & ~current);
    }
  }

  private static boolean isSingle(byte d) {
    return (d & (d - 1)) == 0;
  }

  /** Narrows the domain of v to d; false if that empties it. */
  private boolean set(int v, int d) {
    return narrow(v, d, true);
  }

  /**
   * Narrows the domain of v to d and queues the constraints v appears in as an attacker, and v's own when
   * {@code own}: its revision, which narrows v with the attackers' domains it has just read, passes false, since
   * revising it again would find nothing new (an argument that attacks itself is among its own targets).
   */
  private boolean narrow(int v, int d, boolean own) {
    byte old = dom[v];
    if (d == old) {
      return true;
    }
    if (d == 0) {
      return false;
    }
    if (trailSize == trailVar.length) {
      trailVar = java.util.Arrays.copyOf(trailVar, 2 * trailSize);
      trailOld = java.util.Arrays.copyOf(trailOld, 2 * trailSize);
    }
    trailVar[trailSize] = v;
    trailOld[trailSize++] = old;
    dom[v] = (byte) d;
    if (own) {
      enqueue(v);
    }
    int[] targets = tDst;
    for (int e = tStart[v], end = tStart[v + 1]; e < end; e++) {
      enqueue(targets[e]);
    }
    return true;
  }

  private void undo(int to) {
    while (trailSize > to) {
      trailSize--;
      dom[trailVar[trailSize]] = trailOld[trailSize];
    }
  }

  private void enqueue(int a) {
    if (!queued[a]) {
      queued[a] = true;
      queue[qTail] = a;
      qTail = qTail == n ? 0 : qTail + 1;
    }
  }

  private void clearQueue() {
    while (qHead != qTail) {
      queued[queue[qHead]] = false;
      qHead = qHead == n ? 0 : qHead + 1;
    }
  }

  private boolean propagate() {
    while (qHead != qTail) {
      int a = queue[qHead];
      qHead = qHead == n ? 0 : qHead + 1;
      queued[a] = false;
      if (!revise(a)) {
        return false;
      }
    }
    return true;
  }

  /** Revises the constraint of argument a (its label against its attackers'); false on a contradiction. */
  private boolean revise(int a) {
    revisions++;
    // one pass over the attackers' domains, with as few branches as the rules allow: this loop is most of the
    // search's time, and the launcher runs it under the quick compiler, which does not optimise it for us
    byte[] dom = this.dom;
    int[] src = aSrc;
    int all = IN | OUT | UNDEC; // the values every attacker can take
    int any = 0; // the values some attacker can take
    int outOrUndecAll = OUT; // stays OUT while every attacker can be OUT or UNDEC (none must be IN)
    int canBeIn = 0;
    int lastCanBeIn = -1;
    int canBeNotOut = 0;
    int lastCanBeNotOut = -1;
    for (int e = aStart[a], end = aStart[a + 1]; e < end; e++) {
      int b = src[e];
      int d = dom[b];
      all &= d;
      any |= d;
      outOrUndecAll &= d | (d >> 1); // UNDEC (4) shifted onto OUT (2)
      if (d != OUT) { // IN or UNDEC possible
        canBeNotOut++;
        lastCanBeNotOut = b;
        if ((d & IN) != 0) {
          canBeIn++;
          lastCanBeIn = b;
        }
      }
    }
    int supported = ((all & OUT) != 0 ? IN : 0) | (canBeIn > 0 ? OUT : 0)
        | (outOrUndecAll != 0 && (any & UNDEC) != 0 ? UNDEC : 0);
    int d = dom[a] & supported;
    if (d != dom[a] && !narrow(a, d, false)) {
      return false;
    }
    if ((d & OUT) == 0) { // an IN attacker would make a OUT
      if (canBeIn > 0) {
        for (int e = aStart[a]; e < aStart[a + 1]; e++) {
          int b = src[e];
          if ((dom[b] & IN) != 0 && !set(b, dom[b] & ~IN)) {
            return false;
          }
        }
      }
    } else if (d == OUT && canBeIn == 1) { // OUT needs an IN attacker: the only candidate
      if (!set(lastCanBeIn, IN)) {
        return false;
      }
    }
    if ((d & IN) == 0 && canBeNotOut == 1) { // not IN: some attacker is not OUT
      return set(lastCanBeNotOut, dom[lastCanBeNotOut] & (IN | UNDEC));
    }
    return true;
  }
}
