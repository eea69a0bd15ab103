package dev.argmap.exercises;

import dev.argmap.exercises.Item.Option;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Match each quote to the claim it supports. Only supporting evidence is used, one quote per claim, so every
 * quote has exactly one claim; extra claims that no quote supports make the matching harder.
 *
 * <p>Easy: four quotes, no extra claim, claims close to the thesis where the map has enough. Medium: five quotes
 * and one extra claim. Hard: six quotes and two extra claims, chosen among the claims whose wording is closest to
 * the right ones.
 */
final class MatchQuotes {
  private MatchQuotes() {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int want = d.pick(4, 5, 6);
    int extra = d.pick(0, 1, 2);
    Rand rnd = ctx.random(ExerciseType.MATCH_QUOTES);
    Map<StatementId, List<Evidence>> byStatement = new LinkedHashMap<>();
    for (Evidence e : ctx.map.evidence()) {
      if (e.polarity() == Polarity.SUPPORTS) {
        byStatement.computeIfAbsent(e.statement(), k -> new ArrayList<>()).add(e);
      }
    }
    List<StatementId> claims = new ArrayList<>(byStatement.keySet());
    if (d == Difficulty.EASY) {
      List<StatementId> near = new ArrayList<>();
      for (StatementId s : claims) {
        MapFacts.Reach r = ctx.facts.reach(s, ctx.thesis.id(), false);
        if (s.equals(ctx.thesis.id()) || (r.reached() && r.arguments() <= 1)) {
          near.add(s);
        }
      }
      if (near.size() >= want) {
        claims = near;
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int variant = 0; variant < 4; variant++) {
      Candidate c = variant(ctx, rnd, byStatement, claims, want, extra, variant);
      if (c != null) {
        candidates.add(c);
      }
    }
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(candidates, 1);
    if (accepted.isEmpty()) {
      throw new Skip("fewer than three claims have a supporting quote that fits no other claim shown");
    }
    String instructions = "Each quote below comes from a source in the debate about \u201c" + ctx.thesis.text()
        + "\u201d Match every quote to the claim it is evidence for. Every claim is used at most once.";
    return Exercise.of(ExerciseType.MATCH_QUOTES, ExerciseType.MATCH_QUOTES.title(), instructions, accepted,
        List.of());
  }

  private static Candidate variant(Context ctx, Rand rnd, Map<StatementId, List<Evidence>> byStatement,
      List<StatementId> claims, int want, int extra, int variant) {
    Difficulty d = ctx.difficulty;
    AnswerOptions quotes = new AnswerOptions();
    AnswerOptions rights = new AnswerOptions();
    List<Evidence> chosen = new ArrayList<>();
    for (StatementId s : rnd.shuffled(claims)) {
      if (chosen.size() == want) {
        break;
      }
      String claim = ctx.facts.text(s);
      if (rights.contains(claim) || chosen.stream().anyMatch(e -> joined(ctx, e.statement(), s))) {
        continue;
      }
      for (Evidence e : rnd.shuffled(byStatement.get(s))) {
        if (!quoteFitsElsewhere(ctx, e, s) && quotes.add(e.quote(), e.id().value())) {
          rights.add(claim, s.value());
          chosen.add(e);
          break;
        }
      }
    }
    if (chosen.size() < 3) {
      return null;
    }
    // extra claims: not supported by any chosen quote, not one argument away from a right claim, distinct texts
    List<Statement> others = new ArrayList<>();
    Set<StatementId> used = new HashSet<>();
    chosen.forEach(e -> used.add(e.statement()));
    for (Statement s : ctx.map.statements()) {
      if (!used.contains(s.id()) && !rights.contains(s.text())
          && used.stream().noneMatch(u -> joined(ctx, u, s.id()))
          && chosen.stream().noneMatch(e -> sameQuoteOn(ctx, e, s.id()))) {
        others.add(s);
      }
    }
    List<Statement> pool = rnd.shuffled(others);
    if (d == Difficulty.HARD) {
      List<String> rightTexts = new ArrayList<>();
      chosen.forEach(e -> rightTexts.add(ctx.facts.text(e.statement())));
      pool.sort(Comparator.comparingDouble((Statement s) -> -closeness(s.text(), rightTexts)));
    }
    List<Statement> extras = new ArrayList<>();
    for (Statement s : pool) {
      if (extras.size() == extra) {
        break;
      }
      if (rights.add(s.text(), s.id().value())) {
        extras.add(s);
      }
    }
    List<Option> left = new ArrayList<>(quotes.list());
    List<Option> right = rnd.shuffled(rights.list());
    List<Integer> answer = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Evidence e = chosen.get(i);
      int r = indexOfRef(right, e.statement().value());
      answer.add(r);
      why.add((i + 1) + " \u2192 " + (char) ('A' + r) + ": the quote from "
          + MapFacts.citation(ctx.facts.source(e.source())) + " is evidence for \u201c"
          + MapFacts.short1(ctx.facts.text(e.statement())) + "\u201d.");
    }
    for (Statement s : extras) {
      why.add((char) ('A' + indexOfRef(right, s.id().value())) + " is an extra claim: none of the quotes supports it.");
    }
    Item item = new Item.Matching("Match the quotes", ctx.thesis.id().value(), List.of(),
        "Write next to each quote the letter of the claim it supports."
            + (extras.isEmpty() ? "" : " " + (extras.size() == 1 ? "One claim matches" : extras.size()
                + " claims match") + " no quote."),
        left, right, answer, why);
    List<String> asks = new ArrayList<>();
    chosen.forEach(e -> asks.add("quote:" + e.id()));
    return new Candidate("matching " + variant, n -> item, asks, List.of(), List.of(),
        "every quote backs exactly one of the claims shown: no claim shown is one argument away from another "
            + "quote's claim, and no quote is also evidence for another claim shown",
        () -> {
          List<String> out = new ArrayList<>();
          for (int i = 0; i < chosen.size(); i++) {
            Evidence e = chosen.get(i);
            for (Option o : right) {
              StatementId c = StatementId.of(o.ref());
              if (c.equals(e.statement())) {
                continue;
              }
              if (sameQuoteOn(ctx, e, c) || joined(ctx, e.statement(), c)) {
                out.add("quote " + (i + 1) + " fits the claim \u201c" + MapFacts.short1(o.text()) + "\u201d too");
              }
            }
          }
          return out;
        });
  }

  /** Whether two claims are one argument apart: evidence for one would then fit the other. */
  static boolean joined(Context ctx, StatementId x, StatementId y) {
    for (var a : ctx.map.argumentsUsing(x)) {
      if (a.conclusion().equals(y)) {
        return true;
      }
    }
    for (var a : ctx.map.argumentsUsing(y)) {
      if (a.conclusion().equals(x)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the map uses the same words as evidence for another statement too. */
  private static boolean sameQuoteOn(Context ctx, Evidence e, StatementId other) {
    for (Evidence x : ctx.map.evidenceOf(other)) {
      if (AnswerOptions.key(x.quote()).equals(AnswerOptions.key(e.quote()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoteFitsElsewhere(Context ctx, Evidence e, StatementId own) {
    for (Evidence x : ctx.map.evidence()) {
      if (!x.statement().equals(own) && AnswerOptions.key(x.quote()).equals(AnswerOptions.key(e.quote()))) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfRef(List<Option> options, String ref) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).ref().equals(ref)) {
        return i;
      }
    }
    throw new IllegalStateException("no option for " + ref);
  }

  /** The largest share of words a text has in common with any of the given texts. */
  static double closeness(String text, List<String> others) {
    Set<String> a = words(text);
    double best = 0;
    for (String o : others) {
      Set<String> b = words(o);
      Set<String> both = new HashSet<>(a);
      both.retainAll(b);
      Set<String> any = new HashSet<>(a);
      any.addAll(b);
      best = Math.max(best, any.isEmpty() ? 0 : (double) both.size() / any.size());
    }
    return best;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : AnswerOptions.key(text).split(" ")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
