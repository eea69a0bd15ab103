package dev.argmap.internal.dung;

/**
 * The strongly connected components of a framework given by its attackers (CSR: the attackers of {@code j} are
 * {@code src[start[j]] .. src[start[j + 1] - 1]}), in topological order: a component comes after every component
 * that attacks it. Iterative Tarjan, {@code O(arguments + attacks)}, so deep graphs do not overflow the stack.
 */
final class SccOrder {
  /** The component of each argument, numbered in topological order (attackers' components first). */
  final int[] component;

  /** How many components there are. */
  final int count;

  /**
   * Every argument, upstream components first and each component's arguments together, in the order a
   * breadth-first walk along attacks meets them inside the component (so that neighbours are close, which is
   * what makes a labelling search in this order propagate early).
   */
  final int[] order;

  SccOrder(int n, int[] start, int[] src) {
    // Tarjan on the reversed edges (argument -> its attackers): a component is closed only after every component
    // it can reach, i.e. every component attacking it, so closing order is already topological.
    int[] index = new int[n];
    int[] low = new int[n];
    java.util.Arrays.fill(index, -1);
    int[] stack = new int[n];
    boolean[] onStack = new boolean[n];
    int sp = 0;
    int[] callVertex = new int[n];
    int[] callEdge = new int[n];
    int[] comp = new int[n];
    int next = 0;
    int comps = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callVertex[0] = root;
      callEdge[0] = start[root];
      index[root] = low[root] = next++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callVertex[depth];
        if (callEdge[depth] < start[v + 1]) {
          int w = src[callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[sp++] = w;
            onStack[w] = true;
            depth++;
            callVertex[depth] = w;
            callEdge[depth] = start[w];
          } else if (onStack[w] && index[w] < low[v]) {
            low[v] = index[w];
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--sp];
            onStack[w] = false;
            comp[w] = comps;
          } while (w != v);
          comps++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callVertex[depth];
          if (low[v] < low[parent]) {
            low[parent] = low[v];
          }
        }
      }
    }
    this.component = comp;
    this.count = comps;
    this.order = bfsOrder(n, start, src, comp, comps);
  }

  /** Components in order; inside each, breadth-first from its first argument along attacks either way. */
  private static int[] bfsOrder(int n, int[] start, int[] src, int[] comp, int comps) {
    int[] size = new int[comps + 1];
    for (int v = 0; v < n; v++) {
      size[comp[v] + 1]++;
    }
    for (int c = 0; c < comps; c++) {
      size[c + 1] += size[c];
    }
    int[] members = new int[n];
    int[] fill = java.util.Arrays.copyOf(size, comps);
    for (int v = 0; v < n; v++) {
      members[fill[comp[v]]++] = v;
    }
    // targets (outgoing) for the undirected walk
    int[] oStart = new int[n + 1];
    for (int e = 0; e < start[n]; e++) {
      oStart[src[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      oStart[v + 1] += oStart[v];
    }
    int[] oDst = new int[start[n]];
    int[] oFill = java.util.Arrays.copyOf(oStart, n);
    for (int v = 0; v < n; v++) {
      for (int e = start[v]; e < start[v + 1]; e++) {
        oDst[oFill[src[e]]++] = v;
      }
    }
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    int w = 0;
    for (int c = 0; c < comps; c++) {
      for (int m = size[c]; m < size[c + 1]; m++) {
        int seed = members[m];
        if (placed[seed]) {
          continue;
        }
        int head = w;
        order[w++] = seed;
        placed[seed] = true;
        while (head < w) {
          int v = order[head++];
          for (int e = start[v]; e < start[v + 1]; e++) {
            int u = src[e];
            if (!placed[u] && comp[u] == c) {
              placed[u] = true;
              order[w++] = u;
            }
          }
          for (int e = oStart[v]; e < oStart[v + 1]; e++) {
            int u = oDst[e];
            if (!placed[u] && comp[u] == c) {
              placed[u] = true;
              order[w++] = u;
            }
          }
        }
      }
    }
    return order;
  }
}
