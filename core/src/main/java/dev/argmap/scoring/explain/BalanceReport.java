package dev.argmap.scoring.explain;

import static java.util.Objects.requireNonNull;

import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.ContributionFunction;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.ElementId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How fairly a map models a debate ({@link MapScorer#balance}): for every thesis, what stands on each side of it,
 * how much of that is challenged, what evidence and sources it rests on, how much of the thesis's score each side
 * carries, and warnings where one side gets an easy ride. Immutable.
 *
 * <p><b>Sides.</b> A side is named by a {@link Polarity}: {@link Polarity#SUPPORTS} is the side <em>for</em> the
 * thesis, {@link Polarity#ATTACKS} the side <em>against</em> it. An argument is on the side it pushes the thesis
 * towards when it gets stronger, following every chain from it to the thesis:
 * <ul>
 *   <li>an argument that concludes the thesis is on the side of its polarity;
 *   <li>an argument on a premise of an argument A is on A's side when it supports the premise and on the other
 *       side when it attacks it (an attack on a premise of a reason for the thesis is against the thesis);
 *   <li>an argument that concludes an argument A (an undercutter, or an argument supporting A's inference) is on
 *       A's side when it supports A and on the other side when it attacks A: an undercutter flips the side of what
 *       it undercuts, so an attack on an attack is for the thesis.
 * </ul>
 * A direct argument is always on the side of its polarity. Any other argument that different chains put on both
 * sides (a premise shared by a reason for and a reason against, say) is on neither and is listed in
 * {@link ThesisBalance#onBothSides()}, so every argument upstream of the thesis is counted exactly once. Evidence
 * follows the same rule (evidence that undermines a premise of a reason for the thesis is behind the side
 * against it), but an item may stand behind both sides, and so may its source; it is then counted on both.
 *
 * <p><b>Challenged.</b> An argument is challenged when an argument undercuts it, an argument attacks one of its
 * premises, or an evidence item undermines one of its premises ({@link ChallengeKind}).
 *
 * <p><b>Shares.</b> A side's share is the sum of the Shapley shares of its direct arguments in
 * {@link MapScorer#explain}; the two shares add up to the thesis's change from its base score (up to sampling
 * error when more than 24 arguments stand on the thesis and the shares are estimates).
 *
 * <p><b>Warnings</b> ({@link Rule}), per thesis and side: the side has no argument; no argument challenges any of
 * the side's direct arguments; the side rests on no evidence; all of the side's evidence comes from one source.
 * {@code docs/scoring-guide.md} explains how each is decided.
 */
public final class BalanceReport {
  /** How many of a side's strongest reasons are kept. */
  public static final int TOP_REASONS = 3;

  /** How an argument is challenged. */
  public enum ChallengeKind {
    /** An argument attacks the argument's inference (it is undercut). */
    UNDERCUT,
    /** An argument attacks one of the argument's premises. */
    PREMISE_ATTACKED,
    /** An evidence item undermines one of the argument's premises. */
    PREMISE_UNDERMINED
  }

  /**
   * One challenge to an argument on a side.
   *
   * @param argument the argument challenged
   * @param kind how it is challenged
   * @param premise the premise attacked or undermined; empty for an undercut
   * @param by the undercutter, the attacking argument or the undermining evidence item
   */
  public record Challenge(ArgumentId argument, ChallengeKind kind, Optional<StatementId> premise, ElementId by) {
    /**
     * Checks the parts.
     *
     * @param argument the argument part
     * @param kind the kind part
     * @param premise the premise part
     * @param by the by part
     * @throws NullPointerException if any part is null
     */
    public Challenge {
      requireNonNull(argument, "argument");
      requireNonNull(kind, "kind");
      requireNonNull(premise, "premise");
      requireNonNull(by, "by");
    }
  }

  /** The kinds of balance warning. */
  public enum Rule {
    /** A side has no argument directly on the thesis. */
    EMPTY_SIDE("empty-side"),
    /**
     * A side has direct arguments, and no argument challenges any of them: none is undercut and no premise of one
     * is attacked by an argument (evidence undermining a premise does not count).
     */
    UNCHALLENGED_SIDE("unchallenged-side"),
    /** A side has arguments but no evidence behind any of them. */
    NO_EVIDENCE_BEHIND_SIDE("side-without-evidence"),
    /** Every evidence item behind a side comes from one source. */
    SINGLE_SOURCE_SIDE("single-source-side");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /**
     * Returns the rule's stable code, for example {@code "unchallenged-side"}.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }

  /**
   * A warning about one side of one thesis: what is wrong and how to fix it.
   *
   * @param thesis the thesis
   * @param side {@link Polarity#SUPPORTS} for the side for it, {@link Polarity#ATTACKS} for the side against it
   * @param rule the rule
   * @param message what is wrong, naming the thesis and side
   * @param fix how to fix it
   */
  public record Warning(StatementId thesis, Polarity side, Rule rule, String message, String fix) {
    /**
     * Checks the parts.
     *
     * @param thesis the thesis part
     * @param side the side part
     * @param rule the rule part
     * @param message the message part
     * @param fix the fix part
     * @throws NullPointerException if any part is null
     */
    public Warning {
      requireNonNull(thesis, "thesis");
      requireNonNull(side, "side");
      requireNonNull(rule, "rule");
      requireNonNull(message, "message");
      requireNonNull(fix, "fix");
    }

    /** Returns, for example, {@code "the for side of t1 is never challenged: ... (unchallenged-side). Fix: ..."}. */
    @Override
    public String toString() {
      return message + " (" + rule.code() + "). Fix: " + fix;
    }
  }

  /**
   * One side of one thesis.
   *
   * @param polarity {@link Polarity#SUPPORTS} for the side for the thesis, {@link Polarity#ATTACKS} against it
   * @param directArguments the arguments on the thesis itself with that polarity, in map order
   * @param arguments every argument on this side, direct ones included, nearest first
   * @param challenges every challenge to an argument of this side
   * @param evidence the evidence items behind this side, nearest first
   * @param sources the sources of that evidence, cited works included, nearest first
   * @param share the sum of the Shapley shares of the direct arguments: the part of the thesis's change this side
   *     carries (positive for the side for it, negative against it)
   * @param strongest the side's direct reasons with the largest shares, at most {@value #TOP_REASONS}, strongest
   *     first
   */
  public record Side(Polarity polarity, ImmutableList<ArgumentId> directArguments,
      ImmutableList<ArgumentId> arguments, ImmutableList<Challenge> challenges, ImmutableList<EvidenceId> evidence,
      ImmutableList<SourceId> sources, double share, ImmutableList<Explanation.Reason> strongest) {
    /**
     * Checks the parts.
     *
     * @param polarity the polarity part
     * @param directArguments the directArguments part
     * @param arguments the arguments part
     * @param challenges the challenges part
     * @param evidence the evidence part
     * @param sources the sources part
     * @param share the share part
     * @param strongest the strongest part
     * @throws NullPointerException if any part is null
     */
    public Side {
      requireNonNull(polarity, "polarity");
      requireNonNull(directArguments, "directArguments");
      requireNonNull(arguments, "arguments");
      requireNonNull(challenges, "challenges");
      requireNonNull(evidence, "evidence");
      requireNonNull(sources, "sources");
      requireNonNull(strongest, "strongest");
    }

    /**
     * Returns the arguments of this side that are challenged at least once.
     *
     * @return the challenged arguments, in the order of their first challenge
     */
    public ImmutableSet<ArgumentId> challenged() {
      return challenges.stream().map(Challenge::argument).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Returns the direct arguments of this side that are challenged at least once.
     *
     * @return the challenged direct arguments, in map order
     */
    public ImmutableList<ArgumentId> challengedDirect() {
      Set<ArgumentId> c = challenged();
      return directArguments.stream().filter(c::contains).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the arguments of this side that reach the thesis only through a chain.
     *
     * @return the arguments that are not direct, nearest first
     */
    public ImmutableList<ArgumentId> chainedArguments() {
      return arguments.stream().filter(a -> !directArguments.contains(a)).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns "for" or "against".
     *
     * @return the side's name
     */
    public String name() {
      return polarity == Polarity.SUPPORTS ? "for" : "against";
    }
  }

  /**
   * The balance of one thesis.
   *
   * @param thesis the thesis
   * @param score its score
   * @param base its base score, as the semantics uses it
   * @param forSide the side for it
   * @param againstSide the side against it
   * @param onBothSides arguments upstream of it that chains put on both sides, nearest first
   * @param warnings the warnings about its sides, the side for it first
   */
  public record ThesisBalance(StatementId thesis, double score, double base, Side forSide, Side againstSide,
      ImmutableList<ArgumentId> onBothSides, ImmutableList<Warning> warnings) {
    /**
     * Checks the parts.
     *
     * @param thesis the thesis part
     * @param score the score part
     * @param base the base part
     * @param forSide the forSide part
     * @param againstSide the againstSide part
     * @param onBothSides the onBothSides part
     * @param warnings the warnings part
     * @throws NullPointerException if any part is null
     */
    public ThesisBalance {
      requireNonNull(thesis, "thesis");
      requireNonNull(forSide, "forSide");
      requireNonNull(againstSide, "againstSide");
      requireNonNull(onBothSides, "onBothSides");
      requireNonNull(warnings, "warnings");
    }

    /**
     * Returns one side.
     *
     * @param polarity {@link Polarity#SUPPORTS} for the side for the thesis, {@link Polarity#ATTACKS} against it
     * @return that side
     */
    public Side side(Polarity polarity) {
      return requireNonNull(polarity, "polarity") == Polarity.SUPPORTS ? forSide : againstSide;
    }

    /**
     * Returns the change the arguments make to the thesis: score minus base.
     *
     * @return the change, which the two sides' shares add up to
     */
    public double change() {
      return score - base;
    }
  }

  private final GradualSemantics semantics;
  private final ImmutableList<ThesisBalance> theses;

  private BalanceReport(GradualSemantics semantics, ImmutableList<ThesisBalance> theses) {
    this.semantics = semantics;
    this.theses = theses;
  }

  static BalanceReport of(MapScorer scorer, ArgumentMap map) {
    requireNonNull(map, "map");
    ImmutableList.Builder<ThesisBalance> out = ImmutableList.builder();
    MapScores scores = scorer.score(map); // once for every thesis
    for (StatementId t : map.thesisIds()) {
      out.add(thesis(scorer, scores, t));
    }
    return new BalanceReport(scorer.semantics(), out.build());
  }

  private static ThesisBalance thesis(MapScorer scorer, MapScores scores, StatementId thesis) {
    ArgumentMap map = scores.map();
    Explanation why = scorer.explain(scores, thesis, ContributionFunction.SHAPLEY);
    // which sides each element pushes the thesis towards, over every chain: at most two visits per element, so
    // cycles end
    Map<ConclusionId, EnumSet<Polarity>> reached = new LinkedHashMap<>();
    Map<EvidenceId, EnumSet<Polarity>> evidenceSides = new LinkedHashMap<>();
    ArrayDeque<Object[]> queue = new ArrayDeque<>();
    queue.add(new Object[] {thesis, Polarity.SUPPORTS});
    while (!queue.isEmpty()) {
      Object[] next = queue.poll();
      ConclusionId at = (ConclusionId) next[0];
      Polarity side = (Polarity) next[1];
      for (Argument a : map.argumentsOn(at)) {
        visit(a.id(), a.polarity() == Polarity.SUPPORTS ? side : side.opposite(), reached, queue, thesis);
      }
      if (at instanceof ArgumentId id) {
        for (StatementId p : map.argument(id).orElseThrow().premises()) {
          visit(p, side, reached, queue, thesis);
        }
      }
      if (at instanceof StatementId s && !s.equals(thesis)) {
        for (Evidence e : map.evidenceOf(s)) {
          evidenceSides.computeIfAbsent(e.id(), k -> EnumSet.noneOf(Polarity.class))
              .add(e.polarity() == Polarity.SUPPORTS ? side : side.opposite());
        }
      }
    }
    List<ArgumentId> both = new ArrayList<>();
    Map<Polarity, List<ArgumentId>> onSide = new HashMap<>();
    Map<Polarity, List<ArgumentId>> direct = new HashMap<>();
    for (Polarity p : Polarity.values()) {
      onSide.put(p, new ArrayList<>());
      direct.put(p, new ArrayList<>());
    }
    for (Argument a : map.argumentsOn(thesis)) {
      direct.get(a.polarity()).add(a.id());
      onSide.get(a.polarity()).add(a.id());
    }
    for (Map.Entry<ConclusionId, EnumSet<Polarity>> e : reached.entrySet()) {
      if (!(e.getKey() instanceof ArgumentId a) || map.argument(a).orElseThrow().conclusion().equals(thesis)) {
        continue;
      }
      if (e.getValue().size() == 2) {
        both.add(a);
      } else {
        onSide.get(e.getValue().iterator().next()).add(a);
      }
    }
    Side pro = side(map, thesis, why, Polarity.SUPPORTS, direct, onSide, evidenceSides);
    Side con = side(map, thesis, why, Polarity.ATTACKS, direct, onSide, evidenceSides);
    ImmutableList.Builder<Warning> warnings = ImmutableList.builder();
    warn(map, thesis, pro, con, warnings);
    warn(map, thesis, con, pro, warnings);
    return new ThesisBalance(thesis, why.score(), why.base(), pro, con, ImmutableList.copyOf(both),
        warnings.build());
  }

  private static void visit(ConclusionId id, Polarity side, Map<ConclusionId, EnumSet<Polarity>> reached,
      ArrayDeque<Object[]> queue, StatementId thesis) {
    if (id.equals(thesis)) {
      return; // a chain back into the thesis says nothing about sides
    }
    if (reached.computeIfAbsent(id, k -> EnumSet.noneOf(Polarity.class)).add(side)) {
      queue.add(new Object[] {id, side});
    }
  }

  private static Side side(ArgumentMap map, StatementId thesis, Explanation why, Polarity polarity,
      Map<Polarity, List<ArgumentId>> direct, Map<Polarity, List<ArgumentId>> onSide,
      Map<EvidenceId, EnumSet<Polarity>> evidenceSides) {
    List<ArgumentId> arguments = onSide.get(polarity);
    List<Challenge> challenges = new ArrayList<>();
    for (ArgumentId id : arguments) {
      Argument a = map.argument(id).orElseThrow();
      for (Argument u : map.argumentsAgainst(id)) {
        challenges.add(new Challenge(id, ChallengeKind.UNDERCUT, Optional.empty(), u.id()));
      }
      for (StatementId p : a.premises()) {
        for (Argument r : map.argumentsAgainst(p)) {
          challenges.add(new Challenge(id, ChallengeKind.PREMISE_ATTACKED, Optional.of(p), r.id()));
        }
        for (Evidence e : map.evidenceOf(p)) {
          if (e.polarity() == Polarity.ATTACKS) {
            challenges.add(new Challenge(id, ChallengeKind.PREMISE_UNDERMINED, Optional.of(p), e.id()));
          }
        }
      }
    }
    List<EvidenceId> evidence = new ArrayList<>();
    Set<SourceId> sources = new LinkedHashSet<>();
    for (Map.Entry<EvidenceId, EnumSet<Polarity>> e : evidenceSides.entrySet()) {
      if (e.getValue().contains(polarity)) {
        evidence.add(e.getKey());
        Evidence item = map.evidence(e.getKey()).orElseThrow();
        sources.add(item.source());
        item.citedWork().ifPresent(sources::add);
      }
    }
    double share = 0.0;
    for (Explanation.Reason r : why.reasons()) {
      if (r.polarity() == polarity) {
        share += r.share().value();
      }
    }
    ImmutableList<Explanation.Reason> strongest =
        polarity == Polarity.SUPPORTS ? why.reasonsFor(TOP_REASONS) : why.reasonsAgainst(TOP_REASONS);
    return new Side(polarity, ImmutableList.copyOf(direct.get(polarity)), ImmutableList.copyOf(arguments),
        ImmutableList.copyOf(challenges), ImmutableList.copyOf(evidence), ImmutableList.copyOf(sources), share,
        strongest);
  }

  private static void warn(ArgumentMap map, StatementId thesis, Side side, Side other,
      ImmutableList.Builder<Warning> out) {
    String name = "the " + side.name() + " side of " + thesis;
    Polarity p = side.polarity();
    if (side.directArguments().isEmpty()) {
      String chained = side.arguments().isEmpty() ? ""
          : " (only " + count(side.arguments().size(), "argument") + " further up a chain, such as "
              + side.arguments().get(0) + ")";
      out.add(new Warning(thesis, p, Rule.EMPTY_SIDE, name + " has no argument: nothing argues "
          + side.name() + " " + thesis + " directly" + chained,
          "add the strongest argument " + side.name() + " it that the documents make, or note in the map why there"
              + " is none"));
      return; // with no argument, its challenges and evidence say nothing more
    }
    // only arguments clear this warning: a quote that undermines a premise lowers its base score, but it is no
    // reason that a debater meets and weighs, and the map does not show it beside the argument
    Set<ArgumentId> byArgument = new LinkedHashSet<>();
    Set<ArgumentId> byQuote = new LinkedHashSet<>();
    for (Challenge c : side.challenges()) {
      if (side.directArguments().contains(c.argument())) {
        (c.kind() == ChallengeKind.PREMISE_UNDERMINED ? byQuote : byArgument).add(c.argument());
      }
    }
    if (byArgument.isEmpty()) {
      int n = side.directArguments().size();
      String which = n == 1 ? "its only argument or attacks its premises"
          : (n == 2 ? "either of its 2 arguments" : "any of its " + n + " arguments") + " or attacks their premises";
      String quotes = byQuote.isEmpty() ? ""
          : "; only " + (byQuote.size() == 1 ? "a quote undermining a premise questions one of them ("
              : "quotes undermining premises question " + byQuote.size() + " of them (")
              + String.join(", ", byQuote.stream().map(ArgumentId::value).toList()) + ")";
      out.add(new Warning(thesis, p, Rule.UNCHALLENGED_SIDE, name + " is never challenged: no argument attacks or"
          + " undercuts " + which + quotes,
          "add the documents' rebuttals or undercutters of its arguments"));
    }
    if (side.evidence().isEmpty()) {
      out.add(new Warning(thesis, p, Rule.NO_EVIDENCE_BEHIND_SIDE, name + " rests on no evidence: no quote backs"
          + " a premise of " + (side.arguments().size() == 1 ? "its only argument"
              : "any of its " + side.arguments().size() + " arguments"),
          "add the quotes its premises rest on"));
    } else if (side.sources().size() == 1) {
      out.add(new Warning(thesis, p, Rule.SINGLE_SOURCE_SIDE, name + " rests on one source alone: "
          + (side.evidence().size() == 1 ? "its only quote comes"
              : "all " + side.evidence().size() + " quotes behind it come") + " from " + side.sources().get(0),
          "look for a second, independent source for its premises"));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Returns the semantics the shares were computed under.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the balance of every thesis, in the map's order.
   *
   * @return the theses' balances
   */
  public ImmutableList<ThesisBalance> theses() {
    return theses;
  }

  /**
   * Returns the balance of one thesis.
   *
   * @param thesis a thesis of the map
   * @return its balance
   * @throws IllegalArgumentException if the statement is not a thesis of the map
   */
  public ThesisBalance thesis(StatementId thesis) {
    requireNonNull(thesis, "thesis");
    for (ThesisBalance t : theses) {
      if (t.thesis().equals(thesis)) {
        return t;
      }
    }
    throw new IllegalArgumentException(thesis + " is not a thesis of the map, so it has no balance; the theses are "
        + theses.stream().map(ThesisBalance::thesis).toList());
  }

  /**
   * Returns every warning, thesis by thesis.
   *
   * @return the warnings
   */
  public ImmutableList<Warning> warnings() {
    return theses.stream().flatMap(t -> t.warnings().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a plain-text account: per thesis, each side's arguments, challenges, evidence, sources, share and
   * strongest reasons, then the warnings.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    for (ThesisBalance t : theses) {
      sb.append(String.format(Locale.ROOT, "%s under %s: score %.4f, base %.4f, change %s%n", t.thesis(),
          semantics.id(), t.score(), t.base(), signed(t.change())));
      for (Side s : List.of(t.forSide(), t.againstSide())) {
        sb.append(String.format(Locale.ROOT, "  %s: %s directly and %d through chains; %d of %d direct challenged"
                + " (%d of %d in all); %s from %s; share %s%n", s.name(),
            count(s.directArguments().size(), "argument"), s.chainedArguments().size(), s.challengedDirect().size(),
            s.directArguments().size(), s.challenged().size(), s.arguments().size(),
            count(s.evidence().size(), "evidence item"), count(s.sources().size(), "source"), signed(s.share())));
        for (Explanation.Reason r : s.strongest()) {
          sb.append("    ").append(r.argument()).append(' ').append(Explanation.share(r.share())).append('\n');
        }
      }
      if (!t.onBothSides().isEmpty()) {
        sb.append("  on both sides: ").append(t.onBothSides()).append('\n');
      }
      for (Warning w : t.warnings()) {
        sb.append("  warning: ").append(w).append('\n');
      }
    }
    return sb.toString();
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }

  @Override
  public String toString() {
    return toText();
  }
}
