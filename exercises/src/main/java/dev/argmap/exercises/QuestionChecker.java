package dev.argmap.exercises;

import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Matching;
import dev.argmap.exercises.Item.Ordering;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.exercises.Item.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every question before it is printed, and replaces those that fail with the generator's next candidate.
 * A question fails when
 *
 * <ul>
 *   <li>a wrong option contains the right answer word for word, or the right answer contains a wrong one;
 *   <li>the stem (context and prompt) shows the right answer, or a word that gives it away (a speaker's name in
 *       the quote);
 *   <li>the same question is already on the sheet;
 *   <li>it asks a fact that another question or task on the sheet shows, or shows a fact an earlier question
 *       asks (an exercise must not hand out the answer to another);
 *   <li>its generator's own rule fails: a distractor that also satisfies the answer, a chain the sheet does not
 *       show, an inference the map itself disputes.
 * </ul>
 *
 * <p>Open tasks (the debate preparation and the map to build) are placed first, since nothing replaces them:
 * the quiz questions then avoid what they show ({@link Exercises#generationOrder}).
 */
final class QuestionChecker {
  private final Set<String> asked = new HashSet<>();
  private final Set<String> shown = new HashSet<>();
  private final Set<String> seen = new HashSet<>();
  private final List<String> rejections = new ArrayList<>();
  private String exercise = "";
  private java.util.Set<String> drop = java.util.Set.of();
  private java.util.Set<String> regenerate = new HashSet<>();
  private int limit = Integer.MAX_VALUE;

  /**
   * Starts an exercise: the teacher's questions to drop and to regenerate, as {@code type.number} (say {@code
   * classify.3}), and the most questions an exercise may have.
   */
  void begin(ExerciseType type, ExerciseOptions options) {
    exercise = type.id();
    drop = options.dropped();
    regenerate = new HashSet<>(options.regenerated());
    limit = options.maxQuestions().orElse(Integer.MAX_VALUE);
  }

  /** Registers a task's facts: they are shown on the sheet whatever else is chosen. */
  void place(Candidate task) {
    shown.addAll(task.shows);
    asked.addAll(task.asks);
  }

  /**
   * Takes candidates in order, keeping those that pass, until {@code groups} groups are filled; a failed question
   * is recorded with its reasons.
   *
   * @return the accepted items, numbered by group from 1
   */
  List<Accepted> select(List<Candidate> candidates, int groups) {
    List<Accepted> out = new ArrayList<>();
    List<String> groupOrder = new ArrayList<>();
    java.util.Set<String> dropped = new HashSet<>();
    int want = Math.min(groups, limit);
    for (Candidate c : candidates) {
      boolean newGroup = !groupOrder.contains(c.group);
      if (newGroup && groupOrder.size() >= want) {
        continue;
      }
      if (dropped.contains(c.group)) {
        continue;
      }
      int number = newGroup ? groupOrder.size() + 1 : groupOrder.indexOf(c.group) + 1;
      Item item = c.make.apply(number);
      List<String> problems = problems(c, item);
      if (newGroup && problems.isEmpty() && regenerate.remove(exercise + "." + number)) {
        problems = List.of("the teacher asked for another question in its place");
      }
      if (!problems.isEmpty()) {
        rejections.add(item.title() + " (" + c.rule + "): " + String.join("; ", problems));
        continue;
      }
      if (newGroup) {
        groupOrder.add(c.group);
        if (drop.contains(exercise + "." + number)) {
          dropped.add(c.group);
          rejections.add(item.title() + ": dropped by the teacher");
          continue;
        }
      }
      record(c, item);
      out.add(new Accepted(c, item));
    }
    // number the questions that stay 1, 2, 3, ... on the sheet
    List<String> kept = groupOrder.stream().filter(g -> !dropped.contains(g)).toList();
    List<Accepted> numbered = new ArrayList<>();
    for (Accepted a : out) {
      numbered.add(new Accepted(a.candidate(), a.candidate().make.apply(kept.indexOf(a.candidate().group) + 1)));
    }
    return numbered;
  }

  /** An accepted question: its candidate and the item as printed. */
  record Accepted(Candidate candidate, Item item) {}

  /** The questions rejected so far, each with its title and reasons. */
  List<String> rejections() {
    return rejections;
  }

  private void record(Candidate c, Item item) {
    asked.addAll(c.asks);
    shown.addAll(c.shows);
    seen.add(identity(item));
  }

  /** The problems of one question against the questions accepted so far; empty when it passes. */
  List<String> problems(Candidate c, Item item) {
    List<String> out = new ArrayList<>(generic(item, c.giveaways));
    if (seen.contains(identity(item))) {
      out.add("the same question is already on the sheet");
    }
    for (String fact : c.asks) {
      if (asked.contains(fact)) {
        out.add("an earlier question asks the same (" + fact + ")");
      }
      if (shown.contains(fact)) {
        out.add("another question or task on the sheet shows its answer (" + fact + ")");
      }
    }
    for (String fact : c.shows) {
      if (asked.contains(fact)) {
        out.add("it shows the answer to an earlier question (" + fact + ")");
      }
    }
    out.addAll(c.ownCheck.get());
    return out;
  }

  /**
   * The checks every question gets, whatever its type: options that contain each other, and the answer in the
   * stem.
   */
  static List<String> generic(Item item, List<String> giveaways) {
    List<String> out = new ArrayList<>();
    String stem = " " + AnswerOptions.key(stemText(item)) + " ";
    if (item instanceof Choice c) {
      String right = AnswerOptions.key(c.rightOption().text());
      for (int i = 0; i < c.options().size(); i++) {
        if (i == c.answer()) {
          continue;
        }
        String wrong = AnswerOptions.key(c.options().get(i).text());
        if (containsWords(wrong, right)) {
          out.add("the wrong option \u201c" + c.options().get(i).text() + "\u201d contains the right answer");
        } else if (containsWords(right, wrong)) {
          out.add("the right answer contains the wrong option \u201c" + c.options().get(i).text() + "\u201d");
        }
      }
      if (right.length() > 0 && right.contains(" ") && stem.contains(" " + right + " ")) {
        out.add("the stem shows the right answer \u201c" + c.rightOption().text() + "\u201d");
      }
    }
    for (String g : giveaways) {
      String k = AnswerOptions.key(g);
      if (!k.isEmpty() && stem.contains(" " + k + " ")) {
        out.add("the stem names \u201c" + g + "\u201d, which gives the answer away");
      }
    }
    return out;
  }

  static boolean containsWords(String outer, String inner) {
    return !inner.isEmpty() && !outer.equals(inner) && (" " + outer + " ").contains(" " + inner + " ");
  }

  /** What the student reads before answering: context passages and the prompt. */
  static String stemText(Item item) {
    StringBuilder sb = new StringBuilder();
    for (Passage p : item.context()) {
      sb.append(p.text()).append(' ');
    }
    return sb.append(item.prompt()).toString();
  }

  /** What makes two questions the same: their stem and their options, in any order. */
  static String identity(Item item) {
    Set<String> options = new TreeSet<>();
    if (item instanceof Choice c) {
      c.options().forEach(o -> options.add(AnswerOptions.key(o.text())));
    } else if (item instanceof Matching m) {
      m.left().forEach(o -> options.add(AnswerOptions.key(o.text())));
    } else if (item instanceof Ordering o) {
      o.items().forEach(x -> options.add(AnswerOptions.key(x.text())));
    } else if (item instanceof Task t) {
      for (Section s : t.sheet()) {
        s.entries().forEach(e -> options.add(AnswerOptions.key(e.text())));
      }
    }
    return AnswerOptions.key(stemText(item)) + " | " + String.join(" | ", options);
  }

  /**
   * Checks a whole worksheet again from the start, question by question in sheet order (tasks first): every
   * problem found, each with the exercise and question it is in. A worksheet from {@link Exercises} has none.
   */
  static List<String> check(Worksheet w) {
    QuestionChecker checker = new QuestionChecker();
    List<String> out = new ArrayList<>();
    java.util.Map<ExerciseType, Exercise> byType = new java.util.EnumMap<>(ExerciseType.class);
    w.exercises().forEach(e -> byType.put(e.type(), e));
    for (ExerciseType type : Exercises.generationOrder(byType.keySet())) {
      Exercise e = byType.get(type);
      for (int i = 0; i < e.items().size(); i++) {
        Item item = e.items().get(i);
        Candidate c = e.checked().get(i);
        if (type.isQuiz()) {
          for (String p : checker.problems(c, item)) {
            out.add(type.id() + ", " + item.title() + ": " + p);
          }
          checker.record(c, item);
        } else {
          for (String p : generic(item, c.giveaways)) {
            out.add(type.id() + ", " + item.title() + ": " + p);
          }
          for (String p : c.ownCheck.get()) {
            out.add(type.id() + ", " + item.title() + ": " + p);
          }
          checker.place(c);
        }
      }
    }
    return out;
  }

}
