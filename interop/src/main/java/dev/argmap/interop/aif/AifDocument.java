package dev.argmap.interop.aif;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import dev.argmap.interop.internal.Json;
import dev.argmap.interop.internal.Names;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How argmap reads an AIF document: which nodes are statements and arguments, and which edges are their
 * premises and conclusions. The importer builds the map from it; the exporter reads the document kept in
 * the map's extension the same way, so that it knows which nodes and edges the map's elements stand for.
 */
final class AifDocument {
  /** The texts that name no scheme: the bare type, or the default names AIFdb and OVA give. */
  private static final Set<String> DEFAULT_TEXTS = Set.of("", "ra", "ca", "default inference",
      "default conflict", "inference", "conflict");

  static final String DEFAULT_RA = "Default Inference";
  static final String DEFAULT_CA = "Default Conflict";

  /** A node of the document. */
  static final class NodeInfo {
    final int index;
    final String key;
    final Json.Node id;
    final String type;
    final String text;
    final Json.Obj obj;

    NodeInfo(int index, String key, Json.Node id, String type, String text, Json.Obj obj) {
      this.index = index;
      this.key = key;
      this.id = id;
      this.type = type;
      this.text = text;
      this.obj = obj;
    }
  }

  /** An edge of the document. */
  static final class EdgeInfo {
    final int index;
    final String from;
    final String to;
    final Json.Obj obj;

    EdgeInfo(int index, String from, String to, Json.Obj obj) {
      this.index = index;
      this.from = from;
      this.to = to;
      this.obj = obj;
    }
  }

  /** An RA or CA node read as an argument. */
  static final class ArgInfo {
    final NodeInfo node;
    ArgumentId id;
    final Polarity polarity;
    final List<String> premises = new ArrayList<>();
    final List<Integer> premiseEdges = new ArrayList<>();
    String conclusion;
    int conclusionEdge = -1;
    final String scheme;

    ArgInfo(NodeInfo node, Polarity polarity, String scheme) {
      this.node = node;
      this.polarity = polarity;
      this.scheme = scheme;
    }
  }

  final Json.Obj root;
  /** The object holding nodes and edges: the root, or its "AIF" member. */
  final Json.Obj aif;
  final List<NodeInfo> nodes = new ArrayList<>();
  final Map<String, NodeInfo> byKey = new HashMap<>();
  final List<EdgeInfo> edges = new ArrayList<>();
  /** I-node key to statement, in node order. */
  final Map<String, StatementId> statements = new LinkedHashMap<>();
  /** The text of each statement, as the map gets it. */
  final Map<String, String> statementTexts = new HashMap<>();
  /** RA/CA node key to argument, in node order. */
  final Map<String, ArgInfo> arguments = new LinkedHashMap<>();
  /**
   * RA/CA node key to the self-attack or self-support it is: one premise that is also its conclusion, as
   * a framework's self-attack is written in AIF; in node order.
   */
  final Map<String, SelfInfo> selfEdges = new LinkedHashMap<>();

  /**
   * A self-attack (CA) or self-support (RA) of an I-node.
   *
   * @param node the I-node's key
   * @param polarity attack for a CA node, support for an RA node
   */
  record SelfInfo(String node, Polarity polarity) {}

  private AifDocument(Json.Obj root, Json.Obj aif) {
    this.root = root;
    this.aif = aif;
  }

  /** The key of an ID: a string as it is, a number in decimal form; null for anything else. */
  static String key(Json.Node id) {
    if (id instanceof Json.Str s) {
      return s.value();
    }
    if (id instanceof Json.Num n) {
      return n.decimal();
    }
    return null;
  }

  /**
   * Reads a document.
   *
   * @param root the parsed document
   * @param warnings told of everything tolerated
   * @return the reading
   * @throws MapFormatException if the document has no nodes to read
   */
  static AifDocument interpret(Json.Node root, Consumer<ImportWarning> warnings) {
    if (!(root instanceof Json.Obj r)) {
      throw new MapFormatException("an AIF document is a JSON object with \"nodes\" and \"edges\" (or an xAIF"
          + " object with \"AIF\"), but this one is " + root.kind(), root.line(), root.column());
    }
    Json.Obj aif = r;
    Json.Node wrapped = r.get("AIF");
    if (wrapped instanceof Json.Obj w) {
      aif = w;
    } else if (wrapped != null && !(wrapped instanceof Json.Null) || wrapped == null && r.get("nodes") == null) {
      Json.Node at = wrapped != null ? wrapped : r;
      throw new MapFormatException(wrapped != null
          ? "\"AIF\" must be an object with \"nodes\" and \"edges\" but is " + wrapped.kind()
          : "not an AIF document: the object has neither \"nodes\" nor \"AIF\"", at.line(), at.column());
    }
    AifDocument d = new AifDocument(r, aif);
    d.readNodes(warnings);
    d.readEdges(warnings);
    d.readArguments(warnings);
    return d;
  }

  private Json.Arr array(String name, Consumer<ImportWarning> warnings) {
    Json.Node n = aif.get(name);
    if (n == null || n instanceof Json.Null) {
      return null;
    }
    if (!(n instanceof Json.Arr a)) {
      throw new MapFormatException("\"" + name + "\" must be an array but is " + n.kind(), n.line(), n.column());
    }
    return a;
  }

  private void readNodes(Consumer<ImportWarning> warnings) {
    Json.Arr array = array("nodes", warnings);
    if (array == null) {
      return;
    }
    Names statementNames = new Names();
    for (int i = 0; i < array.items().size(); i++) {
      Json.Node item = array.items().get(i);
      if (!(item instanceof Json.Obj o)) {
        warnings.accept(new ImportWarning(item.line(), item.column(),
            "node " + i + " is " + item.kind() + ", not an object; it is kept for writing back only"));
        continue;
      }
      Json.Node id = o.get("nodeID");
      String key = key(id);
      if (key == null) {
        warnings.accept(new ImportWarning(o.line(), o.column(), "node " + i + " has "
            + (id == null ? "no nodeID" : "a nodeID that is " + id.kind())
            + "; it is kept for writing back only"));
        continue;
      }
      String type = o.get("type") instanceof Json.Str t ? t.value().trim().toUpperCase(Locale.ROOT) : "";
      String text = o.get("text") instanceof Json.Str t ? t.value() : "";
      NodeInfo node = new NodeInfo(i, key, id, type, text, o);
      if (byKey.containsKey(key)) {
        warnings.accept(new ImportWarning(o.line(), o.column(), "node " + key
            + " appears again; edges refer to its first occurrence, this one is kept for writing back only"));
        continue;
      }
      if (type.isEmpty()) {
        warnings.accept(new ImportWarning(o.line(), o.column(),
            "node " + key + " has no type; it is kept for writing back only"));
      }
      nodes.add(node);
      byKey.put(key, node);
      if (type.equals("I")) {
        StatementId s = StatementId.of(statementNames.claim(key));
        statements.put(key, s);
        String clean = text.strip();
        if (clean.isEmpty()) {
          clean = "(I-node " + key + " has no text)";
          warnings.accept(new ImportWarning(o.line(), o.column(),
              "I-node " + key + " has no text; the statement says so"));
        }
        statementTexts.put(key, clean);
      }
    }
  }

  private void readEdges(Consumer<ImportWarning> warnings) {
    Json.Arr array = array("edges", warnings);
    if (array == null) {
      return;
    }
    for (int i = 0; i < array.items().size(); i++) {
      Json.Node item = array.items().get(i);
      if (!(item instanceof Json.Obj o)) {
        warnings.accept(new ImportWarning(item.line(), item.column(),
            "edge " + i + " is " + item.kind() + ", not an object; it is kept for writing back only"));
        continue;
      }
      String from = key(o.get("fromID"));
      String to = key(o.get("toID"));
      String name = key(o.get("edgeID"));
      String edge = name == null ? "edge " + i : "edge " + name;
      if (from == null || to == null) {
        warnings.accept(new ImportWarning(o.line(), o.column(),
            edge + " lacks " + (from == null ? "fromID" : "toID") + "; it is kept for writing back only"));
        continue;
      }
      for (String end : new String[] {from, to}) {
        if (!byKey.containsKey(end)) {
          warnings.accept(new ImportWarning(o.line(), o.column(),
              edge + " refers to node " + end + ", which is not in the file; it is kept for writing back only"));
        }
      }
      edges.add(new EdgeInfo(i, from, to, o));
    }
  }

  private void readArguments(Consumer<ImportWarning> warnings) {
    for (NodeInfo n : nodes) {
      if (n.type.equals("RA") || n.type.equals("CA")) {
        Polarity polarity = n.type.equals("RA") ? Polarity.SUPPORTS : Polarity.ATTACKS;
        arguments.put(n.key, new ArgInfo(n, polarity, scheme(n)));
      }
    }
    for (EdgeInfo e : edges) {
      NodeInfo from = byKey.get(e.from);
      NodeInfo to = byKey.get(e.to);
      if (from == null || to == null) {
        continue;
      }
      ArgInfo target = arguments.get(e.to);
      if (target != null && from.type.equals("I") && !target.premises.contains(e.from)) {
        target.premises.add(e.from);
        target.premiseEdges.add(e.index);
      }
      ArgInfo source = arguments.get(e.from);
      if (source != null && !e.from.equals(e.to)
          && (to.type.equals("I") || arguments.containsKey(e.to))) {
        if (source.conclusion == null) {
          source.conclusion = e.to;
          source.conclusionEdge = e.index;
        } else {
          warnings.accept(new ImportWarning(e.obj.line(), e.obj.column(), from.type + " node " + e.from
              + " has a second conclusion, node " + e.to + "; only the first, node " + source.conclusion
              + ", is its conclusion in the map, this edge is kept for writing back only"));
        }
      }
    }
    for (ArgInfo a : new ArrayList<>(arguments.values())) {
      String problem = null;
      if (a.premises.isEmpty()) {
        problem = "has no premise (no edge from an I-node)";
      } else if (a.conclusion == null) {
        problem = "has no conclusion (no edge to an I-node, RA or CA)";
      } else if (a.premises.size() == 1 && a.premises.get(0).equals(a.conclusion)) {
        selfEdges.put(a.node.key, new SelfInfo(a.conclusion, a.polarity));
        arguments.remove(a.node.key);
        continue;
      } else if (a.premises.contains(a.conclusion)) {
        problem = "concludes its own premise " + a.conclusion;
      }
      if (problem != null) {
        warnings.accept(new ImportWarning(a.node.obj.line(), a.node.obj.column(), a.node.type + " node "
            + a.node.key + " " + problem + "; it is kept for writing back only, not as an argument"));
        arguments.remove(a.node.key);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ArgInfo a : new ArrayList<>(arguments.values())) {
        NodeInfo c = byKey.get(a.conclusion);
        if (!c.type.equals("I") && !arguments.containsKey(a.conclusion) || a.conclusion.equals(a.node.key)) {
          warnings.accept(new ImportWarning(a.node.obj.line(), a.node.obj.column(), a.node.type + " node "
              + a.node.key + " concludes node " + a.conclusion + ", which is not an argument of the map;"
              + " it is kept for writing back only, not as an argument"));
          arguments.remove(a.node.key);
          changed = true;
        }
      }
    }
    Names argumentNames = new Names();
    for (ArgInfo a : arguments.values()) {
      a.id = ArgumentId.of(argumentNames.claim(a.node.key));
    }
  }

  /** The conclusion of an argument as the map has it. */
  ConclusionId conclusionOf(ArgInfo a) {
    StatementId s = statements.get(a.conclusion);
    return s != null ? s : arguments.get(a.conclusion).id;
  }

  /** The scheme a node names: its "scheme", else its text, unless that is a default name. */
  static String scheme(NodeInfo n) {
    if (n.obj.get("scheme") instanceof Json.Str s && !s.value().isBlank()
        && !DEFAULT_TEXTS.contains(s.value().strip().toLowerCase(Locale.ROOT))) {
      return s.value().strip();
    }
    String text = n.text.strip();
    if (DEFAULT_TEXTS.contains(text.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return text;
  }

  /** Whether a node's text is a default name, with no scheme in it. */
  static boolean hasDefaultText(NodeInfo n) {
    return DEFAULT_TEXTS.contains(n.text.strip().toLowerCase(Locale.ROOT));
  }
}
