package dev.argmap.exercises;

import dev.argmap.exercises.Item.Passage;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import dev.argmap.model.Source;
import dev.argmap.model.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who said it, who published it: for a quote that a source reports someone else saying, tell the speaker from the
 * publisher, and (from medium on) from the earlier work the publisher took it from. The showcase is a president
 * quoted by a newspaper that cites a wire agency: three roles, three different names.
 *
 * <p>Quotes with a speaker, a publisher and a cited work come first. Easy: two quotes, two questions each, two
 * distractors. Medium: three quotes, the cited-work question added, three distractors. Hard: four quotes, four
 * distractors, and a true-or-false question on whose voice the quote is in; a quote without a speaker is added
 * for contrast. A map with no speaker at all gets the "whose words" and "who published" questions on quotes from
 * sources with known authors.
 */
final class Attribution {
  private Attribution() {}

  static Exercise generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int quotes = d.pick(2, 3, 4);
    int distractors = d.pick(2, 3, 4);
    Rand rnd = ctx.random(ExerciseType.ATTRIBUTION);
    List<Evidence> spoken = new ArrayList<>();
    List<Evidence> authored = new ArrayList<>();
    for (Evidence e : ctx.map.evidence()) {
      if (e.speaker().isPresent()) {
        spoken.add(e);
      } else if (!ctx.facts.source(e.source()).authors().isEmpty()) {
        authored.add(e);
      }
    }
    List<Evidence> chosen = new ArrayList<>();
    if (!spoken.isEmpty()) {
      // the richest case first (speaker, publisher and cited work), then a random mix of the rest
      List<Evidence> ranked = new ArrayList<>(rnd.shuffled(spoken));
      ranked.sort(Comparator.comparingInt((Evidence e) -> -richness(ctx, e)));
      chosen.add(ranked.get(0));
      for (Evidence e : rnd.shuffled(ranked.subList(1, ranked.size()))) {
        if (chosen.size() < quotes && distinctQuote(chosen, e)) {
          chosen.add(e);
        }
      }
      if (d == Difficulty.HARD && !authored.isEmpty()) {
        Evidence contrast = rnd.shuffled(authored).get(0);
        if (chosen.size() >= quotes) {
          chosen.remove(chosen.size() - 1);
        }
        if (distinctQuote(chosen, contrast)) {
          chosen.add(contrast);
        }
      }
    } else {
      for (Evidence e : rnd.shuffled(authored)) {
        if (chosen.size() < quotes && distinctQuote(chosen, e)) {
          chosen.add(e);
        }
      }
    }
    if (chosen.isEmpty()) {
      throw new Skip("no quote has a speaker or a source with known authors");
    }
    List<Item> items = new ArrayList<>();
    int q = 1;
    for (Evidence e : chosen) {
      Source source = ctx.facts.source(e.source());
      Optional<Source> cited = e.citedWork().map(ctx.facts::source);
      List<Passage> context = new ArrayList<>();
      context.add(Passage.quote(e.quote()));
      context.add(Passage.text("From: " + MapFacts.citation(source)
          + cited.map(c -> ". The text says it takes this from: " + MapFacts.citation(c)).orElse("") + "."));
      String publisher = MapFacts.publisher(source);
      String label = "Quote " + q++;
      if (e.voice() == Voice.REPORTED_SPEECH) {
        // the reporter speaks, in its own words, about the speaker: keying the speaker here would be wrong
        Person reported = e.reportedSpeaker().orElseThrow();
        String reporter = reporter(e, source);
        items.add(choice(ctx, rnd, label + ": speaker", e, context, "Who is speaking in this quote?", reporter,
            List.of(MapFacts.person(reported), cited.map(MapFacts::publisher).orElse("")), distractors,
            List.of(capitalised(reporter) + " is speaking: the sentence is its own, reporting what "
                + MapFacts.personWithRole(reported) + " said (words of " + MapFacts.person(reported)
                + " quoted inside it are still framed by the reporter)."), true));
        items.add(choice(ctx, rnd, label + ": reported", e, context, "Whose words or views does this quote report?",
            MapFacts.person(reported), List.of(reporter, cited.map(MapFacts::publisher).orElse("")), distractors,
            List.of("It reports what " + MapFacts.personWithRole(reported) + " said; the sentence is "
                + reporter + "'s."), false));
        if (d != Difficulty.EASY && cited.isPresent()) {
          String from = citedLabel(cited.get());
          items.add(choice(ctx, rnd, label + ": cited work", e, context, "Where did the publisher take this "
              + "report from?", from, List.of(publisher, MapFacts.person(reported)), distractors,
              List.of("The source cites " + MapFacts.citation(cited.get()) + " as the work it takes the report "
                  + "from."), false));
        }
        if (d == Difficulty.HARD) {
          items.add(new Item.TrueFalse(label + ": voice", e.id().value(), context,
              "This quote gives the exact words of " + MapFacts.person(reported) + ".", false,
              List.of("False: the sentence is " + reporter + "'s own, reporting what "
                  + MapFacts.person(reported) + " said.")));
        }
      } else if (e.speaker().isPresent()) {
        Person speaker = e.speaker().get();
        items.add(choice(ctx, rnd, label + ": speaker", e, context, "Who is speaking in this quote?",
            MapFacts.person(speaker), confusables(publisher, cited, source), distractors,
            List.of(MapFacts.personWithRole(speaker) + " is the speaker: " + publisher
                + " reports words that are not its own."), true));
        items.add(choice(ctx, rnd, label + ": publisher", e, context, "Who published the text you are reading "
            + "this quote in?", publisher, List.of(MapFacts.person(speaker), cited.map(MapFacts::publisher)
                .orElse("")), distractors,
            List.of(publisher + " published it: the quote was found in " + MapFacts.citation(source) + "."),
            false));
        if (d != Difficulty.EASY && cited.isPresent()) {
          String from = citedLabel(cited.get());
          items.add(choice(ctx, rnd, label + ": cited work", e, context, "Where did the publisher take this "
              + "report from?", from, List.of(publisher, MapFacts.person(speaker)), distractors,
              List.of("The source cites " + MapFacts.citation(cited.get()) + " as the work it takes the claim "
                  + "from; the speaker is still " + MapFacts.person(speaker) + "."), false));
        }
        if (d == Difficulty.HARD) {
          items.add(new Item.TrueFalse(label + ": voice", e.id().value(), context,
              "In this quote, " + publisher + " speaks in its own voice.", false,
              List.of("False: the words are " + MapFacts.person(speaker) + "'s; " + publisher
                  + " only reports them.")));
        }
      } else {
        String authors = MapFacts.authors(source);
        items.add(choice(ctx, rnd, label + ": author", e, context, "Whose words are these?", authors,
            confusables(publisher, cited, source), distractors,
            List.of("No one else is quoted: these are the words of the source's author"
                + (source.authors().size() > 1 ? "s, " : ", ") + authors + "."), true));
        if (d == Difficulty.HARD) {
          items.add(new Item.TrueFalse(label + ": voice", e.id().value(), context,
              "In this quote, " + authors + " " + (source.authors().size() > 1 ? "speak" : "speaks")
                  + " in their own voice.", true,
              List.of("True: the source quotes no one else; its author" + (source.authors().size() > 1 ? "s" : "")
                  + " wrote these words.")));
        }
      }
    }
    String instructions = "A quote can pass through several hands: someone says it (the speaker), a text prints "
        + "it (the publisher), and that text may have taken it from an earlier work. Read each quote and where it "
        + "was found, then answer the questions.";
    return new Exercise(ExerciseType.ATTRIBUTION, ExerciseType.ATTRIBUTION.title(), instructions, items,
        List.of("The speaker is who says the words; the publisher is who printed the text the quote was found "
            + "in; the cited work is where that text says it took the claim from."));
  }

  private static int richness(Context ctx, Evidence e) {
    Source s = ctx.facts.source(e.source());
    boolean headline = s.title().map(t -> Options.key(t).equals(Options.key(e.quote()))).orElse(false);
    return (s.publisher().isPresent() ? 2 : 0) + (e.citedWork().isPresent() ? 2 : 0)
        + (s.title().isPresent() ? 1 : 0) + (headline ? 0 : 1);
  }

  private static boolean distinctQuote(List<Evidence> chosen, Evidence e) {
    for (Evidence c : chosen) {
      if (Options.key(c.quote()).equals(Options.key(e.quote()))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> confusables(String publisher, Optional<Source> cited, Source source) {
    List<String> out = new ArrayList<>();
    out.add(publisher);
    cited.ifPresent(c -> out.add(MapFacts.publisher(c)));
    source.authors().forEach(p -> out.add(p.name()));
    return out;
  }

  static String citedLabel(Source cited) {
    if (cited.title().isPresent()) {
      return "\u201c" + cited.title().get() + "\u201d" + (cited.authors().isEmpty() ? "" : " by "
          + MapFacts.authors(cited));
    }
    return MapFacts.publisher(cited);
  }

  /**
   * A choice whose distractors are first the confusable names (the other roles of the same quote), then other
   * names of the map: people for a person, publishers for a publisher.
   */
  private static Item.Choice choice(Context ctx, Rand rnd, String title, Evidence e, List<Passage> context,
      String prompt, String answer, List<String> confusable, int distractors, List<String> why, boolean people) {
    Options opts = new Options();
    opts.add(answer, "");
    for (String c : confusable) {
      if (opts.size() <= distractors && !c.isEmpty()) {
        opts.add(c, "");
      }
    }
    List<String> pool = new ArrayList<>();
    if (people) {
      for (Evidence other : ctx.map.evidence()) {
        other.speaker().ifPresent(p -> pool.add(p.name()));
      }
      for (Source s : ctx.map.sources()) {
        s.authors().forEach(p -> pool.add(p.name()));
      }
    } else {
      for (Source s : ctx.map.sources()) {
        pool.add(MapFacts.publisher(s));
      }
    }
    for (String p : rnd.shuffled(pool)) {
      if (opts.size() > distractors) {
        break;
      }
      opts.add(p, "");
    }
    if (opts.size() < 2) {
      opts.add("None of the people or works named on this sheet", "");
    }
    List<Item.Option> shown = rnd.shuffled(opts.list());
    int right = 0;
    for (int i = 0; i < shown.size(); i++) {
      if (Options.key(shown.get(i).text()).equals(Options.key(answer))) {
        right = i;
      }
    }
    return new Item.Choice(title, e.id().value(), context, prompt, shown, right, why);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Who speaks in reported speech: the source's authors, or its publisher when they are unknown. */
  static String reporter(Evidence e, Source source) {
    List<String> names = new ArrayList<>();
    for (Person p : e.whoSpeaks(source)) {
      names.add(MapFacts.person(p));
    }
    return names.isEmpty() ? MapFacts.publisher(source) : String.join(" and ", names);
  }
}
