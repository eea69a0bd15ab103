package dev.argmap.bench;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
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
 * Contribution functions (issue 10) on the prebuilt map ({@link PrebuiltMaps#russiaChinaAlliance()}), main thesis
 * {@code t-no-alliance}, DF-QuAD with base scores from evidence (the defaults of {@code MapScorer.of}).
 *
 * <ul>
 *   <li>{@code explain}: {@code MapScorer.of(DF_QUAD).explain(map, thesis)}: exact Shapley shares of the
 *       arguments on the thesis, each with everything upstream of it, plus removal, paths and evidence;
 *   <li>{@code direct}: {@code contributions(map, thesis, SHAPLEY, DIRECT_ARGUMENTS)}, the same Shapley values
 *       alone;
 *   <li>{@code arguments}, {@code statements}, {@code evidence}: {@code contributions(map, thesis, SHAPLEY, X)}
 *       with every argument / statement / evidence item as a player, sampled (more than 20 players upstream) to
 *       the standard error {@link #targetSe}, seed 1, budget 300 s.
 * </ul>
 *
 * <p>Checks, in the setup and on the last result of every iteration: the Shapley values add up to the thesis's
 * total change to 1e-9; exact values are exact, estimates have a largest standard error at most the target;
 * {@code direct} has 23 players. The setup prints the players upstream and the first run's time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class MapContributionBench {
  /** {@code explain}, {@code direct}, {@code arguments}, {@code statements} or {@code evidence}. */
  @Param({"explain", "direct", "arguments", "statements", "evidence"})
  public String players;

  /** The standard error at which sampling stops. */
  @Param({"0.005"})
  public double targetSe;

  private static final StatementId THESIS = StatementId.of("t-no-alliance");

  private ArgumentMap map;
  private MapScorer scorer;
  private Object last;

  /** Loads the map, runs once, checks and prints. */
  @Setup(Level.Trial)
  public void setUp() {
    map = PrebuiltMaps.russiaChinaAlliance();
    scorer = MapScorer.of(GradualSemantics.DF_QUAD).withContributionOptions(ContributionOptions.builder()
        .targetStandardError(targetSe).timeBudget(Duration.ofSeconds(300)).build());
    long t0 = System.nanoTime();
    Object r = run();
    long t1 = System.nanoTime();
    String info = check(r);
    System.out.printf(Locale.ROOT, "%n# map contributions %s, %s: %d statements, %d arguments, %d evidence;"
        + " first run %.1f ms; %s%n", players, THESIS, map.statements().size(), map.arguments().size(),
        map.evidence().size(), (t1 - t0) / 1e6, info);
  }

  /**
   * Computes the contributions.
   *
   * @return the explanation or the contributions
   */
  @Benchmark
  public Object run() {
    Object r;
    switch (players) {
      case "explain":
        r = scorer.explain(map, THESIS);
        break;
      case "direct":
        r = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY, MapContributors.DIRECT_ARGUMENTS);
        break;
      case "arguments":
        r = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY, MapContributors.ARGUMENTS);
        break;
      case "statements":
        r = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY, MapContributors.STATEMENTS);
        break;
      case "evidence":
        r = scorer.contributions(map, THESIS, ContributionFunction.SHAPLEY, MapContributors.EVIDENCE);
        break;
      default:
        throw new IllegalArgumentException("unknown players " + players);
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
    if (r instanceof Explanation) {
      Explanation x = (Explanation) r;
      if (x.reasons().size() != 23) {
        throw new IllegalStateException("expected 23 reasons, got " + x.reasons().size());
      }
      for (Explanation.Reason reason : x.reasons()) {
        if (reason.share().method() != Contribution.Method.EXACT) {
          throw new IllegalStateException("share not exact: " + reason);
        }
      }
      double gap = Math.abs(x.sumOfShares() - x.totalChange());
      if (!(gap <= 1e-9)) {
        throw new IllegalStateException("shares add up to " + x.sumOfShares() + ", not " + x.totalChange());
      }
      return String.format(Locale.ROOT, "23 reasons, exact; base %.9f, score %.9f, |sum - total| %.2e",
          x.base(), x.score(), gap);
    }
    @SuppressWarnings("unchecked")
    Contributions<ElementId> c = (Contributions<ElementId>) r;
    double gap = Math.abs(c.sum() - c.totalChange());
    if (!(gap <= 1e-9)) {
      throw new IllegalStateException("Shapley values add up to " + c.sum() + ", not " + c.totalChange());
    }
    int nonZero = 0;
    double maxSe = 0.0;
    long samples = 0;
    boolean sampled = false;
    for (Contribution x : c.values().values()) {
      if (x.value() != 0.0 || x.method() == Contribution.Method.SAMPLED) {
        nonZero++;
      }
      sampled |= x.method() == Contribution.Method.SAMPLED;
      maxSe = Math.max(maxSe, x.standardError());
      samples = Math.max(samples, x.samples());
    }
    if (players.equals("direct")) {
      if (c.values().size() != 23 || sampled) {
        throw new IllegalStateException("expected 23 exact values: " + c);
      }
    } else if (sampled && !(maxSe <= targetSe)) {
      throw new IllegalStateException("largest standard error " + maxSe + " above " + targetSe + " after "
          + samples + " permutations");
    }
    return String.format(Locale.ROOT, "%d contributors (%d upstream), %s, total change %.9f, |sum - total| %.2e,"
        + " largest standard error %.5f, %d permutations", c.values().size(), nonZero,
        sampled ? "sampled" : "exact", c.totalChange(), gap, maxSe, samples);
  }
}
