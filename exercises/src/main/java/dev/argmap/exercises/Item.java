package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One question or task of an exercise. Every item has a short title (the question's name in GIFT), the context
 * the student reads first, the prompt, an explanation for the answer key, and the identifier of the map element
 * it is about ({@link #subject()}), so that its answer can be checked against the map.
 */
public sealed interface Item permits Item.Choice, Item.TrueFalse, Item.Matching, Item.Ordering, Item.Task {
  /**
   * Returns a short title, for example {@code "Classify 3"}.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the identifier of the map element the item is about: a statement, argument or evidence item.
   *
   * @return the identifier's text
   */
  String subject();

  /**
   * Returns what the student reads before the prompt: claims, quotes, explanations.
   *
   * @return the passages, in order
   */
  List<Passage> context();

  /**
   * Returns the question or instruction.
   *
   * @return the prompt
   */
  String prompt();

  /**
   * Returns the explanation of the answer, for the answer key, one sentence or fact per entry.
   *
   * @return the explanation
   */
  List<String> explanation();

  /**
   * A passage of context.
   *
   * @param kind how it is shown
   * @param text the text, plain (writers escape it)
   */
  record Passage(Kind kind, String text) {
    /** How a passage is shown. */
    public enum Kind {
      /** An ordinary paragraph. */
      TEXT,
      /** A quote, word for word, shown as a block quote. */
      QUOTE,
      /** A claim of the map, shown emphasised. */
      CLAIM
    }

    /**
     * Checks the parts.
     *
     * @param kind how it is shown
     * @param text the text
     */
    public Passage {
      requireNonNull(kind, "kind");
      requireNonNull(text, "text");
    }

    static Passage text(String text) {
      return new Passage(Kind.TEXT, text);
    }

    static Passage quote(String text) {
      return new Passage(Kind.QUOTE, text);
    }

    static Passage claim(String text) {
      return new Passage(Kind.CLAIM, text);
    }
  }

  /**
   * An answer option, a thing to match or a thing to rank.
   *
   * @param text what the student reads
   * @param ref the identifier of the map element behind it, or empty for a fixed option such as "For the thesis"
   */
  record Option(String text, String ref) {
    /**
     * Checks the parts.
     *
     * @param text what the student reads
     * @param ref the identifier behind it, or empty
     */
    public Option {
      requireNonNull(text, "text");
      requireNonNull(ref, "ref");
    }
  }

  /**
   * A multiple-choice question with exactly one right option.
   *
   * @param title a short title
   * @param subject the identifier of the element the question is about
   * @param context what the student reads first
   * @param prompt the question
   * @param options the options, in the order shown (lettered A, B, C, ...)
   * @param answer the index of the right option
   * @param explanation why it is right, for the key
   */
  record Choice(
      String title,
      String subject,
      List<Passage> context,
      String prompt,
      List<Option> options,
      int answer,
      List<String> explanation)
      implements Item {
    /**
     * Checks the parts and copies the lists.
     *
     * @param title a short title
     * @param subject the element's identifier
     * @param context the context
     * @param prompt the question
     * @param options the options
     * @param answer the right option's index
     * @param explanation the explanation
     * @throws IllegalArgumentException if there are fewer than two options or the answer is out of range
     */
    public Choice {
      context = ImmutableList.copyOf(context);
      options = ImmutableList.copyOf(options);
      explanation = ImmutableList.copyOf(explanation);
      if (options.size() < 2 || answer < 0 || answer >= options.size()) {
        throw new IllegalArgumentException("a choice needs two or more options and an answer among them");
      }
    }

    /**
     * Returns the right option.
     *
     * @return the option at {@link #answer()}
     */
    public Option rightOption() {
      return options.get(answer);
    }
  }

  /**
   * A statement the student marks true or false.
   *
   * @param title a short title
   * @param subject the identifier of the element the question is about
   * @param context what the student reads first
   * @param prompt the statement to judge
   * @param answer whether it is true
   * @param explanation why, for the key
   */
  record TrueFalse(
      String title, String subject, List<Passage> context, String prompt, boolean answer, List<String> explanation)
      implements Item {
    /**
     * Copies the lists.
     *
     * @param title a short title
     * @param subject the element's identifier
     * @param context the context
     * @param prompt the statement
     * @param answer whether it is true
     * @param explanation the explanation
     */
    public TrueFalse {
      context = ImmutableList.copyOf(context);
      explanation = ImmutableList.copyOf(explanation);
    }
  }

  /**
   * A matching question: each entry on the left (numbered) goes with one entry on the right (lettered); the right
   * may hold extra entries that match nothing.
   *
   * @param title a short title
   * @param subject the identifier of the element the question is about
   * @param context what the student reads first
   * @param prompt the instruction
   * @param left the entries to match, in the order shown
   * @param right the entries to match them with, in the order shown
   * @param answer for each left entry, the index of its right entry
   * @param explanation notes for the key
   */
  record Matching(
      String title,
      String subject,
      List<Passage> context,
      String prompt,
      List<Option> left,
      List<Option> right,
      List<Integer> answer,
      List<String> explanation)
      implements Item {
    /**
     * Checks the parts and copies the lists.
     *
     * @param title a short title
     * @param subject the element's identifier
     * @param context the context
     * @param prompt the instruction
     * @param left the entries to match
     * @param right the entries to match them with
     * @param answer the right index of every left entry
     * @param explanation the notes
     * @throws IllegalArgumentException if the answer does not give each left entry a distinct right entry
     */
    public Matching {
      context = ImmutableList.copyOf(context);
      left = ImmutableList.copyOf(left);
      right = ImmutableList.copyOf(right);
      answer = ImmutableList.copyOf(answer);
      explanation = ImmutableList.copyOf(explanation);
      int rights = right.size();
      if (answer.size() != left.size() || answer.stream().distinct().count() != answer.size()
          || answer.stream().anyMatch(i -> i < 0 || i >= rights)) {
        throw new IllegalArgumentException("every left entry needs its own right entry");
      }
    }
  }

  /**
   * An ordering question: the student puts the entries in order, first the one that comes first (for example the
   * strongest).
   *
   * @param title a short title
   * @param subject the identifier of the element the question is about
   * @param context what the student reads first
   * @param prompt the instruction
   * @param items the entries, in the (shuffled) order shown
   * @param order the indices of the entries in the right order
   * @param explanation why, for the key
   */
  record Ordering(
      String title,
      String subject,
      List<Passage> context,
      String prompt,
      List<Option> items,
      List<Integer> order,
      List<String> explanation)
      implements Item {
    /**
     * Checks the parts and copies the lists.
     *
     * @param title a short title
     * @param subject the element's identifier
     * @param context the context
     * @param prompt the instruction
     * @param items the entries as shown
     * @param order the right order, as indices of the entries
     * @param explanation the explanation
     * @throws IllegalArgumentException if the order is not a permutation of the entries
     */
    public Ordering {
      context = ImmutableList.copyOf(context);
      items = ImmutableList.copyOf(items);
      order = ImmutableList.copyOf(order);
      explanation = ImmutableList.copyOf(explanation);
      int n = items.size();
      if (order.size() != n || order.stream().distinct().count() != n
          || order.stream().anyMatch(i -> i < 0 || i >= n)) {
        throw new IllegalArgumentException("the order must list every entry once");
      }
    }
  }

  /**
   * An open task, such as drawing a map or preparing a debate, with what the sheet shows and what the key shows.
   *
   * @param title a short title
   * @param subject the identifier of the element the task is about
   * @param context what the student reads first
   * @param prompt the instruction
   * @param sheet the sections of the student's sheet
   * @param key the sections of the answer key
   * @param explanation notes for the key
   */
  record Task(
      String title,
      String subject,
      List<Passage> context,
      String prompt,
      List<Section> sheet,
      List<Section> key,
      List<String> explanation)
      implements Item {
    /**
     * Copies the lists.
     *
     * @param title a short title
     * @param subject the element's identifier
     * @param context the context
     * @param prompt the instruction
     * @param sheet the sheet's sections
     * @param key the key's sections
     * @param explanation the notes
     */
    public Task {
      context = ImmutableList.copyOf(context);
      sheet = ImmutableList.copyOf(sheet);
      key = ImmutableList.copyOf(key);
      explanation = ImmutableList.copyOf(explanation);
    }
  }

  /**
   * A section of an open task: a heading and entries laid out as a list.
   *
   * @param heading the heading
   * @param layout how the entries are laid out
   * @param entries the entries
   */
  record Section(String heading, Layout layout, List<Entry> entries) {
    /** How a section's entries are laid out. */
    public enum Layout {
      /** A bulleted list; labels, when given, are shown in bold before the text. */
      BULLETS,
      /** A numbered list. */
      NUMBERED,
      /** A bulleted list with room to write under each entry. */
      WRITE,
      /** A nested list, each entry at its depth. */
      TREE
    }

    /**
     * Copies the entries.
     *
     * @param heading the heading
     * @param layout the layout
     * @param entries the entries
     */
    public Section {
      requireNonNull(heading, "heading");
      requireNonNull(layout, "layout");
      entries = ImmutableList.copyOf(entries);
    }
  }

  /**
   * An entry of a section.
   *
   * @param label a short label shown before the text, such as {@code "S3"}, or empty
   * @param text the text, plain
   * @param depth the nesting depth in a {@link Section.Layout#TREE}, 0 at the top
   */
  record Entry(String label, String text, int depth) {
    /**
     * Checks the parts.
     *
     * @param label the label, or empty
     * @param text the text
     * @param depth the depth, at least 0
     */
    public Entry {
      requireNonNull(label, "label");
      requireNonNull(text, "text");
      if (depth < 0) {
        throw new IllegalArgumentException("depth must be at least 0");
      }
    }

    static Entry of(String text) {
      return new Entry("", text, 0);
    }

    static Entry labelled(String label, String text) {
      return new Entry(label, text, 0);
    }
  }
}
