package dev.argmap.interop.carneades;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Issue;
import dev.argmap.interop.carneades.Graph.Label;
import dev.argmap.interop.carneades.Graph.Premise;
import dev.argmap.interop.carneades.Graph.Scheme;
import dev.argmap.interop.carneades.Graph.Standard;
import dev.argmap.interop.carneades.Graph.Stmt;
import dev.argmap.interop.internal.Json;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Interprets a Carneades 4 YAML document (the format of Carneades' {@code examples/AGs/YAML}) as a
 * {@link Graph}. What Carneades rejects is an {@link MapFormatException} at the element's line and column (an
 * unknown statement named as a premise, conclusion, undercutter or position; a statement at two issues; an
 * unknown proof standard, scheme or weighing function); what Carneades ignores (unknown keys) is a warning.
 */
final class GraphReader {
  private static final Set<String> TOP_LEVEL = Set.of("meta", "statements", "issues", "arguments",
      "assumptions", "argument_schemes", "weighing_functions", "issue_schemes", "language", "references",
      "tests");
  private static final Set<String> ARGUMENT_KEYS = Set.of("conclusion", "premises", "undercutter", "scheme",
      "parameters", "meta", "metadata", "weight", "weigth");

  private final Consumer<ImportWarning> warnings;
  private final Map<String, Weigher> weighers = new HashMap<>(Weigher.BASIC);
  private Graph graph;

  private GraphReader(Consumer<ImportWarning> warnings) {
    this.warnings = warnings;
  }

  /**
   * Reads a graph from YAML text.
   *
   * @param in the text; not closed
   * @param warnings told of what was ignored
   * @return the graph, before any argument or issue is derived from its theory
   */
  static Graph read(Reader in, Consumer<ImportWarning> warnings) {
    return interpret(YamlTree.parse(in), warnings);
  }

  /**
   * Interprets a document already parsed.
   *
   * @param root the document
   * @param warnings told of what was ignored
   * @return the graph
   */
  static Graph interpret(Json.Node root, Consumer<ImportWarning> warnings) {
    if (root instanceof Json.Null) {
      root = new Json.Obj(1, 1);
    }
    if (!(root instanceof Json.Obj doc)) {
      throw new MapFormatException("a Carneades file is a mapping (statements:, arguments:, ...) but this is "
          + root.kind(), root.line(), root.column());
    }
    return new GraphReader(warnings).interpretDocument(doc);
  }

  private Graph interpretDocument(Json.Obj doc) {
    graph = new Graph(doc);
    for (Map.Entry<String, Json.Node> e : doc.members().entrySet()) {
      if (!TOP_LEVEL.contains(e.getKey())) {
        warn(e.getValue(), "the key \"" + e.getKey() + "\" is not part of the Carneades format; Carneades"
            + " ignores it (kept in the map's carneades extension)");
      }
    }
    readLanguage(doc.get("language"));
    readStatements(doc.get("statements"));
    readIssues(doc.get("issues"));
    readWeighingFunctions(doc.get("weighing_functions"));
    readSchemes(doc.get("argument_schemes"));
    readArguments(doc.get("arguments"));
    for (Json.Node a : strings(doc.get("assumptions"), "assumptions")) {
      graph.assumptions.add(Term.normalize(((Json.Str) a).value()));
    }
    readIssueSchemes(doc.get("issue_schemes"));
    readTests(doc.get("tests"));
    return graph;
  }

  private void readLanguage(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "language").members().entrySet()) {
      graph.language.put(e.getKey().strip(), scalar(e.getValue(), "the language entry " + e.getKey()));
    }
  }

  private void readStatements(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "statements").members().entrySet()) {
      String key = e.getKey();
      String id = Term.normalize(key);
      Json.Node v = e.getValue();
      String text;
      if (v instanceof Json.Obj o) {
        text = o.get("text") == null || o.get("text") instanceof Json.Null ? ""
            : scalar(o.get("text"), "the text of statement " + key);
        Json.Node assumed = o.get("assumed");
        if (!isAbsent(assumed) && isTrue(assumed, "assumed: of statement " + key)) {
          graph.assumptions.add(id);
        }
      } else if (v instanceof Json.Null) {
        text = "";
      } else {
        text = scalar(v, "the text of statement " + key);
      }
      if (graph.statements.containsKey(id)) {
        warn(v, "statement " + key + " is the same term as statement " + graph.statements.get(id).key
            + "; Carneades keeps one, the last");
      }
      graph.statements.put(id, new Stmt(key, id, text, false));
    }
  }

  private void readIssues(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "issues").members().entrySet()) {
      Issue issue = new Issue(e.getKey());
      Json.Obj o = mapping(e.getValue(), "issue " + e.getKey());
      for (Json.Node p : strings(o.get("positions"), "the positions of issue " + e.getKey())) {
        Stmt s = reference(p, "position of issue " + e.getKey());
        if (s.issue != null && s.issue != issue) {
          throw new MapFormatException("statement " + s.key + " is a position of issues " + s.issue.id + " and "
              + issue.id + "; a statement can be at one issue only", p.line(), p.column());
        }
        s.issue = issue;
        issue.positions.add(s);
      }
      Json.Node std = o.get("standard");
      if (!isAbsent(std)) {
        String name = scalar(std, "the standard of issue " + e.getKey()).strip();
        try {
          issue.standard = name.isEmpty() ? Standard.PE : Standard.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
          throw new MapFormatException("issue " + e.getKey() + " has the proof standard \"" + name + "\"; Carneades"
              + " 4 knows PE (preponderance of the evidence), CCE (clear and convincing evidence) and BRD"
              + " (beyond reasonable doubt)", std.line(), std.column());
        }
      }
      graph.issues.put(issue.id, issue);
    }
  }

  private void readWeighingFunctions(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "weighing_functions").members().entrySet()) {
      weighers.put(e.getKey().toLowerCase(Locale.ROOT), weigher(e.getValue(), e.getKey()));
    }
  }

  private Weigher weigher(Json.Node node, String owner) {
    if (isAbsent(node)) {
      return Weigher.LINKED;
    }
    if (node instanceof Json.Str s) {
      Weigher w = weighers.get(s.value().strip().toLowerCase(Locale.ROOT));
      if (w == null) {
        throw new MapFormatException("the weighing function \"" + s.value() + "\" of " + owner + " is not defined;"
            + " define it under weighing_functions: or use linked, convergent, cumulative or factorized",
            node.line(), node.column());
      }
      return w;
    }
    Json.Obj o = mapping(node, "the weighing function of " + owner);
    if (o.members().size() != 1) {
      throw new MapFormatException("the weighing function of " + owner + " must have exactly one of constant:,"
          + " criteria: or preference:", node.line(), node.column());
    }
    Map.Entry<String, Json.Node> e = o.members().entrySet().iterator().next();
    switch (e.getKey().toLowerCase(Locale.ROOT)) {
      case "constant":
        return Weigher.constant(number(e.getValue(), "constant: of " + owner));
      case "criteria":
        return criteria(mapping(e.getValue(), "criteria: of " + owner), owner);
      case "preference":
        return preference(e.getValue(), owner);
      default:
        throw new MapFormatException("the weighing function of " + owner + " is \"" + e.getKey() + "\"; Carneades"
            + " knows constant:, criteria: and preference:", e.getValue().line(), e.getValue().column());
    }
  }

  private Weigher criteria(Json.Obj o, String owner) {
    List<Integer> hard = new ArrayList<>();
    Map<String, Weigher.Criterion> soft = Weigher.orderedCriteria();
    for (Map.Entry<String, Json.Node> e : o.members().entrySet()) {
      switch (e.getKey().toLowerCase(Locale.ROOT)) {
        case "hard":
          for (Json.Node i : sequence(e.getValue(), "hard: of " + owner)) {
            hard.add((int) number(i, "a hard constraint of " + owner));
          }
          break;
        case "soft":
          for (Map.Entry<String, Json.Node> c : mapping(e.getValue(), "soft: of " + owner).members().entrySet()) {
            Json.Obj co = mapping(c.getValue(), "the criterion " + c.getKey() + " of " + owner);
            double factor = isAbsent(co.get("factor")) ? 0 : number(co.get("factor"), "factor: of " + c.getKey());
            Map<String, Double> values = new java.util.LinkedHashMap<>();
            if (!isAbsent(co.get("values"))) {
              for (Map.Entry<String, Json.Node> v : mapping(co.get("values"), "values: of " + c.getKey())
                  .members().entrySet()) {
                double x = number(v.getValue(), "the value " + v.getKey() + " of " + c.getKey());
                if (x < 0 || x > 1) {
                  throw new MapFormatException("the value " + v.getKey() + " of criterion " + c.getKey() + " is " + x
                      + "; values lie in [0, 1]", v.getValue().line(), v.getValue().column());
                }
                values.put(v.getKey(), x);
              }
            }
            soft.put(c.getKey(), new Weigher.Criterion(factor, values));
          }
          break;
        default:
          throw new MapFormatException("criteria: of " + owner + " has \"" + e.getKey() + "\"; Carneades knows hard:"
              + " and soft:", e.getValue().line(), e.getValue().column());
      }
    }
    return Weigher.criteria(hard, soft);
  }

  private Weigher preference(Json.Node node, String owner) {
    List<Json.Node> items = node instanceof Json.Arr a ? a.items() : List.of(node);
    List<Weigher.PropertyOrder> orders = new ArrayList<>();
    for (Json.Node item : items) {
      Json.Obj o = mapping(item, "a preference of " + owner);
      String property = null;
      boolean ascending = false;
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, Json.Node> e : o.members().entrySet()) {
        switch (e.getKey().toLowerCase(Locale.ROOT)) {
          case "property":
            property = scalar(e.getValue(), "property: of " + owner);
            break;
          case "order":
            if (e.getValue() instanceof Json.Arr list) {
              for (Json.Node v : list.items()) {
                values.add(scalar(v, "an order value of " + owner).toLowerCase(Locale.ROOT));
              }
            } else {
              String order = scalar(e.getValue(), "order: of " + owner).strip().toLowerCase(Locale.ROOT);
              if (!order.equals("ascending") && !order.equals("descending")) {
                throw new MapFormatException("order: of " + owner + " is \"" + order + "\"; write ascending,"
                    + " descending or a list of values, weakest first", e.getValue().line(), e.getValue().column());
              }
              ascending = order.equals("ascending");
            }
            break;
          default:
            throw new MapFormatException("a preference of " + owner + " has \"" + e.getKey() + "\"; Carneades knows"
                + " property: and order:", e.getValue().line(), e.getValue().column());
        }
      }
      if (property == null) {
        throw new MapFormatException("a preference of " + owner + " names no property:", item.line(), item.column());
      }
      orders.add(new Weigher.PropertyOrder(property, ascending, values));
    }
    return Weigher.preference(orders);
  }

  private void readSchemes(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Json.Node item : sequence(node, "argument_schemes")) {
      Json.Obj o = mapping(item, "an argument scheme");
      if (isAbsent(o.get("id"))) {
        throw new MapFormatException("an argument scheme has no id:", item.line(), item.column());
      }
      Scheme s = new Scheme(scalar(o.get("id"), "the id of an argument scheme").strip());
      if (o.get("meta") instanceof Json.Obj meta) {
        s.meta = meta;
      }
      s.weigher = weigher(o.get("weight"), "scheme " + s.id);
      s.variables = texts(o.get("variables"), "variables: of scheme " + s.id);
      s.premises = texts(o.get("premises"), "premises: of scheme " + s.id);
      s.assumptions = texts(o.get("assumptions"), "assumptions: of scheme " + s.id);
      s.exceptions = texts(o.get("exceptions"), "exceptions: of scheme " + s.id);
      s.conclusions = texts(o.get("conclusions"), "conclusions: of scheme " + s.id);
      s.deletions = texts(o.get("deletions"), "deletions: of scheme " + s.id);
      s.guards = texts(o.get("guards"), "guards: of scheme " + s.id);
      graph.schemes.put(s.id, s);
      graph.declaredSchemes.add(s);
    }
  }

  private void readArguments(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "arguments").members().entrySet()) {
      String id = e.getKey().strip();
      Arg arg = new Arg(id);
      Json.Obj o = mapping(e.getValue(), "argument " + id);
      for (Map.Entry<String, Json.Node> m : o.members().entrySet()) {
        if (!ARGUMENT_KEYS.contains(m.getKey().toLowerCase(Locale.ROOT))) {
          warn(m.getValue(), "argument " + id + " has \"" + m.getKey() + "\", which Carneades does not read;"
              + " ignored (kept in the map's carneades extension)");
        }
      }
      Json.Node c = o.get("conclusion");
      if (isAbsent(c)) {
        throw new MapFormatException("argument " + id + " has no conclusion:", e.getValue().line(),
            e.getValue().column());
      }
      arg.conclusion = reference(c, "conclusion of argument " + id);
      Json.Node premises = o.get("premises");
      if (premises instanceof Json.Obj roles) {
        for (Map.Entry<String, Json.Node> r : roles.members().entrySet()) {
          arg.premises.add(new Premise(r.getKey().toLowerCase(Locale.ROOT),
              reference(r.getValue(), "premise " + r.getKey() + " of argument " + id)));
        }
      } else {
        for (Json.Node p : strings(premises, "the premises of argument " + id)) {
          arg.premises.add(new Premise("", reference(p, "premise of argument " + id)));
        }
      }
      Json.Node u = o.get("undercutter");
      if (!isAbsent(u)) {
        arg.undercutter = Optional.of(reference(u, "undercutter of argument " + id));
      }
      Json.Node scheme = o.get("scheme");
      String schemeId = isAbsent(scheme) ? "linked" : scalar(scheme, "the scheme of argument " + id).strip();
      arg.scheme = graph.schemes.get(schemeId);
      if (arg.scheme == null) {
        throw new MapFormatException("argument " + id + " names the scheme \"" + schemeId + "\", which is not"
            + " defined; declare it under argument_schemes: or use linked, convergent, cumulative or factorized",
            scheme.line(), scheme.column());
      }
      arg.parameters = texts(o.get("parameters"), "parameters: of argument " + id);
      arg.conclusion.args.add(arg);
      graph.arguments.put(id, arg);
    }
  }

  private void readIssueSchemes(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "issue_schemes").members().entrySet()) {
      graph.issueSchemes.put(e.getKey(), texts(e.getValue(), "the issue scheme " + e.getKey()));
    }
  }

  private void readTests(Json.Node node) {
    if (isAbsent(node)) {
      return;
    }
    for (Map.Entry<String, Json.Node> e : mapping(node, "tests").members().entrySet()) {
      Label label;
      switch (e.getKey().toLowerCase(Locale.ROOT)) {
        case "in":
          label = Label.IN;
          break;
        case "out":
          label = Label.OUT;
          break;
        case "undecided":
          label = Label.UNDECIDED;
          break;
        default:
          warn(e.getValue(), "tests: has \"" + e.getKey() + "\"; Carneades reads in:, out: and undecided:");
          continue;
      }
      for (String key : texts(e.getValue(), "tests: " + e.getKey())) {
        graph.expected.put(key, label);
      }
    }
  }

  // ---- helpers

  private Stmt reference(Json.Node node, String role) {
    String key = scalar(node, "the " + role);
    Stmt s = graph.statement(key);
    if (s == null) {
      throw new MapFormatException("the " + role + " is \"" + key + "\", which is not a statement of the file;"
          + " declare it under statements:", node.line(), node.column());
    }
    return s;
  }

  private static boolean isAbsent(Json.Node node) {
    return node == null || node instanceof Json.Null;
  }

  private static Json.Obj mapping(Json.Node node, String what) {
    if (node instanceof Json.Obj o) {
      return o;
    }
    if (node instanceof Json.Null) {
      return new Json.Obj(node.line(), node.column());
    }
    throw new MapFormatException(what + " must be a mapping (key: value lines) but is " + node.kind(),
        node.line(), node.column());
  }

  private static List<Json.Node> sequence(Json.Node node, String what) {
    if (isAbsent(node)) {
      return List.of();
    }
    if (node instanceof Json.Arr a) {
      return a.items();
    }
    throw new MapFormatException(what + " must be a list but is " + node.kind(), node.line(), node.column());
  }

  /** A list of scalars, or one scalar standing for a list of one, as Carneades accepts. */
  private static List<Json.Node> strings(Json.Node node, String what) {
    if (isAbsent(node)) {
      return List.of();
    }
    List<Json.Node> items = node instanceof Json.Arr a ? a.items() : List.of(node);
    List<Json.Node> out = new ArrayList<>(items.size());
    for (Json.Node item : items) {
      out.add(new Json.Str(scalar(item, "an item of " + what), item.line(), item.column()));
    }
    return out;
  }

  private static List<String> texts(Json.Node node, String what) {
    List<String> out = new ArrayList<>();
    for (Json.Node n : strings(node, what)) {
      out.add(((Json.Str) n).value());
    }
    return List.copyOf(out);
  }

  private static String scalar(Json.Node node, String what) {
    if (node instanceof Json.Str s) {
      return s.value();
    }
    if (node instanceof Json.Num n) {
      return n.text();
    }
    if (node instanceof Json.Bool b) {
      return Boolean.toString(b.value());
    }
    throw new MapFormatException(what + " must be a single value but is " + node.kind(), node.line(),
        node.column());
  }

  /**
   * A YAML boolean: true or false, and, since Carneades reads YAML 1.1, also yes/no, on/off, y/n as strings
   * (YAML 1.2, which the parser follows, reads those as text), or the number 1 or 0.
   */
  private static boolean isTrue(Json.Node node, String what) {
    if (node instanceof Json.Bool b) {
      return b.value();
    }
    if (node instanceof Json.Num n && (n.decimal().equals("1") || n.decimal().equals("0"))) {
      return n.decimal().equals("1");
    }
    if (node instanceof Json.Str s) {
      switch (s.value().strip().toLowerCase(Locale.ROOT)) {
        case "yes", "on", "y", "true":
          return true;
        case "no", "off", "n", "false":
          return false;
        default:
          break;
      }
    }
    throw new MapFormatException(what + " must be true or false, not " + node.kind(), node.line(), node.column());
  }

  private static double number(Json.Node node, String what) {
    if (node instanceof Json.Num n) {
      double d = Double.parseDouble(n.text());
      if (Double.isFinite(d)) {
        return d;
      }
    }
    if (node instanceof Json.Str s) {
      try {
        double d = Double.parseDouble(s.value().strip());
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new MapFormatException(what + " must be a number", node.line(), node.column());
  }

  private void warn(Json.Node at, String message) {
    warnings.accept(new ImportWarning(Math.max(0, at.line()), Math.max(0, at.column()), message));
  }
}
