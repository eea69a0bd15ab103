package dev.argmap.interop.bag;

import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Framework.Edge;
import dev.argmap.interop.internal.Framework.EdgeType;
import dev.argmap.model.ArgumentMap;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GraphFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uncertainpy {@code .bag} file into a map. The file is parsed by the scoring engine's reader
 * ({@link BipolarGraph#parseBag(Reader)}), so what it accepts this importer accepts: {@code arg(name,
 * base)}, {@code att(from, to[, weight])} and {@code sup(from, to[, weight])} in any order, with or without a
 * final period, {@code #} and {@code %} comments, CRLF line ends, no final line end, blank lines, self-attacks
 * and self-supports. Its errors (an undeclared argument, a base score outside [0, 1], an edge that is both an
 * attack and a support) become an {@link MapFormatException} with the same line and column.
 *
 * <p>Every graph argument becomes a statement (identifier and text: its name); every edge a single-premise
 * argument ({@code a-attacks-b} or {@code a-supports-b}) with the edge's weight. The base scores, and the
 * self-edges that an argument cannot express, are kept in the map's {@code "framework"} extension, from
 * which {@link BagExporter} restores them. Theses: the statements that are attacked or supported and act on
 * nothing, else those that act on nothing, else the first. Immutable and thread-safe.
 */
public final class BagImporter implements MapImporter {
  /** Creates the importer. */
  public BagImporter() {}

  @Override
  public MapFormat format() {
    return InteropFormats.BAG;
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.read(in, limits, format());
    BipolarGraph graph;
    try {
      graph = BipolarGraph.parseBag(new StringReader(text));
    } catch (GraphFormatException e) {
      throw new MapFormatException(e.problem(), e.line(), e.column(), e);
    } catch (IllegalArgumentException e) {
      throw new MapFormatException(e.getMessage(), 0, 0, e);
    }
    Framework g = new Framework();
    for (int i = 0; i < graph.size(); i++) {
      g.addNode(graph.label(i).orElse(null), null, graph.baseScore(i));
    }
    for (int v = 0; v < graph.size(); v++) {
      int[] attackers = graph.attackers(v);
      double[] attackWeights = graph.attackWeights(v);
      for (int k = 0; k < attackers.length; k++) {
        g.addEdge(new Edge(attackers[k], v, EdgeType.ATTACK, attackWeights[k], 0));
      }
      int[] supporters = graph.supporters(v);
      double[] supportWeights = graph.supportWeights(v);
      for (int k = 0; k < supporters.length; k++) {
        g.addEdge(new Edge(supporters[k], v, EdgeType.SUPPORT, supportWeights[k], 0));
      }
    }
    return g.toMap(warnings);
  }
}
