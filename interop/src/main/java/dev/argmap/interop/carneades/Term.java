package dev.argmap.interop.carneades;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A term of the Prolog-like language Carneades writes statement keys and scheme patterns in:
 * {@code buy(volvo)}, {@code ¬app(a1)}, {@code holdsAt(wfh_required,T)}. Carneades compares keys as terms,
 * so {@code initiates(wfh_order, wfh_required, 1)} and {@code initiates(wfh_order,wfh_required,1)} are one
 * statement; {@link #normalize(String)} gives the one spelling argmap uses for both. Text that is not a term
 * (a sentence, say) is its own key.
 *
 * <p>Operators follow Carneades' terms parser: prefix {@code ¬ - + ! ^}, then {@code * / % div mod & &^ << >>},
 * {@code + - ^ or}, comparisons ({@code = == != < <= > >= =< in}), {@code &&}, {@code ||}, from tightest to
 * loosest. Identifiers that start with a capital letter or {@code _} are variables.
 */
sealed interface Term {
  /** An atom, such as {@code volvo}. */
  record Atom(String name) implements Term {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A variable, such as {@code T1}. */
  record Var(String name) implements Term {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A number, as written. */
  record Num(String text) implements Term {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A quoted string. */
  record Str(String value) implements Term {
    @Override
    public String toString() {
      return "\"" + value + "\"";
    }
  }

  /**
   * A compound term: {@code functor(args)} when {@code precedence} is 0, else an operator application whose
   * precedence (1 loosest to 6 for prefix operators) decides where brackets go when printed.
   */
  record Compound(String functor, List<Term> args, int precedence) implements Term {
    public Compound {
      args = List.copyOf(args);
    }

    @Override
    public String toString() {
      if (precedence == 0) {
        StringBuilder s = new StringBuilder(functor).append('(');
        for (int i = 0; i < args.size(); i++) {
          s.append(i == 0 ? "" : ",").append(args.get(i));
        }
        return s.append(')').toString();
      }
      String op = Character.isLetter(functor.charAt(0)) ? " " + functor + " " : functor;
      if (args.size() == 1) {
        return op.strip() + (op.startsWith(" ") ? " " : "") + bracketed(args.get(0), precedence);
      }
      return bracketed(args.get(0), precedence) + op + bracketed(args.get(1), precedence + 1);
    }

    private static String bracketed(Term t, int precedence) {
      if (t instanceof Compound c && c.precedence != 0 && c.precedence < precedence) {
        return "(" + c + ")";
      }
      return t.toString();
    }
  }

  /** A list {@code [a,b|T]}; the tail is empty for a proper list. */
  record ListTerm(List<Term> items, Optional<Term> tail) implements Term {
    public ListTerm {
      items = List.copyOf(items);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        s.append(i == 0 ? "" : ",").append(items.get(i));
      }
      tail.ifPresent(t -> s.append('|').append(t));
      return s.append(']').toString();
    }
  }

  /**
   * Reads a term.
   *
   * @param text the text
   * @return the term, or empty when the text is not one term
   */
  static Optional<Term> parse(String text) {
    return TermParser.parse(text);
  }

  /**
   * Returns the one spelling of a key: the term printed without layout, or the text itself (stripped) when
   * it is not a term.
   *
   * @param text a statement key or reference
   * @return the normal key
   */
  static String normalize(String text) {
    return parse(text).map(Term::toString).orElse(text.strip());
  }

  /** Returns whether the term holds no variable. */
  default boolean isGround() {
    if (this instanceof Var) {
      return false;
    }
    if (this instanceof Compound c) {
      return c.args().stream().allMatch(Term::isGround);
    }
    if (this instanceof ListTerm l) {
      return l.items().stream().allMatch(Term::isGround) && l.tail().map(Term::isGround).orElse(true);
    }
    return true;
  }

  /**
   * Matches this pattern against a term, extending bindings of the pattern's variables.
   *
   * @param other the term, taken as ground
   * @param bindings the bindings so far; not changed
   * @return the extended bindings, or empty when the terms do not match
   */
  default Optional<Map<String, Term>> match(Term other, Map<String, Term> bindings) {
    Map<String, Term> b = new HashMap<>(bindings);
    return matchInto(this, other, b) ? Optional.of(b) : Optional.empty();
  }

  private static boolean matchInto(Term pattern, Term t, Map<String, Term> b) {
    if (pattern instanceof Var v) {
      if (v.name().equals("_")) {
        return true;
      }
      Term bound = b.get(v.name());
      if (bound == null) {
        b.put(v.name(), t);
        return true;
      }
      return bound.equals(t);
    }
    if (pattern instanceof Compound p && t instanceof Compound c) {
      if (!p.functor().equals(c.functor()) || p.args().size() != c.args().size()) {
        return false;
      }
      for (int i = 0; i < p.args().size(); i++) {
        if (!matchInto(p.args().get(i), c.args().get(i), b)) {
          return false;
        }
      }
      return true;
    }
    if (pattern instanceof ListTerm p && t instanceof ListTerm l) {
      if (p.tail().isEmpty() && p.items().size() != l.items().size()) {
        return false;
      }
      if (p.items().size() > l.items().size()) {
        return false;
      }
      for (int i = 0; i < p.items().size(); i++) {
        if (!matchInto(p.items().get(i), l.items().get(i), b)) {
          return false;
        }
      }
      if (p.tail().isPresent()) {
        List<Term> rest = l.items().subList(p.items().size(), l.items().size());
        return matchInto(p.tail().get(), new ListTerm(rest, l.tail()), b);
      }
      return l.tail().isEmpty();
    }
    return pattern.equals(t);
  }

  /**
   * Replaces the bound variables of this term by their values.
   *
   * @param bindings variable name to value
   * @return the term with the values put in
   */
  default Term substitute(Map<String, Term> bindings) {
    if (this instanceof Var v) {
      Term value = bindings.get(v.name());
      return value == null ? this : value;
    }
    if (this instanceof Compound c) {
      List<Term> args = new ArrayList<>(c.args().size());
      for (Term a : c.args()) {
        args.add(a.substitute(bindings));
      }
      return new Compound(c.functor(), args, c.precedence());
    }
    if (this instanceof ListTerm l) {
      List<Term> items = new ArrayList<>(l.items().size());
      for (Term a : l.items()) {
        items.add(a.substitute(bindings));
      }
      return new ListTerm(items, l.tail().map(t -> t.substitute(bindings)));
    }
    return this;
  }
}
