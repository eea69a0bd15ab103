package dev.argmap.bench;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.GraphContributions;
import dev.argmap.semantics.contribution.Gradients;
import dev.argmap.semantics.Strengths;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Contribution functions (issue 10) on generated acyclic bipolar graphs under DF-QuAD: every argument but the
 * topic is a player, and every argument is upstream of the topic.
 *
 * <p><b>The graph</b> ({@link #sinkGraph}): the acyclic {@code .af} graph of the other benchmarks ({@link
 * Data#af}: seed 42, M = 5N/2 attacks from lower to higher numbers, K = N supports in the sidecar, base scores
 * {@link Data#baseScore}), plus one edge out of every argument that has none, except the last: an attack (even
 * index) or a support (odd index) to a later argument drawn with the same SplitMix64 stream. Every argument then
 * reaches the last one, argument N-1, which is the topic. The graph stays acyclic.
 *
 * <p><b>What is timed</b> ({@link #function}):
 *
 * <ul>
 *   <li>{@code evaluate}: {@code DF_QUAD.evaluate(graph)}, the yardstick of the gradient goal;
 *   <li>{@code gradient}: {@code GraphContributions.of(graph, DF_QUAD).contributions(GRADIENT, topic)}, the
 *       calculator built inside the timed call;
 *   <li>{@code gradient-prepared}: the same with the calculator ({@code GraphContributions.of}) built in the
 *       setup, to separate the cost of building the network;
 *   <li>{@code gradients}: {@code GraphContributions.of(graph, DF_QUAD).gradients(topic)}, the array form: one
 *       evaluation and one reverse sweep, no result map;
 *   <li>{@code shapley-sampled}: Shapley values by permutation sampling (exact limit 0, so sampling even for few
 *       players) to the standard error {@link #targetSe}, seed 1, budget 300 s;
 *   <li>{@code shapley-exact}: exact Shapley values (Gray-code enumeration, exact limit 30); only for N - 1 <= 30
 *       players, otherwise the setup refuses the size.
 * </ul>
 *
 * <p>Sampling costs about N times the part of the graph downstream of a player per permutation (about 40 ms at
 * 10k, 1 s at 100k on a 2-core machine), so {@code shapley-sampled} above 10k runs for many minutes and fails
 * when its 300 s budget stops it above the target: select the sizes with {@code -p nodes=...}.
 *
 * <p><b>Checks</b>, so that a broken run cannot report a fast time: the setup runs the function once and checks
 * the result (Shapley: the values add up to the total change to 1e-9, an estimate's largest standard error is
 * at most the target and it is within 5 standard errors of the exact values when those are computable; gradient:
 * the topic strength equals the evaluation's, and the sum of all partial derivatives matches a central finite
 * difference with every base score moved together; evaluation: converged). The result of the last operation of
 * every iteration is checked again in the iteration's tear-down. The setup prints the graph, the checks and the
 * first run's time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class ContributionBench {
  /** The number of arguments N (the topic and N - 1 players). */
  @Param({"10", "100", "1000", "10000", "100000", "1000000"})
  public int nodes;

  /**
   * {@code evaluate}, {@code gradient}, {@code gradients} (the array form), {@code gradient-prepared}, {@code
   * shapley-sampled} or {@code shapley-exact}.
   */
  @Param({"evaluate", "gradient", "shapley-sampled"})
  public String function;

  /** The standard error at which sampling stops. */
  @Param({"0.01"})
  public double targetSe;

  private static final GradualSemantics SEM = GradualSemantics.DF_QUAD;

  private BipolarGraph graph;
  private int topic;
  private ContributionOptions options;
  private GraphContributions prepared;
  private Object last;
  private double expectedStrength;

  /** Builds the graph, runs the function once, checks and prints the result. */
  @Setup(Level.Trial)
  public void setUp() {
    long g0 = System.nanoTime();
    graph = sinkGraph(nodes);
    topic = nodes - 1;
    long g1 = System.nanoTime();
    Strengths s = SEM.evaluate(graph);
    if (!s.converged()) {
      throw new IllegalStateException("evaluation did not converge: " + s);
    }
    expectedStrength = s.get(topic);
    switch (function) {
      case "evaluate":
      case "gradient":
      case "gradients":
      case "gradient-prepared":
        options = ContributionOptions.defaults();
        prepared = GraphContributions.of(graph, SEM);
        break;
      case "shapley-sampled":
        options = ContributionOptions.builder().exactPlayerLimit(0).targetStandardError(targetSe)
            .timeBudget(Duration.ofSeconds(300)).build();
        break;
      case "shapley-exact":
        if (nodes - 1 > 30) {
          throw new IllegalArgumentException("exact Shapley values enumerate 2^" + (nodes - 1)
              + " coalitions; only sizes up to 31 arguments (30 players) are run");
        }
        options = ContributionOptions.builder().exactPlayerLimit(30).build();
        break;
      default:
        throw new IllegalArgumentException("unknown function " + function);
    }
    long t0 = System.nanoTime();
    Object r = run();
    long t1 = System.nanoTime();
    String extra = check(r);
    if (function.equals("shapley-sampled") && nodes - 1 <= 20) {
      extra += crossCheckExact((Contributions<?>) r);
    }
    if (function.equals("gradients")) {
      extra += checkGradients((Gradients) r);
    } else if (function.startsWith("gradient")) {
      extra += checkGradient((Contributions<?>) r);
    }
    System.out.printf(Locale.ROOT, "%n# contributions %s N=%d: graph %s built in %.1f ms, topic #%d strength %.9f;"
        + " first run %.1f ms; %s%n", function, nodes, graph, (g1 - g0) / 1e6, topic, expectedStrength,
        (t1 - t0) / 1e6, extra);
  }

  /**
   * Runs the function once.
   *
   * @return its result, kept for the tear-down check
   */
  @Benchmark
  public Object run() {
    Object r;
    switch (function) {
      case "evaluate":
        r = SEM.evaluate(graph);
        break;
      case "gradient":
        r = GraphContributions.of(graph, SEM).contributions(ContributionFunction.GRADIENT, topic);
        break;
      case "gradient-prepared":
        r = prepared.contributions(ContributionFunction.GRADIENT, topic);
        break;
      case "gradients":
        r = GraphContributions.of(graph, SEM).gradients(topic);
        break;
      default:
        r = GraphContributions.of(graph, SEM).withOptions(options)
            .contributions(ContributionFunction.SHAPLEY, topic);
        break;
    }
    last = r;
    return r;
  }

  /** Checks the last result of the iteration. */
  @TearDown(Level.Iteration)
  public void checkLast() {
    if (last != null) {
      check(last);
      last = null;
    }
  }

  private String check(Object r) {
    if (r instanceof Gradients) {
      Gradients d = (Gradients) r;
      if (d.size() != nodes || d.topicStrength() != expectedStrength) {
        throw new IllegalStateException("gradients of the wrong size or strength: " + d);
      }
      return "gradients of " + d.size() + " arguments";
    }
    if (r instanceof Strengths) {
      Strengths s = (Strengths) r;
      if (!s.converged() || s.get(topic) != expectedStrength) {
        throw new IllegalStateException("evaluation changed: " + s);
      }
      return "converged";
    }
    Contributions<?> c = (Contributions<?>) r;
    if (c.values().size() != nodes - 1) {
      throw new IllegalStateException("expected " + (nodes - 1) + " contributors, got " + c.values().size());
    }
    if (Math.abs(c.topicStrength() - expectedStrength) > 1e-12) {
      throw new IllegalStateException("topic strength " + c.topicStrength() + " != evaluation's "
          + expectedStrength);
    }
    if (c.function() == ContributionFunction.GRADIENT) {
      return "gradient sum " + c.sum();
    }
    double gap = Math.abs(c.sum() - c.totalChange());
    if (!(gap <= 1e-9)) {
      throw new IllegalStateException("Shapley values add up to " + c.sum() + ", not to the total change "
          + c.totalChange());
    }
    double maxSe = 0.0;
    long samples = 0;
    for (Contribution x : c.values().values()) {
      maxSe = Math.max(maxSe, x.standardError());
      samples = Math.max(samples, x.samples());
      Contribution.Method want = function.equals("shapley-exact") ? Contribution.Method.EXACT
          : Contribution.Method.SAMPLED;
      if (x.method() != want && !(x.value() == 0.0 && x.method() == Contribution.Method.EXACT)) {
        throw new IllegalStateException("expected " + want + " values, got " + x);
      }
    }
    if (function.equals("shapley-sampled") && !(maxSe <= targetSe)) {
      throw new IllegalStateException("largest standard error " + maxSe + " above the target " + targetSe
          + " after " + samples + " permutations (cap or budget reached)");
    }
    return String.format(Locale.ROOT, "total change %.9f, |sum - total| %.2e, largest standard error %.5f,"
        + " %d permutations", c.totalChange(), gap, maxSe, samples);
  }

  /** The estimate against the exact values, when there are at most 20 players. */
  private String crossCheckExact(Contributions<?> sampled) {
    @SuppressWarnings("unchecked")
    Contributions<String> est = (Contributions<String>) sampled;
    Contributions<String> exact = GraphContributions.of(graph, SEM).withOptions(
        ContributionOptions.builder().exactPlayerLimit(30).build()).contributions(ContributionFunction.SHAPLEY, topic);
    double worst = 0.0;
    for (var e : exact.values().entrySet()) {
      Contribution x = est.of(e.getKey());
      double z = Math.abs(x.value() - e.getValue().value()) / Math.max(x.standardError(), 1e-12);
      if (Math.abs(x.value() - e.getValue().value()) > 1e-12 && z > 5.0) {
        throw new IllegalStateException("estimate " + x + " of " + e.getKey() + " is " + z
            + " standard errors from the exact " + e.getValue());
      }
      worst = Math.max(worst, Math.min(z, 1e9));
    }
    return String.format(Locale.ROOT, "; against exact: worst |z| %.2f", worst);
  }

  /** The sum of the partial derivatives against a central difference with every base score moved by h. */
  private String checkGradient(Contributions<?> c) {
    double h = 1e-6;
    double up = SEM.evaluate(shifted(h)).get(topic);
    double down = SEM.evaluate(shifted(-h)).get(topic);
    double fd = (up - down) / (2 * h);
    double sum = c.sum();
    // the topic's own base moves too in the finite difference; its partial derivative is not a contribution
    double own = fdOwn(h);
    double gap = Math.abs(sum + own - fd);
    if (!(gap <= 1e-4 * Math.max(1.0, Math.abs(fd)))) {
      throw new IllegalStateException("gradient sum " + sum + " + topic's own " + own
          + " does not match the finite difference " + fd);
    }
    return String.format(Locale.ROOT, "; finite difference (all bases, h=1e-6) %.9f vs sum %.9f + own %.9f",
        fd, sum, own);
  }

  /** The array gradients: all of them, the topic's own included, against the same central difference. */
  private String checkGradients(Gradients d) {
    double h = 1e-6;
    double fd = (SEM.evaluate(shifted(h)).get(topic) - SEM.evaluate(shifted(-h)).get(topic)) / (2 * h);
    double sum = 0.0;
    for (double x : d.toArray()) {
      sum += x;
    }
    if (!(Math.abs(sum - fd) <= 1e-4 * Math.max(1.0, Math.abs(fd)))) {
      throw new IllegalStateException("gradients add up to " + sum + ", the finite difference is " + fd);
    }
    return String.format(Locale.ROOT, "; finite difference (all bases, h=1e-6) %.9f vs sum %.9f", fd, sum);
  }

  private double fdOwn(double h) {
    return (SEM.evaluate(shiftedOne(topic, h)).get(topic) - SEM.evaluate(shiftedOne(topic, -h)).get(topic))
        / (2 * h);
  }

  private BipolarGraph shifted(double h) {
    return rebuild(i -> clamp(graph.baseScore(i) + h));
  }

  private BipolarGraph shiftedOne(int v, double h) {
    return rebuild(i -> i == v ? clamp(graph.baseScore(i) + h) : graph.baseScore(i));
  }

  private static double clamp(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }

  private BipolarGraph rebuild(java.util.function.IntToDoubleFunction base) {
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < graph.size(); i++) {
      b.addArgument(base.applyAsDouble(i));
    }
    for (int i = 0; i < graph.size(); i++) {
      for (int a : graph.attackers(i)) {
        b.addAttack(a, i);
      }
      for (int s : graph.supporters(i)) {
        b.addSupport(s, i);
      }
    }
    return b.build();
  }

  /**
   * The graph of this benchmark: the acyclic {@code .af} graph of N arguments with its supports, plus an edge
   * out of every argument that has none (but the last) to a later argument, so that every argument reaches
   * argument N - 1.
   *
   * @param n the number of arguments, at least 3
   * @return the graph
   */
  public static BipolarGraph sinkGraph(int n) {
    java.nio.file.Path af = Data.af("acyclic", n);
    Data.Edges att = Data.readEdges(af);
    Data.Edges sup = Data.readEdges(java.nio.file.Path.of(af + ".sup"));
    boolean[] hasOut = new boolean[n];
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument(Data.baseScore(i));
    }
    for (int e = 0; e < att.count(); e++) {
      b.addAttack(att.from()[e], att.to()[e]);
      hasOut[att.from()[e]] = true;
    }
    for (int e = 0; e < sup.count(); e++) {
      b.addSupport(sup.from()[e], sup.to()[e]);
      hasOut[sup.from()[e]] = true;
    }
    long state = Data.SEED ^ 0x5EEDL;
    for (int i = 0; i < n - 1; i++) {
      if (!hasOut[i]) {
        state += 0x9E3779B97F4A7C15L;
        int j = i + 1 + (int) Long.remainderUnsigned(Checksums.splitMix64(state), n - 1 - i);
        if ((i & 1) == 0) {
          b.addAttack(i, j);
        } else {
          b.addSupport(i, j);
        }
      }
    }
    return b.build();
  }
}
