package dev.argmap.scoring.explain;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.gradual.NodeContributions;
import dev.argmap.internal.scoring.MapContributions;
import dev.argmap.scoring.EvidenceBaseScore;
import dev.argmap.scoring.MapGraph;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.StatementId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a statement has its score ({@link MapScorer#explain}): what each argument on it contributes, how the
 * premises upstream reach it, and the evidence and sources behind it. Immutable.
 *
 * <p><b>Reasons are ranked by their share of the change</b> (by default): the statement moves from its base score
 * ({@link #base()}) to its score ({@link #score()}), and each argument on it, taken with everything upstream of
 * it, gets its Shapley share of that change ({@link ContributionFunction#SHAPLEY}). The shares add up to the
 * whole change, so they say how much of it each reason carries, even when many reasons pull the same way. The
 * leave-one-out effect ({@link Reason#removal()}: the score minus the score without that argument) is kept beside
 * it: it answers "what if this argument were not there?", but when several arguments saturate the statement each
 * alone changes almost nothing, so it is no measure of importance there. {@code docs/scoring-guide.md} shows both
 * on the prebuilt map. Another function can rank the reasons ({@link MapScorer#explain(ArgumentMap, StatementId,
 * ContributionFunction)}); {@link Reason#effect()} is the value under that function.
 */
public final class Explanation {
  /** How many shortest paths are kept per premise; see {@link #pathsTruncated()}. */
  static final int MAX_PATHS_PER_PREMISE = 4;

  /**
   * What one argument on the statement contributes.
   *
   * @param argument the argument, whose conclusion is the statement
   * @param polarity whether it supports or attacks the statement
   * @param argumentStrength its strength in the scoring
   * @param share its Shapley share of the statement's change from its base score (with everything upstream of
   *     it as one player); exact up to 24 arguments on the statement, an estimate with its standard error above
   * @param removal the leave-one-out effect: the statement's score minus its score without this argument
   * @param effect its value under the function that ranks the reasons ({@link #ranking()}): the share by default
   */
  public record Reason(ArgumentId argument, Polarity polarity, double argumentStrength, Contribution share,
      double removal, double effect) {}

  /**
   * A shortest chain from an upstream premise to the statement: premise, argument, its conclusion, the next
   * argument, ..., the statement. A conclusion in the chain is a statement, or an argument when the argument
   * before it is an undercutter (or supports that argument).
   *
   * @param premise the upstream statement
   * @param chain the elements from the premise to the statement, both included
   * @param netPolarity {@link Polarity#SUPPORTS} when the chain has an even number of attacking arguments, so a
   *     stronger premise tends to raise the statement; {@link Polarity#ATTACKS} otherwise. Structural only: the
   *     computed effect is what the sensitivity report measures
   */
  public record Path(StatementId premise, ImmutableList<ConclusionId> chain, Polarity netPolarity) {
    /**
     * Returns the number of arguments in the chain.
     *
     * @return the length
     */
    public int length() {
      int arguments = 0;
      for (ConclusionId c : chain) {
        if (c instanceof ArgumentId) {
          arguments++;
        }
      }
      return arguments;
    }
  }

  /**
   * An evidence item on the statement.
   *
   * @param evidence the evidence
   * @param source the source it was found in
   * @param contribution its weight times the source's credibility, as the default base scores use it
   */
  public record EvidenceItem(Evidence evidence, Source source, double contribution) {}

  private final StatementId statement;
  private final MapScores scores;
  private final double base;
  private final double score;
  private final ContributionFunction ranking;
  private final ImmutableList<Reason> contributions;
  private final ImmutableList<Path> paths;
  private final int pathsTruncated;
  private final ImmutableList<EvidenceItem> evidence;
  private final ImmutableSet<Source> sources;

  private Explanation(
      StatementId statement,
      MapScores scores,
      ContributionFunction ranking,
      ImmutableList<Reason> contributions,
      ImmutableList<Path> paths,
      int pathsTruncated,
      ImmutableList<EvidenceItem> evidence,
      ImmutableSet<Source> sources) {
    this.statement = statement;
    this.scores = scores;
    this.base = scores.semantics().localStrength(scores.base(statement), new double[0], new double[0]);
    this.score = scores.strength(statement);
    this.ranking = ranking;
    this.contributions = contributions;
    this.paths = paths;
    this.pathsTruncated = pathsTruncated;
    this.evidence = evidence;
    this.sources = sources;
  }

  static Explanation of(MapScorer scorer, ArgumentMap map, StatementId statement) {
    return of(scorer, map, statement, ContributionFunction.SHAPLEY);
  }

  static Explanation of(MapScorer scorer, ArgumentMap map, StatementId statement, ContributionFunction ranking) {
    if (map.statement(statement).isEmpty()) {
      throw new IllegalArgumentException("the map has no statement " + statement);
    }
    return of(scorer, scorer.score(map), statement, ranking);
  }

  /**
   * Explains a statement of scores already computed, so that explaining every thesis of a map scores it once
   * and compiles its network once.
   */
  static Explanation of(MapScorer scorer, MapScores scores, StatementId statement, ContributionFunction ranking) {
    ArgumentMap map = scores.map();
    if (map.statement(statement).isEmpty()) {
      throw new IllegalArgumentException("the map has no statement " + statement);
    }
    if (scores.semantics() != scorer.semantics()) {
      throw new IllegalArgumentException("the scores are under " + scores.semantics().id()
          + ", the scorer's semantics is " + scorer.semantics().id());
    }
    scores.strength(statement); // throws when not converged
    MapGraph g = scores.graph();
    List<dev.argmap.model.ElementId> keys = new ArrayList<>();
    int[] inputs = MapContributions.direct(g, statement, keys);
    NodeContributions.Outcome[] both = NodeContributions.direct(
        Access.scoring().network(scores), Access.scoring().statementNode(g, statement), inputs, scorer.contributionOptions());
    double[] effect = new double[inputs.length];
    if (ranking == ContributionFunction.SHAPLEY || ranking == ContributionFunction.REMOVAL) {
      NodeContributions.Outcome r = both[ranking == ContributionFunction.SHAPLEY ? 0 : 1];
      for (int i = 0; i < inputs.length; i++) {
        effect[i] = r.values[i].value();
      }
    } else {
      Contributions<dev.argmap.model.ElementId> r = MapContributions.compute(g, scorer.semantics(), statement,
          ranking, MapContributors.DIRECT_ARGUMENTS, scorer.contributionOptions());
      for (int i = 0; i < inputs.length; i++) {
        effect[i] = r.of(keys.get(i)).value();
      }
    }
    List<Reason> cs = new ArrayList<>();
    List<Argument> on = map.argumentsOn(statement);
    for (int i = 0; i < inputs.length; i++) {
      Argument a = on.get(i);
      cs.add(new Reason(a.id(), a.polarity(), scores.strength(a.id()), both[0].values[i],
          both[1].values[i].value(), effect[i]));
    }
    cs.sort(Comparator.comparingDouble((Reason c) -> Math.abs(c.effect())).reversed());
    List<Path> paths = new ArrayList<>();
    int truncated = paths(map, statement, paths);
    paths.sort(Comparator.comparingInt(Path::length)); // stable: search order among equals
    ImmutableList.Builder<EvidenceItem> ev = ImmutableList.builder();
    for (Evidence e : map.evidenceOf(statement)) {
      ev.add(new EvidenceItem(e, map.source(e.source()).orElseThrow(), EvidenceBaseScore.contribution(map, e)));
    }
    return new Explanation(statement, scores, ranking, ImmutableList.copyOf(cs), ImmutableList.copyOf(paths),
        truncated, ev.build(), map.sourcesBehind(statement));
  }

  /**
   * Shortest chains from every upstream premise to the target: distances by breadth-first search backwards
   * (from a statement or argument to the arguments on it, from an argument to its premises), then the chains
   * that descend the distances. Returns the number of premises whose chains were cut by the cap.
   */
  private static int paths(ArgumentMap map, StatementId target, List<Path> out) {
    Map<ConclusionId, Integer> dist = new HashMap<>();
    List<StatementId> premises = new ArrayList<>();
    Deque<ConclusionId> queue = new ArrayDeque<>();
    dist.put(target, 0);
    queue.add(target);
    while (!queue.isEmpty()) {
      ConclusionId x = queue.poll();
      int d = dist.get(x);
      for (Argument a : map.argumentsOn(x)) {
        if (dist.putIfAbsent(a.id(), d + 1) == null) {
          queue.add(a.id());
        }
      }
      if (x instanceof ArgumentId id) {
        for (StatementId p : map.argument(id).orElseThrow().premises()) {
          if (dist.putIfAbsent(p, d + 1) == null) {
            queue.add(p);
            premises.add(p);
          }
        }
      }
    }
    int truncated = 0;
    for (StatementId p : premises) {
      List<List<ConclusionId>> chains = new ArrayList<>();
      List<ConclusionId> prefix = new ArrayList<>();
      prefix.add(p);
      descend(map, p, target, dist, prefix, chains);
      if (chains.size() > MAX_PATHS_PER_PREMISE) {
        truncated++;
        chains.subList(MAX_PATHS_PER_PREMISE, chains.size()).clear();
      }
      for (List<ConclusionId> c : chains) {
        out.add(new Path(p, ImmutableList.copyOf(c), netPolarity(map, c)));
      }
    }
    return truncated;
  }

  /** Depth-first along decreasing distance; stops after one chain more than the cap. */
  private static void descend(
      ArgumentMap map,
      ConclusionId at,
      StatementId target,
      Map<ConclusionId, Integer> dist,
      List<ConclusionId> prefix,
      List<List<ConclusionId>> chains) {
    if (at.equals(target)) {
      chains.add(new ArrayList<>(prefix));
      return;
    }
    int d = dist.get(at);
    List<ConclusionId> next = new ArrayList<>();
    if (at instanceof StatementId s) {
      for (Argument a : map.argumentsUsing(s)) {
        next.add(a.id());
      }
    } else {
      next.add(map.argument((ArgumentId) at).orElseThrow().conclusion());
    }
    for (ConclusionId c : next) {
      if (chains.size() > MAX_PATHS_PER_PREMISE) {
        return;
      }
      Integer dc = dist.get(c);
      if (dc != null && dc == d - 1) {
        prefix.add(c);
        descend(map, c, target, dist, prefix, chains);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  private static Polarity netPolarity(ArgumentMap map, List<ConclusionId> chain) {
    boolean supports = true;
    for (ConclusionId c : chain) {
      if (c instanceof ArgumentId a && map.argument(a).orElseThrow().polarity() == Polarity.ATTACKS) {
        supports = !supports;
      }
    }
    return supports ? Polarity.SUPPORTS : Polarity.ATTACKS;
  }

  /**
   * Returns the statement explained.
   *
   * @return the statement
   */
  public StatementId statement() {
    return statement;
  }

  /**
   * Returns the scores of the map the explanation is about.
   *
   * @return the scores
   */
  public MapScores scores() {
    return scores;
  }

  /**
   * Returns the semantics.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return scores.semantics();
  }

  /**
   * Returns the statement's score without any argument on it: its base score, except under the h-categorizer,
   * which ignores base scores and gives 1.
   *
   * @return the base score as the semantics uses it
   */
  public double base() {
    return base;
  }

  /**
   * Returns the statement's score (strength).
   *
   * @return the score
   */
  public double score() {
    return score;
  }

  /**
   * Returns the total change the arguments make: score minus base score.
   *
   * @return {@code score() - base()}
   */
  public double totalChange() {
    return score - base;
  }

  /**
   * Returns the function that ranks the reasons: {@link ContributionFunction#SHAPLEY} unless another was asked
   * for.
   *
   * @return the ranking function
   */
  public ContributionFunction ranking() {
    return ranking;
  }

  /**
   * Returns the sum of the Shapley shares: the total change ({@link #totalChange()}), up to rounding (and up to
   * sampling error when there are more than 24 arguments on the statement).
   *
   * @return the sum of the shares
   */
  public double sumOfShares() {
    double s = 0.0;
    for (Reason c : contributions) {
      s += c.share().value();
    }
    return s;
  }

  /**
   * Returns the sum of the leave-one-out effects. It equals {@link #totalChange()} when the statement has one
   * argument; with several it is usually far smaller (the reasons saturate the statement) or larger (they only
   * work together), which is why reasons are ranked by their shares.
   *
   * @return the sum of the removal effects
   */
  public double sumOfRemovals() {
    double s = 0.0;
    for (Reason c : contributions) {
      s += c.removal();
    }
    return s;
  }

  /**
   * Returns every argument on the statement, largest absolute {@linkplain Reason#effect() effect} first.
   *
   * @return the reasons
   */
  public ImmutableList<Reason> reasons() {
    return contributions;
  }

  /**
   * Returns what one argument on the statement contributes.
   *
   * @param argument an argument whose conclusion is the statement
   * @return its reason
   * @throws IllegalArgumentException if the argument does not conclude the statement
   */
  public Reason reason(ArgumentId argument) {
    for (Reason c : contributions) {
      if (c.argument().equals(argument)) {
        return c;
      }
    }
    throw new IllegalArgumentException("argument " + argument + " does not conclude " + statement);
  }

  /**
   * Returns the top reasons for the statement: the arguments whose effect raises it, the largest first. Under
   * Shapley shares these are its supporting arguments (a supporter's share is never negative under the bipolar
   * semantics of argmap); under other functions, the supporters with a positive or zero effect.
   *
   * @param k the most to return, at least 0
   * @return the reasons for, by decreasing effect
   */
  public ImmutableList<Reason> reasonsFor(int k) {
    return side(Polarity.SUPPORTS, k, Comparator.comparingDouble(Reason::effect).reversed());
  }

  /**
   * Returns the top reasons against the statement: its attacking arguments, the one that lowers it most first.
   *
   * @param k the most to return, at least 0
   * @return the attackers' reasons, by increasing (most negative first) effect
   */
  public ImmutableList<Reason> reasonsAgainst(int k) {
    return side(Polarity.ATTACKS, k, Comparator.comparingDouble(Reason::effect));
  }

  private ImmutableList<Reason> side(Polarity p, int k, Comparator<Reason> order) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0 but was " + k);
    }
    List<Reason> out = new ArrayList<>();
    for (Reason c : contributions) {
      if (c.polarity() == p) {
        out.add(c);
      }
    }
    out.sort(order);
    return ImmutableList.copyOf(out.subList(0, Math.min(k, out.size())));
  }

  /**
   * Returns, for every statement upstream of this one, its shortest chains to it, fewest arguments first; at
   * most {@value #MAX_PATHS_PER_PREMISE} chains per premise. "Shortest" counts every element of the chain, so an
   * undercutter's step to the argument it attacks counts like a step to a statement.
   *
   * @return the paths
   */
  public ImmutableList<Path> paths() {
    return paths;
  }

  /**
   * Returns how many premises have more shortest chains than the per-premise cap (the extra chains are left
   * out).
   *
   * @return the number of premises whose chains were cut
   */
  public int pathsTruncated() {
    return pathsTruncated;
  }

  /**
   * Returns the evidence on the statement itself, in map order.
   *
   * @return the evidence items
   */
  public ImmutableList<EvidenceItem> evidence() {
    return evidence;
  }

  /**
   * Returns the sources behind the statement: of its own evidence and of everything upstream, cited works
   * included, nearest first ({@link ArgumentMap#sourcesBehind}).
   *
   * @return the sources
   */
  public ImmutableSet<Source> sources() {
    return sources;
  }

  /**
   * Returns a plain-text account: score, base, the top reasons on each side, the evidence and the sources.
   *
   * @param k the number of reasons per side
   * @return the text
   */
  public String toText(int k) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s under %s: score %.4f, base %.4f, change %+.4f%n", statement,
        semantics().id(), score, base, totalChange()));
    if (ranking == ContributionFunction.SHAPLEY) {
      sb.append("  each reason's share of the change (the shares add up to the change); in brackets, the change\n"
          + "  if that reason alone were removed\n");
    } else {
      sb.append("  reasons ranked by ").append(ranking.id()).append('\n');
    }
    sb.append("  for:\n");
    for (Reason c : reasonsFor(k)) {
      sb.append(line(c, ranking));
    }
    sb.append("  against:\n");
    for (Reason c : reasonsAgainst(k)) {
      sb.append(line(c, ranking));
    }
    if (!evidence.isEmpty()) {
      sb.append("  evidence:\n");
      for (EvidenceItem e : evidence) {
        sb.append(String.format(Locale.ROOT, "    %s %s from %s: weight %.2f x credibility %.2f = %.4f%n",
            e.evidence().id(), e.evidence().polarity() == Polarity.SUPPORTS ? "supports" : "undermines",
            e.source().id(), e.evidence().weight(), e.source().credibility(), e.contribution()));
      }
    }
    sb.append("  sources behind: ").append(sources.size()).append('\n');
    return sb.toString();
  }

  private static String line(Reason c, ContributionFunction ranking) {
    String main = ranking == ContributionFunction.SHAPLEY
        ? "share " + share(c.share()) : ranking.id() + " " + signed(c.effect());
    return String.format(Locale.ROOT, "    %-24s %s (removed alone: %s; argument strength %.4f)%n",
        c.argument(), main, signed(c.removal()), c.argumentStrength());
  }

  /** A share with four decimals, and its standard error when it is an estimate. */
  static String share(Contribution c) {
    return c.method() == Contribution.Method.SAMPLED
        ? signed(c.value()) + String.format(Locale.ROOT, " ± %.4f", c.standardError())
        : signed(c.value());
  }

  /** Four decimals, or two significant digits when that would print a non-zero effect as zero. */
  static String signed(double v) {
    return v != 0.0 && Math.abs(v) < 5e-5 ? String.format(Locale.ROOT, "%+.1e", v)
        : String.format(Locale.ROOT, "%+.4f", v);
  }

  @Override
  public String toString() {
    return toText(3);
  }
}
