package dev.argmap.exercises;

import com.google.common.collect.ImmutableList;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Facts about a map that the generators need: texts, labels, and how an element bears on a thesis. */
final class MapFacts {
  final ArgumentMap map;

  MapFacts(ArgumentMap map) {
    this.map = map;
  }

  String text(StatementId id) {
    return map.statement(id).orElseThrow().text();
  }

  Argument argument(ArgumentId id) {
    return map.argument(id).orElseThrow();
  }

  /** The premises of an argument as one text: "A" or "A + B". */
  String premisesText(Argument a) {
    return a.premises().stream().map(this::text).collect(Collectors.joining(" + "));
  }

  /** What an argument concludes, in words. */
  String conclusionText(Argument a) {
    if (a.conclusion() instanceof StatementId s) {
      return text(s);
    }
    Argument target = argument((ArgumentId) a.conclusion());
    return "the step from \u201c" + premisesText(target) + "\u201d to \u201c" + conclusionText(target) + "\u201d";
  }

  /** What an argument concludes, in words, each text cut short. */
  String conclusionShort(Argument a) {
    if (a.conclusion() instanceof StatementId s) {
      return "\u201c" + short1(text(s)) + "\u201d";
    }
    Argument target = argument((ArgumentId) a.conclusion());
    return "the step from \u201c" + short1(premisesText(target)) + "\u201d to " + conclusionShort(target);
  }

  static String verb(Polarity p) {
    return p == Polarity.SUPPORTS ? "supports" : "attacks";
  }

  static String side(Polarity p) {
    return p == Polarity.SUPPORTS ? "for" : "against";
  }

  // ----- people and sources -----

  static String person(Person p) {
    return p.name();
  }

  static String personWithRole(Person p) {
    return p.role().map(r -> p.name() + " (" + r + ")").orElse(p.name());
  }

  static String kind(Source s) {
    return s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Who published a source, as a reader names it: its publisher, else its title, else its authors. */
  static String publisher(Source s) {
    if (s.publisher().isPresent()) {
      return s.publisher().get();
    }
    if (s.title().isPresent()) {
      return "\u201c" + s.title().get() + "\u201d";
    }
    if (!s.authors().isEmpty()) {
      return authors(s);
    }
    return "an untitled " + kind(s) + s.date().map(d -> " (" + d.toText() + ")").orElse("") + " by an unknown author";
  }

  static String authors(Source s) {
    List<String> names = s.authors().stream().map(Person::name).collect(Collectors.toList());
    if (names.isEmpty()) {
      return "author unknown";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A reference a reader can follow: title, authors, publisher, date, as far as known. */
  static String citation(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title().map(t -> "\u201c" + t + "\u201d").orElse("untitled " + kind(s)));
    parts.add(s.authors().isEmpty() ? "author unknown" : "by " + authors(s));
    s.publisher().ifPresent(parts::add);
    s.date().ifPresent(d -> parts.add(d.toText()));
    return String.join(", ", parts);
  }

  Source source(SourceId id) {
    return map.source(id).orElseThrow();
  }

  // ----- how things bear on a thesis -----

  /**
   * How an element bears on a target statement along the map's arrows: the net polarities of all routes (a
   * stronger premise strengthens the arguments it is a premise of; an argument passes its polarity on to its
   * conclusion; an undercutter, concluding an argument, flips what that argument does), the fewest arguments on a
   * route, and one shortest route.
   */
  record Reach(Set<Polarity> polarities, int arguments, ImmutableList<ConclusionId> route, boolean viaArgument) {
    boolean reached() {
      return !polarities.isEmpty();
    }

    boolean unambiguous() {
      return polarities.size() == 1;
    }

    Polarity polarity() {
      return polarities.iterator().next();
    }
  }

  private record State(ConclusionId node, Polarity parity) {}

  /**
   * Walks from a statement or argument towards a target statement.
   *
   * @param start where to start; an argument starts with its own polarity towards its conclusion
   * @param target the statement to reach; the walk does not go beyond it
   * @param throughArguments whether routes may pass an argument that concludes another argument (an undercutter)
   */
  Reach reach(ConclusionId start, StatementId target, boolean throughArguments) {
    Map<State, State> parent = new HashMap<>();
    Map<State, Integer> args = new HashMap<>();
    Deque<State> queue = new ArrayDeque<>();
    State first = new State(start, Polarity.SUPPORTS);
    parent.put(first, first);
    args.put(first, start instanceof ArgumentId ? 1 : 0);
    queue.add(first);
    Set<Polarity> found = EnumSet.noneOf(Polarity.class);
    State best = null;
    while (!queue.isEmpty()) {
      State s = queue.poll();
      if (s.node.equals(target) && !s.equals(first)) {
        found.add(s.parity);
        if (best == null || args.get(s) < args.get(best)) {
          best = s;
        }
        continue;
      }
      List<State> next = new ArrayList<>();
      if (s.node instanceof StatementId st) {
        for (Argument a : map.argumentsUsing(st)) {
          next.add(new State(a.id(), s.parity));
        }
      } else {
        Argument a = argument((ArgumentId) s.node);
        if (a.targetsArgument() && !throughArguments) {
          continue;
        }
        Polarity p = a.polarity() == Polarity.SUPPORTS ? s.parity : s.parity.opposite();
        next.add(new State(a.conclusion(), p));
      }
      for (State n : next) {
        if (!parent.containsKey(n)) {
          parent.put(n, s);
          args.put(n, args.get(s) + (n.node instanceof ArgumentId ? 1 : 0));
          queue.add(n);
        }
      }
    }
    if (best == null) {
      return new Reach(found, -1, ImmutableList.of(), false);
    }
    List<ConclusionId> route = new ArrayList<>();
    boolean viaArgument = false;
    for (State s = best; ; s = parent.get(s)) {
      route.add(s.node);
      if (s.node instanceof ArgumentId a && argument(a).targetsArgument()) {
        viaArgument = true;
      }
      if (parent.get(s).equals(s)) {
        break;
      }
    }
    Collections.reverse(route);
    return new Reach(found, args.get(best), ImmutableList.copyOf(route), viaArgument);
  }

  /**
   * A route in words: "“A” supports “B”, which attacks “T”"; an undercutter "undercuts the step from “Q”
   * (argument b)", and that step then acts on its conclusion.
   */
  String routeText(List<ConclusionId> route) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (int i = 0; i + 1 < route.size(); i++) {
      ConclusionId c = route.get(i);
      if (i == 0) {
        sb.append(c instanceof StatementId ? quoteShort(c)
            : "\u201c" + short1(premisesText(argument((ArgumentId) c))) + "\u201d");
      }
      if (!(c instanceof ArgumentId id)) {
        continue;
      }
      Argument a = argument(id);
      ConclusionId next = route.get(i + 1);
      sb.append(first ? " " : ", which ");
      first = false;
      if (next instanceof StatementId) {
        sb.append(verb(a.polarity())).append(' ').append(quoteShort(next));
      } else {
        Argument b = argument((ArgumentId) next);
        sb.append(a.polarity() == Polarity.ATTACKS ? "undercuts" : "backs")
            .append(" the step from \u201c").append(short1(premisesText(b))).append("\u201d (argument ")
            .append(b.id()).append(')');
      }
    }
    return sb.toString();
  }

  String quoteShort(ConclusionId c) {
    if (c instanceof StatementId s) {
      return "\u201c" + short1(text(s)) + "\u201d";
    }
    return "argument " + c.value();
  }

  /** Text cut to about 90 characters at a word boundary. */
  static String short1(String text) {
    if (text.length() <= 90) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 87);
    return text.substring(0, cut > 40 ? cut : 87) + "\u2026";
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String signed(double v) {
    return String.format(Locale.ROOT, "%+.3f", v);
  }

  /**
   * A share of a claim's change with three decimals; a sampled one says it is an estimate and gives its standard
   * error, so no student reads the third decimal of an estimate as exact.
   */
  static String share(Contribution c) {
    String v = signed(c.value());
    return c.method() == Contribution.Method.SAMPLED
        ? v + String.format(Locale.ROOT, " (estimate \u00b1 %.3f)", c.standardError()) : v;
  }
}
