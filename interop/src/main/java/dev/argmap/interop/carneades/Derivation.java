package dev.argmap.interop.carneades;

import dev.argmap.io.ImportWarning;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Issue;
import dev.argmap.interop.carneades.Graph.Premise;
import dev.argmap.interop.carneades.Graph.Scheme;
import dev.argmap.interop.carneades.Graph.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What Carneades derives from a graph's theory before it labels the graph.
 *
 * <p><b>Arguments.</b> Each argument scheme with conclusions is a forward rule: when facts match all its
 * premise patterns (distinct facts for distinct patterns), its conclusions and assumptions become facts, and
 * so does {@code argument(scheme,[values of its variables])}. The facts start as the assumptions (and
 * {@code go}, which a scheme without premises waits for); rules fire until no new fact comes, or at most
 * {@link #MAX_RULE_APPLICATIONS} times, as Carneades caps them. Each new {@code argument(...)} fact
 * instantiates its scheme: statements for its premises, assumptions and conclusions (made when absent, with
 * the text the {@code language:} section gives), one argument per conclusion, all undercut by one statement
 * {@code undercut(aN)}, and an argument for that undercutter from each of the scheme's exceptions.
 * Carneades runs the rules with a Constraint Handling Rules engine; argmap evaluates only propagation rules,
 * which is all a scheme with premises, conclusions and assumptions is. Schemes with deletions or guards
 * (CHR-only extensions) are skipped with a warning.
 *
 * <p><b>Issues.</b> Each issue scheme {@code [p1, p2, ...]} makes an issue of statements: for each
 * statement that matches {@code p1}, the other statements that match one of the other patterns under the
 * same bindings; or, for an enumeration {@code [p, "...", pn]}, every other statement that matches {@code p}
 * with the variables whose names end in a digit left free. Two or more such statements become an issue
 * (proof standard PE), or join the issue one of them is already at.
 */
final class Derivation {
  /** The most rule applications, as in Carneades. */
  static final int MAX_RULE_APPLICATIONS = 100_000;
  /** The most attempts to match a premise pattern against a fact, so that a rule with many premises over
   * many facts cannot run for ever (Carneades' engine has no such bound). */
  static final long MAX_MATCH_ATTEMPTS = 2_000_000;

  /** Thrown inside the matcher when the attempts run out. */
  private static final class OutOfAttempts extends RuntimeException {
    OutOfAttempts() {
      super(null, null, false, false);
    }
  }

  private long attempts;

  private final Graph graph;
  private final Consumer<ImportWarning> warnings;

  private Derivation(Graph graph, Consumer<ImportWarning> warnings) {
    this.graph = graph;
    this.warnings = warnings;
  }

  /**
   * Derives arguments and issues, adding them to the graph.
   *
   * @param graph the graph as read
   * @param warnings told of schemes skipped and caps reached
   */
  static void derive(Graph graph, Consumer<ImportWarning> warnings) {
    Derivation d = new Derivation(graph, warnings);
    d.arguments();
    d.issues();
  }

  private record Rule(Scheme scheme, List<Term> heads, List<Term> body, Term argument) {}

  private void arguments() {
    List<Rule> rules = new ArrayList<>();
    for (Scheme s : graph.declaredSchemes) {
      if (s.conclusions.isEmpty()) {
        continue; // a scheme without conclusions only lends its weighing function
      }
      if (!s.deletions.isEmpty() || !s.guards.isEmpty()) {
        warn("argument scheme " + s.id + " has deletions or guards (Constraint Handling Rules extensions);"
            + " argmap derives no argument from it");
        continue;
      }
      List<Term> heads = parseAll(s.premises.isEmpty() ? List.of("go") : s.premises, s);
      List<String> bodyTexts = new ArrayList<>(s.conclusions);
      bodyTexts.addAll(s.assumptions);
      List<Term> body = parseAll(bodyTexts, s);
      Optional<Term> argument = Term.parse("argument(" + s.id + ",[" + String.join(",", s.variables) + "])");
      if (heads == null || body == null || argument.isEmpty()) {
        continue;
      }
      rules.add(new Rule(s, heads, body, argument.get()));
    }
    if (rules.isEmpty()) {
      return;
    }
    Set<String> previous = new LinkedHashSet<>();
    List<Term> facts = new ArrayList<>();
    Set<Term> known = new LinkedHashSet<>();
    addFact(Term.parse("go").orElseThrow(), facts, known);
    for (String a : graph.assumptions) {
      Term.parse(a).ifPresent(t -> addFact(t, facts, known));
    }
    for (Arg a : graph.arguments.values()) {
      String desc = "argument(" + a.scheme.id + ",[" + String.join(",", a.parameters) + "])";
      Term.parse(desc).ifPresent(t -> {
        previous.add(t.toString());
        addFact(t, facts, known);
      });
    }
    List<Term> arguments = new ArrayList<>();
    Set<String> fired = new java.util.HashSet<>();
    int[] applications = {0};
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Rule r : rules) {
        List<Term> derived = new ArrayList<>();
        try {
          matches(r.heads, 0, facts, new HashMap<>(), new ArrayList<>(), b -> {
            Term arg = r.argument.substitute(b);
            if (!arg.isGround()) {
              warn("argument scheme " + r.scheme.id + " leaves a variable unbound (" + arg + "); no argument"
                  + " derived");
              return;
            }
            if (!fired.add(arg.toString())) {
              return;
            }
            if (++applications[0] > MAX_RULE_APPLICATIONS) {
              throw new OutOfAttempts();
            }
            for (Term t : r.body) {
              Term x = t.substitute(b);
              if (x.isGround()) {
                derived.add(x);
              }
            }
            derived.add(arg);
          });
        } catch (OutOfAttempts e) {
          warn("deriving arguments took more than " + MAX_RULE_APPLICATIONS + " rule applications or "
              + MAX_MATCH_ATTEMPTS + " attempts to match a premise; argmap stopped deriving there");
          instantiateAll(arguments, previous);
          return;
        }
        for (Term x : derived) {
          if (addFact(x, facts, known)) {
            grew = true;
            if (x instanceof Term.Compound c && c.functor().equals("argument") && c.precedence() == 0
                && c.args().size() == 2) {
              arguments.add(x);
            }
          }
        }
      }
    }
    instantiateAll(arguments, previous);
  }

  private void instantiateAll(List<Term> arguments, Set<String> previous) {
    for (Term a : arguments) {
      if (previous.contains(a.toString())) {
        continue;
      }
      Term.Compound c = (Term.Compound) a;
      Scheme s = graph.schemes.get(c.args().get(0).toString());
      if (s == null || !(c.args().get(1) instanceof Term.ListTerm values)) {
        continue;
      }
      instantiate(s, values.items());
    }
  }

  private static boolean addFact(Term t, List<Term> facts, Set<Term> known) {
    if (known.add(t)) {
      facts.add(t);
      return true;
    }
    return false;
  }

  /** Tells {@code found} of every binding under which distinct facts match the heads from {@code i} on. */
  private void matches(List<Term> heads, int i, List<Term> facts, Map<String, Term> bindings, List<Term> used,
      java.util.function.Consumer<Map<String, Term>> found) {
    if (i == heads.size()) {
      found.accept(bindings);
      return;
    }
    for (int k = 0, n = facts.size(); k < n; k++) {
      Term f = facts.get(k);
      if (used.contains(f)) {
        continue;
      }
      if (++attempts > MAX_MATCH_ATTEMPTS) {
        throw new OutOfAttempts();
      }
      Optional<Map<String, Term>> b = heads.get(i).match(f, bindings);
      if (b.isPresent()) {
        used.add(f);
        matches(heads, i + 1, facts, b.get(), used, found);
        used.remove(used.size() - 1);
      }
    }
  }

  private List<Term> parseAll(List<String> texts, Scheme s) {
    List<Term> out = new ArrayList<>();
    for (String t : texts) {
      Optional<Term> term = Term.parse(t);
      if (term.isEmpty()) {
        warn("argument scheme " + s.id + " has \"" + t + "\", which is not a term; argmap derives no argument"
            + " from the scheme");
        return null;
      }
      out.add(term.get());
    }
    return out;
  }

  private void instantiate(Scheme scheme, List<Term> values) {
    if (values.size() != scheme.variables.size()) {
      warn("argument scheme " + scheme.id + " has " + scheme.variables.size() + " variables but was applied to "
          + values.size() + " values; skipped");
      return;
    }
    Map<String, Term> b = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      b.put(scheme.variables.get(i).strip(), values.get(i));
    }
    List<Premise> premises = new ArrayList<>();
    addPremises(scheme.premises, b, false, premises);
    addPremises(scheme.assumptions, b, true, premises);
    List<Stmt> conclusions = new ArrayList<>();
    for (String c : scheme.conclusions) {
      Term.parse(c).ifPresent(t -> conclusions.add(statementFor(t.substitute(b))));
    }
    if (conclusions.isEmpty()) {
      return;
    }
    // Carneades names the shared undercutter after the first free argument id, which the first argument
    // then takes too: undercut(a5) undercuts a5 (and its siblings).
    String pseudo = freeArgumentId();
    Stmt undercutter = new Stmt("undercut(" + pseudo + ")", "undercut(" + pseudo + ")", pseudo + " is undercut.",
        true);
    graph.statements.put(undercutter.id, undercutter);
    for (Stmt c : conclusions) {
      Arg a = new Arg(freeArgumentId());
      a.scheme = scheme;
      a.parameters = values.stream().map(Term::toString).toList();
      a.premises.addAll(premises);
      a.undercutter = Optional.of(undercutter);
      a.conclusion = c;
      graph.arguments.put(a.id, a);
      c.args.add(a);
    }
    List<Stmt> exceptions = new ArrayList<>();
    for (String e : scheme.exceptions) {
      Term.parse(e).ifPresent(t -> exceptions.add(statementFor(t.substitute(b))));
    }
    for (Stmt e : exceptions) {
      Arg a = new Arg(freeArgumentId());
      Stmt u = new Stmt("undercut(" + a.id + ")", "undercut(" + a.id + ")", a.id + " is undercut.", true);
      graph.statements.put(u.id, u);
      a.scheme = graph.schemes.get("linked");
      a.premises.add(new Premise("", e));
      a.undercutter = Optional.of(u);
      a.conclusion = undercutter;
      graph.arguments.put(a.id, a);
      undercutter.args.add(a);
    }
  }

  private void addPremises(List<String> patterns, Map<String, Term> b, boolean assumed, List<Premise> out) {
    for (String p : patterns) {
      Optional<Term> t = Term.parse(p).map(x -> x.substitute(b));
      if (t.isEmpty()) {
        continue;
      }
      if (t.get() instanceof Term.Compound c && c.precedence() == 0 && c.functor().equals("argument")) {
        continue; // argument(S,P) premises stay implicit, as in Carneades
      }
      Stmt s = statementFor(t.get());
      if (assumed) {
        graph.assumptions.add(s.id);
      }
      out.add(new Premise("", s));
    }
  }

  private Stmt statementFor(Term t) {
    String id = t.toString();
    Stmt s = graph.statements.get(id);
    if (s == null) {
      s = new Stmt(id, id, text(t), true);
      graph.statements.put(id, s);
    }
    return s;
  }

  /** The language's sentence for a term: its template with the arguments put in, or the term itself. */
  private String text(Term t) {
    if (t instanceof Term.Atom a) {
      return graph.language.getOrDefault(a.name() + "/0", "");
    }
    if (t instanceof Term.Compound c) {
      String template = graph.language.get(c.functor() + "/" + c.args().size());
      if (template == null) {
        return c.toString();
      }
      StringBuilder s = new StringBuilder();
      int next = 0;
      int at = 0;
      int i;
      while ((i = template.indexOf("%v", at)) >= 0) {
        s.append(template, at, i);
        s.append(next < c.args().size() ? c.args().get(next++).toString() : "%!v(MISSING)");
        at = i + 2;
      }
      return s.append(template.substring(at)).toString();
    }
    return t.toString();
  }

  private String freeArgumentId() {
    int i = graph.arguments.size() + 1;
    while (graph.arguments.containsKey("a" + i)) {
      i++;
    }
    return "a" + i;
  }

  private void issues() {
    for (Map.Entry<String, List<String>> e : graph.issueSchemes.entrySet()) {
      List<String> patterns = e.getValue();
      if (patterns.size() < 2) {
        warn("issue scheme " + e.getKey() + " has fewer than two patterns; skipped, as in Carneades");
        continue;
      }
      Optional<Term> first = Term.parse(patterns.get(0));
      if (first.isEmpty()) {
        warn("issue scheme " + e.getKey() + " starts with \"" + patterns.get(0) + "\", which is not a term;"
            + " skipped");
        continue;
      }
      boolean enumeration = patterns.size() == 3 && patterns.get(1).strip().equals("...");
      List<Optional<Term>> others = new ArrayList<>();
      for (String p : patterns.subList(1, patterns.size())) {
        others.add(Term.parse(p));
      }
      for (Stmt s1 : List.copyOf(graph.statements.values())) {
        Optional<Term> t1 = Term.parse(s1.id);
        if (t1.isEmpty()) {
          continue;
        }
        Optional<Map<String, Term>> found = first.get().match(t1.get(), Map.of());
        if (found.isEmpty()) {
          continue;
        }
        Map<String, Term> bindings = found.get();
        Map<String, Term> fixed = new HashMap<>();
        for (Map.Entry<String, Term> b : bindings.entrySet()) {
          if (!Character.isDigit(b.getKey().charAt(b.getKey().length() - 1))) {
            fixed.put(b.getKey(), b.getValue());
          }
        }
        List<Stmt> candidates = new ArrayList<>(List.of(s1));
        for (Stmt s2 : graph.statements.values()) {
          if (s2 == s1) {
            continue;
          }
          Optional<Term> t2 = Term.parse(s2.id);
          if (t2.isEmpty()) {
            continue;
          }
          boolean match = false;
          if (enumeration) {
            match = first.get().match(t2.get(), fixed).isPresent();
          } else {
            for (Optional<Term> p : others) {
              if (p.isEmpty()) {
                continue;
              }
              Optional<Map<String, Term>> m = p.get().match(t2.get(), bindings);
              if (m.isPresent()) {
                bindings = m.get();
                match = true;
                break;
              }
            }
          }
          if (match) {
            candidates.add(s2);
          }
        }
        Issue issue = null;
        List<Stmt> positions = new ArrayList<>();
        for (Stmt c : candidates) {
          if (c.issue != null) {
            if (issue == null) {
              issue = c.issue;
            } else if (c.issue != issue) {
              warn("statement " + c.key + " matches issue scheme " + e.getKey() + " but is already a position of"
                  + " issue " + c.issue.id + "; left there");
              continue;
            }
          }
          positions.add(c);
        }
        if (positions.size() < 2) {
          continue;
        }
        if (issue == null) {
          int n = graph.issues.size() + 1;
          while (graph.issues.containsKey("i" + n)) {
            n++;
          }
          issue = new Issue("i" + n);
          graph.issues.put(issue.id, issue);
        }
        for (Stmt p : positions) {
          if (p.issue == null) {
            p.issue = issue;
            issue.positions.add(p);
          }
        }
      }
    }
  }

  private void warn(String message) {
    warnings.accept(new ImportWarning(0, 0, message));
  }
}
