package dev.argmap.interop.carneades;

import dev.argmap.interop.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Carneades argument graph as Carneades' evaluation sees it: statements (some positions of issues, some
 * assumed), arguments with premises, a conclusion, an optional undercutter and a scheme whose weighing
 * function gives the argument's weight, and the theory (argument schemes, issue schemes, language) from
 * which further arguments and issues are derived. Statements are keyed by their {@link Term#normalize normal}
 * key and kept in the order of the file; derived ones follow. Mutable while read and derived; not shared.
 */
final class Graph {
  /** The document as read, for writing back what the map cannot hold. */
  final Json.Obj document;
  final Map<String, Stmt> statements = new LinkedHashMap<>();
  final Map<String, Issue> issues = new LinkedHashMap<>();
  final Map<String, Arg> arguments = new LinkedHashMap<>();
  /** Normal keys of what is assumed: statements, and for the theory also facts that are no statement. */
  final Set<String> assumptions = new LinkedHashSet<>();
  /** The schemes an argument may name: the four basic ones and those of the file. */
  final Map<String, Scheme> schemes = new LinkedHashMap<>();
  /** The schemes declared in the file, in order. */
  final List<Scheme> declaredSchemes = new ArrayList<>();
  /** Issue scheme name to its patterns. */
  final Map<String, List<String>> issueSchemes = new LinkedHashMap<>();
  /** {@code functor/arity} to a template with {@code %v} for each argument. */
  final Map<String, String> language = new LinkedHashMap<>();
  /** The {@code tests:} section: key as written to the label expected. */
  final Map<String, Label> expected = new LinkedHashMap<>();

  Graph(Json.Obj document) {
    this.document = document;
    for (Scheme s : Scheme.basic()) {
      schemes.put(s.id, s);
    }
  }

  /** A statement. */
  static final class Stmt {
    /** The key as the file writes it (for derived statements: the normal key). */
    final String key;
    /** The normal key. */
    final String id;
    String text;
    Issue issue;
    final List<Arg> args = new ArrayList<>();
    /** Made by instantiating a scheme, not read from the file. */
    final boolean derived;

    Stmt(String key, String id, String text, boolean derived) {
      this.key = key;
      this.id = id;
      this.text = text;
      this.derived = derived;
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** An issue: positions of which at most one is accepted, by a proof standard. */
  static final class Issue {
    final String id;
    final List<Stmt> positions = new ArrayList<>();
    Standard standard = Standard.PE;

    Issue(String id) {
      this.id = id;
    }
  }

  /** A premise, with its role (empty when the premises are a list). */
  record Premise(String role, Stmt stmt) {}

  /** An argument. */
  static final class Arg {
    final String id;
    final List<Premise> premises = new ArrayList<>();
    Stmt conclusion;
    Optional<Stmt> undercutter = Optional.empty();
    Scheme scheme;
    List<String> parameters = List.of();

    Arg(String id) {
      this.id = id;
    }
  }

  /**
   * The proof standards of Carneades 4: preponderance of the evidence (the winner outweighs every other
   * position), clear and convincing evidence (and by more than 0.5), beyond reasonable doubt (and every other
   * position weighs less than 0.3).
   */
  enum Standard {
    PE, CCE, BRD;

    /** Whether a position of weight {@code w1} beats one of weight {@code w2} under this standard. */
    boolean beats(double w1, double w2) {
      switch (this) {
        case PE:
          return w1 > w2;
        case CCE:
          return w1 > w2 && w1 - w2 > 0.5;
        case BRD:
          return w1 > w2 && w1 - w2 > 0.5 && w2 < 0.3;
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** The three labels. */
  enum Label {
    UNDECIDED, IN, OUT
  }

  /** An argument scheme: a weighing function and, for deriving arguments, patterns with variables. */
  static final class Scheme {
    final String id;
    Json.Obj meta = new Json.Obj();
    Weigher weigher = Weigher.LINKED;
    List<String> variables = List.of();
    List<String> premises = List.of();
    List<String> assumptions = List.of();
    List<String> exceptions = List.of();
    List<String> conclusions = List.of();
    List<String> deletions = List.of();
    List<String> guards = List.of();

    Scheme(String id) {
      this.id = id;
    }

    static List<Scheme> basic() {
      List<Scheme> b = new ArrayList<>();
      for (Map.Entry<String, Weigher> e : Weigher.BASIC.entrySet()) {
        Scheme s = new Scheme(e.getKey());
        s.weigher = e.getValue();
        b.add(s);
      }
      return b;
    }
  }

  /** Returns the statement with a key as written anywhere (normalized first), or null. */
  Stmt statement(String key) {
    return statements.get(Term.normalize(key));
  }
}
