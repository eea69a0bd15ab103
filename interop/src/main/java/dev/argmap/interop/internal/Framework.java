package dev.argmap.interop.internal;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BaseScoreStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * An argumentation graph as the {@code .af}, {@code .apx}, TGF and {@code .bag} formats hold it: named
 * nodes (with an optional text and base score) and attack and support edges (with a weight). Importers fill
 * one and turn it into a map with {@link #toMap(Consumer)}; exporters take the graph view of a map with
 * {@link #of(ArgumentMap, boolean, ToDoubleFunction)}.
 *
 * <p>What a map cannot hold is kept in the map's extension {@value #EXTENSION}, a JSON object:
 * {@code {"selfEdges": [{"node": "a9", "type": "attack", "weight": 0.5}], "baseScores": {"a": 0.5}}}
 * (self-attacks and self-supports, which an argument cannot express because it may not conclude its own
 * premise; and the base scores of a {@code .bag} file). Members that would be empty are left out.
 */
public final class Framework {
  /** The namespace of the map extension that keeps self-edges and base scores. */
  public static final String EXTENSION = "framework";

  /** The kind of an edge. */
  public enum EdgeType {
    /** The source attacks the target. */
    ATTACK,
    /** The source supports the target. */
    SUPPORT
  }

  /**
   * An edge.
   *
   * @param from the source node
   * @param to the target node
   * @param type attack or support
   * @param weight the weight, in [0, 1]
   * @param line the line it was read from, or 0
   */
  public record Edge(int from, int to, EdgeType type, double weight, int line) {}

  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<Double> bases = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  /** Creates an empty graph. */
  public Framework() {}

  /**
   * Adds a node.
   *
   * @param name its name, unique in the graph
   * @param text its text, or null
   * @param base its base score, or null
   * @return its index, or -1 if a node already has the name
   */
  public int addNode(String name, String text, Double base) {
    if (index.containsKey(name)) {
      return -1;
    }
    index.put(name, names.size());
    names.add(name);
    texts.add(text);
    bases.add(base);
    return names.size() - 1;
  }

  /**
   * Adds an edge.
   *
   * @param edge the edge
   */
  public void addEdge(Edge edge) {
    edges.add(edge);
  }

  /**
   * Returns the index of a node.
   *
   * @param name its name
   * @return its index, or -1
   */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** Returns the number of nodes. */
  public int size() {
    return names.size();
  }

  /** Returns the name of a node. */
  public String name(int node) {
    return names.get(node);
  }

  /** Returns the text of a node, or null. */
  public String text(int node) {
    return texts.get(node);
  }

  /** Returns the base score of a node, or null. */
  public Double base(int node) {
    return bases.get(node);
  }

  /** Returns the edges, in order. */
  public List<Edge> edges() {
    return edges;
  }

  // ---------------------------------------------------------------- graph to map

  /**
   * Turns the graph into a map: one statement per node (identifier from the name, text from the text or
   * else the name), one single-premise argument per edge (attacking or supporting, the edge's weight as its
   * weight), theses by {@link Theses}; self-edges and base scores go into the extension.
   *
   * @param warnings told of repeated edges, which are dropped
   * @return the map
   * @throws MapFormatException if the graph has no node
   */
  public ArgumentMap toMap(Consumer<ImportWarning> warnings) {
    if (names.isEmpty()) {
      throw new MapFormatException("the file declares no argument; a map needs at least one statement");
    }
    Names statementNames = new Names();
    List<Statement> statements = new ArrayList<>(names.size());
    List<StatementId> ids = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String id = statementNames.claim(names.get(i));
      String text = texts.get(i);
      Statement.Builder s = Statement.builder().id(StatementId.of(id))
          .text(text == null || text.isBlank() ? names.get(i) : text);
      statements.add(s.build());
      ids.add(StatementId.of(id));
    }
    Names argumentNames = new Names();
    List<Argument> arguments = new ArrayList<>(edges.size());
    Json.Arr selfEdges = new Json.Arr();
    for (Edge e : distinctEdges(warnings)) {
      if (e.from == e.to) {
        Json.Obj self = new Json.Obj().put("node", ids.get(e.from).value())
            .put("type", e.type == EdgeType.ATTACK ? "attack" : "support");
        if (e.weight != 1.0) {
          self.put("weight", new Json.Num(Double.toString(e.weight)));
        }
        selfEdges.items().add(self);
        continue;
      }
      String verb = e.type == EdgeType.ATTACK ? "-attacks-" : "-supports-";
      arguments.add(Argument.builder()
          .id(ArgumentId.of(argumentNames.claim(ids.get(e.from).value() + verb + ids.get(e.to).value())))
          .addPremises(ids.get(e.from))
          .conclusion(ids.get(e.to))
          .polarity(e.type == EdgeType.ATTACK ? Polarity.ATTACKS : Polarity.SUPPORTS)
          .weight(e.weight)
          .build());
    }
    Json.Obj baseScores = new Json.Obj();
    for (int i = 0; i < names.size(); i++) {
      if (bases.get(i) != null) {
        baseScores.put(ids.get(i).value(), new Json.Num(Double.toString(bases.get(i))));
      }
    }
    ArgumentMap.Builder map = ArgumentMap.builder()
        .addStatements(statements)
        .addArguments(arguments)
        .addTheses(Theses.choose(statements, arguments));
    Json.Obj extension = new Json.Obj();
    if (!selfEdges.items().isEmpty()) {
      extension.put("selfEdges", selfEdges);
    }
    if (!baseScores.members().isEmpty()) {
      extension.put("baseScores", baseScores);
    }
    if (!extension.members().isEmpty()) {
      map.putExtension(EXTENSION, Json.write(extension, false));
    }
    return map.build();
  }

  /**
   * Returns the edges without repetitions, in file order; each repetition is dropped with a warning. The
   * one rule for repeated edges, wherever a framework file is read (a map, or an attack graph).
   *
   * @param warnings told of each repetition
   * @return the distinct edges
   */
  public List<Edge> distinctEdges(Consumer<ImportWarning> warnings) {
    List<Edge> out = new ArrayList<>(edges.size());
    Set<Long> seen = new HashSet<>();
    for (Edge e : edges) {
      long key = (((long) e.from << 32) | (e.to & 0xffffffffL)) * 2 + (e.type == EdgeType.ATTACK ? 0 : 1);
      if (!seen.add(key)) {
        warnings.accept(new ImportWarning(e.line, 0, (e.type == EdgeType.ATTACK ? "attack " : "support ")
            + names.get(e.from) + " -> " + names.get(e.to) + " is repeated; the repetition is dropped"));
        continue;
      }
      out.add(e);
    }
    return out;
  }

  // ---------------------------------------------------------------- map to graph

  /**
   * Returns the graph view of a map, as {@code docs/formats/iccma-af.md} and {@code bag.md} describe it.
   *
   * <ul>
   *   <li>Nodes: every statement, labelled with its identifier, then every argument that cannot be an edge,
   *       labelled with its identifier (or {@code argument:<id>} when a statement has that identifier).
   *   <li>An argument is an edge from its premise to its conclusion (a statement, or an argument's node)
   *       when it has exactly one premise, no argument targets it, and no earlier edge joins the same two
   *       nodes. The edge has the argument's polarity and weight.
   *   <li>Any other argument is a node with an edge of weight 1 to its conclusion; its base score is its
   *       weight times the product of its premises' base scores. In an attack-only graph, everything that
   *       attacks one of its premises also attacks it (premise attack).
   *   <li>Self-edges kept in the extension are added back for statements that still exist.
   * </ul>
   *
   * @param map the map
   * @param attackOnly whether to leave out supports and add premise attacks (for Dung frameworks)
   * @param baseScores the base score of a statement; null for the one kept in the extension, else the scoring
   *     engine's evidence-based one ({@link BaseScoreStrategy#evidence()}: 0.5 without evidence)
   * @return the graph; node texts are the statements' texts (null for argument nodes)
   * @throws MapFormatException if the map's {@value #EXTENSION} extension is not valid
   */
  public static Framework of(ArgumentMap map, boolean attackOnly, ToDoubleFunction<StatementId> baseScores) {
    Json.Obj extension = extension(map);
    Map<String, Double> stored = new HashMap<>();
    Json.Node storedBases = extension.get("baseScores");
    if (storedBases instanceof Json.Obj o) {
      for (Map.Entry<String, Json.Node> e : o.members().entrySet()) {
        if (e.getValue() instanceof Json.Num n) {
          stored.put(e.getKey(), number(n, "baseScores"));
        } else {
          throw badExtension("baseScores." + e.getKey() + " is " + e.getValue().kind() + ", not a number");
        }
      }
    } else if (storedBases != null) {
      throw badExtension("baseScores is " + storedBases.kind() + ", not an object");
    }
    BaseScoreStrategy evidence = BaseScoreStrategy.evidence();
    ToDoubleFunction<StatementId> base = baseScores != null
        ? baseScores
        : id -> stored.containsKey(id.value()) ? stored.get(id.value()) : evidence.baseScore(map, id);

    Framework g = new Framework();
    List<Statement> statements = map.statements();
    for (Statement s : statements) {
      g.addNode(s.id().value(), s.text(), base.applyAsDouble(s.id()));
    }
    Set<ArgumentId> targeted = new HashSet<>();
    for (Argument a : map.arguments()) {
      if (a.conclusion() instanceof ArgumentId t) {
        targeted.add(t);
      }
    }
    // classify: an argument is an edge, or a node
    Set<String> joined = new HashSet<>();
    Map<ArgumentId, Integer> argumentNodes = new LinkedHashMap<>();
    List<Argument> asEdges = new ArrayList<>();
    for (Argument a : map.arguments()) {
      boolean edge = a.premises().size() == 1 && !targeted.contains(a.id())
          && joined.add(a.premises().get(0).value() + "\u0000" + a.targetsArgument() + "\u0000"
              + a.conclusion());
      if (edge) {
        asEdges.add(a);
      } else {
        argumentNodes.put(a.id(), -1);
      }
    }
    for (Argument a : map.arguments()) {
      if (!argumentNodes.containsKey(a.id())) {
        continue;
      }
      String label = a.id().value();
      while (g.indexOf(label) >= 0) {
        label = "argument:" + label;
      }
      double b = a.weight();
      for (StatementId p : a.premises()) {
        b *= g.bases.get(g.indexOf(p.value()));
      }
      argumentNodes.put(a.id(), g.addNode(label, null, b));
    }
    for (Argument a : map.arguments()) {
      EdgeType type = a.polarity() == Polarity.ATTACKS ? EdgeType.ATTACK : EdgeType.SUPPORT;
      int to = node(g, argumentNodes, a.conclusion());
      Integer self = argumentNodes.get(a.id());
      if (self == null) {
        g.addEdge(new Edge(g.indexOf(a.premises().get(0).value()), to, type, a.weight(), 0));
      } else {
        g.addEdge(new Edge(self, to, type, 1.0, 0));
      }
    }
    Json.Node selfEdges = extension.get("selfEdges");
    if (selfEdges instanceof Json.Arr arr) {
      for (Json.Node item : arr.items()) {
        addSelfEdge(g, item, map);
      }
    } else if (selfEdges != null) {
      throw badExtension("selfEdges is " + selfEdges.kind() + ", not an array");
    }
    if (attackOnly) {
      g.edges.removeIf(e -> e.type == EdgeType.SUPPORT);
      Map<Integer, Set<Integer>> attackers = new HashMap<>();
      Set<Long> present = new HashSet<>();
      for (Edge e : g.edges) {
        attackers.computeIfAbsent(e.to, k -> new LinkedHashSet<>()).add(e.from);
        present.add(((long) e.from << 32) | e.to);
      }
      for (Argument a : map.arguments()) {
        Integer k = argumentNodes.get(a.id());
        if (k == null) {
          continue;
        }
        for (StatementId p : a.premises()) {
          for (int x : attackers.getOrDefault(g.indexOf(p.value()), Set.of())) {
            if (present.add(((long) x << 32) | k)) {
              g.addEdge(new Edge(x, k, EdgeType.ATTACK, 1.0, 0));
            }
          }
        }
      }
    }
    return g;
  }

  /**
   * A self-attack or self-support kept in a map's extension.
   *
   * @param node the statement
   * @param type attack or support
   * @param weight the weight, in [0, 1]
   */
  public record SelfEdge(StatementId node, EdgeType type, double weight) {}

  /**
   * Returns the self-edges a map's {@value #EXTENSION} extension keeps, for statements the map has.
   *
   * @param map the map
   * @return the self-edges, in the extension's order
   * @throws MapFormatException if the extension is not valid
   */
  public static List<SelfEdge> selfEdges(ArgumentMap map) {
    Json.Obj extension = extension(map);
    Json.Node selfEdges = extension.get("selfEdges");
    if (selfEdges == null) {
      return List.of();
    }
    Framework g = new Framework();
    for (Statement s : map.statements()) {
      g.addNode(s.id().value(), null, null);
    }
    if (!(selfEdges instanceof Json.Arr arr)) {
      throw badExtension("selfEdges is " + selfEdges.kind() + ", not an array");
    }
    for (Json.Node item : arr.items()) {
      addSelfEdge(g, item, map);
    }
    List<SelfEdge> out = new ArrayList<>();
    for (Edge e : g.edges) {
      out.add(new SelfEdge(StatementId.of(g.names.get(e.from)), e.type, e.weight));
    }
    return out;
  }

  /**
   * Returns how many base scores a map's {@value #EXTENSION} extension keeps.
   *
   * @param map the map
   * @return the count
   * @throws MapFormatException if the extension is not valid
   */
  public static int baseScoreCount(ArgumentMap map) {
    Json.Node bases = extension(map).get("baseScores");
    return bases instanceof Json.Obj o ? o.members().size() : 0;
  }

  /**
   * Returns the {@value #EXTENSION} extension's text for self-edges that a format other than the graph
   * formats carries (AIF, Argdown), or empty when there are none.
   *
   * @param edges the self-edges
   * @return the extension's JSON text
   */
  public static java.util.Optional<String> selfEdgeExtension(List<SelfEdge> edges) {
    if (edges.isEmpty()) {
      return java.util.Optional.empty();
    }
    Json.Arr arr = new Json.Arr();
    for (SelfEdge e : edges) {
      Json.Obj self = new Json.Obj().put("node", e.node().value())
          .put("type", e.type() == EdgeType.ATTACK ? "attack" : "support");
      if (e.weight() != 1.0) {
        self.put("weight", new Json.Num(Double.toString(e.weight())));
      }
      arr.items().add(self);
    }
    return java.util.Optional.of(Json.write(new Json.Obj().put("selfEdges", arr), false));
  }

  private static int node(Framework g, Map<ArgumentId, Integer> argumentNodes, ConclusionId c) {
    if (c instanceof ArgumentId a) {
      return argumentNodes.get(a);
    }
    return g.indexOf(((StatementId) c).value());
  }

  private static void addSelfEdge(Framework g, Json.Node item, ArgumentMap map) {
    if (!(item instanceof Json.Obj o) || !(o.get("node") instanceof Json.Str node)
        || !(o.get("type") instanceof Json.Str type)) {
      throw badExtension("each of selfEdges must be an object with the strings node and type");
    }
    EdgeType t;
    if (type.value().equals("attack")) {
      t = EdgeType.ATTACK;
    } else if (type.value().equals("support")) {
      t = EdgeType.SUPPORT;
    } else {
      throw badExtension("selfEdges type must be attack or support but was " + type.value());
    }
    double w = 1.0;
    if (o.get("weight") instanceof Json.Num n) {
      w = number(n, "selfEdges weight");
    }
    int i = g.indexOf(node.value());
    if (i >= 0 && i < map.statements().size()) {
      g.addEdge(new Edge(i, i, t, w, 0));
    }
  }

  private static double number(Json.Num n, String where) {
    double v;
    try {
      v = Double.parseDouble(n.text());
    } catch (NumberFormatException e) {
      throw badExtension(where + " has the number " + n.text() + ", which is not readable");
    }
    if (!(v >= 0.0 && v <= 1.0)) {
      throw badExtension(where + " must be in [0, 1] but has " + n.text());
    }
    return v;
  }

  private static Json.Obj extension(ArgumentMap map) {
    String text = map.extensions().get(EXTENSION);
    if (text == null) {
      return new Json.Obj();
    }
    Json.Node root;
    try {
      root = Json.parse(text);
    } catch (MapFormatException e) {
      throw badExtension(e.getMessage());
    }
    if (!(root instanceof Json.Obj o)) {
      throw badExtension("it is " + root.kind() + ", not an object");
    }
    return o;
  }

  private static MapFormatException badExtension(String problem) {
    return new MapFormatException("the map's \"" + EXTENSION + "\" extension is not valid: " + problem);
  }
}
