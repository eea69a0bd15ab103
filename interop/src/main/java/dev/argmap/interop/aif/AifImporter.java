package dev.argmap.interop.aif;

import java.io.StringReader;
import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Framework;
import dev.argmap.model.Polarity;

import dev.argmap.interop.internal.Json;
import dev.argmap.interop.internal.Theses;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an AIF JSON document (an AIFdb nodeset, or an xAIF/OVA3 object with an {@code "AIF"} member) into
 * a map.
 *
 * <ul>
 *   <li>Every I-node is a statement: its nodeID is the identifier (a number in its decimal form, so
 *       {@code 0} and {@code "0"} are the same node; white space becomes {@code _}), its text the text.
 *   <li>Every RA node is a supporting argument and every CA node an attacking one, with the same
 *       identifier: its premises are the I-nodes with an edge into it (several are linked co-premises), its
 *       conclusion the I-node, RA or CA node its edge goes to (a CA on an RA or CA attacks that argument).
 *       The scheme is the node's {@code scheme}, else its text unless that is a default name such as
 *       {@code "Default Inference"} or {@code "RA"}.
 *   <li>Theses: the statements that conclude an argument and are the premise of none; else those that are
 *       the premise of none; else the first.
 *   <li>Everything else (L, YA, TA, MA, PA and unknown nodes, locutions, participants, scheme fulfilments,
 *       the OVA layout, the text, unknown members) is kept with the rest of the document in the map's
 *       {@code "aif"} extension, from which {@link AifExporter} writes every node and edge back.
 * </ul>
 *
 * <p>Tolerated, with a warning where something is not taken into the map: IDs as strings or numbers,
 * missing timestamps, extra members, {@code null} collections, duplicate locutions, edges to nodes not in
 * the file, nodes without nodeID or type, repeated nodeIDs, RA/CA nodes without premise or conclusion or
 * with two conclusions, duplicate texts under different IDs (never merged). A document that is not JSON,
 * or whose {@code nodes} or {@code edges} is not an array, is an {@link MapFormatException} with the line
 * and column; so is one with no I-node, which cannot be a map. Immutable and thread-safe.
 */
public final class AifImporter implements MapImporter {
  /** The namespace of the map extension that keeps the document. */
  public static final String EXTENSION = "aif";

  /** Creates the importer. */
  public AifImporter() {}

  @Override
  public MapFormat format() {
    return InteropFormats.AIF;
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.read(in, limits, format());
    Json.Node root = Json.parse(new StringReader(text), d -> warnings.accept(new ImportWarning(d.line(), d.column(),
        "the member \"" + d.value() + "\" is repeated; the last value is used")));
    AifDocument doc = AifDocument.interpret(root, warnings);
    if (doc.statements.isEmpty()) {
      throw new MapFormatException("the document has no I-node (proposition); a map needs at least one"
          + " statement", root.line(), root.column());
    }
    List<Statement> statements = new ArrayList<>();
    for (Map.Entry<String, StatementId> e : doc.statements.entrySet()) {
      statements.add(Statement.builder().id(e.getValue()).text(doc.statementTexts.get(e.getKey())).build());
    }
    List<Argument> arguments = new ArrayList<>();
    for (AifDocument.ArgInfo a : doc.arguments.values()) {
      Argument.Builder b = Argument.builder()
          .id(a.id)
          .polarity(a.polarity)
          .conclusion(doc.conclusionOf(a));
      for (String p : a.premises) {
        b.addPremises(doc.statements.get(p));
      }
      if (a.scheme != null) {
        b.scheme(a.scheme);
      }
      arguments.add(b.build());
    }
    List<Framework.SelfEdge> selfEdges = new ArrayList<>();
    for (AifDocument.SelfInfo self : doc.selfEdges.values()) {
      Framework.SelfEdge e = new Framework.SelfEdge(doc.statements.get(self.node()),
          self.polarity() == Polarity.SUPPORTS ? Framework.EdgeType.SUPPORT : Framework.EdgeType.ATTACK, 1.0);
      if (!selfEdges.contains(e)) {
        selfEdges.add(e);
      }
    }
    ArgumentMap.Builder map = ArgumentMap.builder()
        .addStatements(statements)
        .addArguments(arguments)
        .addTheses(Theses.choose(statements, arguments))
        .putExtension(EXTENSION, AifExporter.wrap(root));
    Framework.selfEdgeExtension(selfEdges).ifPresent(x -> map.putExtension(Framework.EXTENSION, x));
    return map.build();
  }
}
