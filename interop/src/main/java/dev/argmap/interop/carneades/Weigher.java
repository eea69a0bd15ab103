package dev.argmap.interop.carneades;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Label;
import dev.argmap.interop.carneades.Graph.Premise;
import dev.argmap.interop.carneades.Graph.Stmt;
import dev.argmap.interop.internal.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Carneades weighing function: the weight in [0, 1] of an applicable, not undercut argument, given the
 * labels of the statements so far (Carneades asks for the weight of an argument only then; otherwise it
 * weighs 0).
 */
interface Weigher {
  /**
   * Weighs an argument.
   *
   * @param arg the argument
   * @param labels the labels so far; a statement that is absent is undecided
   * @return the weight, in [0, 1]
   */
  double weigh(Arg arg, Map<Stmt, Label> labels);

  private static Label label(Map<Stmt, Label> labels, Stmt s) {
    return labels.getOrDefault(s, Label.UNDECIDED);
  }

  /** 1 when every premise is in, else 0. */
  Weigher LINKED = (arg, l) -> {
    for (Premise p : arg.premises) {
      if (label(l, p.stmt()) != Label.IN) {
        return 0.0;
      }
    }
    return 1.0;
  };

  /** 1 when some premise is in, else 0. */
  Weigher CONVERGENT = (arg, l) -> {
    for (Premise p : arg.premises) {
      if (label(l, p.stmt()) == Label.IN) {
        return 1.0;
      }
    }
    return 0.0;
  };

  /** The share of the premises that are in (0 for an argument without premises). */
  Weigher CUMULATIVE = (arg, l) -> {
    if (arg.premises.isEmpty()) {
      return 0.0;
    }
    int in = 0;
    for (Premise p : arg.premises) {
      if (label(l, p.stmt()) == Label.IN) {
        in++;
      }
    }
    return (double) in / arg.premises.size();
  };

  /**
   * 0 when a premise is out; else the number of premises in over the number of distinct premises (by text)
   * of all the arguments about the issue of the conclusion, so that an argument with more of the factors
   * weighs more. Carneades fails on a conclusion that is no position of an issue; argmap counts the
   * argument's own premises then.
   */
  Weigher FACTORIZED = (arg, l) -> {
    Set<String> factors = new HashSet<>();
    if (arg.conclusion.issue == null) {
      for (Premise p : arg.premises) {
        factors.add(p.stmt().text);
      }
    } else {
      for (Stmt position : arg.conclusion.issue.positions) {
        for (Arg a : position.args) {
          for (Premise p : a.premises) {
            factors.add(p.stmt().text);
          }
        }
      }
    }
    int in = 0;
    for (Premise p : arg.premises) {
      Label x = label(l, p.stmt());
      if (x == Label.OUT) {
        return 0.0;
      }
      if (x == Label.IN) {
        in++;
      }
    }
    return factors.isEmpty() ? 0.0 : (double) in / factors.size();
  };

  /** The basic weighing functions, which are also schemes of the same name. */
  Map<String, Weigher> BASIC = Map.of(
      "linked", LINKED, "convergent", CONVERGENT, "cumulative", CUMULATIVE, "factorized", FACTORIZED);

  /**
   * Like linked, but an argument whose premises are all in weighs {@code w}.
   *
   * @param w the weight
   * @return the function
   */
  static Weigher constant(double w) {
    return (arg, l) -> LINKED.weigh(arg, l) == 0.0 ? 0.0 : w;
  }

  /**
   * Multi-criteria weighing: 0 when a hard-constraint premise (by index) is out; else the sum over the soft
   * criteria of (factor / sum of factors) times the value's normalized weight, where the value of a
   * criterion is the second argument of the premise whose predicate is the criterion's name: that premise's
   * own if it is in, else that of the accepted position of its issue. An argument without a premise for a
   * criterion weighs 0.
   *
   * @param hard premise indices that must not be out
   * @param soft criterion name to factor and normalized values
   * @return the function
   */
  static Weigher criteria(List<Integer> hard, Map<String, Criterion> soft) {
    return (arg, l) -> {
      for (int i : hard) {
        if (i >= 0 && i < arg.premises.size() && label(l, arg.premises.get(i).stmt()) == Label.OUT) {
          return 0.0;
        }
      }
      double factorSum = 0;
      for (Criterion c : soft.values()) {
        factorSum += c.factor();
      }
      double weight = 0;
      for (Map.Entry<String, Criterion> e : soft.entrySet()) {
        Optional<String> value = propertyValue(arg, e.getKey(), l);
        if (value.isEmpty()) {
          return 0.0;
        }
        weight += e.getValue().factor() / factorSum * e.getValue().values().getOrDefault(value.get(), 0.0);
      }
      return weight;
    };
  }

  /** A soft criterion: its factor and the normalized weight of each value. */
  record Criterion(double factor, Map<String, Double> values) {}

  private static Optional<String> propertyValue(Arg arg, String property, Map<Stmt, Label> l) {
    for (Premise p : arg.premises) {
      Optional<Term> t = Term.parse(p.stmt().id);
      if (t.isEmpty() || !(t.get() instanceof Term.Compound c) || c.precedence() != 0
          || !c.functor().equals(property)) {
        continue;
      }
      if (label(l, p.stmt()) == Label.IN) {
        return object(c);
      }
      if (p.stmt().issue != null) {
        for (Stmt position : p.stmt().issue.positions) {
          if (label(l, position) == Label.IN) {
            return Term.parse(position.id).flatMap(Weigher::object);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> object(Term t) {
    if (t instanceof Term.Compound c && c.args().size() == 2) {
      return Optional.of(c.args().get(1).toString());
    }
    return Optional.empty();
  }

  /** One property of a preference ordering: ascending or descending, or an explicit list weakest first. */
  record PropertyOrder(String property, boolean ascending, List<String> values) {}

  /**
   * Preference weighing (lex superior, lex posterior and the like): 0 when a premise is not in (as linked);
   * 1 when the conclusion is at no issue; else the arguments of all positions of the issue are ranked by the
   * metadata of their schemes, property by property (a property whose values cannot be compared passes to
   * the next), and an argument in the k-th of n ranks, weakest first, weighs k / n.
   *
   * @param orders the properties, most important first
   * @return the function
   */
  static Weigher preference(List<PropertyOrder> orders) {
    return (arg, l) -> {
      double w = LINKED.weigh(arg, l);
      if (arg.conclusion.issue == null || w == 0.0) {
        return w;
      }
      List<Arg> all = new ArrayList<>();
      for (Stmt position : arg.conclusion.issue.positions) {
        all.addAll(position.args);
      }
      // rank = number of distinct strictly weaker classes below; arguments that compare equal share a rank
      List<Arg> ranks = new ArrayList<>();
      for (Arg a : all) {
        if (ranks.stream().noneMatch(r -> compare(r, a, orders) == 0)) {
          ranks.add(a);
        }
      }
      ranks.sort((a, b) -> compare(a, b, orders));
      for (int i = 0; i < ranks.size(); i++) {
        if (compare(ranks.get(i), arg, orders) == 0) {
          return (i + 1.0) / ranks.size();
        }
      }
      return 0.0;
    };
  }

  /** Negative when {@code a} is weaker than {@code b}. */
  private static int compare(Arg a, Arg b, List<PropertyOrder> orders) {
    for (PropertyOrder o : orders) {
      Json.Node x = a.scheme.meta.get(o.property());
      Json.Node y = b.scheme.meta.get(o.property());
      int c = compareValues(x, y, o);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareValues(Json.Node x, Json.Node y, PropertyOrder o) {
    if (x instanceof Json.Num nx && y instanceof Json.Num ny) {
      int c = new java.math.BigDecimal(nx.text()).compareTo(new java.math.BigDecimal(ny.text()));
      return o.ascending() ? c : -c;
    }
    if (!(x instanceof Json.Str sx) || !(y instanceof Json.Str sy)) {
      return 0; // absent or of different kinds: not comparable, so the next property decides
    }
    String a = sx.value().toLowerCase(Locale.ROOT);
    String b = sy.value().toLowerCase(Locale.ROOT);
    if (a.equals(b)) {
      return 0;
    }
    Optional<LocalDate> da = date(a);
    Optional<LocalDate> db = date(b);
    if (da.isPresent() && db.isPresent()) {
      int c = da.get().compareTo(db.get());
      return o.ascending() ? c : -c;
    }
    if (da.isPresent() || db.isPresent()) {
      return 0;
    }
    if (!o.values().isEmpty()) {
      return Integer.compare(rank(a, o.values()), rank(b, o.values()));
    }
    return o.ascending() ? a.compareTo(b) : b.compareTo(a);
  }

  private static int rank(String value, List<String> values) {
    int i = values.indexOf(value);
    return i < 0 ? values.size() + 1 : i;
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Keeps insertion order for soft criteria read from a file. */
  static Map<String, Criterion> orderedCriteria() {
    return new LinkedHashMap<>();
  }
}
