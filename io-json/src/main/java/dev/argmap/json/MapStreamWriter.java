package dev.argmap.json;

import dev.argmap.json.internal.StreamedMapWriter;
import dev.argmap.model.Argument;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;

/**
 * Writes a map part by part, for maps too large to hold twice: handed to the {@link Content} given to
 * {@link ArgMapJson#writeStreamed(java.nio.file.Path, Content)}. The parts come in the format's order:
 * the title, description and theses (held until the first element), then the statements, arguments,
 * evidence and sources, then the extensions; each element is written as it is given. The document is
 * byte for byte the one {@link ArgMapJson#write(dev.argmap.model.ArgumentMap, java.nio.file.Path)}
 * writes for the map with the same parts in the same order.
 *
 * <pre>{@code
 * ArgMapJson.writeStreamed(Path.of("big.json"), out -> {
 *   out.thesis(StatementId.of("t1"));
 *   for (Statement s : statements) {   // from a database, say
 *     out.statement(s);
 *   }
 *   ...
 * });
 * }</pre>
 *
 * <p>The writer checks the order and each value, not how elements refer to each other: read the
 * document back with {@link ArgMapJson#read(java.nio.file.Path)} to check that. Not thread-safe.
 */
public final class MapStreamWriter {
  private final StreamedMapWriter writer;

  MapStreamWriter(StreamedMapWriter writer) {
    this.writer = writer;
  }

  /**
   * What a streamed write writes.
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Gives the parts of the map to {@code out}, in order.
     *
     * @param out the writer
     * @throws java.io.IOException when getting the parts fails
     */
    void writeTo(MapStreamWriter out) throws java.io.IOException;
  }

  /**
   * Sets the map's title.
   *
   * @param title the title
   * @return this writer
   * @throws IllegalStateException after the first element
   */
  public MapStreamWriter title(String title) {
    writer.title(title);
    return this;
  }

  /**
   * Sets the map's description.
   *
   * @param description the description
   * @return this writer
   * @throws IllegalStateException after the first element
   */
  public MapStreamWriter description(String description) {
    writer.description(description);
    return this;
  }

  /**
   * Adds a thesis, after those added before.
   *
   * @param thesis the identifier of the thesis' statement
   * @return this writer
   * @throws IllegalStateException after the first element
   */
  public MapStreamWriter thesis(StatementId thesis) {
    writer.thesis(thesis);
    return this;
  }

  /**
   * Writes a statement.
   *
   * @param statement the statement
   * @return this writer
   * @throws IllegalStateException after an argument, evidence item, source or extension
   */
  public MapStreamWriter statement(Statement statement) {
    writer.statement(statement);
    return this;
  }

  /**
   * Writes an argument.
   *
   * @param argument the argument
   * @return this writer
   * @throws IllegalStateException after an evidence item, source or extension
   */
  public MapStreamWriter argument(Argument argument) {
    writer.argument(argument);
    return this;
  }

  /**
   * Writes an evidence item.
   *
   * @param evidence the evidence item
   * @return this writer
   * @throws IllegalStateException after a source or extension
   */
  public MapStreamWriter evidence(Evidence evidence) {
    writer.evidence(evidence);
    return this;
  }

  /**
   * Writes a source, with its copies.
   *
   * @param source the source
   * @return this writer
   * @throws IllegalStateException after an extension
   */
  public MapStreamWriter source(Source source) {
    writer.source(source);
    return this;
  }

  /**
   * Writes the data of one namespace of the extensions.
   *
   * @param namespace the namespace, not blank
   * @param data its data, as text
   * @return this writer
   * @throws IllegalArgumentException if the namespace is blank or was given before
   */
  public MapStreamWriter extension(String namespace, String data) {
    writer.extension(namespace, data);
    return this;
  }

  void finish() {
    writer.finish();
  }
}
