package dev.argmap.semantics;

import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.internal.graph.Csr;
import dev.argmap.internal.graph.EdgeTable;
import dev.argmap.internal.graph.GraphParsers;
import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.graph.Topo;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable weighted bipolar argumentation graph (a QBAF): arguments {@code 0..size()-1}, each with a base
 * score in [0, 1] and an optional label, and two disjoint sets of directed edges, attacks and supports.
 *
 * <p>Storage is compact: base scores in one {@code double[]}, and the incoming attacks and supports of every
 * argument in compressed sparse row arrays, so a graph with millions of arguments costs a few dozen bytes per
 * argument and edge. Self-attacks and self-supports are allowed; duplicate edges and an edge that is both an
 * attack and a support are not.
 *
 * <p><b>Edge weights.</b> Every edge has a weight in [0, 1], 1 by default. A weight {@code w} on the edge from
 * {@code b} to {@code a} multiplies {@code b}'s strength before {@code a}'s aggregation, so {@code b} counts as a
 * parent of strength {@code w * strength(b)} (as uncertainpy does in its sum aggregation). The published
 * semantics (see {@link GradualSemantics}) have no edge weights: with all weights 1 they are exactly the
 * papers' definitions.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * BipolarGraph.Builder b = BipolarGraph.builder();
 * int claim = b.addArgument("claim", 0.5);
 * int pro = b.addArgument("pro", 0.8);
 * int con = b.addArgument("con", 0.4);
 * b.addSupport(pro, claim).addAttack(con, claim);
 * BipolarGraph g = b.build();
 * Strengths s = GradualSemantics.DF_QUAD.evaluate(g);
 * }</pre>
 */
public final class BipolarGraph {
  final int n;
  final Labels labels;
  final double[] base;
  final int[] attStart;
  final int[] attSrc;
  final double[] attW;
  final int[] supStart;
  final int[] supSrc;
  final double[] supW;
  private static final int[] CYCLIC = new int[0];
  private volatile int[] topo;

  private BipolarGraph(Labels labels, double[] base, EdgeTable att, EdgeTable sup) {
    this.n = base.length;
    this.labels = labels;
    this.base = base;
    this.attStart = att.start;
    this.attSrc = att.src;
    this.attW = att.weights;
    this.supStart = sup.start;
    this.supSrc = sup.src;
    this.supW = sup.weights;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a graph in uncertainpy's {@code .bag} format: one statement per line, {@code arg(name, base).},
   * {@code att(from, to).}, {@code sup(from, to).}; blank lines are ignored. As argmap extensions, an optional
   * third number {@code att(from, to, weight).} gives an edge weight, lines starting with {@code #} or {@code %}
   * are comments, arguments may be declared after their edges, and the final dot may be left out. Argument
   * names become labels; indices follow the order of the {@code arg} statements.
   *
   * @param in the text; not closed
   * @return the graph
   * @throws GraphFormatException if the text is malformed, naming the line and column
   * @throws IOException if reading fails
   */
  public static BipolarGraph parseBag(Reader in) throws IOException {
    return GraphParsers.parseBag(in);
  }

  /**
   * Returns the number of arguments.
   *
   * @return the number of arguments
   */
  public int size() {
    return n;
  }

  /**
   * Returns the number of attacks.
   *
   * @return the number of attack edges
   */
  public int attackCount() {
    return attSrc.length;
  }

  /**
   * Returns the number of supports.
   *
   * @return the number of support edges
   */
  public int supportCount() {
    return supSrc.length;
  }

  /**
   * Returns the base score of an argument.
   *
   * @param argument an index in {@code [0, size())}
   * @return its base score, in [0, 1]
   */
  public double baseScore(int argument) {
    checkIndex(argument);
    return base[argument];
  }

  /**
   * Returns the label of an argument.
   *
   * @param argument an index in {@code [0, size())}
   * @return its label, or empty if it has none
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Optional<String> label(int argument) {
    return Optional.ofNullable(labels.label(argument));
  }

  /**
   * Returns the index of the argument with a label.
   *
   * @param label a label
   * @return its index, or -1 if no argument has that label
   */
  public int indexOf(String label) {
    return labels.indexOf(label);
  }

  /**
   * Returns the attackers of an argument, in the order their attacks were added.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of argument indices
   */
  public int[] attackers(int argument) {
    checkIndex(argument);
    return Arrays.copyOfRange(attSrc, attStart[argument], attStart[argument + 1]);
  }

  /**
   * Returns the supporters of an argument, in the order their supports were added.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of argument indices
   */
  public int[] supporters(int argument) {
    checkIndex(argument);
    return Arrays.copyOfRange(supSrc, supStart[argument], supStart[argument + 1]);
  }

  /**
   * Returns the weights of an argument's incoming attacks, aligned with {@link #attackers(int)}.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of weights in [0, 1]
   */
  public double[] attackWeights(int argument) {
    checkIndex(argument);
    return weights(attW, attStart, argument);
  }

  /**
   * Returns the weights of an argument's incoming supports, aligned with {@link #supporters(int)}.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of weights in [0, 1]
   */
  public double[] supportWeights(int argument) {
    checkIndex(argument);
    return weights(supW, supStart, argument);
  }

  /**
   * Tells whether some edge has a weight other than 1.
   *
   * @return true if an edge weight differs from 1
   */
  public boolean hasEdgeWeights() {
    return attW != null || supW != null;
  }

  /**
   * Tells whether the graph of attacks and supports taken together has no directed cycle (self-loops count as
   * cycles). Acyclic graphs are evaluated exactly, in one topological pass.
   *
   * @return true if acyclic
   */
  public boolean isAcyclic() {
    return topologicalOrder() != null;
  }

  /**
   * Returns the attack-only graph with the same arguments, labels and attacks, the base scores as initial
   * weights, and no supports. Edge weights are dropped: {@link AttackGraph} has none.
   *
   * @return the Dung / weighted argumentation framework of this graph
   */
  public AttackGraph toAttackGraph() {
    return AttackGraph.fromCsr(labels, base, attStart, attSrc);
  }

  /** Summary: sizes only. */
  @Override
  public String toString() {
    return "BipolarGraph[" + n + " arguments, " + attSrc.length + " attacks, " + supSrc.length + " supports"
        + (hasEdgeWeights() ? ", weighted edges" : "") + "]";
  }

  /** The topological order of attacks and supports together, or null when cyclic; cached. */
  int[] topologicalOrder() {
    int[] t = topo;
    if (t == null) {
      t = Topo.order(n, attStart, attSrc, supStart, supSrc);
      topo = t == null ? CYCLIC : t;
    }
    return t == CYCLIC ? null : t;
  }

  int cycleWitness() {
    return Topo.cycleWitness(n, attStart, attSrc, supStart, supSrc);
  }

  GradualInput input() {
    return new GradualInput(n, base, attStart, attSrc, attW, supStart, supSrc, supW, labels);
  }

  private static double[] weights(double[] w, int[] start, int a) {
    if (w == null) {
      double[] ones = new double[start[a + 1] - start[a]];
      Arrays.fill(ones, 1.0);
      return ones;
    }
    return Arrays.copyOfRange(w, start[a], start[a + 1]);
  }

  private void checkIndex(int a) {
    if (a < 0 || a >= n) {
      throw new IndexOutOfBoundsException("argument index " + a + " out of range [0, " + n + ")");
    }
  }

  /**
   * Collects arguments and edges; {@link #build()} validates them and returns the immutable graph. Not
   * thread-safe. The builder can be reused: later additions do not affect graphs already built.
   */
  public static final class Builder {
    private final Csr.StringBuf labels = new Csr.StringBuf(16);
    private final Csr.DoubleBuf base = new Csr.DoubleBuf(16);
    private final Csr.IntBuf attFrom = new Csr.IntBuf(16);
    private final Csr.IntBuf attTo = new Csr.IntBuf(16);
    private Csr.DoubleBuf attW;
    private final Csr.IntBuf supFrom = new Csr.IntBuf(16);
    private final Csr.IntBuf supTo = new Csr.IntBuf(16);
    private Csr.DoubleBuf supW;

    private Builder() {}

    /**
     * Adds an argument.
     *
     * @param label its label, unique in the graph
     * @param baseScore its base score; must be in [0, 1] (checked by {@link #build()})
     * @return its index: 0 for the first argument, then 1, 2, ...
     * @throws NullPointerException if {@code label} is null (use {@link #addArgument(double)} for an
     *     argument without a label)
     */
    public int addArgument(String label, double baseScore) {
      return add(Objects.requireNonNull(label, "label"), baseScore);
    }

    private int add(String label, double baseScore) {
      labels.add(label);
      base.add(baseScore);
      return base.size - 1;
    }

    /**
     * Adds an argument without a label.
     *
     * @param baseScore its base score; must be in [0, 1] (checked by {@link #build()})
     * @return its index
     */
    public int addArgument(double baseScore) {
      return add(null, baseScore);
    }

    /**
     * Adds an attack of weight 1.
     *
     * @param from the attacker's index
     * @param to the attacked argument's index
     * @return this builder
     */
    public Builder addAttack(int from, int to) {
      attFrom.add(from);
      attTo.add(to);
      if (attW != null) {
        attW.add(1.0);
      }
      return this;
    }

    /**
     * Adds a weighted attack: the attacker's strength is multiplied by {@code weight} before aggregation.
     *
     * @param from the attacker's index
     * @param to the attacked argument's index
     * @param weight in [0, 1] (checked by {@link #build()})
     * @return this builder
     */
    public Builder addAttack(int from, int to, double weight) {
      if (attW == null) {
        attW = new Csr.DoubleBuf(attFrom.a.length);
        attW.fillTo(attFrom.size, 1.0);
      }
      attFrom.add(from);
      attTo.add(to);
      attW.add(weight);
      return this;
    }

    /**
     * Adds a support of weight 1.
     *
     * @param from the supporter's index
     * @param to the supported argument's index
     * @return this builder
     */
    public Builder addSupport(int from, int to) {
      supFrom.add(from);
      supTo.add(to);
      if (supW != null) {
        supW.add(1.0);
      }
      return this;
    }

    /**
     * Adds a weighted support: the supporter's strength is multiplied by {@code weight} before aggregation.
     *
     * @param from the supporter's index
     * @param to the supported argument's index
     * @param weight in [0, 1] (checked by {@link #build()})
     * @return this builder
     */
    public Builder addSupport(int from, int to, double weight) {
      if (supW == null) {
        supW = new Csr.DoubleBuf(supFrom.a.length);
        supW.fillTo(supFrom.size, 1.0);
      }
      supFrom.add(from);
      supTo.add(to);
      supW.add(weight);
      return this;
    }

    /**
     * Validates and builds the graph.
     *
     * @return the immutable graph
     * @throws IllegalArgumentException naming the argument or edge and the rule it breaks: a base score or
     *     weight outside [0, 1] or NaN, a repeated label, an index out of range, a duplicate edge, or an edge
     *     that is both an attack and a support
     */
    public BipolarGraph build() {
      int n = base.size;
      String[] labelArray = Arrays.copyOf(labels.a, n);
      Labels l = Labels.explicit(labelArray);
      double[] b = Arrays.copyOf(base.a, n);
      EdgeTable.checkScores(b, n, l, "base score");
      EdgeTable.checkLabels(labelArray);
      EdgeTable att =
          EdgeTable.build("attack", n, l, attFrom.a, attTo.a, attW == null ? null : attW.a, attFrom.size);
      EdgeTable sup =
          EdgeTable.build("support", n, l, supFrom.a, supTo.a, supW == null ? null : supW.a, supFrom.size);
      EdgeTable.checkDisjoint(n, l, att, sup);
      return new BipolarGraph(l, b, att, sup);
    }
  }
}
