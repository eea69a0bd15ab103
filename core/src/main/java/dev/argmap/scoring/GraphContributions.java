package dev.argmap.scoring;

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
  private final QNet net;
  private final Labels labels;
  private final ContributionOptions options;

  private GraphContributions(GradualSemantics semantics, QNet net, Labels labels, ContributionOptions options) {
    this.semantics = semantics;
    this.net = net;
    this.labels = labels;
    this.options = options;
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
    GradualInput in = graph.input();
    return new GraphContributions(semantics, QNet.of(semantics, in), in.labels, ContributionOptions.defaults());
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
    GradualInput in = graph.input();
    return new GraphContributions(semantics, QNet.of(semantics, in), in.labels, ContributionOptions.defaults());
  }

  /**
   * Returns a calculator with other options.
   *
   * @param options the options
   * @return a calculator on the same graph and semantics
   */
  public GraphContributions withOptions(ContributionOptions options) {
    return new GraphContributions(semantics, net, labels, Objects.requireNonNull(options, "options"));
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
    int[][] players = new int[net.n - 1][];
    for (int v = 0, p = 0; v < net.n; v++) {
      if (v != topic) {
        players[p++] = new int[] {v};
      }
    }
    NodeContributions.Outcome r = NodeContributions.compute(net, topic, players, function, options);
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
    int[][] players = new int[net.n - members.size()][];
    players[0] = members.stream().mapToInt(Integer::intValue).toArray();
    for (int v = 0, p = 1; v < net.n; v++) {
      if (v != t && !members.contains(v)) {
        players[p++] = new int[] {v};
      }
    }
    return NodeContributions.compute(net, t, players, function, options).values[0];
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
    if (v < 0 || v >= net.n) {
      throw new IndexOutOfBoundsException("argument index " + v + " out of range [0, " + net.n + ")");
    }
  }

  @Override
  public String toString() {
    return "GraphContributions[" + semantics.id() + ", " + net.n + " arguments, " + options + "]";
  }
}
