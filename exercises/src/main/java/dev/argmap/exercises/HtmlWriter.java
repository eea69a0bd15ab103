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

/** Writes a worksheet or its answer key as one self-contained HTML page: inline CSS, print styles, no script. */
final class HtmlWriter {
  private static final String CSS = """
      :root { --ink: #1a1a1a; --muted: #555; --rule: #9a9a9a; --accent: #0b5d3b; }
      * { box-sizing: border-box; }
      body { font-family: Georgia, "Times New Roman", serif; color: var(--ink); line-height: 1.45;
        max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; font-size: 16px; }
      h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
      h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; margin: 2rem 0 .6rem;
        break-after: avoid; page-break-after: avoid; }
      h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
      .meta { color: var(--muted); font-style: italic; margin: .25rem 0 1rem; }
      .thesis { border: 2px solid var(--ink); padding: .6rem .8rem; margin: .75rem 0; font-size: 1.05rem; }
      .fields { display: flex; gap: 1.5rem; margin: .75rem 0 1rem; }
      .fields span { flex: 1 1 auto; border-bottom: 1px solid var(--ink); padding-top: 1.2rem; font-size: .85rem; }
      .instructions { margin: .4rem 0 .8rem; }
      .note { color: var(--muted); font-style: italic; margin: .4rem 0; }
      .item { margin: .9rem 0 1.1rem; break-inside: avoid; page-break-inside: avoid; }
      .num { font-weight: bold; margin-right: .35rem; }
      blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 4px solid var(--rule); background: #f3f3f1; }
      .claim { font-style: italic; margin: .3rem 0 .3rem 1.2rem; }
      ol.options { list-style: none; padding-left: 1.2rem; margin: .4rem 0; }
      ol.options li { margin: .2rem 0; }
      ol.options li::before { content: "\\2610"; margin-right: .45rem; }
      .letter { font-weight: bold; margin-right: .3rem; }
      ol.quotes { padding-left: 1.6rem; }
      ol.quotes li { margin: .35rem 0; }
      .blank { display: inline-block; min-width: 3.2rem; border-bottom: 1px solid var(--ink); margin-left: .3rem; }
      .tf { font-weight: bold; white-space: nowrap; margin-left: .4rem; }
      .answer { color: var(--accent); font-weight: bold; margin: .35rem 0; }
      ul.why { margin: .2rem 0 .4rem; color: #333; font-size: .95rem; }
      .lines div { border-bottom: 1px solid var(--rule); height: 1.9rem; }
      ul.tree, ul.tree ul { list-style: disc; }
      .label { font-weight: bold; margin-right: .3rem; }
      .left-out { color: var(--muted); }
      footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule);
        padding-top: .4rem; }
      @page { size: A4; margin: 16mm 15mm; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
        blockquote { background: none; }
        h2 { margin-top: 1.2rem; }
        footer { position: static; }
      }
      """;

  private final Worksheet sheet;
  private final boolean key;
  private final StringBuilder out = new StringBuilder();

  HtmlWriter(Worksheet sheet, boolean key) {
    this.sheet = sheet;
    this.key = key;
  }

  /** Escapes text for HTML content and attribute values. */
  static String h(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  String write() {
    ExerciseOptions o = sheet.options();
    String title = (key ? "Answer key: " : "Debate exercises: ") + sheet.title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"argmap exercises\">\n")
        .append("<title>").append(h(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body class=\"").append(key ? "key" : "sheet").append("\">\n<header>\n<h1>")
        .append(h(title)).append("</h1>\n");
    if (key) {
      out.append("<p class=\"note\">For the teacher: do not hand out.</p>\n");
    } else {
      out.append("<div class=\"fields\"><span>Name</span><span>Class</span><span>Date</span></div>\n");
    }
    out.append("<div class=\"thesis\"><strong>Thesis:</strong> ").append(h(sheet.thesis().text())).append("</div>\n")
        .append("<p class=\"meta\">").append(MarkdownWriter.capital(o.difficulty().id())).append(" level, seed ")
        .append(o.seed()).append(", ").append(sheet.exercises().size())
        .append(sheet.exercises().size() == 1 ? " exercise" : " exercises")
        .append(key ? "; the answers follow the map itself." : ".").append("</p>\n</header>\n<main>\n");
    int number = 1;
    for (Exercise e : sheet.exercises()) {
      out.append("<section class=\"exercise\" id=\"").append(e.type().id()).append("\">\n<h2>").append(number++)
          .append(". ").append(h(e.title())).append("</h2>\n<p class=\"instructions\">").append(h(e.instructions()))
          .append("</p>\n");
      if (key) {
        for (String n : e.keyNotes()) {
          out.append("<p class=\"note\">").append(h(n)).append("</p>\n");
        }
      }
      int i = 1;
      List<Passage> previous = List.of();
      List<Item> items = e.items();
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        // as in the Markdown sheet: a shared passage before its questions, a question's own after its number
        boolean own = MarkdownWriter.ownContext(items, k, previous);
        out.append("<div class=\"item\">\n");
        if (!own && !item.context().isEmpty() && !item.context().equals(previous)) {
          context(item.context());
        }
        previous = item.context();
        out.append("<p><span class=\"num\">").append(i++).append(".</span>").append(h(item.prompt()));
        if (item instanceof TrueFalse) {
          out.append("<span class=\"tf\">True / False</span>");
        }
        out.append("</p>\n");
        if (own) {
          context(item.context());
        }
        item(item);
        out.append("</div>\n");
      }
      out.append("</section>\n");
    }
    if (key && !sheet.skipped().isEmpty()) {
      out.append("<section class=\"left-out\">\n<h2>Left out</h2>\n<ul>\n");
      for (Map.Entry<ExerciseType, String> s : sheet.skipped().entrySet()) {
        out.append("<li>").append(h(s.getKey().title())).append(": ").append(h(s.getValue())).append(".</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("</main>\n<footer>Generated by argmap from the map \u201c")
        .append(h(sheet.map().title().orElse(sheet.thesis().text()))).append("\u201d.</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void context(List<Passage> context) {
    for (Passage p : context) {
      switch (p.kind()) {
        case QUOTE -> out.append("<blockquote>\u201c").append(h(p.text())).append("\u201d</blockquote>\n");
        case CLAIM -> out.append("<p class=\"claim\">").append(h(p.text())).append("</p>\n");
        case TEXT -> out.append("<p>").append(h(p.text())).append("</p>\n");
      }
    }
  }

  private void item(Item item) {
    if (item instanceof Choice c) {
      options(c.options());
      if (key) {
        answer(MarkdownWriter.letter(c.answer()) + ". " + c.rightOption().text());
        explanation(c.explanation());
      }
    } else if (item instanceof TrueFalse t) {
      if (key) {
        answer(t.answer() ? "True" : "False");
        explanation(t.explanation());
      }
    } else if (item instanceof Matching m) {
      out.append("<ol class=\"quotes\">\n");
      for (int k = 0; k < m.left().size(); k++) {
        out.append("<li>\u201c").append(h(m.left().get(k).text())).append("\u201d ");
        if (key) {
          out.append("<span class=\"answer\">\u2192 ").append(MarkdownWriter.letter(m.answer().get(k)))
              .append("</span>");
        } else {
          out.append("<span class=\"blank\"></span>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
      options(m.right());
      if (key) {
        explanation(m.explanation());
      }
    } else if (item instanceof Ordering o) {
      options(o.items());
      if (key) {
        StringBuilder order = new StringBuilder();
        for (int k = 0; k < o.order().size(); k++) {
          order.append(k == 0 ? "" : ", ").append(MarkdownWriter.letter(o.order().get(k)));
        }
        answer("First to last: " + order);
        explanation(o.explanation());
      } else {
        out.append("<p>Your order, first to last:");
        for (int k = 0; k < o.items().size(); k++) {
          out.append(" <span class=\"blank\"></span>");
        }
        out.append("</p>\n");
      }
    } else if (item instanceof Task t) {
      for (Section s : key ? t.key() : t.sheet()) {
        section(s);
      }
      if (key) {
        explanation(t.explanation());
      }
    }
  }

  private void options(List<Option> options) {
    out.append("<ol class=\"options\">\n");
    for (int k = 0; k < options.size(); k++) {
      out.append("<li><span class=\"letter\">").append(MarkdownWriter.letter(k)).append(".</span>")
          .append(h(options.get(k).text())).append("</li>\n");
    }
    out.append("</ol>\n");
  }

  private void answer(String text) {
    out.append("<p class=\"answer\">Answer: ").append(h(text)).append("</p>\n");
  }

  private void explanation(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("<ul class=\"why\">\n");
    for (String l : lines) {
      out.append("<li>").append(h(l)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void section(Section s) {
    out.append("<h3>").append(h(s.heading())).append("</h3>\n");
    switch (s.layout()) {
      case NUMBERED -> list("ol", s.entries(), false);
      case BULLETS -> list("ul", s.entries(), false);
      case WRITE -> list("ul", s.entries(), true);
      case TREE -> tree(s.entries());
    }
  }

  private void list(String tag, List<Entry> entries, boolean write) {
    out.append('<').append(tag).append(">\n");
    for (Entry e : entries) {
      out.append("<li>").append(label(e)).append(h(e.text()));
      if (write) {
        out.append("<div class=\"lines\"><div></div><div></div><div></div></div>");
      }
      out.append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  private static String label(Entry e) {
    return e.label().isEmpty() ? "" : "<span class=\"label\">" + h(e.label()) + "</span>";
  }

  /** Nested lists from entries with depths; a deeper entry opens lists up to its depth. */
  private void tree(List<Entry> entries) {
    int depth = -1;
    for (Entry e : entries) {
      int d = e.depth();
      if (d > depth) {
        while (depth < d) {
          out.append(depth >= 0 ? "\n" : "").append("<ul class=\"tree\">\n<li>");
          depth++;
          if (depth < d) {
            out.append("<span class=\"note\">\u2026</span>");
          }
        }
      } else {
        out.append("</li>\n");
        while (depth > d) {
          out.append("</ul>\n</li>\n");
          depth--;
        }
        out.append("<li>");
      }
      out.append(label(e)).append(h(e.text()));
    }
    if (depth >= 0) {
      out.append("</li>\n");
      while (depth > 0) {
        out.append("</ul>\n</li>\n");
        depth--;
      }
      out.append("</ul>\n");
    }
  }
}
