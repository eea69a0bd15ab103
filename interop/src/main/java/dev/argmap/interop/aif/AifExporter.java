package dev.argmap.interop.aif;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.MapExporter;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Json;
import dev.argmap.interop.internal.Losses;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a map as AIF JSON.
 *
 * <p>A map read by {@link AifImporter} carries its document in the {@code "aif"} extension; the exporter
 * starts from that document and writes every node, edge, locution and other member back as it was read,
 * changed only where the map was: an I-node whose statement's text changed gets the new text, a node whose
 * statement or argument was removed is left out with its edges, an RA/CA node whose polarity or scheme
 * changed gets the new type, text and {@code scheme}, a premise or conclusion edge the map no longer has is
 * left out, and new statements, arguments and their edges are added. Nodes and edges the map does not
 * stand for (L, YA, TA, MA, ...) are kept as long as both their ends are.
 *
 * <p>Any other map is written as a plain AIFdb nodeset {@code {"nodes", "edges", "locutions": []}}: one
 * I-node per statement (nodeID: its identifier), one RA node per supporting and one CA node per attacking
 * argument (nodeID: its identifier, or {@code argument:<id>} when a statement already has it; text: its
 * scheme, else {@code "Default Inference"} or {@code "Default Conflict"}), an edge from each premise to the
 * argument and one from the argument to its conclusion; edges are numbered {@code "1"}, {@code "2"}, ...
 * Evidence, sources, weights, labels, notes, titles and tags have no place in AIF and are left out; see
 * {@code docs/formats/aif.md}.
 *
 * <p>{@link #forAifdb(Instant)} writes the nodes it adds as AIFdb and OVA expect them: numeric node and edge
 * identifiers (as strings, after the largest numeric identifier in the document), a {@code timestamp}
 * ({@code yyyy-MM-dd HH:mm:ss}, UTC, the instant given, so that the output stays deterministic), a
 * {@code scheme} and, for the default schemes, the {@code schemeID} of AIFdb's scheme vocabulary
 * ({@code "72"} Default Inference, {@code "71"} Default Conflict); edges get {@code "formEdgeID": null}.
 * Nodes read from a document keep their identifiers and members, so a file read and written back is
 * unchanged either way.
 *
 * <p>The output is indented JSON with one node or edge per line. Immutable and thread-safe.
 */
public final class AifExporter implements MapExporter {
  /** AIFdb's identifier of the scheme {@code Default Inference}. */
  static final String DEFAULT_INFERENCE_ID = "72";
  /** AIFdb's identifier of the scheme {@code Default Conflict}. */
  static final String DEFAULT_CONFLICT_ID = "71";
  private static final DateTimeFormatter AIFDB_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** The timestamp of added nodes, when writing for AIFdb; null otherwise. */
  private final Instant aifdb;

  /** Creates the exporter. */
  public AifExporter() {
    this(null);
  }

  private AifExporter(Instant aifdb) {
    this.aifdb = aifdb;
  }

  /**
   * Returns an exporter that writes the nodes it adds as AIFdb and OVA expect them: numeric identifiers, a
   * timestamp, and scheme identifiers from AIFdb's vocabulary for the default schemes.
   *
   * @param timestamp the time to stamp on added nodes (for example {@code Instant.now()})
   * @return the exporter
   */
  public static AifExporter forAifdb(Instant timestamp) {
    return new AifExporter(Objects.requireNonNull(timestamp, "timestamp"));
  }

  @Override
  public MapFormat format() {
    return InteropFormats.AIF;
  }

  @Override
  public LossReport losses(ArgumentMap map) {
    return Losses.report(format(), Objects.requireNonNull(map, "map"));
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    String kept = map.extensions().get(AifImporter.EXTENSION);
    Json.Node document = kept == null ? emptyDocument() : unwrap(kept);
    AifDocument doc;
    try {
      doc = AifDocument.interpret(document, w -> {});
    } catch (MapFormatException e) {
      throw invalid(e.problem());
    }
    new Merge(doc, map, aifdb).run();
    out.write(Json.write(doc.root, true));
    out.write('\n');
    out.flush();
  }

  /** The extension's text for a document: {@code {"version": 1, "document": ...}}, compact. */
  static String wrap(Json.Node document) {
    return Json.write(new Json.Obj().put("version", new Json.Num("1")).put("document", document), false);
  }

  private static Json.Node unwrap(String text) {
    Json.Node root;
    try {
      root = Json.parse(text);
    } catch (MapFormatException e) {
      throw invalid(e.getMessage());
    }
    if (root instanceof Json.Obj o && o.get("document") != null) {
      return o.get("document");
    }
    return root; // a bare document is accepted too
  }

  private static MapFormatException invalid(String problem) {
    return new MapFormatException("the map's \"" + AifImporter.EXTENSION + "\" extension is not valid: "
        + problem);
  }

  private static Json.Obj emptyDocument() {
    return new Json.Obj().put("nodes", new Json.Arr()).put("edges", new Json.Arr())
        .put("locutions", new Json.Arr());
  }

  /** The document brought in line with the map. */
  private static final class Merge {
    private final AifDocument doc;
    private final ArgumentMap map;
    private final Set<String> takenNodeIds = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<StatementId, Json.Node> statementNodes = new HashMap<>();
    private final Map<ArgumentId, Json.Node> argumentNodes = new HashMap<>();
    private final Set<String> covered = new HashSet<>();
    private final Set<String> takenEdgeIds = new HashSet<>();
    /** The map's self-edges not yet in the document. */
    private final Set<Framework.SelfEdge> selfEdges = new java.util.LinkedHashSet<>();
    private long nextEdge = 1;
    private boolean numericEdgeIds;
    private boolean formEdgeId;

    /** The timestamp of added nodes when writing for AIFdb, else null. */
    private final String timestamp;
    private long nextNode = 1;

    Merge(AifDocument doc, ArgumentMap map, Instant aifdb) {
      this.doc = doc;
      this.map = map;
      this.timestamp = aifdb == null ? null : AIFDB_TIME.format(aifdb);
    }

    /** A node added to the document: its identifier, text and type, and for AIFdb its timestamp. */
    private Json.Obj newNode(Json.Str id, String text, String type) {
      Json.Obj node = new Json.Obj().put("nodeID", id).put("text", text).put("type", type);
      if (timestamp != null) {
        node.put("timestamp", timestamp);
      }
      return node;
    }

    void run() {
      for (Framework.SelfEdge e : Framework.selfEdges(map)) {
        selfEdges.add(new Framework.SelfEdge(e.node(), e.type(), 1.0)); // AIF has no weights
      }
      Json.Arr nodes = array("nodes");
      Json.Arr edges = array("edges");
      for (Json.Node item : nodes.items()) {
        if (item instanceof Json.Obj o && AifDocument.key(o.get("nodeID")) != null) {
          String key = AifDocument.key(o.get("nodeID"));
          takenNodeIds.add(key);
          try {
            nextNode = Math.max(nextNode, Long.parseLong(key) + 1);
          } catch (NumberFormatException e) {
            // not a number: it cannot clash with the numbers handed out
          }
        }
      }
      if (timestamp != null && edgeCount() == 0) {
        formEdgeId = true; // AIFdb's edges carry formEdgeID
      }
      List<Json.Node> keptNodes = new ArrayList<>();
      for (int i = 0; i < nodes.items().size(); i++) {
        if (keepNode(i)) {
          keptNodes.add(nodes.items().get(i));
        }
      }
      nodes.items().clear();
      nodes.items().addAll(keptNodes);
      for (Statement s : map.statements()) {
        if (!statementNodes.containsKey(s.id())) {
          Json.Str id = new Json.Str(claimNodeId(s.id().value(), "statement:"));
          nodes.items().add(newNode(id, s.text(), "I"));
          statementNodes.put(s.id(), id);
        }
      }
      for (Argument a : map.arguments()) {
        if (!argumentNodes.containsKey(a.id())) {
          Json.Str id = new Json.Str(claimNodeId(a.id().value(), "argument:"));
          Json.Obj node = newNode(id, a.scheme().orElse(defaultText(a.polarity())),
              a.polarity() == Polarity.SUPPORTS ? "RA" : "CA");
          a.scheme().ifPresent(s -> node.put("scheme", s));
          if (timestamp != null && a.scheme().isEmpty()) {
            node.put("scheme", defaultText(a.polarity()));
            node.put("schemeID", a.polarity() == Polarity.SUPPORTS ? DEFAULT_INFERENCE_ID : DEFAULT_CONFLICT_ID);
          }
          nodes.items().add(node);
          argumentNodes.put(a.id(), id);
        }
      }

      // self-attacks and self-supports the document does not have yet: a CA (RA) node with an edge from its
      // I-node and one back to it
      List<Json.Node[]> selfEdgesToAdd = new ArrayList<>();
      for (Framework.SelfEdge e : selfEdges) {
        Json.Node statement = statementNodes.get(e.node());
        if (statement == null) {
          continue;
        }
        Polarity polarity = e.type() == Framework.EdgeType.SUPPORT ? Polarity.SUPPORTS : Polarity.ATTACKS;
        Json.Str id = new Json.Str(claimNodeId(e.node().value() + (polarity == Polarity.SUPPORTS
            ? "-supports-itself" : "-attacks-itself"), "self:"));
        Json.Obj node = newNode(id, defaultText(polarity), polarity == Polarity.SUPPORTS ? "RA" : "CA");
        if (timestamp != null) {
          node.put("scheme", defaultText(polarity));
          node.put("schemeID", polarity == Polarity.SUPPORTS ? DEFAULT_INFERENCE_ID : DEFAULT_CONFLICT_ID);
        }
        nodes.items().add(node);
        selfEdgesToAdd.add(new Json.Node[] {statement, id});
      }

      Map<Integer, AifDocument.ArgInfo> premiseEdge = new HashMap<>();
      Map<Integer, String> premiseOf = new HashMap<>();
      Map<Integer, AifDocument.ArgInfo> conclusionEdge = new HashMap<>();
      for (AifDocument.ArgInfo a : doc.arguments.values()) {
        for (int k = 0; k < a.premises.size(); k++) {
          premiseEdge.put(a.premiseEdges.get(k), a);
          premiseOf.put(a.premiseEdges.get(k), a.premises.get(k));
        }
        conclusionEdge.put(a.conclusionEdge, a);
      }
      Map<Integer, AifDocument.EdgeInfo> edgeInfos = new HashMap<>();
      for (AifDocument.EdgeInfo e : doc.edges) {
        edgeInfos.put(e.index, e);
      }
      List<Json.Node> keptEdges = new ArrayList<>();
      for (int j = 0; j < edges.items().size(); j++) {
        Json.Node item = edges.items().get(j);
        if (item instanceof Json.Obj o) {
          String id = AifDocument.key(o.get("edgeID"));
          if (id != null) {
            takenEdgeIds.add(id);
            if (keptEdges.isEmpty() && j == 0) {
              numericEdgeIds = o.get("edgeID") instanceof Json.Num;
            }
            try {
              nextEdge = Math.max(nextEdge, Long.parseLong(id) + 1);
            } catch (NumberFormatException e) {
              // not a number: it cannot clash with the numbers handed out
            }
          }
          if (j == 0) {
            formEdgeId = o.members().containsKey("formEdgeID");
          }
        }
        if (keepEdge(j, edgeInfos.get(j), premiseEdge, premiseOf, conclusionEdge)) {
          keptEdges.add(item);
        }
      }
      edges.items().clear();
      edges.items().addAll(keptEdges);
      for (Argument a : map.arguments()) {
        Json.Node node = argumentNodes.get(a.id());
        for (StatementId p : a.premises()) {
          if (!covered.contains("p " + a.id().value() + " " + p.value())) {
            edges.items().add(edge(statementNodes.get(p), node));
          }
        }
        if (!covered.contains("c " + a.id().value())) {
          ConclusionId c = a.conclusion();
          edges.items().add(edge(node, c instanceof StatementId s ? statementNodes.get(s)
              : argumentNodes.get((ArgumentId) c)));
        }
      }
      for (Json.Node[] self : selfEdgesToAdd) {
        edges.items().add(edge(self[0], self[1]));
        edges.items().add(edge(self[1], self[0]));
      }
    }

    private Json.Arr array(String name) {
      Json.Node n = doc.aif.get(name);
      if (n instanceof Json.Arr a) {
        return a;
      }
      Json.Arr a = new Json.Arr();
      doc.aif.put(name, a);
      return a;
    }

    private boolean keepNode(int index) {
      AifDocument.NodeInfo n = null;
      Json.Node item = array("nodes").items().get(index);
      if (item instanceof Json.Obj o) {
        String key = AifDocument.key(o.get("nodeID"));
        AifDocument.NodeInfo primary = key == null ? null : doc.byKey.get(key);
        n = primary != null && primary.index == index ? primary : null;
      }
      if (n == null) {
        return true;
      }
      AifDocument.SelfInfo self = doc.selfEdges.get(n.key);
      if (self != null) {
        StatementId node = doc.statements.get(self.node());
        Framework.SelfEdge edge = new Framework.SelfEdge(node, self.polarity() == Polarity.SUPPORTS
            ? Framework.EdgeType.SUPPORT : Framework.EdgeType.ATTACK, 1.0);
        if (!selfEdges.remove(edge)) {
          dropped.add(n.key); // the map no longer has it
          return false;
        }
        return true;
      }
      StatementId sid = doc.statements.get(n.key);
      if (sid != null) {
        Optional<Statement> s = map.statement(sid);
        if (s.isEmpty()) {
          dropped.add(n.key);
          return false;
        }
        if (!s.get().text().equals(doc.statementTexts.get(n.key))) {
          n.obj.put("text", s.get().text());
        }
        statementNodes.put(sid, n.id);
        return true;
      }
      AifDocument.ArgInfo info = doc.arguments.get(n.key);
      if (info != null) {
        Optional<Argument> a = map.argument(info.id);
        if (a.isEmpty()) {
          dropped.add(n.key);
          return false;
        }
        update(info, a.get());
        argumentNodes.put(info.id, n.id);
      }
      return true;
    }

    /** Brings an RA/CA node in line with its argument's polarity and scheme. */
    private void update(AifDocument.ArgInfo info, Argument a) {
      Json.Obj obj = info.node.obj;
      boolean defaultText = AifDocument.hasDefaultText(info.node);
      if (a.polarity() != info.polarity) {
        obj.put("type", a.polarity() == Polarity.SUPPORTS ? "RA" : "CA");
        if (defaultText) {
          obj.put("text", defaultText(a.polarity()));
        }
      }
      if (!a.scheme().equals(Optional.ofNullable(info.scheme))) {
        if (a.scheme().isPresent()) {
          obj.put("text", a.scheme().get());
          obj.put("scheme", a.scheme().get());
        } else {
          obj.put("text", defaultText(a.polarity()));
          obj.members().remove("scheme");
        }
        obj.members().remove("schemeID");
      }
    }

    private boolean keepEdge(int index, AifDocument.EdgeInfo e,
        Map<Integer, AifDocument.ArgInfo> premiseEdge, Map<Integer, String> premiseOf,
        Map<Integer, AifDocument.ArgInfo> conclusionEdge) {
      if (e == null) {
        return true;
      }
      AifDocument.ArgInfo p = premiseEdge.get(index);
      if (p != null) {
        Optional<Argument> a = map.argument(p.id);
        StatementId premise = doc.statements.get(premiseOf.get(index));
        if (a.isPresent() && !dropped.contains(p.node.key) && a.get().premises().contains(premise)) {
          covered.add("p " + p.id.value() + " " + premise.value());
          return true;
        }
        return false;
      }
      AifDocument.ArgInfo c = conclusionEdge.get(index);
      if (c != null) {
        Optional<Argument> a = map.argument(c.id);
        if (a.isPresent() && !dropped.contains(c.node.key) && a.get().conclusion().equals(doc.conclusionOf(c))
            && !dropped.contains(c.conclusion)) {
          covered.add("c " + c.id.value());
          return true;
        }
        return false;
      }
      return !dropped.contains(e.from) && !dropped.contains(e.to);
    }

    private int edgeCount() {
      Json.Node edges = doc.aif.get("edges");
      return edges instanceof Json.Arr a ? a.items().size() : 0;
    }

    private String claimNodeId(String wanted, String prefix) {
      if (timestamp != null) {
        String id;
        do {
          id = Long.toString(nextNode++);
        } while (takenNodeIds.contains(id));
        takenNodeIds.add(id);
        return id;
      }
      String id = wanted;
      while (takenNodeIds.contains(id)) {
        id = prefix + id;
      }
      takenNodeIds.add(id);
      return id;
    }

    private Json.Obj edge(Json.Node from, Json.Node to) {
      String id;
      do {
        id = Long.toString(nextEdge++);
      } while (takenEdgeIds.contains(id));
      takenEdgeIds.add(id);
      Json.Obj e = new Json.Obj()
          .put("edgeID", numericEdgeIds ? new Json.Num(id) : new Json.Str(id))
          .put("fromID", from)
          .put("toID", to);
      if (formEdgeId) {
        e.put("formEdgeID", new Json.Null());
      }
      return e;
    }
  }

  private static String defaultText(Polarity polarity) {
    return polarity == Polarity.SUPPORTS ? AifDocument.DEFAULT_RA : AifDocument.DEFAULT_CA;
  }
}
