package dev.argmap.cli;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.KnobKind;
import dev.argmap.scoring.explain.Knobs;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.scoring.explain.MinimalChange;
import dev.argmap.scoring.explain.Robustness;
import dev.argmap.scoring.explain.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap explain FILE STATEMENT_ID}: why a statement has its score. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explains a statement's score: each argument's effect, the chains from premises, the evidence and sources.",
      "Explains the score of one statement of the map in FILE: its score and base score, what each"
          + " argument for and against it contributes (its effect: the score with the argument minus the"
          + " score without it), the chains of arguments from the premises upstream, the evidence on it and"
          + " the sources behind it.",
      "With --what-would-change it says instead what would change the score: the smallest change of evidence"
          + " weights, source credibilities, argument weights or removed arguments (--knobs) that brings it to a"
          + " target (--target; default: across 0.5 from where it is), and how far each of those numbers can"
          + " move alone before the verdict at the target's threshold flips. See docs/counterfactuals.md.",
      "FILE is argmap JSON, or any format 'argmap convert' reads (guessed from its name, or --from)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap explain map.json t1",
      "  argmap explain map.json t1 --semantics quadratic-energy --chains 0",
      "  argmap explain map.json t1 --what-would-change",
      "  argmap explain map.json t1 --what-would-change --target '>=0.6' --knobs evidence,sources",
      "",
      "Exit status: 0 explained, 1 invalid map or scores that could not be computed, 2 unreadable input, an"
          + " unknown statement or wrong usage."
    })
final class ExplainCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The map; '-' reads standard input.")
  String file;

  @Parameters(index = "1", paramLabel = "STATEMENT_ID", description = "The statement to explain.")
  String statement;

  @Mixin Semantics semantics;

  @Mixin FunctionOption function;

  @Option(names = "--chains", paramLabel = "N", defaultValue = "12",
      description = "Show at most N chains from premises, shortest first; 0 for all (default: ${DEFAULT-VALUE}).")
  int chains;

  @Option(names = "--what-would-change",
      description = "Say what would change the score (smallest change to reach --target) and how robust the"
          + " verdict is, instead of explaining it.")
  boolean whatWouldChange;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "With --what-would-change: where the score should go, >=X or <X (also at-least:X,"
          + " below:X), X in [0, 1] (default: <0.5 if the score is at least 0.5, else >=0.5).")
  String target;

  @Option(names = "--knobs", paramLabel = "KINDS", defaultValue = "all",
      description = "With --what-would-change: the numbers that may move, comma-separated: evidence, sources,"
          + " arguments, removal, or all (default: ${DEFAULT-VALUE}).")
  String knobs;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: json, aif, argdown, af, apx, tgf, bag or carneades (default: from its"
          + " name).")
  String from;

  @Override
  public Integer call() {
    if (chains < 0) {
      return fail(ExitCodes.UNREADABLE, "--chains must be at least 0 but was " + chains, null);
    }
    if (semantics.checkTimeLimit().isPresent()) {
      return fail(ExitCodes.UNREADABLE, semantics.checkTimeLimit().get(), null);
    }
    Target parsedTarget = null;
    Knobs parsedKnobs;
    try {
      if (target != null) {
        if (!whatWouldChange) {
          return fail(ExitCodes.UNREADABLE, "--target needs --what-would-change", null);
        }
        parsedTarget = Target.parse(target);
      }
      parsedKnobs = Knobs.parse(knobs);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, (target != null && parsedTarget == null ? "--target: " : "--knobs: ")
          + e.getMessage(), null);
    }
    Loaded loaded = loadMap(file, from, err());
    if (loaded.map().isEmpty()) {
      return loaded.exitCode();
    }
    ArgumentMap map = loaded.map().get();
    String name = MapInput.of(file).displayName();
    StatementId id;
    try {
      id = StatementId.of(statement);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, "'" + statement + "' is not a statement identifier", null);
    }
    if (map.statement(id).isEmpty()) {
      boolean argument = map.argument(ArgumentId.of(id.value())).isPresent();
      return fail(ExitCodes.UNREADABLE, name + " has no statement " + statement
          + (argument ? " (it is an argument; explain the statement it concludes)"
              : "; its theses are " + map.thesisIds()), null);
    }
    GradualSemantics s = semantics.semantics;
    MapScorer scorer = MapScorer.of(s).withOptions(semantics.options());
    MapScores scores;
    try {
      scores = scorer.score(map);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot score " + name + ": " + Semantics.advice(e), e);
    }
    if (!scores.converged()) {
      return fail(ExitCodes.INVALID, Semantics.notConverged(s, name, scores).replace("no scores printed",
          "nothing explained"), null);
    }
    if (whatWouldChange) {
      return whatWouldChange(map, map.statement(id).orElseThrow(), scorer, scores, parsedTarget, parsedKnobs);
    }
    Explanation why = scorer.explain(scores, id, function.function);
    print(map, map.statement(id).orElseThrow(), scores, why);
    return ExitCodes.OK;
  }

  private int whatWouldChange(ArgumentMap map, Statement st, MapScorer scorer, MapScores scores, Target given,
      Knobs chosen) {
    double score = scores.strength(st.id());
    Target goal = given != null ? given : score >= 0.5 ? Target.below(0.5) : Target.atLeast(0.5);
    Robustness robust;
    MinimalChange change;
    try {
      robust = scorer.robustness(map, st.id(), goal.threshold(), chosen);
      Target flip = robust.smallestFlip().target();
      change = flip.equals(goal) ? robust.smallestFlip() : scorer.minimalChange(map, st.id(), goal, chosen);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(ExitCodes.INVALID, "cannot search for changes to " + st.id() + ": " + e.getMessage(), e);
    }
    PrintWriter out = out();
    out.println((map.isThesis(st.id()) ? "Thesis " : "Statement ") + st.id() + ": "
        + Describe.oneLine(st.title().map(t -> t + ": ").orElse("") + st.text()));
    out.println(String.format(Locale.ROOT, "Score %.4f under %s (%s)", score, scorer.semantics().id(),
        Semantics.status(scores.status(), scores.scheme(), scores.iterations(), scores.residual())));
    out.println();
    out.println("What would bring it to " + goal.toWords() + " (moving " + kinds(chosen) + "):");
    switch (change.outcome()) {
      case ALREADY_MET:
        out.println(String.format(Locale.ROOT, "  Nothing: it already scores %.4f.", score));
        break;
      case NOT_FOUND:
        boolean proved = change.lowerBound().isPresent() && Double.isInfinite(change.lowerBound().getAsDouble());
        out.println(proved ? "  Nothing: none of these numbers can move its score."
            : "  No change of these numbers was found that gets it there.");
        break;
      default:
        out.println(String.format(Locale.ROOT, "  The smallest change found (cost %.4f: how far the numbers move,"
            + " added up; dropping an argument costs its weight):", change.cost()));
        for (MinimalChange.Change c : change.changes()) {
          out.println("    " + words(map, c));
        }
        out.println("  Its score would then be " + scoreNear(change.scoreAfter(), goal.threshold()) + ".");
    }
    out.println("  " + method(change));
    if (!change.skipped().isEmpty()) {
      out.println("  Left alone: " + Counts.plural(change.skipped().size(), "number") + " that cannot reach "
          + st.id() + ".");
    }

    out.println();
    out.println(String.format(Locale.ROOT, "How firm is the verdict at %s: %s %s (%.4f %s %s).",
        number(robust.threshold()), st.id(), robust.accepted() ? "is accepted" : "is not accepted", score,
        robust.accepted() ? ">=" : "<", number(robust.threshold())));
    List<Robustness.KnobMargin> flipping = robust.margins().stream().filter(Robustness.KnobMargin::flips)
        .toList();
    if (flipping.isEmpty()) {
      out.println("  No single number flips it on its own.");
    } else {
      int shown = Math.min(10, flipping.size());
      out.println("  Numbers that flip it on their own, smallest move first (" + shown + " of " + flipping.size()
          + "):");
      for (Robustness.KnobMargin m : flipping.subList(0, shown)) {
        out.println("    " + words(map, new MinimalChange.Change(m.kind(), m.element(), m.value(),
            m.flipsAt().getAsDouble())));
      }
    }
    long never = robust.margins().size() - flipping.size();
    out.println(String.format(Locale.ROOT, "  %d of %d numbers cannot flip it on their own.", never,
        robust.margins().size()));
    MinimalChange flip = robust.smallestFlip();
    if (flip.reachable() && flip != change) {
      out.println(String.format(Locale.ROOT, "  The smallest joint change that flips it costs %.4f (%s).",
          flip.cost(), Counts.plural(flip.changes().size(), "number")));
    } else if (!flip.reachable()) {
      out.println("  No joint change of these numbers was found that flips it.");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String kinds(Knobs chosen) {
    List<String> words = new ArrayList<>();
    for (KnobKind k : chosen.kinds()) {
      words.add(switch (k) {
        case EVIDENCE_WEIGHT -> "evidence weights";
        case SOURCE_CREDIBILITY -> "source credibilities";
        case ARGUMENT_WEIGHT -> "argument weights";
        case ARGUMENT_REMOVAL -> "dropping arguments";
      });
    }
    return String.join(", ", words);
  }

  private static String words(ArgumentMap map, MinimalChange.Change c) {
    boolean up = c.to() > c.from();
    switch (c.kind()) {
      case EVIDENCE_WEIGHT: {
        Evidence e = map.evidence(c.evidence().orElseThrow()).orElseThrow();
        return String.format(Locale.ROOT, "give evidence %s (on %s) %s weight: %.2f -> %.2f", c.element(),
            e.statement(), up ? "more" : "less", c.from(), c.to());
      }
      case SOURCE_CREDIBILITY:
        return String.format(Locale.ROOT, "trust source %s %s: credibility %.2f -> %.2f", c.element(),
            up ? "more" : "less", c.from(), c.to());
      case ARGUMENT_WEIGHT:
        return String.format(Locale.ROOT, "make argument %s %s: weight %.2f -> %.2f (%s)", c.element(),
            up ? "stronger" : "weaker", c.from(), c.to(),
            Describe.argument(map, map.argument(c.argument().orElseThrow()).orElseThrow()));
      default:
        return String.format(Locale.ROOT, "drop argument %s (weight %.2f): %s", c.element(), c.from(),
            Describe.argument(map, map.argument(c.argument().orElseThrow()).orElseThrow()));
    }
  }

  private static String method(MinimalChange mc) {
    StringBuilder sb = new StringBuilder();
    if (mc.method() == MinimalChange.Method.EXACT) {
      sb.append("Searched exhaustively (").append(Counts.plural(mc.movableKnobs(), "number"))
          .append(": each alone, and every combination on a fine grid)");
    } else {
      sb.append("Searched greedily (").append(Counts.plural(mc.movableKnobs(), "number"))
          .append(": a heuristic, never worse than the best single number)");
    }
    if (mc.outcome() == MinimalChange.Outcome.FOUND) {
      mc.lowerBound().ifPresent(b -> sb.append(String.format(Locale.ROOT,
          "; no change costing less than %.4f can do it", b)));
      mc.bestSingleKnobCost().ifPresent(b -> sb.append(String.format(Locale.ROOT,
          "; the best single number costs %.4f", b)));
    }
    if (mc.budgetExhausted()) {
      sb.append("; the search ran out of its budget of scorings, so this is the best found before it did");
    }
    return sb.append('.').toString();
  }

  private void print(ArgumentMap map, Statement st, MapScores scores, Explanation why) {
    PrintWriter out = out();
    out.println((map.isThesis(st.id()) ? "Thesis " : "Statement ") + st.id() + ": "
        + Describe.oneLine(st.title().map(t -> t + ": ").orElse("") + st.text()));
    out.println(String.format(Locale.ROOT, "Score %.4f under %s (%s)", why.score(), why.semantics().id(),
        Semantics.status(scores.status(), scores.scheme(), scores.iterations(), scores.residual())));
    out.println(String.format(Locale.ROOT, "Base score %.4f%s; the arguments on it change it by %s",
        why.base(), Describe.baseNote(map, st.id(), why.semantics()), Describe.signed(why.totalChange())));

    out.println();
    List<Explanation.Reason> pro = why.reasonsFor(Integer.MAX_VALUE);
    List<Explanation.Reason> con = why.reasonsAgainst(Integer.MAX_VALUE);
    if (pro.isEmpty() && con.isEmpty()) {
      out.println("No argument is for or against it.");
    } else {
      if (why.ranking() == ContributionFunction.SHAPLEY) {
        out.println("What each argument contributes: its share of the change (its Shapley value, taken with"
            + " everything upstream of it; the shares add up to " + Describe.signed(why.totalChange()) + "), and"
            + " in brackets the change if it alone were removed (these overlap and do not add up: together "
            + Describe.signed(why.sumOfRemovals()) + "):");
      } else {
        out.println("What each argument contributes, ranked by " + why.ranking().id() + " (--function shapley"
            + " gives each one's share of the change); in brackets its share:");
      }
      side(out, map, "For", pro, why.ranking());
      side(out, map, "Against", con, why.ranking());
    }

    out.println();
    List<Explanation.Path> paths = why.paths();
    if (paths.isEmpty()) {
      out.println("No premise upstream: nothing else feeds into it.");
    } else {
      int shown = chains == 0 ? paths.size() : Math.min(chains, paths.size());
      out.println("Chains from the premises upstream (shortest first; " + shown + " of " + paths.size()
          + (why.pathsTruncated() > 0 ? ", with " + Counts.plural(why.pathsTruncated(), "premise")
              + " having more shortest chains than counted" : "") + "):");
      for (Explanation.Path p : paths.subList(0, shown)) {
        List<String> steps = new ArrayList<>();
        for (ConclusionId c : p.chain()) {
          steps.add(c instanceof ArgumentId a ? "[" + a + (map.argument(a).orElseThrow().polarity()
              == Polarity.SUPPORTS ? " +]" : " \u2212]") : c.value());
        }
        out.println("  " + String.join(" \u2192 ", steps) + "  (" + (p.netPolarity() == Polarity.SUPPORTS
            ? "a stronger premise tends to raise it" : "a stronger premise tends to lower it") + ")");
      }
      if (shown < paths.size()) {
        out.println("  \u2026 " + (paths.size() - shown) + " more (--chains 0 shows all)");
      }
    }

    out.println();
    if (why.evidence().isEmpty()) {
      out.println("No evidence on it directly.");
    } else {
      out.println("Evidence on it:");
      for (Explanation.EvidenceItem item : why.evidence()) {
        Evidence e = item.evidence();
        out.println(String.format(Locale.ROOT, "  %s %s: weight %s x credibility %s = %.4f", e.id(),
            e.polarity() == Polarity.SUPPORTS ? "supports" : "undermines", number(e.weight()),
            number(item.source().credibility()), item.contribution()));
        out.println("    \"" + Describe.shorten(Describe.oneLine(e.quote())) + "\"");
        e.speaker().ifPresent(p -> out.println("    speaker: " + Describe.person(p) + ", quoted in "
            + item.source().publisher().or(item.source()::title).orElse("source " + item.source().id())));
        out.println("    source " + item.source().id() + ": " + Describe.source(item.source()));
        e.citedWork().flatMap(map::source).ifPresent(w ->
            out.println("    cited work " + w.id() + ": " + Describe.source(w)
                + e.citedAt().map(at -> ", at " + Describe.oneLine(at)).orElse("")));
      }
    }

    out.println();
    out.println("Sources behind it (its evidence and everything upstream, nearest first): "
        + why.sources().size());
    for (Source src : why.sources()) {
      out.println("  " + src.id() + ": " + Describe.source(src) + "; credibility " + number(src.credibility()));
    }
    out.flush();
  }

  private static void side(PrintWriter out, ArgumentMap map, String title, List<Explanation.Reason> list,
      ContributionFunction ranking) {
    out.println("  " + title + ":" + (list.isEmpty() ? " none" : ""));
    for (Explanation.Reason c : list) {
      Argument a = map.argument(c.argument()).orElseThrow();
      boolean byShare = ranking == ContributionFunction.SHAPLEY;
      out.println(String.format(Locale.ROOT, "    %s  %s (%s %s; strength %.4f): %s",
          byShare ? Describe.share(c.share()) : Describe.signed(c.effect()), c.argument(),
          byShare ? "removed alone" : "share", byShare ? Describe.signed(c.removal()) : Describe.share(c.share()),
          c.argumentStrength(), Describe.argument(map, a)));
      Optional<String> scheme = a.scheme();
      if (a.premises().size() > 1) {
        out.println("      linked premises: " + a.premises() + scheme.map(x -> "; " + x).orElse(""));
      }
    }
  }

  /**
   * Four decimals, or, for a score that has just crossed its threshold and would print as it (0.49999 for "below
   * 0.5"), "just below 0.5000" or "just above 0.5000".
   */
  static String scoreNear(double score, double threshold) {
    String text = String.format(Locale.ROOT, "%.4f", score);
    if (score != threshold && text.equals(String.format(Locale.ROOT, "%.4f", threshold))) {
      return (score < threshold ? "just below " : "just above ") + text;
    }
    return text;
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
