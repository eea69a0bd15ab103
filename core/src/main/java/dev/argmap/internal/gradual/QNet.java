package dev.argmap.internal.gradual;

import dev.argmap.internal.scoring.MapNet;
import dev.argmap.internal.access.Access;
import dev.argmap.scoring.MapGraph;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import java.util.Arrays;

/**
 * One shape for every network the contribution functions work on: a {@link BipolarGraph} or {@link AttackGraph}
 * under a semantics, or a {@link MapGraph} (whose argument nodes also read their premises). A node's strength is
 * {@code f(b, attackers, supporters)} with {@link GradualSemantics#strength}, where {@code b} is its own base times the
 * product of its conjunctive inputs' strengths (the premises of a map argument; none in a graph). Incoming edges
 * and the reverse (children) in CSR form. Immutable; {@link #restrict} gives the sub-network of a set of nodes,
 * which is what every contribution computation evaluates (only the topic's ancestors can move it).
 */
public final class QNet {
  public final GradualSemantics sem;
  public final int n;
  public final double[] base;
  public final int[] attStart;
  public final int[] attSrc;
  public final double[] attW;
  public final int[] supStart;
  public final int[] supSrc;
  public final double[] supW;
  public final int[] conjStart;
  public final int[] conjSrc;
  /** Every node that reads {@code v}: {@code outDst[outStart[v]..outStart[v+1])}. */
  public final int[] outStart;
  public final int[] outDst;
  /** Node of this network -> node of the network it was restricted from (identity at the top). */
  public final int[] origin;
  /** Topological order of all nodes, or null when the network has a cycle. */
  public final int[] topo;
  /**
   * Whether every input of every node has a lower number than the node: then the index order is topological
   * too, and a full pass in index order (reading memory in sequence) gives the same values as one in {@link
   * #topo}, which stays Kahn's order (the reverse sweep of the gradient accumulates in it).
   */
  public final boolean parentsFirst;

  private QNet(
      GradualSemantics sem,
      int n,
      double[] base,
      int[] attStart,
      int[] attSrc,
      double[] attW,
      int[] supStart,
      int[] supSrc,
      double[] supW,
      int[] conjStart,
      int[] conjSrc,
      int[] origin) {
    this.sem = sem;
    this.n = n;
    this.base = base;
    this.attStart = attStart;
    this.attSrc = attSrc;
    this.attW = attW;
    this.supStart = supStart;
    this.supSrc = supSrc;
    this.supW = supW;
    this.conjStart = conjStart;
    this.conjSrc = conjSrc;
    this.origin = origin;
    int[] deg = new int[n + 1];
    forEachInput((v, u) -> deg[u + 1]++);
    for (int v = 0; v < n; v++) {
      deg[v + 1] += deg[v];
    }
    this.outStart = deg;
    this.outDst = new int[deg[n]];
    int[] pos = Arrays.copyOf(deg, n);
    forEachInput((v, u) -> outDst[pos[u]++] = v);
    this.topo = order();
    this.parentsFirst = topo != null && numberedParentsFirst();
  }

  private boolean numberedParentsFirst() {
    for (int u = 0; u < n; u++) {
      for (int i = outStart[u]; i < outStart[u + 1]; i++) {
        if (outDst[i] <= u) {
          return false;
        }
      }
    }
    return true;
  }

  private interface EdgeVisitor {
    public void visit(int child, int parent);
  }

  private void forEachInput(EdgeVisitor e) {
    for (int v = 0; v < n; v++) {
      for (int i = attStart[v]; i < attStart[v + 1]; i++) {
        e.visit(v, attSrc[i]);
      }
      for (int i = supStart[v]; i < supStart[v + 1]; i++) {
        e.visit(v, supSrc[i]);
      }
      for (int i = conjStart[v]; i < conjStart[v + 1]; i++) {
        e.visit(v, conjSrc[i]);
      }
    }
  }

  /** Kahn's order over every kind of input; null on a cycle. */
  private int[] order() {
    int[] indeg = new int[n];
    for (int v = 0; v < n; v++) {
      indeg[v] = (attStart[v + 1] - attStart[v]) + (supStart[v + 1] - supStart[v])
          + (conjStart[v + 1] - conjStart[v]);
    }
    int[] out = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (indeg[v] == 0) {
        out[tail++] = v;
      }
    }
    while (head < tail) {
      int u = out[head++];
      for (int i = outStart[u]; i < outStart[u + 1]; i++) {
        if (--indeg[outDst[i]] == 0) {
          out[tail++] = outDst[i];
        }
      }
    }
    return tail == n ? out : null;
  }

  private static int[] identity(int n) {
    int[] id = new int[n];
    for (int i = 0; i < n; i++) {
      id[i] = i;
    }
    return id;
  }

  /** The network of a graph; supports are dropped for an attack-only semantics. */
  public static QNet of(GradualSemantics sem, GradualInput g) {
    int[] supStart = g.supStart;
    int[] supSrc = g.supSrc;
    double[] supW = g.supW;
    if (!sem.isBipolar()) {
      supStart = new int[g.n + 1];
      supSrc = new int[0];
      supW = null;
    }
    return new QNet(sem, g.n, g.base.clone(), g.attStart, g.attSrc, g.attW, supStart, supSrc, supW,
        new int[g.n + 1], new int[0], identity(g.n));
  }

  /**
   * The network of a map graph: statement nodes have their base scores, argument nodes their weights, and an
   * argument reads its premises conjunctively. Supports are dropped for an attack-only semantics.
   */
  public static QNet of(GradualSemantics sem, MapGraph g) {
    MapNet gn = Access.scoring().net(g);
    double[] base = new double[gn.n];
    System.arraycopy(gn.tau, 0, base, 0, gn.ns);
    System.arraycopy(gn.weight, 0, base, gn.ns, gn.na);
    int[] conjStart = new int[gn.n + 1];
    for (int k = 0; k < gn.na; k++) {
      conjStart[gn.ns + k + 1] = gn.premStart[k + 1] - gn.premStart[k];
    }
    for (int v = 0; v < gn.n; v++) {
      conjStart[v + 1] += conjStart[v];
    }
    int[] supStart = gn.supStart;
    int[] supSrc = gn.supSrc;
    if (!sem.isBipolar()) {
      supStart = new int[gn.n + 1];
      supSrc = new int[0];
    }
    return new QNet(sem, gn.n, base, gn.attStart, gn.attSrc, null, supStart, supSrc, null, conjStart, gn.premSrc,
        identity(gn.n));
  }

  /** Marks {@code topic} and every node it reads, directly or not. */
  public boolean[] ancestors(int topic) {
    boolean[] seen = new boolean[n];
    seen[topic] = true;
    if (parentsFirst) {
      // inputs have lower numbers: one backward scan marks the same set, reading memory in sequence
      for (int v = topic; v >= 0; v--) {
        if (seen[v]) {
          markAll(attStart, attSrc, v, seen);
          markAll(supStart, supSrc, v, seen);
          markAll(conjStart, conjSrc, v, seen);
        }
      }
      return seen;
    }
    // an int array as the queue (every node enters at most once): no boxing on large networks
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = topic;
    while (head < tail) {
      int v = queue[head++];
      tail = mark(attStart, attSrc, v, seen, queue, tail);
      tail = mark(supStart, supSrc, v, seen, queue, tail);
      tail = mark(conjStart, conjSrc, v, seen, queue, tail);
    }
    return seen;
  }

  private static void markAll(int[] start, int[] src, int v, boolean[] seen) {
    for (int i = start[v]; i < start[v + 1]; i++) {
      seen[src[i]] = true;
    }
  }

  private static int mark(int[] start, int[] src, int v, boolean[] seen, int[] queue, int tail) {
    for (int i = start[v]; i < start[v + 1]; i++) {
      int u = src[i];
      if (!seen[u]) {
        seen[u] = true;
        queue[tail++] = u;
      }
    }
    return tail;
  }

  /**
   * The nodes upstream of {@code topic} (itself included), in increasing order. The work and the memory are
   * proportional to those nodes and their edges, not to the whole network, so that explaining each of many
   * statements of a large map costs what the statement's own upstream costs.
   */
  public int[] ancestorList(int topic) {
    java.util.BitSet seen = new java.util.BitSet();
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    seen.set(topic);
    queue[tail++] = topic;
    while (head < tail) {
      int v = queue[head++];
      for (int[][] edges : new int[][][] {{attStart, attSrc}, {supStart, supSrc}, {conjStart, conjSrc}}) {
        int[] start = edges[0];
        int[] src = edges[1];
        for (int i = start[v]; i < start[v + 1]; i++) {
          int u = src[i];
          if (!seen.get(u)) {
            seen.set(u);
            if (tail == queue.length) {
              queue = Arrays.copyOf(queue, tail * 2);
            }
            queue[tail++] = u;
          }
        }
      }
    }
    int[] nodes = Arrays.copyOf(queue, tail);
    Arrays.sort(nodes);
    return nodes;
  }

  /**
   * The sub-network of {@code nodes} (ascending, closed under inputs, as {@link #ancestorList} gives them) with
   * the edges among them: node {@code w} of the result is {@code nodes[w]} here. Costs what those nodes and
   * their edges cost.
   */
  public QNet restrictToClosed(int[] nodes) {
    int m = nodes.length;
    if (m == n) {
      return this;
    }
    int[] origin = new int[m];
    double[] b = new double[m];
    int[] as = new int[m + 1];
    int[] ss = new int[m + 1];
    int[] cs = new int[m + 1];
    for (int w = 0; w < m; w++) {
      int v = nodes[w];
      origin[w] = this.origin[v];
      b[w] = base[v];
      // every input of a kept node is kept: the set is closed under inputs
      as[w + 1] = as[w] + attStart[v + 1] - attStart[v];
      ss[w + 1] = ss[w] + supStart[v + 1] - supStart[v];
      cs[w + 1] = cs[w] + conjStart[v + 1] - conjStart[v];
    }
    int[] aSrc = new int[as[m]];
    double[] aW = attW == null ? null : new double[as[m]];
    int[] sSrc = new int[ss[m]];
    double[] sW = supW == null ? null : new double[ss[m]];
    int[] cSrc = new int[cs[m]];
    for (int w = 0; w < m; w++) {
      int v = nodes[w];
      copyClosed(attStart, attSrc, attW, v, nodes, aSrc, aW, as[w]);
      copyClosed(supStart, supSrc, supW, v, nodes, sSrc, sW, ss[w]);
      copyClosed(conjStart, conjSrc, null, v, nodes, cSrc, null, cs[w]);
    }
    return new QNet(sem, m, b, as, aSrc, aW, ss, sSrc, sW, cs, cSrc, origin);
  }

  private static void copyClosed(int[] start, int[] src, double[] wts, int v, int[] nodes, int[] dst,
      double[] dstW, int p) {
    for (int i = start[v]; i < start[v + 1]; i++) {
      dst[p] = Arrays.binarySearch(nodes, src[i]);
      if (dstW != null) {
        dstW[p] = wts[i];
      }
      p++;
    }
  }

  /**
   * The sub-network of the marked nodes with the edges among them; {@code map[v]} receives the new index of
   * node {@code v}, or -1. Nodes keep their relative order.
   */
  public QNet restrict(boolean[] keep, int[] map) {
    int m = 0;
    for (int v = 0; v < n; v++) {
      map[v] = keep[v] ? m++ : -1;
    }
    if (m == n) {
      // every node kept: the sub-network would be an identical copy (same order, edges, bases and origins)
      return this;
    }
    int[] origin = new int[m];
    double[] b = new double[m];
    int[] as = new int[m + 1];
    int[] ss = new int[m + 1];
    int[] cs = new int[m + 1];
    for (int v = 0; v < n; v++) {
      if (map[v] < 0) {
        continue;
      }
      int w = map[v];
      origin[w] = this.origin[v];
      b[w] = base[v];
      as[w + 1] = count(attStart, attSrc, v, keep);
      ss[w + 1] = count(supStart, supSrc, v, keep);
      cs[w + 1] = count(conjStart, conjSrc, v, keep);
    }
    for (int w = 0; w < m; w++) {
      as[w + 1] += as[w];
      ss[w + 1] += ss[w];
      cs[w + 1] += cs[w];
    }
    int[] aSrc = new int[as[m]];
    double[] aW = attW == null ? null : new double[as[m]];
    int[] sSrc = new int[ss[m]];
    double[] sW = supW == null ? null : new double[ss[m]];
    int[] cSrc = new int[cs[m]];
    for (int v = 0; v < n; v++) {
      if (map[v] < 0) {
        continue;
      }
      int w = map[v];
      copy(attStart, attSrc, attW, v, keep, map, aSrc, aW, as[w]);
      copy(supStart, supSrc, supW, v, keep, map, sSrc, sW, ss[w]);
      copy(conjStart, conjSrc, null, v, keep, map, cSrc, null, cs[w]);
    }
    return new QNet(sem, m, b, as, aSrc, aW, ss, sSrc, sW, cs, cSrc, origin);
  }

  private static int count(int[] start, int[] src, int v, boolean[] keep) {
    int c = 0;
    for (int i = start[v]; i < start[v + 1]; i++) {
      if (keep[src[i]]) {
        c++;
      }
    }
    return c;
  }

  private static void copy(
      int[] start, int[] src, double[] wts, int v, boolean[] keep, int[] map, int[] dst, double[] dstW, int p) {
    for (int i = start[v]; i < start[v + 1]; i++) {
      if (keep[src[i]]) {
        if (dstW != null) {
          dstW[p] = wts[i];
        }
        dst[p++] = map[src[i]];
      }
    }
  }

  public int maxInDegree() {
    int max = 0;
    for (int v = 0; v < n; v++) {
      max = Math.max(max, Math.max(attStart[v + 1] - attStart[v], supStart[v + 1] - supStart[v]));
    }
    return max;
  }
}
