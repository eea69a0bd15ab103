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
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a worksheet as a Moodle XML question file (Moodle's own import format: Question bank, Import, Moodle XML
 * format). Question types used, each with the elements Moodle's importer reads for it:
 *
 * <ul>
 *   <li>{@code category}: one per exercise, under the sheet's title and its level and seed
 *       ({@code $course$/top/TITLE/Medium seed 1/1 For or against?}), so two versions never mix;
 *   <li>{@code multichoice} (single answer, shuffled): every option with its fraction (100 or 0) and its own
 *       feedback, the key's explanation for the right one and a "not this one" note for the others;
 *   <li>{@code truefalse}: the two answers with fraction and feedback;
 *   <li>{@code matching}: a subquestion per quote with its claim as answer; a claim no quote backs as a
 *       subquestion with empty text, as Moodle reads an extra answer;
 *   <li>{@code ordering} (Moodle's Ordering question type, {@code qtype_ordering}): the objections in their right
 *       order, all to be ordered, graded by relative position;
 *   <li>{@code gapselect} ("select missing words") for the map to build: each single-premise arrow of the
 *       reference as a sentence with two gaps, whether the statement supports or attacks, and the claim it bears
 *       on (an essay when the part has no such arrow);
 *   <li>{@code essay} for the debate preparation: a response template with the sheet's sections and the key as
 *       grader information, never in the general feedback students see.
 * </ul>
 *
 * <p>Every question has a name with the level and seed, a mark ({@code defaultgrade}: 1 per choice, one per
 * matched quote, ranked objection or gap, 10 for the essay) and HTML text in CDATA (HTML-escaped, so no text can
 * close the CDATA). Feedback names no internal identifier and no option letter: Moodle shuffles options and shows
 * no identifiers.
 */
public final class MoodleXmlWriter {
  private MoodleXmlWriter() {}

  /**
   * Writes a worksheet.
   *
   * @param sheet the worksheet
   * @return the XML, UTF-8 when written to a file
   */
  public static String write(Worksheet sheet) {
    FeedbackText clean = new FeedbackText(sheet.map());
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    String base = "$course$/top/" + category(sheet.title()) + "/" + category(GiftWriter.version(sheet));
    int number = 0;
    for (Exercise e : sheet.exercises()) {
      number++;
      out.append("  <question type=\"category\">\n    <category><text>").append(xml(base + "/"
          + category(number + " " + e.title()))).append("</text></category>\n  </question>\n");
      int i = 1;
      for (Item item : e.items()) {
        String name = GiftWriter.version(sheet) + " " + number + "." + i++ + " " + item.title();
        boolean asGaps = e.type() == ExerciseType.BUILD_MAP && sheet.buildMapReference().isPresent()
            && buildMap(out, name, e, (Task) item, sheet.buildMapReference().get());
        if (!asGaps) {
          question(out, name, e, item, clean);
        }
      }
    }
    return out.append("</quiz>\n").toString();
  }

  private static void question(StringBuilder out, String name, Exercise e, Item item, FeedbackText clean) {
    String type = item instanceof Choice ? "multichoice" : item instanceof TrueFalse ? "truefalse"
        : item instanceof Matching ? "matching" : item instanceof Ordering ? "ordering" : "essay";
    out.append("  <question type=\"").append(type).append("\">\n");
    out.append("    <name><text>").append(xml(name)).append("</text></name>\n");
    out.append("    <questiontext format=\"html\"><text>").append(cdata(text(e, item))).append("</text></questiontext>\n");
    int marks = 1;
    if (item instanceof Choice c) {
      generalFeedback(out, List.of());
      out.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n")
          .append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n")
          .append("    <answernumbering>abc</answernumbering>\n");
      String right = html(clean.clean(String.join(" ", c.explanation())));
      for (int k = 0; k < c.options().size(); k++) {
        boolean ok = k == c.answer();
        out.append("    <answer fraction=\"").append(ok ? 100 : 0).append("\" format=\"html\"><text>")
            .append(cdata(html(c.options().get(k).text()))).append("</text><feedback format=\"html\"><text>")
            .append(cdata(ok ? "<p>Right. " + right + "</p>" : "<p>Not this one. " + right + "</p>"))
            .append("</text></feedback></answer>\n");
      }
    } else if (item instanceof TrueFalse t) {
      generalFeedback(out, List.of());
      out.append("    <defaultgrade>1</defaultgrade>\n    <penalty>1</penalty>\n    <hidden>0</hidden>\n");
      String why = html(clean.clean(String.join(" ", t.explanation())));
      for (boolean value : new boolean[] {true, false}) {
        out.append("    <answer fraction=\"").append(value == t.answer() ? 100 : 0).append("\" format=\"moodle_auto_format\"><text>")
            .append(value).append("</text><feedback format=\"html\"><text>").append(cdata("<p>" + why + "</p>"))
            .append("</text></feedback></answer>\n");
      }
    } else if (item instanceof Matching m) {
      generalFeedback(out, cleaned(clean, m.explanation()));
      marks = m.left().size();
      out.append("    <defaultgrade>").append(marks).append("</defaultgrade>\n    <penalty>0.3333333</penalty>\n")
          .append("    <hidden>0</hidden>\n    <shuffleanswers>true</shuffleanswers>\n");
      boolean[] used = new boolean[m.right().size()];
      for (int k = 0; k < m.left().size(); k++) {
        int r = m.answer().get(k);
        used[r] = true;
        out.append("    <subquestion format=\"html\"><text>").append(cdata("\u201c" + html(m.left().get(k).text())
            + "\u201d")).append("</text><answer><text>").append(xml(m.right().get(r).text()))
            .append("</text></answer></subquestion>\n");
      }
      for (int r = 0; r < used.length; r++) {
        if (!used[r]) {
          out.append("    <subquestion format=\"html\"><text></text><answer><text>").append(xml(m.right().get(r).text()))
              .append("</text></answer></subquestion>\n");
        }
      }
    } else if (item instanceof Ordering o) {
      generalFeedback(out, cleaned(clean, o.explanation()));
      marks = o.items().size();
      out.append("    <defaultgrade>").append(marks).append("</defaultgrade>\n    <penalty>0.3333333</penalty>\n")
          .append("    <hidden>0</hidden>\n    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
          .append("    <selectcount>0</selectcount>\n    <gradingtype>RELATIVE_TO_CORRECT</gradingtype>\n")
          .append("    <showgrading>SHOW</showgrading>\n    <numberingstyle>123</numberingstyle>\n");
      for (int rank = 0; rank < o.order().size(); rank++) {
        out.append("    <answer fraction=\"").append(rank + 1).append(".0000000\" format=\"html\"><text>")
            .append(cdata(html(o.items().get(o.order().get(rank)).text()))).append("</text></answer>\n");
      }
    } else if (item instanceof Task t) {
      generalFeedback(out, List.of());
      out.append("    <defaultgrade>10</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n")
          .append("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n")
          .append("    <responsefieldlines>25</responsefieldlines>\n    <attachments>0</attachments>\n")
          .append("    <attachmentsrequired>0</attachmentsrequired>\n");
      out.append("    <graderinfo format=\"html\"><text>").append(cdata(sections(t.key())))
          .append("</text></graderinfo>\n");
      StringBuilder template = new StringBuilder();
      for (Section s : t.sheet()) {
        template.append("<p><strong>").append(html(s.heading())).append("</strong></p>");
        for (Entry en : s.entries()) {
          template.append("<p>").append(html(en.text())).append("</p><p>\u2026</p>");
        }
      }
      out.append("    <responsetemplate format=\"html\"><text>").append(cdata(template.toString()))
          .append("</text></responsetemplate>\n");
    }
    out.append("  </question>\n");
  }

  /**
   * The map to build as "select missing words": for each arrow whose premise is one statement and whose
   * conclusion is a statement, "S4 [[n]] [[m]]": the claim it bears on (among the sheet's labels) and the sign.
   */
  private static boolean buildMap(StringBuilder out, String name, Exercise e, Task t, ArgumentMap ref) {
    Map<String, String> labelOf = new LinkedHashMap<>();
    for (var s : ref.statements()) {
      s.title().ifPresent(l -> labelOf.put(s.id().value(), l));
    }
    List<String[]> choices = new ArrayList<>(); // text, group
    StringBuilder text = new StringBuilder(text(e, t));
    text.append("<p>For each reason, choose the claim it bears on and how.</p><ul>");
    for (Argument a : ref.arguments()) {
      if (a.premises().size() != 1 || !(a.conclusion() instanceof StatementId c)) {
        continue;
      }
      String from = labelOf.get(a.premises().get(0).value());
      String to = labelOf.get(c.value());
      if (from == null || to == null) {
        continue;
      }
      choices.add(new String[] {to, "1"});
      int target = choices.size();
      choices.add(new String[] {a.polarity() == Polarity.SUPPORTS ? "supports" : "attacks", "2"});
      int sign = choices.size();
      text.append("<li>").append(html(from)).append(" [[").append(sign).append("]] [[").append(target)
          .append("]]</li>");
    }
    text.append("</ul>");
    // every label and both signs can be chosen in every gap of their group
    for (String l : labelOf.values()) {
      if (choices.stream().noneMatch(c -> c[0].equals(l))) {
        choices.add(new String[] {l, "1"});
      }
    }
    for (String sign : List.of("supports", "attacks")) {
      if (choices.stream().noneMatch(c -> c[0].equals(sign))) {
        choices.add(new String[] {sign, "2"});
      }
    }
    if (!text.toString().contains("[[")) {
      return false;
    }
    out.append("  <question type=\"gapselect\">\n    <name><text>").append(xml(name)).append("</text></name>\n")
        .append("    <questiontext format=\"html\"><text>").append(cdata(text.toString()))
        .append("</text></questiontext>\n");
    generalFeedback(out, List.of());
    long gaps = text.toString().split("\\[\\[", -1).length - 1;
    out.append("    <defaultgrade>").append(gaps).append("</defaultgrade>\n    <penalty>0.3333333</penalty>\n")
        .append("    <hidden>0</hidden>\n    <shuffleanswers>1</shuffleanswers>\n");
    for (String[] c : choices) {
      out.append("    <selectoption><text>").append(xml(c[0])).append("</text><group>").append(c[1])
          .append("</group></selectoption>\n");
    }
    out.append("  </question>\n");
    return true;
  }

  private static List<String> cleaned(FeedbackText clean, List<String> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(clean.clean(l)));
    return out;
  }

  private static void generalFeedback(StringBuilder out, List<String> lines) {
    StringBuilder fb = new StringBuilder();
    lines.forEach(l -> fb.append("<p>").append(html(l)).append("</p>"));
    out.append("    <generalfeedback format=\"html\"><text>").append(cdata(fb.toString()))
        .append("</text></generalfeedback>\n");
  }

  private static String text(Exercise e, Item item) {
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
      text.append(sections(t.sheet()));
    }
    return text.toString();
  }

  private static String sections(List<Section> sections) {
    StringBuilder sb = new StringBuilder();
    for (Section s : sections) {
      sb.append("<p>").append(html(s.heading())).append(":</p><ul>");
      for (Entry en : s.entries()) {
        sb.append("<li>").append("\u2003".repeat(en.depth()))
            .append(html((en.label().isEmpty() ? "" : en.label() + " ") + en.text())).append("</li>");
      }
      sb.append("</ul>");
    }
    return sb.toString();
  }

  private static String category(String s) {
    return s.replace('/', '-').strip();
  }

  /** HTML-escaped text: CDATA then never holds "]]>", as '>' is written as an entity. */
  static String html(String s) {
    return xml(s);
  }

  private static String cdata(String html) {
    return "<![CDATA[" + html + "]]>";
  }

  private static String xml(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (cp >= 0x20 || cp == '\n' || cp == '\t') {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.toString();
  }
}
