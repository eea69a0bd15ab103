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
    Options quotes = new Options();
    Options rights = new Options();
    List<Evidence> chosen = new ArrayList<>();
    for (StatementId s : rnd.shuffled(claims)) {
      if (chosen.size() == want) {
        break;
      }
      String claim = ctx.facts.text(s);
      if (rights.contains(claim)) {
        continue;
      }
      for (Evidence e : rnd.shuffled(byStatement.get(s))) {
        if (quotes.add(e.quote(), e.id().value())) {
          rights.add(claim, s.value());
          chosen.add(e);
          break;
        }
      }
    }
    if (chosen.size() < 3) {
      throw new Skip("fewer than three claims have a supporting quote");
    }
    // extra claims: not supported by any chosen quote (each quote has one claim), distinct texts
    List<Statement> others = new ArrayList<>();
    Set<StatementId> used = new HashSet<>();
    chosen.forEach(e -> used.add(e.statement()));
    for (Statement s : ctx.map.statements()) {
      if (!used.contains(s.id()) && !rights.contains(s.text())) {
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
      why.add((i + 1) + " \u2192 " + (char) ('A' + r) + ": quote " + e.id() + " from "
          + MapFacts.citation(ctx.facts.source(e.source())) + " supports statement " + e.statement() + ".");
    }
    for (Statement s : extras) {
      why.add((char) ('A' + indexOfRef(right, s.id().value())) + " is an extra claim: none of the quotes supports it.");
    }
    Item item = new Item.Matching("Match the quotes", ctx.thesis.id().value(), List.of(),
        "Write next to each quote the letter of the claim it supports."
            + (extras.isEmpty() ? "" : " " + (extras.size() == 1 ? "One claim matches" : extras.size()
                + " claims match") + " no quote."),
        left, right, answer, why);
    String instructions = "Each quote below comes from a source in the debate about \u201c" + ctx.thesis.text()
        + "\u201d Match every quote to the claim it is evidence for. Every claim is used at most once.";
    return new Exercise(ExerciseType.MATCH_QUOTES, ExerciseType.MATCH_QUOTES.title(), instructions, List.of(item),
        List.of());
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
    for (String w : Options.key(text).split(" ")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
