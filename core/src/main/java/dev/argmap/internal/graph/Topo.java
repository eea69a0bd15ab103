package dev.argmap.internal.graph;

/**
 * Topological order (Kahn) of the graph formed by up to two incoming-edge CSR structures taken together (attacks
 * and supports), and a witness argument on a cycle when there is none. Iterative: no recursion over the graph.
 */
public final class Topo {
  private Topo() {}

  /**
   * Returns the arguments in an order where every parent comes before its children, or null if cyclic.
   * When the numbering itself is such an order (every parent has a smaller index, as in files written
   * parents first), returns the identity: a pass in index order reads the arrays sequentially, where
   * Kahn's breadth-first order scatters the accesses (measured 4-6x slower on a 1M-argument DAG).
   */
  public static int[] order(int n, int[] aStart, int[] aSrc, int[] sStart, int[] sSrc) {
    if (numberedParentsFirst(n, aStart, aSrc) && (sStart == null || numberedParentsFirst(n, sStart, sSrc))) {
      int[] identity = new int[n];
      for (int v = 0; v < n; v++) {
        identity[v] = v;
      }
      return identity;
    }
    int[] queue = new int[n];
    int tail = peel(n, aStart, aSrc, sStart, sSrc, queue);
    return tail == n ? queue : null;
  }

  private static boolean numberedParentsFirst(int n, int[] start, int[] src) {
    for (int v = 0; v < n; v++) {
      for (int i = start[v]; i < start[v + 1]; i++) {
        if (src[i] >= v) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns an argument that lies on a directed cycle, or -1 if the graph is acyclic. Peels off arguments with
   * no remaining parents (Kahn), then walks parent links among the rest until an argument repeats.
   */
  public static int cycleWitness(int n, int[] aStart, int[] aSrc, int[] sStart, int[] sSrc) {
    int[] queue = new int[n];
    int tail = peel(n, aStart, aSrc, sStart, sSrc, queue);
    if (tail == n) {
      return -1;
    }
    boolean[] removed = new boolean[n];
    for (int i = 0; i < tail; i++) {
      removed[queue[i]] = true;
    }
    int v = 0;
    while (removed[v]) {
      v++;
    }
    // Every remaining argument has a remaining parent; follow parents until one repeats.
    boolean[] visited = new boolean[n];
    while (!visited[v]) {
      visited[v] = true;
      v = remainingParent(v, aStart, aSrc, sStart, sSrc, removed);
    }
    return v;
  }

  /** Kahn's algorithm; fills {@code queue} with the peeled arguments in order and returns their count. */
  private static int peel(int n, int[] aStart, int[] aSrc, int[] sStart, int[] sSrc, int[] queue) {
    int m = aSrc.length + (sSrc == null ? 0 : sSrc.length);
    int[] indeg = new int[n];
    int[] outStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      indeg[v] = aStart[v + 1] - aStart[v] + (sStart == null ? 0 : sStart[v + 1] - sStart[v]);
    }
    for (int s : aSrc) {
      outStart[s + 1]++;
    }
    if (sSrc != null) {
      for (int s : sSrc) {
        outStart[s + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
    }
    int[] pos = queue; // used as fill positions first, then as the queue
    System.arraycopy(outStart, 0, pos, 0, n);
    int[] outDst = new int[m];
    for (int v = 0; v < n; v++) {
      for (int i = aStart[v]; i < aStart[v + 1]; i++) {
        outDst[pos[aSrc[i]]++] = v;
      }
      if (sStart != null) {
        for (int i = sStart[v]; i < sStart[v + 1]; i++) {
          outDst[pos[sSrc[i]]++] = v;
        }
      }
    }
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (indeg[v] == 0) {
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int i = outStart[v]; i < outStart[v + 1]; i++) {
        if (--indeg[outDst[i]] == 0) {
          queue[tail++] = outDst[i];
        }
      }
    }
    return tail;
  }

  private static int remainingParent(
      int v, int[] aStart, int[] aSrc, int[] sStart, int[] sSrc, boolean[] removed) {
    for (int i = aStart[v]; i < aStart[v + 1]; i++) {
      if (!removed[aSrc[i]]) {
        return aSrc[i];
      }
    }
    if (sStart != null) {
      for (int i = sStart[v]; i < sStart[v + 1]; i++) {
        if (!removed[sSrc[i]]) {
          return sSrc[i];
        }
      }
    }
    throw new AssertionError("argument " + v + " has no remaining parent");
  }
}
