package dev.argmap.internal.io;

import dev.argmap.internal.graph.GraphParsers;
import dev.argmap.io.ImportWarning;
import dev.argmap.semantics.AttackGraph;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * An ICCMA {@code .af} text read by argmap's one {@code .af} parser: the graph, and its attacks in the order of
 * the file without the repeated ones, for readers that keep that order (interop's importer builds a map's
 * arguments in file order). The arrays are shared, not copied, and hold {@code attacks} entries.
 *
 * @param graph the graph
 * @param from the attacker of each attack, a 0-based index
 * @param to the attacked argument of each attack, a 0-based index
 * @param lines the 1-based line of each attack
 * @param attacks how many attacks the arrays hold
 */
public record AfFile(AttackGraph graph, int[] from, int[] to, int[] lines, int attacks) {
  /**
   * Reads {@code .af} text by the rules of {@link AttackGraph#parseIccma(Reader, Consumer)}.
   *
   * @param in the text; not closed
   * @param warnings receives a warning for every repeated attack, in the order of the file
   * @return the file
   * @throws dev.argmap.semantics.GraphFormatException if the text is not valid, with the line and column
   * @throws IOException if reading fails
   */
  public static AfFile read(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    return GraphParsers.readIccma(in, warnings);
  }
}
