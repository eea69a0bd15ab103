package dev.argmap.cli;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Person;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short descriptions of a map's elements and numbers, one line each, for the commands' output. */
final class Describe {
  private static final int MAX = 110;

  private Describe() {}

  /** Returns {@code Title: text}, or the text, on one line and shortened. */
  static String statement(Statement s) {
    String text = oneLine(s.text());
    return shorten(s.title().map(t -> oneLine(t) + ": " + text).orElse(text));
  }

  /** Returns an argument's label, else its premises' titles or texts joined by "and". */
  static String argument(ArgumentMap map, Argument a) {
    if (a.label().isPresent()) {
      return shorten(oneLine(a.label().get()));
    }
    List<String> premises = new ArrayList<>();
    for (StatementId p : a.premises()) {
      Statement s = map.statement(p).orElseThrow();
      premises.add(s.title().map(Describe::oneLine).orElse(oneLine(s.text()).replaceFirst("\\.$", "")));
    }
    return shorten(String.join(" + ", premises));
  }

  /** Returns an effect with its sign, for example {@code +0.1234}, or {@code n/a} when unknown. */
  static String signed(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v != 0.0 && Math.abs(v) < 5e-5 ? String.format(Locale.ROOT, "%+.1e", v)
        : String.format(Locale.ROOT, "%+.4f", v);
  }

  /** Returns where a statement's base score comes from, for example {@code " (from 2 evidence items)"}. */
  static String baseNote(ArgumentMap map, StatementId id, GradualSemantics semantics) {
    if (semantics == GradualSemantics.H_CATEGORIZER) {
      return " (the h-categorizer gives every statement 1)";
    }
    int n = map.evidenceOf(id).size();
    return n == 0 ? " (no evidence of its own: the default)" : " (from " + Counts.plural(n, "evidence item") + ")";
  }

  /**
   * Returns {@code share +0.1234 (strength 0.5000)} for a reason ranked by its share of the change, or {@code
   * removal +0.1234 (strength 0.5000)} under another ranking.
   */
  static String contribution(Explanation.Reason c, ContributionFunction ranking) {
    String value = ranking == ContributionFunction.SHAPLEY ? share(c.share()) : signed(c.effect());
    return String.format(Locale.ROOT, "%s %s (strength %.4f)", ranking == ContributionFunction.SHAPLEY ? "share"
        : ranking.id(), value, c.argumentStrength());
  }

  /** A share with its standard error when it is an estimate: {@code +0.1234} or {@code +0.1234 ± 0.0021}. */
  static String share(Contribution c) {
    return c.method() == Contribution.Method.SAMPLED
        ? signed(c.value()) + String.format(Locale.ROOT, " ± %.4f", c.standardError())
        : signed(c.value());
  }

  /** Returns {@code Name (role)}. */
  static String person(Person p) {
    return oneLine(p.name()) + p.role().map(r -> " (" + oneLine(r) + ")").orElse("");
  }

  /** Returns {@code "Title", by A, B, Publisher, 2020}. */
  static String source(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title().map(t -> "\"" + oneLine(t) + "\"").orElse("untitled"));
    if (s.hasUnknownAuthors()) {
      parts.add("author unknown");
    } else {
      List<String> names = new ArrayList<>();
      s.authors().forEach(p -> names.add(person(p)));
      parts.add("by " + String.join(", ", names));
    }
    s.publisher().ifPresent(p -> parts.add(oneLine(p)));
    s.date().ifPresent(d -> parts.add(d.toText()));
    return String.join(", ", parts);
  }

  static String oneLine(String s) {
    return s.strip().replaceAll("[\\s\\p{Cntrl}]+", " ");
  }

  static String shorten(String s) {
    if (s.length() <= MAX) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX - 1);
    return s.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "\u2026";
  }
}
