package dev.argmap.render.internal;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain text for the renderers: one line, wrapped, shortened, numbers and attributions. */
public final class Text {
  private Text() {}

  /**
   * Returns the text on one line: line breaks, tabs and other control characters become single
   * spaces, runs of white space one space, and unpaired surrogates U+FFFD; leading and trailing
   * white space is dropped.
   *
   * @param text any text
   * @return the text as one clean line
   */
  public static String flatten(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns whether a character is an invisible format character: a bidirectional mark, embedding,
   * override or isolate, a zero-width character or another of Unicode's format characters (category
   * Cf). Renderers write them as escapes, so that they cannot silently reorder or hide the text of the
   * output as a reader sees it in an editor.
   *
   * @param codePoint a code point
   * @return whether it is a format character
   */
  public static boolean isInvisible(int codePoint) {
    return Character.getType(codePoint) == Character.FORMAT;
  }

  /**
   * Returns the text flattened and cut after about {@code max} characters, at a word boundary when
   * there is one nearby, with an ellipsis.
   *
   * @param text any text
   * @param max the most characters to keep, at least 1
   * @return the text, shortened when longer
   */
  public static String shorten(String text, int max) {
    String flat = flatten(text);
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    int cut = flat.offsetByCodePoints(0, max);
    int space = flat.lastIndexOf(' ', cut);
    if (space > max * 2 / 3) {
      cut = space;
    }
    return flat.substring(0, cut).stripTrailing() + "\u2026";
  }

  /**
   * Returns the text flattened and broken into lines of about {@code width} characters at spaces; a
   * word longer than a line is cut into pieces of {@code width} characters (never inside a surrogate
   * pair), so that one long word cannot make a node as wide as itself.
   *
   * @param text any text
   * @param width the line width, at least 1
   * @return the lines, at least one
   */
  public static List<String> wrap(String text, int width) {
    String flat = flatten(text);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : flat.split(" ")) {
      while (word.codePointCount(0, word.length()) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Returns a number in [0, 1] (a weight or credibility) with at most four decimals and no trailing
   * zeros: {@code 1}, {@code 0.5}, {@code 0.3333}.
   *
   * @param value the number
   * @return the number as text
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * Returns a score with two decimals, for example {@code 0.73}.
   *
   * @param score the score
   * @return the score as text
   */
  public static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  /**
   * Returns how an argument or evidence item bears on its target: {@code supports} or {@code attacks}.
   *
   * @param polarity the polarity
   * @return its name
   */
  public static String polarity(Polarity polarity) {
    return polarity == Polarity.SUPPORTS ? "supports" : "attacks";
  }

  /**
   * Returns how evidence bears on its statement: {@code supports} or {@code undermines}.
   *
   * @param e the evidence
   * @return the word
   */
  public static String evidencePolarity(Evidence e) {
    return e.polarity() == Polarity.SUPPORTS ? "supports" : "undermines";
  }

  /**
   * Returns how a reader names an argument: its label; without one (as for an argument made from a
   * bare relation of another format), its premises by their titles, or their texts shortened, joined
   * with "and" ({@code "Trust and Neither side wants to be drawn into…"}); with more than two premises,
   * the first two and how many more. Never the argument's identifier, which is the map's business.
   *
   * @param a the argument
   * @param map the map it belongs to, for its premises
   * @return the name
   */
  public static String readerName(Argument a, ArgumentMap map) {
    if (a.label().isPresent()) {
      return flatten(a.label().get());
    }
    List<String> names = new ArrayList<>();
    for (var p : a.premises()) {
      names.add(map.statement(p).map(s -> s.title().map(Text::flatten)
          .orElseGet(() -> shorten(s.text(), a.premises().size() == 1 ? 90 : 50))).orElse(p.value()));
    }
    if (names.size() > 2) {
      return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }
    return String.join(" and ", names);
  }

  /**
   * Returns a person as {@code Name (role)}.
   *
   * @param p the person
   * @return the text
   */
  public static String person(Person p) {
    return flatten(p.name()) + p.role().map(r -> " (" + flatten(r) + ")").orElse("");
  }

  /**
   * Returns people as {@code A, B and C}.
   *
   * @param people the people
   * @return the text
   */
  public static String people(List<Person> people) {
    List<String> names = new ArrayList<>();
    for (Person p : people) {
      names.add(person(p));
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * Returns a source as {@code "Title", by A and B, Publisher, 2020-10-22}: title or "untitled",
   * authors or "author unknown", publisher, date.
   *
   * @param s the source
   * @return the text
   */
  public static String source(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title().map(t -> "\u201c" + flatten(t) + "\u201d").orElse("untitled"));
    parts.add(s.hasUnknownAuthors() ? "author unknown" : "by " + people(s.authors()));
    s.publisher().ifPresent(p -> parts.add(flatten(p)));
    s.date().ifPresent(d -> parts.add(d.toText()));
    return String.join(", ", parts);
  }

  /**
   * Returns how a source is named after "quoted in": its publisher, else its title, else its
   * identifier.
   *
   * @param s the source
   * @return the name
   */
  public static String sourceName(Source s) {
    return s.publisher().or(s::title).map(Text::flatten).orElse("source " + s.id().value());
  }

  /**
   * Returns a source's kind in words, for example {@code news report}.
   *
   * @param s the source
   * @return the kind
   */
  public static String kind(Source s) {
    return s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns a copy as {@code description, published by P, date, link, document D}.
   *
   * @param c the copy
   * @return the text, empty when the copy says nothing but its identifier
   */
  public static String copy(SourceCopy c) {
    List<String> parts = new ArrayList<>();
    c.description().ifPresent(d -> parts.add(flatten(d)));
    c.publisher().ifPresent(p -> parts.add("published by " + flatten(p)));
    c.date().ifPresent(d -> parts.add(d.toText()));
    c.link().ifPresent(l -> parts.add(l.toString()));
    c.document().ifPresent(d -> parts.add("document " + flatten(d)));
    return String.join(", ", parts);
  }

  /**
   * Returns where a quote stands: {@code copy c1, section “Summary”, page 12, paragraph 3, characters 10
   * to 90}.
   *
   * @param l the locator
   * @return the text
   */
  public static String locator(Locator l) {
    List<String> parts = new ArrayList<>();
    parts.add("copy " + l.copy().value());
    l.section().ifPresent(x -> parts.add("section \u201c" + flatten(x) + "\u201d"));
    l.page().ifPresent(p -> parts.add("page " + flatten(p)));
    if (l.paragraph().isPresent()) {
      parts.add("paragraph " + l.paragraph().getAsInt());
    }
    if (l.start().isPresent() && l.end().isPresent()) {
      parts.add("characters " + l.start().getAsInt() + " to " + l.end().getAsInt());
    }
    return String.join(", ", parts);
  }
}
