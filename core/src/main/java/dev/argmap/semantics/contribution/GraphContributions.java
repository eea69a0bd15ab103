package dev.argmap.semantics.contribution;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.GradualEngine;
import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.internal.gradual.NetEval;
import dev.argmap.internal.gradual.NetGradient;
import dev.argmap.internal.gradual.NodeContributions;
import dev.argmap.internal.gradual.QNet;
import dev.argmap.internal.graph.Labels;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.Strengths;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Contribution functions on a {@link BipolarGraph} or an {@link AttackGraph}: how much each argument moves a
 * topic's final strength under a gradual semantics ({@link ContributionFunction} has the definitions). Immutable
 * and thread-safe; each call computes afresh.
 *
 * <pre>{@code
 * GraphContributions c = GraphContributions.of(graph, GradualSemantics.DF_QUAD);
 * Contributions<String> shares = c.contributions(ContributionFunction.SHAPLEY, "t");
 * shares.sum() == shares.totalChange();          // efficiency, up to rounding
 * Contribution both = c.group(ContributionFunction.SHAPLEY, "t", List.of("s1", "s2"));
 * }</pre>
 *
 * <p>Arguments are keyed by their labels; an unlabeled argument by {@code "#index"}. The players of a game are
 * all arguments but the topic; those that cannot reach the topic get an exact 0 without being evaluated.
 */
public final class GraphContributions {
  private final GradualSemantics semantics;
  private final GradualInput input;
  /** The graph's topological order (cached by the graph), or null when it has a cycle. */
  private final int[] topo;
  private final Labels labels;
  private final ContributionOptions options;
  /** Built on first use: {@link #gradients} does without it. */
  private volatile QNet net;

  private GraphContributions(GradualSemantics semantics, GradualInput input, int[] topo, QNet net,
      ContributionOptions options) {
    this.semantics = semantics;
    this.input = input;
    this.topo = topo;
    this.labels = input.labels;
    this.net = net;
    this.options = options;
  }

  private QNet net() {
    QNet n = net;
    if (n == null) {
      n = QNet.of(semantics, input);
      net = n;
    }
    return n;
  }

  /**
   * Returns the contributions of a bipolar graph's arguments under a semantics, with the default options.
   *
   * @param graph the graph
   * @param semantics the semantics
   * @return the contribution calculator
   * @throws IllegalArgumentException if the semantics is attack-only and the graph has supports
   */
  public static GraphContributions of(BipolarGraph graph, GradualSemantics semantics) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    if (!semantics.isBipolar() && graph.supportCount() > 0) {
      throw new IllegalArgumentException(semantics.id() + " is an attack-only semantics but the graph has "
          + graph.supportCount() + " supports; convert it with toAttackGraph() to drop them, or use a bipolar "
          + "semantics");
    }
    return new GraphContributions(semantics, Access.semantics().input(graph), Access.semantics().topologicalOrder(graph), null,
        ContributionOptions.defaults());
  }

  /**
   * Returns the contributions of an attack-only graph's arguments under a semantics (initial weights are the
   * base scores), with the default options.
   *
   * @param graph the graph
   * @param semantics the semantics
   * @return the contribution calculator
   */
  public static GraphContributions of(AttackGraph graph, GradualSemantics semantics) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semantics, "semantics");
    return new GraphContributions(semantics, Access.semantics().input(graph), Access.semantics().topologicalOrder(graph), null,
        ContributionOptions.defaults());
  }

  /**
   * Returns a calculator with other options.
   *
   * @param options the options
   * @return a calculator on the same graph and semantics
   */
  public GraphContributions withOptions(ContributionOptions options) {
    return new GraphContributions(semantics, input, topo, net, Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the semantics.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public ContributionOptions options() {
    return options;
  }

  /**
   * Returns the contribution of every argument but the topic to the topic's strength.
   *
   * @param function the contribution function
   * @param topic the topic's label
   * @return the contributions, keyed by label in index order
   * @throws IllegalArgumentException if no argument has that label; if the graph is cyclic and QuAD is used
   *     without a forced scheme
   * @throws IllegalStateException if an evaluation on a cyclic graph does not converge
   */
  public Contributions<String> contributions(ContributionFunction function, String topic) {
    return contributions(function, indexOf(topic));
  }

  /**
   * Returns the contribution of every argument but the topic to the topic's strength.
   *
   * @param function the contribution function
   * @param topic the topic's index
   * @return the contributions, keyed by label in index order
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalArgumentException if the graph is cyclic and QuAD is used without a forced scheme
   * @throws IllegalStateException if an evaluation on a cyclic graph does not converge
   */
  public Contributions<String> contributions(ContributionFunction function, int topic) {
    Objects.requireNonNull(function, "function");
    checkIndex(topic);
    int[][] players = new int[net().n - 1][];
    for (int v = 0, p = 0; v < net().n; v++) {
      if (v != topic) {
        players[p++] = new int[] {v};
      }
    }
    NodeContributions.Outcome r = NodeContributions.compute(net(), topic, players, function, options);
    ImmutableMap.Builder<String, Contribution> b = ImmutableMap.builderWithExpectedSize(players.length);
    for (int p = 0; p < players.length; p++) {
      b.put(key(players[p][0]), r.values[p]);
    }
    return new Contributions<>(function, semantics, key(topic), r.strength, r.alone, b.buildOrThrow());
  }

  /**
   * Returns the contribution of a group of arguments taken as one player: for removal, the effect of removing
   * them all; for intrinsic removal, the same after the edges into the group were removed; for Shapley, the
   * group's value in the game where it is one player and every other argument is one; for the gradient, the
   * derivative of the topic's strength when every base in the group rises together (the sum of the partial
   * derivatives).
   *
   * @param function the contribution function
   * @param topic the topic's label
   * @param group the labels of the group; not empty, not holding the topic
   * @return the group's contribution
   * @throws IllegalArgumentException if a label is unknown, the group is empty or holds the topic
   * @throws IllegalStateException if an evaluation on a cyclic graph does not converge
   */
  public Contribution group(ContributionFunction function, String topic, Collection<String> group) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(group, "group");
    int t = indexOf(topic);
    Set<Integer> members = new LinkedHashSet<>();
    for (String label : group) {
      int v = indexOf(label);
      if (v == t) {
        throw new IllegalArgumentException("the group must not hold the topic " + topic);
      }
      members.add(v);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("the group is empty; name at least one argument");
    }
    int[][] players = new int[net().n - members.size()][];
    players[0] = members.stream().mapToInt(Integer::intValue).toArray();
    for (int v = 0, p = 1; v < net().n; v++) {
      if (v != t && !members.contains(v)) {
        players[p++] = new int[] {v};
      }
    }
    return NodeContributions.compute(net(), t, players, function, options).values[0];
  }

  /**
   * Returns the partial derivative of the topic's strength with respect to every argument's base score, in an
   * array-backed result: the form for large graphs (a million arguments), where {@link #contributions} would
   * build a map entry per argument. On an acyclic graph it is one evaluation and one reverse sweep in
   * topological order; on a cyclic one, the adjoint fixpoint of {@link ContributionFunction#GRADIENT}. The
   * values equal that function's, up to the order in which floating-point terms are added.
   *
   * @param topic the topic's label
   * @return every argument's derivative (the topic's own included)
   * @throws IllegalArgumentException if no argument has that label; if the graph is cyclic and QuAD is used
   *     without a forced scheme
   * @throws IllegalStateException if an evaluation does not converge
   */
  public Gradients gradients(String topic) {
    return gradients(indexOf(topic));
  }

  /**
   * Returns every argument's gradient as {@link #gradients(String)}, for the topic with an index.
   *
   * @param t the topic's index
   * @return every argument's derivative
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalArgumentException if the graph is cyclic and QuAD is used without a forced scheme
   * @throws IllegalStateException if an evaluation does not converge
   */
  public Gradients gradients(int t) {
    checkIndex(t);
    EvaluationOptions eo = options.evaluation();
    if (topo != null && eo.scheme() != EvaluationScheme.JACOBI && eo.scheme() != EvaluationScheme.RK4) {
      Strengths s = GradualEngine.run(semantics, input, topo, () -> -1, eo);
      double[] d = reverseSweep(semantics, input, topo, Access.semantics().rawValues(s), t);
      return new Gradients(key(t), Access.semantics().rawValues(s)[t], d, 1, labels, Contribution.Method.EXACT);
    }
    NetEval e = new NetEval(net(), eo);
    e.presentAll();
    NetGradient.Result r = NetGradient.of(e, t, eo);
    return new Gradients(key(t), e.s[t], r.dBase, 1, labels,
        r.iterated ? Contribution.Method.CONVERGED : Contribution.Method.EXACT);
  }

  /**
   * Adjoints pushed from the topic to its inputs in reverse topological order; returns d s(t) / d base. Every
   * node is visited once, its inputs' strengths read and their adjoints updated; under DF-QuAD the product of
   * the other inputs' factors comes from prefix products kept on the way in and a suffix product on the way
   * back, without gathering the inputs first (the cheapest form measured, see docs/performance.md).
   */
  static double[] reverseSweep(GradualSemantics sem, GradualInput g, int[] order, double[] s, int topic) {
    int n = g.n;
    boolean bipolar = sem.isBipolar();
    int deg = 0;
    for (int v = 0; v < n; v++) {
      deg = Math.max(deg, (g.attStart[v + 1] - g.attStart[v]) + (g.supStart[v + 1] - g.supStart[v]));
    }
    double[] lambda = new double[n];
    double[] grad = new double[n];
    lambda[topic] = 1.0;
    final int[] as = g.attStart;
    final int[] asrc = g.attSrc;
    final double[] aw = g.attW;
    final int[] ss = g.supStart;
    final int[] ssrc = g.supSrc;
    final double[] sw = g.supW;
    if (sem == GradualSemantics.DF_QUAD) {
      double[] prefix = new double[deg];
      for (int k = n - 1; k >= 0; k--) {
        int v = order[k];
        double l = lambda[v];
        if (l != 0.0) {
          grad[v] = dfQuadNode(g, s, v, l, lambda, prefix);
        }
      }
      return grad;
    }
    double[] att = new double[deg];
    double[] sup = new double[deg];
    double[] dAtt = new double[deg];
    double[] dSup = new double[deg];
    for (int k = n - 1; k >= 0; k--) {
      int v = order[k];
      double l = lambda[v];
      if (l == 0.0) {
        continue;
      }
      int na = 0;
      for (int i = as[v]; i < as[v + 1]; i++) {
        att[na++] = aw == null ? s[asrc[i]] : aw[i] * s[asrc[i]];
      }
      int ns = 0;
      if (bipolar) {
        for (int i = ss[v]; i < ss[v + 1]; i++) {
          sup[ns++] = sw == null ? s[ssrc[i]] : sw[i] * s[ssrc[i]];
        }
      }
      grad[v] = l * sem.partialDerivatives(g.base[v], att, na, sup, ns, dAtt, dSup);
      for (int i = as[v], j = 0; i < as[v + 1]; i++, j++) {
        lambda[asrc[i]] += l * (aw == null ? dAtt[j] : dAtt[j] * aw[i]);
      }
      for (int i = ss[v], j = 0; j < ns; i++, j++) {
        lambda[ssrc[i]] += l * (sw == null ? dSup[j] : dSup[j] * sw[i]);
      }
    }
    return grad;
  }

  /**
   * One node of the DF-QuAD reverse sweep: pushes its adjoint {@code l} to its inputs and returns its own
   * derivative. The product of the other inputs' factors {@code (1 - w s)} is the prefix product before an input
   * times the suffix product after it, so a factor of 0 needs no special case.
   */
  private static double dfQuadNode(GradualInput g, double[] s, int v, double l, double[] lambda, double[] prefix) {
    final int[] asrc = g.attSrc;
    final double[] aw = g.attW;
    final int[] ssrc = g.supSrc;
    final double[] sw = g.supW;
    int a0 = g.attStart[v];
    int a1 = g.attStart[v + 1];
    int s0 = g.supStart[v];
    int s1 = g.supStart[v + 1];
    double pa = 1.0;
    for (int i = a0; i < a1; i++) {
      prefix[i - a0] = pa;
      pa *= 1.0 - (aw == null ? s[asrc[i]] : aw[i] * s[asrc[i]]);
    }
    int off = a1 - a0;
    double ps = 1.0;
    for (int i = s0; i < s1; i++) {
      prefix[off + i - s0] = ps;
      ps *= 1.0 - (sw == null ? s[ssrc[i]] : sw[i] * s[ssrc[i]]);
    }
    double va = 1.0 - pa;
    double vs = 1.0 - ps;
    double w = g.base[v];
    double ka;
    double dw;
    if (va >= vs) {
      ka = w;
      dw = 1.0 - va + vs;
    } else {
      ka = 1.0 - w;
      dw = 1.0 - (vs - va);
    }
    double la = -l * ka;
    double suffix = 1.0;
    for (int i = a1 - 1; i >= a0; i--) {
      int u = asrc[i];
      double wi = aw == null ? 1.0 : aw[i];
      lambda[u] += la * prefix[i - a0] * suffix * wi;
      suffix *= 1.0 - wi * s[u];
    }
    double ls = l * ka;
    suffix = 1.0;
    for (int i = s1 - 1; i >= s0; i--) {
      int u = ssrc[i];
      double wi = sw == null ? 1.0 : sw[i];
      lambda[u] += ls * prefix[off + i - s0] * suffix * wi;
      suffix *= 1.0 - wi * s[u];
    }
    return l * dw;
  }

  private String key(int v) {
    String l = labels.label(v);
    return l == null ? "#" + v : l;
  }

  private int indexOf(String label) {
    Objects.requireNonNull(label, "label");
    int v = labels.indexOf(label);
    if (v < 0 && label.startsWith("#")) {
      try {
        v = Integer.parseInt(label.substring(1));
        checkIndex(v);
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        v = -1;
      }
    }
    if (v < 0) {
      throw new IllegalArgumentException("the graph has no argument '" + label + "'");
    }
    return v;
  }

  private void checkIndex(int v) {
    if (v < 0 || v >= input.n) {
      throw new IndexOutOfBoundsException("argument index " + v + " out of range [0, " + input.n + ")");
    }
  }

  @Override
  public String toString() {
    return "GraphContributions[" + semantics.id() + ", " + net().n + " arguments, " + options + "]";
  }
}
