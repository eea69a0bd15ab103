package dev.argmap.semantics;

import dev.argmap.internal.gradual.GradualInput;
import dev.argmap.internal.graph.Csr;
import dev.argmap.internal.graph.EdgeTable;
import dev.argmap.internal.graph.GraphParsers;
import dev.argmap.internal.graph.Labels;
import dev.argmap.internal.graph.Topo;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.io.ImportWarning;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An immutable attack-only argumentation framework: a Dung AF, or a weighted AF when arguments carry initial
 * weights in [0, 1] (1 by default). Arguments are {@code 0..size()-1} with optional labels.
 *
 * <p>It is the input of the Dung extension semantics ({@link DungSolver}) and of the attack-only gradual
 * semantics ({@link GradualSemantics#H_CATEGORIZER} and the weighted ones); bipolar gradual semantics accept it
 * too, as a graph without supports whose base scores are the initial weights. A {@link BipolarGraph} converts to
 * one with {@link BipolarGraph#toAttackGraph()}, which drops the supports and the edge weights.
 *
 * <p>Storage: incoming and (built on first use) outgoing attacks in compressed sparse row arrays. Self-attacks are
 * allowed; duplicate attacks are not.
 */
public final class AttackGraph {
  final int n;
  final Labels labels;
  final double[] weights;
  final boolean weighted;
  final int[] attStart;
  final int[] attSrc;
  private volatile int[][] outgoing;
  private static final int[] CYCLIC = new int[0];
  private volatile int[] topo;

  private AttackGraph(Labels labels, double[] weights, int[] attStart, int[] attSrc) {
    this.n = weights.length;
    this.labels = labels;
    this.weights = weights;
    boolean w = false;
    for (double x : weights) {
      w |= x != 1.0;
    }
    this.weighted = w;
    this.attStart = attStart;
    this.attSrc = attSrc;
  }

  static AttackGraph fromCsr(Labels labels, double[] weights, int[] attStart, int[] attSrc) {
    return new AttackGraph(labels, weights, attStart, attSrc);
  }

  /** Validating factory used by the builder and the ICCMA reader. */
  static AttackGraph fromEdges(Labels labels, double[] weights, int[] from, int[] to, int m) {
    EdgeTable.checkScores(weights, weights.length, labels, "initial weight");
    EdgeTable att = EdgeTable.build("attack", weights.length, labels, from, to, null, m);
    return new AttackGraph(labels, weights, att.start, att.src);
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
   * Reads an ICCMA 2023 {@code .af} file, dropping repeated attacks without a word; {@link #parseIccma(Reader,
   * Consumer)} reports them. Otherwise the same as that method.
   *
   * @param in the text; not closed
   * @return the graph
   * @throws GraphFormatException if the text is malformed (missing header, number out of range, stray text),
   *     naming the line and column
   * @throws IOException if reading fails
   */
  public static AttackGraph parseIccma(Reader in) throws IOException {
    return GraphParsers.parseIccma(in, GraphParsers.IGNORE_WARNINGS);
  }

  /**
   * Reads an ICCMA 2023 {@code .af} file: a header {@code p af N} (N at most 50,000,000), then one line
   * {@code a b} per attack ("a attacks b", arguments numbered 1 to N); lines starting with {@code #} are
   * comments; blank lines, LF, CR and CRLF line ends and a byte order mark are accepted. Argument {@code k}
   * gets index {@code k-1} and label {@code "k"}; all weights are 1. Self-attacks are attacks.
   *
   * <p>This is the one {@code .af} grammar of argmap: every command and importer that reads {@code .af} reads
   * it with this method, so a file gives the same errors and warnings everywhere. A repeated attack is dropped
   * with a warning, {@code line 4: attack 1 -> 2 is repeated; the repetition is dropped} (line known, column
   * not); the warnings come after the whole text is read, in the order of the file.
   *
   * @param in the text; not closed
   * @param warnings receives each warning
   * @return the graph
   * @throws GraphFormatException if the text is malformed (missing or second header, another problem type,
   *     a number out of range, a line that is not two numbers), naming the line and column
   * @throws IOException if reading fails
   */
  public static AttackGraph parseIccma(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(in, "in");
    return GraphParsers.parseIccma(in, Objects.requireNonNull(warnings, "warnings"));
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
   * @return the number of attacks
   */
  public int attackCount() {
    return attSrc.length;
  }

  /**
   * Returns the initial weight of an argument (1 unless set).
   *
   * @param argument an index in {@code [0, size())}
   * @return its weight, in [0, 1]
   */
  public double weight(int argument) {
    checkIndex(argument);
    return weights[argument];
  }

  /**
   * Tells whether some argument has an initial weight other than 1.
   *
   * @return true for a weighted AF
   */
  public boolean isWeighted() {
    return weighted;
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
   * Returns the attackers of an argument.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of argument indices
   */
  public int[] attackers(int argument) {
    checkIndex(argument);
    return Arrays.copyOfRange(attSrc, attStart[argument], attStart[argument + 1]);
  }

  /**
   * Returns the arguments that an argument attacks.
   *
   * @param argument an index in {@code [0, size())}
   * @return a new array of argument indices
   */
  public int[] attacked(int argument) {
    checkIndex(argument);
    int[][] out = outgoing();
    return Arrays.copyOfRange(out[1], out[0][argument], out[0][argument + 1]);
  }

  /**
   * Tells whether the attack relation has no directed cycle (a self-attack is a cycle).
   *
   * @return true if acyclic
   */
  public boolean isAcyclic() {
    return topologicalOrder() != null;
  }

  /** Summary: sizes only. */
  @Override
  public String toString() {
    return "AttackGraph[" + n + " arguments, " + attSrc.length + " attacks" + (weighted ? ", weighted" : "")
        + "]";
  }

  /** {start, targets}: outgoing attacks in CSR form, built on first use. */
  int[][] outgoing() {
    int[][] o = outgoing;
    if (o == null) {
      int[] start = new int[n + 1];
      for (int s : attSrc) {
        start[s + 1]++;
      }
      for (int v = 0; v < n; v++) {
        start[v + 1] += start[v];
      }
      int[] pos = Arrays.copyOf(start, n);
      int[] dst = new int[attSrc.length];
      for (int v = 0; v < n; v++) {
        for (int i = attStart[v]; i < attStart[v + 1]; i++) {
          dst[pos[attSrc[i]]++] = v;
        }
      }
      o = new int[][] {start, dst};
      outgoing = o;
    }
    return o;
  }

  int[] topologicalOrder() {
    int[] t = topo;
    if (t == null) {
      t = Topo.order(n, attStart, attSrc, null, null);
      topo = t == null ? CYCLIC : t;
    }
    return t == CYCLIC ? null : t;
  }

  int cycleWitness() {
    return Topo.cycleWitness(n, attStart, attSrc, null, null);
  }

  GradualInput input() {
    return new GradualInput(n, weights, attStart, attSrc, null, new int[n + 1], new int[0], null, labels);
  }

  private void checkIndex(int a) {
    if (a < 0 || a >= n) {
      throw new IndexOutOfBoundsException("argument index " + a + " out of range [0, " + n + ")");
    }
  }

  /**
   * Collects arguments and attacks; {@link #build()} validates them. Not thread-safe; reusable.
   */
  public static final class Builder {
    private final Csr.StringBuf labels = new Csr.StringBuf(16);
    private final Csr.DoubleBuf weights = new Csr.DoubleBuf(16);
    private final Csr.IntBuf from = new Csr.IntBuf(16);
    private final Csr.IntBuf to = new Csr.IntBuf(16);

    private Builder() {}

    /**
     * Adds an argument of weight 1.
     *
     * @param label its label, unique in the graph
     * @return its index: 0 for the first argument, then 1, 2, ...
     * @throws NullPointerException if {@code label} is null (use {@link #addArgument(double)} for an
     *     argument without a label)
     */
    public int addArgument(String label) {
      return addArgument(label, 1.0);
    }

    /**
     * Adds an argument with an initial weight.
     *
     * @param label its label, unique in the graph
     * @param weight its initial weight; must be in [0, 1] (checked by {@link #build()})
     * @return its index
     * @throws NullPointerException if {@code label} is null (use {@link #addArgument(double)} for an
     *     argument without a label)
     */
    public int addArgument(String label, double weight) {
      return add(Objects.requireNonNull(label, "label"), weight);
    }

    /**
     * Adds an argument without a label ({@link AttackGraph#label(int)} is empty for it).
     *
     * @param weight its initial weight; must be in [0, 1] (checked by {@link #build()})
     * @return its index
     */
    public int addArgument(double weight) {
      return add(null, weight);
    }

    private int add(String label, double weight) {
      labels.add(label);
      weights.add(weight);
      return weights.size - 1;
    }

    /**
     * Adds an attack.
     *
     * @param attacker the attacker's index
     * @param attacked the attacked argument's index
     * @return this builder
     */
    public Builder addAttack(int attacker, int attacked) {
      from.add(attacker);
      to.add(attacked);
      return this;
    }

    /**
     * Validates and builds the graph.
     *
     * @return the immutable graph
     * @throws IllegalArgumentException naming the argument or attack and the rule it breaks: a weight outside
     *     [0, 1] or NaN, a repeated label, an index out of range, or a duplicate attack
     */
    public AttackGraph build() {
      int n = weights.size;
      String[] labelArray = Arrays.copyOf(labels.a, n);
      EdgeTable.checkLabels(labelArray);
      return fromEdges(Labels.explicit(labelArray), Arrays.copyOf(weights.a, n), from.a, to.a, from.size);
    }
  }
}
