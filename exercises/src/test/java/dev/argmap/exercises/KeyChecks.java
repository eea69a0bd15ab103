package dev.argmap.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Matching;
import dev.argmap.exercises.Item.Option;
import dev.argmap.exercises.Item.Ordering;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.exercises.Item.Task;
import dev.argmap.exercises.Item.TrueFalse;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.ElementId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a worksheet against its map with computations of its own (not the generators'): every answer in the key
 * is right for the map, every exercise is answerable from what the sheet shows, and the sheet shows no answer.
 */
final class KeyChecks {
  private KeyChecks() {}

  static void check(ArgumentMap map, Worksheet w, String where) {
    String sheet = w.toMarkdown();
    String key = w.answerKeyMarkdown();
    assertThat(sheet).as(where + ": the sheet shows no answer").doesNotContain("**Answer");
    for (Exercise e : w.exercises()) {
      String at = where + ", " + e.type();
      assertThat(e.items()).as(at).isNotEmpty();
      for (Item item : e.items()) {
        answerable(sheet, item, at + ", " + item.title());
        for (String line : item.explanation()) {
          assertThat(key).as(at + ": the key explains").contains(MarkdownWriter.md(line));
          assertThat(sheet).as(at + ": the sheet does not explain").doesNotContain(MarkdownWriter.md(line));
        }
        if (item instanceof Choice c) {
          List<String> texts = c.options().stream().map(o -> AnswerOptions.key(o.text())).toList();
          assertThat(new HashSet<>(texts)).as(at + ": options differ").hasSize(texts.size());
          assertThat(key).as(at).contains("**Answer: " + MarkdownWriter.letter(c.answer()) + ". "
              + MarkdownWriter.md(c.rightOption().text()) + "**");
        }
      }
      switch (e.type()) {
        case CLASSIFY -> e.items().forEach(i -> classify(map, w, (Choice) i, at));
        case MATCH_QUOTES -> e.items().forEach(i -> match(map, (Matching) i, at));
        case ATTRIBUTION -> e.items().forEach(i -> attribution(map, i, at));
        case MISSING_PREMISE -> e.items().forEach(i -> missingPremise(map, (Choice) i, at));
        case RANK_OBJECTIONS -> e.items().forEach(i -> rank(map, w, (Ordering) i, at));
        case SPOT_UNDERCUTTER -> e.items().forEach(i -> undercutter(map, (Choice) i, at));
        case BUILD_MAP -> buildMap(map, w, (Task) e.items().get(0), at);
        case DEBATE_PREP -> assertThat(e.items()).hasSize(1);
      }
    }
  }

  /** Every text the student needs is on the sheet. */
  private static void answerable(String sheet, Item item, String at) {
    List<String> needed = new ArrayList<>();
    needed.add(item.prompt());
    item.context().stream().map(Passage::text).forEach(needed::add);
    if (item instanceof Choice c) {
      c.options().stream().map(Option::text).forEach(needed::add);
    } else if (item instanceof Matching m) {
      m.left().stream().map(Option::text).forEach(needed::add);
      m.right().stream().map(Option::text).forEach(needed::add);
    } else if (item instanceof Ordering o) {
      o.items().stream().map(Option::text).forEach(needed::add);
    } else if (item instanceof Task t) {
      for (Section s : t.sheet()) {
        s.entries().stream().map(Entry::text).forEach(needed::add);
      }
    }
    for (String n : needed) {
      assertThat(sheet).as(at + ": shown on the sheet").contains(MarkdownWriter.md(n));
    }
  }

  // ----- classify: all simple routes from the statement to the thesis agree -----

  private static void classify(ArgumentMap map, Worksheet w, Choice c, String at) {
    Set<Polarity> found = EnumSet.noneOf(Polarity.class);
    routes(map, StatementId.of(c.subject()), w.thesis().id(), Polarity.SUPPORTS, new HashSet<>(), found);
    assertThat(found).as(at + ": routes from " + c.subject()).hasSize(1);
    Polarity p = found.iterator().next();
    assertThat(c.rightOption().text()).as(at).isEqualTo(p == Polarity.SUPPORTS ? Classify.FOR : Classify.AGAINST);
    assertThat(c.options()).extracting(Option::text).containsExactly(Classify.FOR, Classify.AGAINST);
  }

  private static void routes(ArgumentMap map, ConclusionId node, StatementId thesis, Polarity parity,
      Set<ConclusionId> onPath, Set<Polarity> found) {
    if (node.equals(thesis) && !onPath.isEmpty()) {
      found.add(parity);
      return;
    }
    if (!onPath.add(node)) {
      return;
    }
    if (node instanceof StatementId s) {
      for (Argument a : map.argumentsUsing(s)) {
        routes(map, a.id(), thesis, parity, onPath, found);
      }
    } else {
      Argument a = map.argument((ArgumentId) node).orElseThrow();
      routes(map, a.conclusion(), thesis, a.polarity() == Polarity.SUPPORTS ? parity : parity.opposite(), onPath,
          found);
    }
    onPath.remove(node);
  }

  // ----- match quotes -----

  private static void match(ArgumentMap map, Matching m, String at) {
    Set<String> claimsOfQuotes = new HashSet<>();
    for (int i = 0; i < m.left().size(); i++) {
      Evidence e = map.evidence(EvidenceId.of(m.left().get(i).ref())).orElseThrow();
      assertThat(m.left().get(i).text()).as(at).isEqualTo(e.quote());
      assertThat(e.polarity()).as(at).isEqualTo(Polarity.SUPPORTS);
      Option right = m.right().get(m.answer().get(i));
      assertThat(right.ref()).as(at + ": quote " + e.id()).isEqualTo(e.statement().value());
      assertThat(right.text()).as(at).isEqualTo(map.statement(e.statement()).orElseThrow().text());
      claimsOfQuotes.add(e.statement().value());
    }
    assertThat(m.left().size()).as(at).isGreaterThanOrEqualTo(3);
    for (Option r : m.right()) {
      if (!claimsOfQuotes.contains(r.ref())) {
        // an extra claim: no shown quote backs it
        for (Option l : m.left()) {
          assertThat(map.evidence(EvidenceId.of(l.ref())).orElseThrow().statement().value()).isNotEqualTo(r.ref());
        }
      }
    }
  }

  // ----- attribution -----

  private static void attribution(ArgumentMap map, Item item, String at) {
    Evidence e = map.evidence(EvidenceId.of(item.subject())).orElseThrow();
    Source s = map.source(e.source()).orElseThrow();
    assertThat(item.context().get(0).text()).as(at).isEqualTo(e.quote());
    if (item instanceof TrueFalse t) {
      assertThat(t.answer()).as(at + ": the voice is the source's own only without a speaker")
          .isEqualTo(e.speaker().isEmpty());
      return;
    }
    Choice c = (Choice) item;
    String right = c.rightOption().text();
    if (c.title().endsWith(": speaker")) {
      if (e.voice() == dev.argmap.model.Voice.REPORTED_SPEECH) {
        // reported speech: the reporter speaks, not the one it reports
        assertThat(right).as(at).isEqualTo(Attribution.reporter(e, s))
            .isNotEqualTo(e.reportedSpeaker().orElseThrow().name());
      } else {
        assertThat(right).as(at).isEqualTo(e.quotedSpeaker().orElseThrow().name());
      }
    } else if (c.title().endsWith(": reported")) {
      assertThat(right).as(at).isEqualTo(e.reportedSpeaker().orElseThrow().name());
    } else if (c.title().endsWith(": publisher")) {
      if (s.publisher().isPresent()) {
        assertThat(right).as(at).isEqualTo(s.publisher().get());
      } else {
        assertThat(right).as(at).satisfiesAnyOf(
            r -> assertThat(r).contains(s.title().orElse("\u0000")),
            r -> assertThat(r).contains(s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
            r -> assertThat(s.authors()).anyMatch(p -> r.contains(p.name())));
      }
      if (e.speaker().isPresent()) {
        assertThat(right).isNotEqualTo(e.speaker().get().name());
      }
    } else if (c.title().endsWith(": cited work")) {
      Source cited = map.source(e.citedWork().orElseThrow()).orElseThrow();
      assertThat(right).as(at).satisfiesAnyOf(
          r -> assertThat(r).contains(cited.title().orElse("\u0000")),
          r -> assertThat(r).contains(cited.publisher().orElse("\u0000")),
          r -> assertThat(r).contains(cited.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    } else if (c.title().endsWith(": author")) {
      assertThat(e.speaker()).isEmpty();
      s.authors().forEach(p -> assertThat(right).as(at).contains(p.name()));
    } else {
      throw new AssertionError(at + ": unexpected item " + c.title());
    }
  }

  // ----- missing premise -----

  private static void missingPremise(ArgumentMap map, Choice c, String at) {
    Argument a = map.argument(ArgumentId.of(c.subject())).orElseThrow();
    assertThat(a.isLinked()).as(at).isTrue();
    StatementId hidden = StatementId.of(c.rightOption().ref());
    assertThat(a.premises()).as(at).contains(hidden);
    List<String> shown = c.context().stream().map(Passage::text).toList();
    for (StatementId p : a.premises()) {
      String text = map.statement(p).orElseThrow().text();
      assertThat(shown.contains(text)).as(at + ": premise " + p + " shown").isEqualTo(!p.equals(hidden));
    }
    for (int i = 0; i < c.options().size(); i++) {
      if (i != c.answer()) {
        StatementId d = StatementId.of(c.options().get(i).ref());
        assertThat(a.premises()).as(at + ": distractor " + d).doesNotContain(d);
        assertThat(d).isNotEqualTo(a.conclusion());
      }
    }
  }

  // ----- rank objections: shares of the claim's change computed here -----

  /**
   * The key ranks by share of the claim's change, most negative first, with clear gaps. A question of rebuttals
   * must follow {@code MapScorer.explain(...).reasonsAgainst(...)} exactly; a hard one (undercutters possible)
   * the map's per-argument Shapley shares, computed here with the sheet's seed.
   */
  private static void rank(ArgumentMap map, Worksheet w, Ordering o, String at) {
    MapScorer scorer = MapScorer.of(w.options().semantics())
        .withContributionOptions(Context.shareOptions(w.options().seed()));
    StatementId claim = StatementId.of(o.subject());
    boolean hard = w.options().difficulty() == Difficulty.HARD;
    boolean perArgument = hard && RankObjections.objections(map, claim, true).stream()
        .anyMatch(Argument::targetsArgument);
    Explanation why = scorer.explain(map, claim);
    Contributions<ElementId> all = perArgument
        ? scorer.contributions(map, claim, ContributionFunction.SHAPLEY, MapContributors.ARGUMENTS) : null;
    List<ArgumentId> ranked = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (int idx : o.order()) {
      Argument a = map.argument(ArgumentId.of(o.items().get(idx).ref())).orElseThrow();
      boolean onClaim = a.conclusion().equals(claim) && a.polarity() == Polarity.ATTACKS;
      boolean undercutsSupport = a.isUndercutter() && map.argument((ArgumentId) a.conclusion()).orElseThrow()
          .conclusion().equals(claim);
      assertThat(onClaim || undercutsSupport).as(at + ": " + a.id() + " objects to " + claim).isTrue();
      assertThat(undercutsSupport && !hard).as(at + ": undercutters only on hard sheets").isFalse();
      ranked.add(a.id());
      shares.add(perArgument ? all.of(a.id()).value() : why.reason(a.id()).share().value());
    }
    for (int i = 0; i + 1 < shares.size(); i++) {
      assertThat(shares.get(i)).as(at + ": ranked by share of the claim's change, most negative first " + shares)
          .isLessThan(shares.get(i + 1) - RankObjections.MIN_GAP + 1e-12);
    }
    if (!perArgument) {
      List<ArgumentId> explained = why.reasonsAgainst(Integer.MAX_VALUE).stream()
          .map(Explanation.Reason::argument).filter(ranked::contains).toList();
      assertThat(ranked).as(at + ": the order of MapScorer.explain(...).reasonsAgainst").isEqualTo(explained);
    }
    assertThat(o.items()).as(at).hasSizeGreaterThanOrEqualTo(3);
  }

  // ----- spot the undercutter -----

  private static void undercutter(ArgumentMap map, Choice c, String at) {
    Argument u = map.argument(ArgumentId.of(c.rightOption().ref())).orElseThrow();
    assertThat(u.isUndercutter()).as(at).isTrue();
    assertThat(u.id().value()).isEqualTo(c.subject());
    Argument target = map.argument((ArgumentId) u.conclusion()).orElseThrow();
    String reason = target.premises().stream().map(p -> map.statement(p).orElseThrow().text())
        .reduce((x, y) -> x + " + " + y).orElseThrow();
    assertThat(c.context()).extracting(Passage::text).as(at).contains(reason);
    for (int i = 0; i < c.options().size(); i++) {
      if (i != c.answer()) {
        Argument d = map.argument(ArgumentId.of(c.options().get(i).ref())).orElseThrow();
        assertThat(d.targetsArgument()).as(at + ": distractor " + d.id() + " concludes a claim").isFalse();
      }
    }
  }

  // ----- build the map -----

  private static void buildMap(ArgumentMap map, Worksheet w, Task t, String at) {
    ArgumentMap ref = w.buildMapReference().orElseThrow();
    assertThat(ref.thesisIds()).containsExactly(w.thesis().id());
    for (Argument a : ref.arguments()) {
      assertThat(map.argument(a.id())).as(at).contains(a);
    }
    List<String> listed = t.sheet().get(0).entries().stream().map(Entry::text).toList();
    ref.statements().forEach(s -> assertThat(listed).as(at).contains(s.text()));
    assertThat(t.key().get(1).entries()).as(at + ": one arrow per argument").hasSize(ref.arguments().size());
    // every statement of the reference is connected to the thesis
    for (var s : ref.statements()) {
      if (!s.id().equals(w.thesis().id())) {
        assertThat(ref.upstreamOf(w.thesis().id())).as(at + ": " + s.id() + " reaches the thesis")
            .contains(s.id());
      }
    }
  }
}
