package dev.argmap.exercises;

import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Build the map yourself: the statements of a part of the map around the thesis are listed in shuffled order
 * under neutral labels (S1, S2, ...), and the student draws the map. The key is the reference structure, as a tree
 * and as a list of arrows; {@link Worksheet#buildMapReference()} is the same part as a map, to grade a student's
 * map with.
 *
 * <p>The part is grown from the thesis level by level, whole arguments at a time (linked premises together),
 * choosing among arguments at random, up to a number of statements; below the last level at most three
 * arguments per claim, so that the part goes deep rather than wide. Easy: one level, six statements, the thesis
 * named. Medium: two levels, nine statements, the thesis named, quotes to place. Hard: three levels, twelve
 * statements, an undercut argument first so that an undercutter is drawn, the thesis not named, quotes to place,
 * and two statements joined by no argument to the part, which do not belong.
 */
final class BuildMap {
  private BuildMap() {}

  record Result(Exercise exercise, ArgumentMap reference) {}

  static Result generate(Context ctx) {
    Difficulty d = ctx.difficulty;
    int depth = d.pick(1, 2, 3);
    int cap = d.pick(6, 9, 12);
    int herrings = d.pick(0, 0, 2);
    boolean undercutters = d == Difficulty.HARD;
    Rand rnd = ctx.random(ExerciseType.BUILD_MAP);
    Set<StatementId> statements = new LinkedHashSet<>();
    Set<ArgumentId> arguments = new LinkedHashSet<>();
    statements.add(ctx.thesis.id());
    List<ConclusionId> frontier = List.of(ctx.thesis.id());
    for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
      List<ConclusionId> next = new ArrayList<>();
      for (ConclusionId node : frontier) {
        // a few arguments per claim, so that the part goes deep instead of wide: below easy, room is left for
        // the level under it; on hard sheets an argument that is undercut comes first, so that one is drawn
        List<Argument> on = rnd.shuffled(ctx.map.argumentsOn(node));
        // while a level below is still to come, an argument whose premises have arguments of their own comes
        // first (the part must go deep, not stop at premises nothing bears on); on hard sheets an undercut one
        // comes before all (the sort is stable, so the random order decides among equals)
        if (level + 1 < depth) {
          on.sort(Comparator.comparingInt((Argument a) -> a.premises().stream()
              .anyMatch(p -> !ctx.map.argumentsOn(p).isEmpty()) ? 0 : 1));
        }
        if (undercutters) {
          on.sort(Comparator.comparingInt((Argument a) -> ctx.map.argumentsAgainst(a.id()).stream()
              .anyMatch(Argument::isUndercutter) ? 0 : 1));
        }
        int taken = 0;
        int perClaim = level + 1 < depth ? d.pick(6, 3, 3) : Integer.MAX_VALUE;
        for (Argument a : on) {
          if (a.targetsArgument() && !undercutters) {
            continue;
          }
          if (taken >= perClaim) {
            break;
          }
          List<StatementId> fresh = new ArrayList<>();
          for (StatementId p : a.premises()) {
            if (!statements.contains(p)) {
              fresh.add(p);
            }
          }
          if (statements.size() + fresh.size() > cap || arguments.contains(a.id())) {
            continue;
          }
          statements.addAll(fresh);
          arguments.add(a.id());
          taken++;
          next.addAll(fresh);
          if (undercutters) {
            next.add(a.id());
          }
        }
      }
      frontier = next;
    }
    // every other argument among the chosen statements belongs to the structure too
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Argument a : ctx.map.arguments()) {
        boolean inside = statements.containsAll(a.premises()) && (a.conclusion() instanceof StatementId s
            ? statements.contains(s) : undercutters && arguments.contains((ArgumentId) a.conclusion()));
        if (inside && arguments.add(a.id())) {
          changed = true;
        }
      }
    }
    if (arguments.size() < 2) {
      throw new Skip("the thesis has fewer than two arguments to build a map from");
    }
    List<StatementId> extra = new ArrayList<>();
    AnswerOptions texts = new AnswerOptions();
    statements.forEach(s -> texts.add(ctx.facts.text(s), s.value()));
    // a statement that does not belong is one no argument joins to the part, farthest from the thesis first:
    // one that bears on a statement of the part plainly belongs, and the key must not tell students to drop it
    List<Statement> strangers = new ArrayList<>();
    for (Statement s : rnd.shuffled(ctx.map.statements())) {
      if (!statements.contains(s.id()) && !joined(ctx, s.id(), statements, arguments)) {
        strangers.add(s);
      }
    }
    strangers.sort(Comparator.comparingInt((Statement s) -> -distance(ctx, s.id())));
    for (Statement s : strangers) {
      if (extra.size() == herrings) {
        break;
      }
      if (texts.add(s.text(), s.id().value())) {
        extra.add(s.id());
      }
    }
    List<StatementId> shown = new ArrayList<>(statements);
    shown.addAll(extra);
    shown = rnd.shuffled(shown);
    Map<StatementId, String> label = new HashMap<>();
    List<Entry> list = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      label.put(shown.get(i), "S" + (i + 1));
      list.add(Entry.labelled("S" + (i + 1), ctx.facts.text(shown.get(i))));
    }
    // from medium on, quotes to place: one per statement at most, each with the document it is found in; the
    // student attaches each to its claim and says who speaks, so attribution is graded too
    List<Evidence> quotes = new ArrayList<>();
    if (d != Difficulty.EASY) {
      AnswerOptions quoteTexts = new AnswerOptions();
      for (StatementId s : rnd.shuffled(new ArrayList<>(statements))) {
        if (quotes.size() == d.pick(0, 4, 6)) {
          break;
        }
        for (Evidence e : ctx.map.evidenceOf(s)) {
          if (quoteTexts.add(e.quote(), e.id().value())) {
            quotes.add(e);
            break;
          }
        }
      }
    }
    ArgumentMap reference = reference(ctx, statements, arguments, quotes, label);

    List<Entry> tree = new ArrayList<>();
    tree(ctx, reference, ctx.thesis.id(), 0, label, new HashSet<>(), tree);
    List<Entry> arrows = new ArrayList<>();
    for (Argument a : reference.arguments()) {
      arrows.add(Entry.of(arrow(ctx, a, label)));
    }
    List<Section> key = new ArrayList<>();
    key.add(new Section("Reference structure", Section.Layout.TREE, tree));
    key.add(new Section("Arrows", Section.Layout.NUMBERED, arrows));
    List<Entry> quoteSheet = new ArrayList<>();
    List<Entry> quoteKey = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Evidence e = quotes.get(i);
      Source src = ctx.facts.source(e.source());
      quoteSheet.add(Entry.labelled("Q" + (i + 1), "\u201c" + e.quote() + "\u201d (found in "
          + Attribution.documentName(src) + ")"));
      quoteKey.add(Entry.labelled("Q" + (i + 1), "evidence " + (e.polarity() == Polarity.SUPPORTS ? "for " : "against ")
          + label.get(e.statement()) + "; source: " + MapFacts.citation(src)
          + e.citedWork().map(c -> "; taken from " + MapFacts.citation(ctx.facts.source(c))).orElse("")
          + "; " + whoSpeaks(e, src)));
    }
    if (!quotes.isEmpty()) {
      key.add(new Section("Quotes", Section.Layout.BULLETS, quoteKey));
    }
    if (!extra.isEmpty()) {
      key.add(new Section("Statements that do not belong", Section.Layout.BULLETS, extra.stream()
          .map(s -> Entry.labelled(label.get(s), "belongs elsewhere in the map (statement " + s + ")"))
          .collect(Collectors.toList())));
    }
    List<Passage> context = new ArrayList<>();
    if (d != Difficulty.HARD) {
      context.add(Passage.text("The thesis is " + label.get(ctx.thesis.id()) + "."));
    } else {
      context.add(Passage.text("One of the statements is the thesis: find it. " + herrings
          + " statements do not belong to this part of the debate: leave them out."));
    }
    String prompt = "Draw the argument map of these statements: put the thesis at the top; draw an arrow from each "
        + "reason to the claim it bears on, marked + when it supports and \u2212 when it attacks; bracket premises "
        + "that only work together and draw one arrow from the bracket"
        + (undercutters ? "; draw an undercutter's arrow to the arrow it attacks." : ".");
    if (d == Difficulty.HARD && extra.size() < herrings) {
      context.set(0, Passage.text("One of the statements is the thesis: find it. "
          + (extra.isEmpty() ? "Every statement belongs to this part of the debate."
              : extra.size() + (extra.size() == 1 ? " statement does" : " statements do")
                  + " not belong to this part of the debate: leave " + (extra.size() == 1 ? "it" : "them")
                  + " out.")));
    }
    Item task = new Item.Task("Build the map", ctx.thesis.id().value(), context, prompt,
        quotes.isEmpty() ? List.of(new Section("Statements", Section.Layout.BULLETS, list))
            : List.of(new Section("Statements", Section.Layout.BULLETS, list),
                new Section("Quotes: attach each to the statement it backs, with its source and who speaks",
                    Section.Layout.BULLETS, quoteSheet)), key,
        List.of("Grade a map drawn in argmap against the reference with the grader (argmap grade)."));
    Set<StatementId> inside = Set.copyOf(statements);
    Set<ArgumentId> insideArgs = Set.copyOf(arguments);
    List<StatementId> outside = List.copyOf(extra);
    Candidate candidate = new Candidate("build", n -> task, List.of(), List.of(), List.of(),
        "every statement the key leaves out is joined by no argument to the part of the map the key shows",
        () -> {
          List<String> out = new ArrayList<>();
          for (StatementId s : outside) {
            if (joined(ctx, s, inside, insideArgs)) {
              out.add("the key leaves out \u201c" + MapFacts.short1(ctx.facts.text(s)) + "\u201d, which bears on "
                  + "the part shown");
            }
          }
          return out;
        });
    ctx.checker.place(candidate);
    String instructions = "The statements below come from one part of the debate, in random order.";
    Exercise ex = Exercise.of(ExerciseType.BUILD_MAP, ExerciseType.BUILD_MAP.title(), instructions,
        List.of(new QuestionChecker.Accepted(candidate, task)),
        List.of(reference.statements().size() + " statements and " + reference.arguments().size()
            + " arguments in the reference."));
    return new Result(ex, reference);
  }

  /** Whether an argument of the map joins a statement to the part: to one of its statements or arguments. */
  static boolean joined(Context ctx, StatementId s, Set<StatementId> statements, Set<ArgumentId> arguments) {
    for (Argument a : ctx.map.argumentsUsing(s)) {
      ConclusionId c = a.conclusion();
      if (c instanceof StatementId cs ? statements.contains(cs) : arguments.contains((ArgumentId) c)) {
        return true;
      }
    }
    for (Argument a : ctx.map.argumentsOn(s)) {
      if (a.premises().stream().anyMatch(statements::contains)) {
        return true;
      }
    }
    return false;
  }

  /** How many arguments lie between a statement and the thesis; unreachable ones are the farthest. */
  private static int distance(Context ctx, StatementId s) {
    MapFacts.Reach r = ctx.facts.reach(s, ctx.thesis.id(), true);
    return r.reached() ? r.arguments() : Integer.MAX_VALUE;
  }

  /**
   * The part as a map, to grade with: its statements titled with their worksheet numbers (S1, S2, ...), so that
   * the grader can align a student's statements by number, its arguments, and the quotes on the sheet with their
   * sources and cited works.
   */
  private static ArgumentMap reference(Context ctx, Set<StatementId> statements, Set<ArgumentId> arguments,
      List<Evidence> quotes, Map<StatementId, String> label) {
    ArgumentMap.Builder b = ArgumentMap.builder().title("Build the map: " + ctx.thesis.text());
    b.addTheses(ctx.thesis.id());
    for (Statement s : ctx.map.statements()) {
      if (statements.contains(s.id())) {
        b.addStatements(Statement.builder().from(s).title(label.get(s.id())).build());
      }
    }
    for (Argument a : ctx.map.arguments()) {
      if (arguments.contains(a.id())) {
        b.addArguments(a);
      }
    }
    Set<SourceId> sources = new LinkedHashSet<>();
    for (Evidence e : quotes) {
      sources.add(e.source());
      e.citedWork().ifPresent(sources::add);
    }
    for (Source src : ctx.map.sources()) {
      if (sources.contains(src.id())) {
        b.addSources(src);
      }
    }
    b.addEvidence(quotes);
    return b.build();
  }

  private static String whoSpeaks(Evidence e, Source src) {
    if (e.voice() == Voice.REPORTED_SPEECH) {
      return "the words are " + Attribution.reporter(e, src) + "'s, reporting " + e.reportedSpeaker()
          .map(MapFacts::person).orElse("someone");
    }
    return e.speaker().map(p -> "spoken by " + MapFacts.person(p)).orElse("in the source's own words");
  }

  private static void tree(Context ctx, ArgumentMap ref, ConclusionId node, int depth, Map<StatementId, String> label,
      Set<ConclusionId> seen, List<Entry> out) {
    if (node instanceof StatementId s) {
      boolean again = !seen.add(s);
      out.add(new Entry(label.get(s), (depth == 0 ? "(thesis) " : "") + ctx.facts.text(s)
          + (again && !ref.argumentsOn(s).isEmpty() ? " (see above)" : ""), depth));
      if (again) {
        return;
      }
    }
    for (Argument a : ref.argumentsOn(node)) {
      String sign = a.isUndercutter() ? "undercut by" : a.targetsArgument() ? "backed by"
          : a.polarity() == Polarity.SUPPORTS ? "+ supported by" : "\u2212 attacked by";
      String premises = a.premises().stream().map(label::get).collect(Collectors.joining(" + "));
      out.add(new Entry("", sign + " " + premises + (a.isLinked() ? " (linked: only together)" : "")
          + " [argument " + a.id() + "]", depth + 1));
      for (StatementId p : a.premises()) {
        tree(ctx, ref, p, depth + 2, label, seen, out);
      }
      if (seen.add(a.id())) {
        if (!ref.argumentsOn(a.id()).isEmpty()) {
          tree(ctx, ref, a.id(), depth + 1, label, seen, out);
        }
      }
    }
  }

  private static String arrow(Context ctx, Argument a, Map<StatementId, String> label) {
    String premises = a.premises().stream().map(label::get).collect(Collectors.joining(" + "));
    String from = a.isLinked() ? premises + " (together)" : premises;
    if (a.conclusion() instanceof StatementId s) {
      return from + " " + MapFacts.verb(a.polarity()) + " " + label.get(s);
    }
    Argument t = ctx.facts.argument((ArgumentId) a.conclusion());
    String tp = t.premises().stream().map(label::get).collect(Collectors.joining(" + "));
    String target = t.conclusion() instanceof StatementId ts ? label.get(ts) : "argument " + t.conclusion().value();
    return from + " " + (a.polarity() == Polarity.ATTACKS ? "undercuts" : "backs") + " the arrow " + tp + " \u2192 "
        + target;
  }
}
