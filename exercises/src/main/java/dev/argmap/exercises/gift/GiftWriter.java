package dev.argmap.exercises.gift;

import dev.argmap.exercises.Exercise;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Item;
import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Entry;
import dev.argmap.exercises.Item.Matching;
import dev.argmap.exercises.Item.Ordering;
import dev.argmap.exercises.Item.Passage;
import dev.argmap.exercises.Item.Section;
import dev.argmap.exercises.Item.Task;
import dev.argmap.exercises.Item.TrueFalse;
import dev.argmap.exercises.Worksheet;
import java.util.List;

/**
 * Writes a worksheet's quiz exercises as a Moodle GIFT file.
 *
 * <p>The file follows the GIFT format as Moodle's importer reads it: a {@code $CATEGORY:} line per exercise,
 * questions separated by blank lines, each named with {@code ::title::}; multiple choice as
 * {@code {=right ~wrong}}, true or false as {@code {TRUE}} or {@code {FALSE}}, matching as
 * {@code {=left -> right}} (an extra claim that matches nothing as {@code = -> claim}), an ordering as a matching of
 * each entry to its rank, and the debate preparation as an essay question ({@code {}}); the explanation of the
 * answer key becomes each question's general feedback ({@code ####}), except for the essay. Every {@code ~ = # { } :} and backslash in
 * the text is escaped with a backslash. Question texts, options and the left side of matchings are in the
 * {@code [html]} format (so quotes show as block quotes), HTML-escaped; the right side of a matching is plain text,
 * as Moodle reads it. Lines starting with {@code //} are comments. The map-building exercise is left out: it is
 * drawn, not answered in a quiz. Categories and question names carry the level and seed, so two versions never
 * mix; feedback carries no internal identifier or option letter; the essay carries no model answer (GIFT has
 * only general feedback, which students see: use {@link MoodleXmlWriter} for grader information).
 */
public final class GiftWriter {
  private GiftWriter() {}

  /**
   * Writes the quiz exercises of a worksheet.
   *
   * @param sheet the worksheet
   * @return the GIFT text
   */
  public static String write(Worksheet sheet) {
    StringBuilder out = new StringBuilder();
    out.append("// argmap exercises: ").append(line(sheet.title())).append('\n');
    out.append("// ").append(sheet.options().difficulty().id()).append(" level, seed ").append(sheet.options().seed())
        .append(". Import into Moodle: Question bank > Import > GIFT format.\n");
    out.append("// Thesis: ").append(line(sheet.thesis().text())).append('\n');
    FeedbackText clean = new FeedbackText(sheet.map());
    int number = 0;
    for (Exercise e : sheet.exercises()) {
      number++;
      if (e.type() == ExerciseType.BUILD_MAP) {
        out.append("// Exercise ").append(number).append(" (").append(line(e.title()))
            .append(") is drawn on paper or in argmap, not in a quiz; grade it with argmap grade.\n");
        continue;
      }
      // a category per level and seed, so two versions of a sheet never mix in the question bank
      out.append("\n$CATEGORY: ").append(category(sheet.title())).append('/')
          .append(category(version(sheet))).append('/')
          .append(category(number + " " + e.title())).append("\n");
      int i = 1;
      for (Item item : e.items()) {
        out.append('\n');
        question(out, version(sheet) + " " + number + "." + i++ + " " + item.title(), e, item, clean);
      }
    }
    return out.toString();
  }

  /** The sheet's version, for categories and question names: level and seed. */
  static String version(Worksheet sheet) {
    String level = sheet.options().difficulty().id();
    return Character.toUpperCase(level.charAt(0)) + level.substring(1) + " seed " + sheet.options().seed();
  }

  private static void question(StringBuilder out, String name, Exercise e, Item item, FeedbackText clean) {
    out.append("::").append(escape(line(name))).append("::[html]");
    StringBuilder text = new StringBuilder();
    text.append("<p>").append(html(e.instructions())).append("</p>");
    for (Passage p : item.context()) {
      switch (p.kind()) {
        case QUOTE -> text.append("<blockquote>\u201c").append(html(p.text())).append("\u201d</blockquote>");
        case CLAIM -> text.append("<p><em>").append(html(p.text())).append("</em></p>");
        case TEXT -> text.append("<p>").append(html(p.text())).append("</p>");
      }
    }
    text.append("<p><strong>").append(html(item.prompt())).append("</strong></p>");
    if (item instanceof Task t) {
      for (Section s : t.sheet()) {
        text.append("<p>").append(html(s.heading())).append(":</p><ul>");
        for (Entry en : s.entries()) {
          text.append("<li>").append(html((en.label().isEmpty() ? "" : en.label() + " ") + en.text())).append("</li>");
        }
        text.append("</ul>");
      }
    }
    out.append(escape(text.toString())).append("{");
    if (item instanceof Choice c) {
      out.append('\n');
      for (int k = 0; k < c.options().size(); k++) {
        out.append('\t').append(k == c.answer() ? '=' : '~').append(answer(html(c.options().get(k).text())))
            .append('\n');
      }
      feedback(out, clean, c.explanation(), true);
    } else if (item instanceof TrueFalse t) {
      out.append(t.answer() ? "TRUE" : "FALSE");
      feedback(out, clean, t.explanation(), false);
    } else if (item instanceof Matching m) {
      out.append('\n');
      boolean[] used = new boolean[m.right().size()];
      for (int k = 0; k < m.left().size(); k++) {
        int r = m.answer().get(k);
        used[r] = true;
        out.append("\t=").append(answer(html(m.left().get(k).text()))).append(" -> ")
            .append(escape(plain(m.right().get(r).text()))).append('\n');
      }
      for (int r = 0; r < used.length; r++) {
        if (!used[r]) {
          out.append("\t= -> ").append(escape(plain(m.right().get(r).text()))).append('\n');
        }
      }
      feedback(out, clean, m.explanation(), true);
    } else if (item instanceof Ordering o) {
      out.append('\n');
      for (int rank = 0; rank < o.order().size(); rank++) {
        out.append("\t=").append(answer(html(o.items().get(o.order().get(rank)).text()))).append(" -> ")
            .append(escape(rank(rank, o.order().size()))).append('\n');
      }
      feedback(out, clean, o.explanation(), true);
    }
    // an essay's model answer is not written: GIFT has only general feedback, which students see; the model
    // answer goes to the grader information of the Moodle XML file and to the answer key
    out.append("}\n");
  }

  /** The rank of an ordering, as the right side of a matching. */
  static String rank(int rank, int of) {
    return "Rank " + (rank + 1) + (rank == 0 ? " (first)" : rank == of - 1 ? " (last)" : "");
  }

  private static void feedback(StringBuilder out, FeedbackText clean, List<String> lines, boolean ownLine) {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder fb = new StringBuilder();
    for (String l : lines) {
      fb.append("<p>").append(html(clean.clean(l))).append("</p>");
    }
    out.append(ownLine ? "\t####" : "####").append(escape(fb.toString())).append(ownLine ? "\n" : "");
  }

  /** An answer's text: escaped, and a leading percent sign written as an entity so it is not read as a weight. */
  private static String answer(String html) {
    String one = line(html);
    String s = one.startsWith("%") ? "&#37;" + one.substring(1) : one;
    return escape(s);
  }

  /**
   * Escapes GIFT's special characters with a backslash: {@code ~ = # { } :} and the backslash itself; line breaks
   * become spaces.
   *
   * @param text plain text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> sb.append('\\').append(c);
        case '\n', '\r', '\u000b', '\f', '\u2028', '\u2029', '\u0085' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * HTML-escapes text for the [html] format: the three characters HTML needs, and the backslash as an entity, since
   * importers treat an escaped backslash differently (Moodle keeps both characters).
   */
  static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\", "&#92;");
  }

  /**
   * Plain text for the right side of a matching, which Moodle reads without a format: one line, and a backslash
   * written as the look-alike U+29F5, since importers treat an escaped backslash differently.
   */
  static String plain(String text) {
    return line(text).replace('\\', '\u29f5');
  }

  /** One line of text: line breaks and tabs become spaces; trimmed. */
  static String line(String text) {
    return text.replaceAll("[\\t\\n\\r\\u000b\\f\\u2028\\u2029\\u0085]", " ").strip();
  }

  /** A category name: letters, digits, spaces and a little punctuation; never a slash or a special character. */
  static String category(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '.' || cp == ',' || cp == '?'
          || cp == '!' || cp == '(' || cp == ')' || cp == '\'') {
        sb.appendCodePoint(cp);
      } else {
        sb.append(' ');
      }
    });
    String s = sb.toString().replaceAll(" +", " ").strip();
    if (s.length() > 60) {
      int cut = s.lastIndexOf(' ', 60);
      s = s.substring(0, cut > 20 ? cut : 60).strip();
    }
    return s.isEmpty() ? "argmap" : s;
  }
}
