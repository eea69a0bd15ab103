package dev.argmap.exercises;

import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Matching;
import dev.argmap.exercises.Item.Option;
import dev.argmap.exercises.Item.Ordering;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.exercises.Item.Task;
import dev.argmap.exercises.Item.TrueFalse;
import java.util.List;
import java.util.Map;

/** Writes a worksheet or its answer key as CommonMark. */
final class MarkdownWriter {
  private static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_";
  private static final String LINE = "\\_".repeat(60);

  private final Worksheet sheet;
  private final boolean key;
  private final StringBuilder out = new StringBuilder();

  MarkdownWriter(Worksheet sheet, boolean key) {
    this.sheet = sheet;
    this.key = key;
  }

  /** Escapes text for inline CommonMark: backslash escapes, white space folded to single spaces. */
  static String md(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '$' -> sb.append('\\').append(c);
        case '\t', '\n', '\r', '\u000b', '\f' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    // a paragraph that starts like a list item ("1. ", "- ", "+ ") must not become one
    int digits = 0;
    while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
      digits++;
    }
    if (digits < sb.length() && (digits > 0 ? sb.charAt(digits) == '.' || sb.charAt(digits) == ')'
        : sb.charAt(0) == '-' || sb.charAt(0) == '+' || sb.charAt(0) == '=')) {
      sb.insert(digits, '\\');
    }
    return sb.toString();
  }

  String write() {
    ExerciseOptions o = sheet.options();
    out.append("# ").append(key ? "Answer key: " : "Debate exercises: ").append(md(sheet.title())).append("\n\n");
    if (key) {
      out.append("*For the teacher: do not hand out.*\n\n");
    } else {
      out.append("Name: ").append(LINE, 0, 40).append(" Class: ").append(LINE, 0, 20).append(" Date: ")
          .append(LINE, 0, 20).append("\n\n");
    }
    out.append("**Thesis:** ").append(md(sheet.thesis().text())).append("\n\n");
    out.append('*').append(capital(o.difficulty().id())).append(" level, seed ").append(o.seed()).append(", ")
        .append(sheet.exercises().size()).append(sheet.exercises().size() == 1 ? " exercise" : " exercises")
        .append(key ? "; the answers follow the map itself." : ".").append("*\n");
    int number = 1;
    for (Exercise e : sheet.exercises()) {
      out.append("\n## ").append(number++).append(". ").append(md(e.title())).append("\n\n");
      out.append(md(e.instructions())).append('\n');
      if (key) {
        for (String n : e.keyNotes()) {
          out.append("\n*").append(md(n)).append("*\n");
        }
      }
      int i = 1;
      List<Passage> previous = List.of();
      List<Item> items = e.items();
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        // a passage several questions share comes before the first of them; a question's own passage (the
        // chain a statement works through) comes after its number, so no reader takes it for the one above
        boolean own = ownContext(items, k, previous);
        out.append('\n');
        if (!own && !item.context().isEmpty() && !item.context().equals(previous)) {
          context(item.context());
        }
        previous = item.context();
        out.append("**").append(i++).append(".** ").append(md(item.prompt()));
        if (own) {
          out.append("\n\n");
          context(item.context());
          out.setLength(out.length() - 2); // every passage ends in a blank line, and the options add their own
        }
        item(item);
      }
    }
    if (key && !sheet.skipped().isEmpty()) {
      out.append("\n## Left out\n\n");
      for (Map.Entry<ExerciseType, String> s : sheet.skipped().entrySet()) {
        out.append("- ").append(md(s.getKey().title())).append(": ").append(md(s.getValue())).append(".\n");
      }
    }
    return out.toString();
  }

  private void context(List<Passage> context) {
    for (Passage p : context) {
      switch (p.kind()) {
        case QUOTE -> out.append("> \u201c").append(md(p.text())).append("\u201d\n\n");
        case CLAIM -> out.append("- *").append(md(p.text())).append("*\n\n");
        case TEXT -> out.append(md(p.text())).append("\n\n");
      }
    }
  }

  private void item(Item item) {
    if (item instanceof Choice c) {
      out.append("\n\n");
      for (int k = 0; k < c.options().size(); k++) {
        out.append("- **").append(letter(k)).append(".** ").append(md(c.options().get(k).text())).append('\n');
      }
      if (key) {
        out.append("\n**Answer: ").append(letter(c.answer())).append(". ").append(md(c.rightOption().text()))
            .append("**\n");
        explanation(c.explanation());
      }
    } else if (item instanceof TrueFalse t) {
      out.append(" **True / False**\n");
      if (key) {
        out.append("\n**Answer: ").append(t.answer() ? "True" : "False").append("**\n");
        explanation(t.explanation());
      }
    } else if (item instanceof Matching m) {
      out.append("\n\n");
      for (int k = 0; k < m.left().size(); k++) {
        out.append(k + 1).append(". \u201c").append(md(m.left().get(k).text())).append("\u201d \u2014 ")
            .append(key ? "**" + letter(m.answer().get(k)) + "**" : "claim: " + BLANK).append('\n');
      }
      out.append('\n');
      options(m.right());
      if (key) {
        explanation(m.explanation());
      }
    } else if (item instanceof Ordering o) {
      out.append("\n\n");
      options(o.items());
      out.append('\n');
      if (key) {
        out.append("**Answer, first to last: ");
        for (int k = 0; k < o.order().size(); k++) {
          out.append(k == 0 ? "" : ", ").append(letter(o.order().get(k)));
        }
        out.append("**\n");
        explanation(o.explanation());
      } else {
        out.append("Your order, first to last:");
        for (int k = 0; k < o.items().size(); k++) {
          out.append(' ').append(BLANK);
        }
        out.append('\n');
      }
    } else if (item instanceof Task t) {
      out.append('\n');
      for (Section s : key ? t.key() : t.sheet()) {
        section(s);
      }
      if (key) {
        explanation(t.explanation());
      }
    }
  }

  private void options(List<Option> options) {
    for (int k = 0; k < options.size(); k++) {
      out.append("- **").append(letter(k)).append(".** ").append(md(options.get(k).text())).append('\n');
    }
  }

  private void section(Section s) {
    out.append("\n### ").append(md(s.heading())).append("\n\n");
    int k = 1;
    for (Entry e : s.entries()) {
      String label = e.label().isEmpty() ? "" : "**" + md(e.label()) + "** ";
      switch (s.layout()) {
        case NUMBERED -> out.append(k++).append(". ").append(label).append(md(e.text())).append('\n');
        case BULLETS -> out.append("- ").append(label).append(md(e.text())).append('\n');
        case TREE -> out.append("  ".repeat(e.depth())).append("- ").append(label).append(md(e.text())).append('\n');
        case WRITE -> out.append("- ").append(label).append(md(e.text())).append("\n\n  ").append(LINE)
            .append("\n\n  ").append(LINE).append("\n\n");
      }
    }
  }

  private void explanation(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append('\n');
    for (String l : lines) {
      out.append("- ").append(md(l)).append('\n');
    }
  }

  static char letter(int k) {
    return (char) ('A' + k);
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Whether an item's passage is its own: not empty, not shared with its neighbours, and not a true-or-false. */
  static boolean ownContext(List<Item> items, int k, List<Passage> previous) {
    Item item = items.get(k);
    boolean sharedWithNext = k + 1 < items.size() && items.get(k + 1).context().equals(item.context());
    return !item.context().isEmpty() && !item.context().equals(previous) && !sharedWithNext
        && !(item instanceof TrueFalse);
  }
}
