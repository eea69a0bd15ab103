package dev.argmap.internal.gradual;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.graph.Labels;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import java.util.Arrays;

/**
 * Evaluates a {@link QNet} where some nodes are absent (a coalition of a contribution game), some ignore their
 * attackers and supporters (intrinsic removal), and bases can be changed. An absent node does not exist: it has
 * no strength, is no attacker or supporter of anything, and a conjunctive input that is absent makes its reader's
 * base 0 (a map argument cannot stand without one of its premises).
 *
 * <p>On an acyclic network, changes are settled incrementally: only the nodes downstream of a change are
 * recomputed, in topological order, and a node whose value did not change stops the propagation. This is what
 * makes enumerating coalitions in Gray-code order and sampling permutations cheap. On a cyclic network every
 * settle iterates the whole (restricted) network to a fixpoint from the engine's starting point, with the
 * engine's scheme and tolerance; a run that does not converge is an error, never a silent value.
 *
 * <p>Not thread-safe: one evaluator per thread.
 */
public final class NetEval {
  public final QNet net;
  public final boolean[] present;
  public final boolean[] cut;
  /** Nodes whose value is their base, whatever their inputs (a parent evaluated once, outside the game). */
  public final boolean[] fixed;
  public final double[] base;
  public double[] s;
  private final double[] att;
  private final double[] sup;
  private final boolean acyclic;
  private final int[] pos;
  /** The node at each position of {@link #pos}. */
  private final int[] byPos;
  /**
   * The pending nodes as a bit set over their topological positions: settling takes the lowest position first
   * (as a heap on positions would) at the cost of a word scan instead of a sift.
   */
  private final long[] pending;
  /** The lowest word of {@link #pending} that may hold a bit; meaningless while nothing is pending. */
  private int lowWord;
  private final boolean[] queued;
  /** Nodes whose presence changed: their readers must be updated even if the value is the same (0 then 0). */
  private final boolean[] toggled;
  /** How many nodes are pending (acyclic); on a cyclic network, 1 when anything changed since the last settle. */
  private int pendingCount;
  private final EvaluationOptions options;
  private final EvaluationScheme cyclicScheme;
  private final Labels labels;
  /** Local updates computed so far, for benchmarks and budgets. */
  public long updates;

  public NetEval(QNet net, EvaluationOptions options) {
    this.net = net;
    this.options = options;
    this.present = new boolean[net.n];
    this.cut = new boolean[net.n];
    this.fixed = new boolean[net.n];
    this.base = net.base.clone();
    this.s = new double[net.n];
    int deg = net.maxInDegree();
    this.att = new double[deg];
    this.sup = new double[deg];
    this.acyclic = net.topo != null && options.scheme() != EvaluationScheme.JACOBI
        && options.scheme() != EvaluationScheme.RK4;
    // settling visits pending nodes by position in a topological order: the index order when it is one
    // (memory read in sequence), else Kahn's; any topological order gives the same values
    this.pos = new int[net.n];
    this.byPos = net.parentsFirst ? new int[net.n] : net.topo;
    if (net.parentsFirst) {
      for (int k = 0; k < net.n; k++) {
        pos[k] = k;
        byPos[k] = k;
      }
    } else if (net.topo != null) {
      for (int k = 0; k < net.n; k++) {
        pos[net.topo[k]] = k;
      }
    }
    this.pending = new long[(net.n >>> 6) + 1];
    this.queued = new boolean[net.n];
    this.toggled = new boolean[net.n];
    this.labels = Labels.numbered(net.n, 0);
    EvaluationScheme scheme = options.scheme();
    if (scheme == EvaluationScheme.AUTO || scheme == EvaluationScheme.TOPOLOGICAL) {
      scheme = net.sem.isBipolar() ? EvaluationScheme.RK4 : EvaluationScheme.JACOBI;
    }
    this.cyclicScheme = scheme;
    if (net.topo == null && net.sem.isAcyclicOnly() && options.scheme() == EvaluationScheme.AUTO) {
      throw new IllegalArgumentException(net.sem.id() + " is defined on acyclic graphs only, and the part of this graph "
          + "upstream of the topic has a cycle; to iterate anyway, force a scheme with "
          + "EvaluationOptions.builder().scheme(EvaluationScheme.RK4) or JACOBI");
    }
    if (net.topo == null && options.scheme() == EvaluationScheme.TOPOLOGICAL) {
      throw new IllegalArgumentException("the topological scheme needs an acyclic graph, and the part of this "
          + "graph upstream of the topic has a cycle; use EvaluationScheme.AUTO, JACOBI or RK4");
    }
  }

  public boolean isAcyclic() {
    return acyclic;
  }

  /** Every node present, at its own base, reading all its inputs; then evaluated. */
  public void presentAll() {
    Arrays.fill(present, true);
    Arrays.fill(cut, false);
    evaluateAll();
  }

  /** The value of node {@code v} from its inputs' values in {@code in}. */
  public double local(int v, double[] in) {
    updates++;
    if (!present[v]) {
      return 0.0;
    }
    if (fixed[v]) {
      return base[v];
    }
    final QNet g = net;
    double b = base[v];
    for (int i = g.conjStart[v]; i < g.conjStart[v + 1]; i++) {
      int u = g.conjSrc[i];
      b *= present[u] ? in[u] : 0.0;
    }
    int na = 0;
    int ns = 0;
    if (!cut[v]) {
      // branch-free: the slot is always written and kept only if the input is present (coalitions switch
      // presence in patterns a branch predictor cannot follow); the values and their order are unchanged
      final boolean[] pr = present;
      final double[] aw = g.attW;
      for (int i = g.attStart[v]; i < g.attStart[v + 1]; i++) {
        int u = g.attSrc[i];
        att[na] = aw == null ? in[u] : aw[i] * in[u];
        na += pr[u] ? 1 : 0;
      }
      final double[] sw = g.supW;
      for (int i = g.supStart[v]; i < g.supStart[v + 1]; i++) {
        int u = g.supSrc[i];
        sup[ns] = sw == null ? in[u] : sw[i] * in[u];
        ns += pr[u] ? 1 : 0;
      }
    }
    return g.sem.strength(b, att, na, sup, ns);
  }

  /** Evaluates every node from scratch: in one pass (acyclic) or iterated to a fixpoint from the engine's start. */
  public void evaluateAll() {
    pendingCount = 0;
    Arrays.fill(pending, 0L);
    Arrays.fill(queued, false);
    Arrays.fill(toggled, false);
    if (acyclic) {
      if (net.parentsFirst) {
        // the index order is topological too: same values, memory read in sequence
        for (int v = 0; v < net.n; v++) {
          s[v] = local(v, s);
        }
      } else {
        for (int v : net.topo) {
          s[v] = local(v, s);
        }
      }
      return;
    }
    iterate();
  }

  private void iterate() {
    // start where the engine starts (bases; an argument at weight x its premises' bases; h-categorizer at 1),
    // not at the last fixpoint: a cyclic graph can have several, and the engine's limit is the one defined
    double[] start = new double[net.n];
    for (int v = 0; v < net.n; v++) {
      if (!present[v]) {
        continue;
      }
      double b = base[v];
      for (int i = net.conjStart[v]; i < net.conjStart[v + 1]; i++) {
        int u = net.conjSrc[i];
        b *= present[u] ? base[u] : 0.0;
      }
      start[v] = net.sem.initialStrength(fixed[v] ? base[v] : b);
    }
    GradualEngine.Sweep sweep = (in, out) -> {
      for (int v = 0; v < net.n; v++) {
        out[v] = local(v, in);
      }
    };
    Strengths r = cyclicScheme == EvaluationScheme.RK4
        ? GradualEngine.rk4(net.sem, sweep, net.n, labels, start, options)
        : GradualEngine.jacobi(net.sem, sweep, net.n, labels, start, options);
    if (!r.converged()) {
      throw new IllegalStateException(net.sem.id() + " did not converge on a sub-graph of a contribution "
          + "computation (" + r.iterations() + " iterations, residual " + r.residual() + "); raise "
          + "EvaluationOptions.maxIterations or use the removal or gradient function");
    }
    double[] v = Access.semantics().rawValues(r);
    System.arraycopy(v, 0, s, 0, net.n);
  }

  /** Makes node {@code v} present or absent; call {@link #settle()} to update the values. */
  public void setPresent(int v, boolean p) {
    if (present[v] != p) {
      present[v] = p;
      toggled[v] = true;
      enqueue(v);
    }
  }

  /** Makes node {@code v} ignore its attackers and supporters, or read them again; then {@link #settle()}. */
  public void setCut(int v, boolean c) {
    if (cut[v] != c) {
      cut[v] = c;
      enqueue(v);
    }
  }

  /** Changes the base of node {@code v}; call {@link #settle()} to update the values. */
  public void setBase(int v, double b) {
    if (base[v] != b) {
      base[v] = b;
      enqueue(v);
    }
  }

  private void enqueue(int v) {
    if (!acyclic || queued[v]) {
      pendingCount = acyclic ? pendingCount : 1;
      return;
    }
    queued[v] = true;
    int p = pos[v];
    int w = p >>> 6;
    pending[w] |= 1L << p;
    if (pendingCount++ == 0 || w < lowWord) {
      lowWord = w;
    }
  }

  /** Removes and returns the pending node of lowest topological position. */
  private int poll() {
    int w = lowWord;
    long bits = pending[w];
    while (bits == 0L) {
      bits = pending[++w];
    }
    lowWord = w;
    pending[w] = bits & (bits - 1);
    pendingCount--;
    int top = byPos[(w << 6) | Long.numberOfTrailingZeros(bits)];
    queued[top] = false;
    return top;
  }

  /** Brings every value up to date after {@link #setPresent} and {@link #setBase} calls. */
  public void settle() {
    if (!acyclic) {
      if (pendingCount > 0) {
        pendingCount = 0;
        iterate();
      }
      return;
    }
    while (pendingCount > 0) {
      int v = poll();
      double old = s[v];
      double now = local(v, s);
      if (now != old || toggled[v]) {
        toggled[v] = false;
        s[v] = now;
        for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
          int c = net.outDst[i];
          if (present[c] || c == v) {
            enqueue(c);
          }
        }
      }
    }
  }
}
