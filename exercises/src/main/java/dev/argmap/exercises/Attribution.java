package dev.argmap.exercises;

import dev.argmap.exercises.Item.Passage;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
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
    // every eligible quote is a candidate, the chosen ones first: a quote whose questions fail is replaced
    List<Evidence> order = new ArrayList<>(chosen);
    for (Evidence e : rnd.shuffled(d == Difficulty.HARD ? concat(spoken, authored) : spoken.isEmpty() ? authored
        : spoken)) {
      if (distinctQuote(order, e)) {
        order.add(e);
      }
    }
    List<Candidate> items = new ArrayList<>();
    for (Evidence e : order) {
      Source source = ctx.facts.source(e.source());
      Optional<Source> cited = e.citedWork().map(ctx.facts::source);
      List<Passage> context = new ArrayList<>();
      context.add(Passage.quote(e.quote()));
      // the title and date find the document in the students' pack; the publisher, the authors and the cited
      // work are what the questions ask, so the sheet does not print them
      context.add(Passage.text("Found in: " + documentName(source) + "."));
      String publisher = MapFacts.publisher(source);
      String label = "Quote";
      if (e.voice() == Voice.REPORTED_SPEECH) {
        // the reporter speaks, in its own words, about the speaker: keying the speaker here would be wrong
        Person reported = e.reportedSpeaker().orElseThrow();
        String reporter = reporter(e, source);
        // not the cited work's publisher: the sentence may be its words, reprinted, so it would be right too
        items.add(choice(ctx, rnd, label + ": speaker", e, context, "Who is speaking in this quote?", reporter,
            List.of(MapFacts.person(reported)), distractors,
            List.of(capitalised(reporter) + " is speaking: the sentence is its own, reporting what "
                + MapFacts.personWithRole(reported) + " said (words of " + MapFacts.person(reported)
                + " quoted inside it are still framed by the reporter)."), true));
        items.add(choice(ctx, rnd, label + ": reported", e, context, "Whose words or views does this quote report?",
            MapFacts.person(reported), List.of(reporter, cited.map(MapFacts::publisher).orElse("")), distractors,
            List.of("It reports what " + MapFacts.personWithRole(reported) + " said; the sentence is "
                + reporter + "'s."), true));
        if (d != Difficulty.EASY && cited.isPresent()) {
          String from = citedLabel(cited.get());
          items.add(choice(ctx, rnd, label + ": cited work", e, context, "Where did the publisher take this "
              + "report from?", from, List.of(publisher, MapFacts.person(reported)), distractors,
              List.of("The source cites " + MapFacts.citation(cited.get()) + " as the work it takes the report "
                  + "from."), false));
        }
        if (d == Difficulty.HARD) {
          items.add(trueFalse(e, context, ": voice", "This quote gives the exact words of "
              + MapFacts.person(reported) + ".", false, List.of("False: the sentence is " + reporter
              + "'s own, reporting what " + MapFacts.person(reported) + " said.")));
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
          items.add(trueFalse(e, context, ": voice", "In this quote, " + publisher + " speaks in its own voice.",
              false, List.of("False: the words are " + MapFacts.person(speaker) + "'s; " + publisher
                  + " only reports them.")));
        }
      } else {
        String authors = MapFacts.authors(source);
        items.add(choice(ctx, rnd, label + ": author", e, context, "Whose words are these?", authors,
            confusables(publisher, cited, source), distractors,
            List.of("No one else is quoted: these are the words of the source's author"
                + (source.authors().size() > 1 ? "s, " : ", ") + authors + "."), true));
        if (d == Difficulty.HARD) {
          items.add(trueFalse(e, context, ": voice",
              "The words of this quote are " + authors + "'s own.", true,
              List.of("True: the source quotes no one else; its author" + (source.authors().size() > 1 ? "s" : "")
                  + " wrote these words.")));
        }
      }
    }
    String instructions = "A quote can pass through several hands: someone says it (the speaker), a text prints "
        + "it (the publisher), and that text may have taken it from an earlier work. Find each quote in your copy "
        + "of the document named under it, read it in its place, then answer the questions.";
    List<QuestionChecker.Accepted> accepted = ctx.checker.select(items, quotes);
    if (accepted.isEmpty()) {
      throw new Skip("every question on the map's quotes gives its answer away in the quote or its title");
    }
    return Exercise.of(ExerciseType.ATTRIBUTION, ExerciseType.ATTRIBUTION.title(), instructions, accepted,
        List.of("The speaker is who says the words; the publisher is who printed the text the quote was found "
            + "in; the cited work is where that text says it took the claim from."));
  }

  private static int richness(Context ctx, Evidence e) {
    Source s = ctx.facts.source(e.source());
    boolean headline = s.title().map(t -> AnswerOptions.key(t).equals(AnswerOptions.key(e.quote()))).orElse(false);
    return (s.publisher().isPresent() ? 2 : 0) + (e.citedWork().isPresent() ? 2 : 0)
        + (s.title().isPresent() ? 1 : 0) + (headline ? 0 : 1);
  }

  private static boolean distinctQuote(List<Evidence> chosen, Evidence e) {
    for (Evidence c : chosen) {
      if (AnswerOptions.key(c.quote()).equals(AnswerOptions.key(e.quote()))) {
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
  private static Candidate choice(Context ctx, Rand rnd, String title, Evidence e, List<Passage> context,
      String prompt, String answer, List<String> confusable, int distractors, List<String> why, boolean people) {
    // the cited work's publisher may have written the very sentence a reporter reprints: never a wrong option
    // for the question of who speaks in reported speech
    List<String> forbidden = new ArrayList<>();
    boolean reportedSpeaker = e.voice() == Voice.REPORTED_SPEECH && title.endsWith(": speaker");
    if (reportedSpeaker) {
      e.citedWork().map(ctx.facts::source).ifPresent(c -> forbidden.add(MapFacts.publisher(c)));
    }
    AnswerOptions opts = new AnswerOptions();
    opts.add(answer, "");
    forbidden.forEach(opts::exclude);
    for (String c : confusable) {
      if (opts.size() <= distractors && !c.isEmpty() && fair(c, answer)) {
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
      if (fair(p, answer)) {
        opts.add(p, "");
      }
    }
    if (opts.size() < 2) {
      opts.add("None of the people or works named on this sheet", "");
    }
    List<Item.Option> shown = rnd.shuffled(opts.list());
    int right = 0;
    for (int i = 0; i < shown.size(); i++) {
      if (AnswerOptions.key(shown.get(i).text()).equals(AnswerOptions.key(answer))) {
        right = i;
      }
    }
    int answerIndex = right;
    String suffix = title.substring(title.indexOf(':'));
    List<String> giveaways = new ArrayList<>();
    giveaways.add(answer);
    giveaways.addAll(surnames(ctx, answer));
    return new Candidate(e.id().value(),
        n -> new Item.Choice("Quote " + n + suffix, e.id().value(), context, prompt, shown, answerIndex, why),
        List.of(suffix.substring(2).replace(' ', '-') + ":" + e.id()), List.of(), giveaways,
        "the quote and the document's name do not name the answer, and no wrong option could be right as well",
        () -> {
          List<String> out = new ArrayList<>();
          String doc = AnswerOptions.key(documentName(ctx.facts.source(e.source())));
          if (QuestionChecker.containsWords(AnswerOptions.key(answer), doc)) {
            out.add("the answer repeats the name of the document the sheet shows");
          }
          for (Item.Option o : shown) {
            for (String f : forbidden) {
              if (AnswerOptions.key(o.text()).equals(AnswerOptions.key(f))) {
                out.add("\u201c" + f + "\u201d may have written this very sentence, so it is not clearly wrong");
              }
            }
          }
          return out;
        });
  }

  /** A wrong option that neither contains the answer nor is contained in it. */
  private static boolean fair(String option, String answer) {
    String o = AnswerOptions.key(option);
    String a = AnswerOptions.key(answer);
    return !QuestionChecker.containsWords(o, a) && !QuestionChecker.containsWords(a, o);
  }

  /** The family names of the people of the map named as the answer: a quote naming them gives it away. */
  private static List<String> surnames(Context ctx, String answer) {
    List<String> out = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    ctx.map.evidence().forEach(x -> x.speaker().ifPresent(people::add));
    ctx.map.evidence().forEach(x -> x.reportedSpeaker().ifPresent(people::add));
    ctx.map.sources().forEach(s -> people.addAll(s.authors()));
    for (Person p : people) {
      if (p.kind() == PersonKind.PERSON && AnswerOptions.key(p.name()).equals(AnswerOptions.key(answer))) {
        String[] words = AnswerOptions.key(p.name()).split(" ");
        String last = words[words.length - 1];
        if (words.length > 1 && last.length() > 2 && !out.contains(last)) {
          out.add(last);
        }
      }
    }
    return out;
  }

  private static Candidate trueFalse(Evidence e, List<Passage> context, String suffix, String prompt,
      boolean answer, List<String> why) {
    return Candidate.plain(e.id().value(),
        n -> new Item.TrueFalse("Quote " + n + suffix, e.id().value(), context, prompt, answer, why),
        List.of("voice:" + e.id()), List.of(), "the voice follows the map's record of whose words the quote is");
  }

  /** How the students find the document in their pack: its title and date, never its publisher or authors. */
  static String documentName(Source s) {
    String date = s.date().map(d -> ", " + d.toText()).orElse("");
    return s.title().map(t -> "\u201c" + t + "\u201d" + date).orElse("an untitled " + MapFacts.kind(s) + date);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
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
    if (!names.isEmpty()) {
      return String.join(" and ", names);
    }
    // an anonymous, untitled work: named by what it is, not by the document name the sheet prints
    return source.publisher().isPresent() || source.title().isPresent() ? MapFacts.publisher(source)
        : "the unknown author of the " + MapFacts.kind(source);
  }
}
