package dev.argmap.json;

import dev.argmap.model.Argument;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;

/**
 * Receives the parts of a document read as a stream ({@link ArgMapJson#stream}), one by one, in the
 * order of the document, so that a map too large to hold twice can be processed without building it.
 * Every method does nothing by default: override those you need.
 *
 * <p>Each element is handed over once it is read whole and has passed the checks of its own values;
 * an element with a problem is not handed over, and its problems are reported, with all others, when
 * the document has been read. The rules of the model that relate elements to each other (references,
 * unique identifiers, cycles) need the whole map and are not checked: read the document with
 * {@link ArgMapJson#read(java.nio.file.Path)} to check them.
 */
public interface MapVisitor {
  /**
   * Receives the map's title.
   *
   * @param title the title
   */
  default void title(String title) {}

  /**
   * Receives the map's description.
   *
   * @param description the description
   */
  default void description(String description) {}

  /**
   * Receives one thesis of the map, in order.
   *
   * @param thesis the identifier of the thesis' statement
   */
  default void thesis(StatementId thesis) {}

  /**
   * Receives a statement.
   *
   * @param statement the statement
   * @param at where its object starts
   */
  default void statement(Statement statement, JsonLocation at) {}

  /**
   * Receives an argument.
   *
   * @param argument the argument
   * @param at where its object starts
   */
  default void argument(Argument argument, JsonLocation at) {}

  /**
   * Receives an evidence item.
   *
   * @param evidence the evidence item
   * @param at where its object starts
   */
  default void evidence(Evidence evidence, JsonLocation at) {}

  /**
   * Receives a source, with its copies.
   *
   * @param source the source
   * @param at where its object starts
   */
  default void source(Source source, JsonLocation at) {}

  /**
   * Receives the data of one namespace of the map's extensions.
   *
   * @param namespace the namespace
   * @param data its data, as text
   */
  default void extension(String namespace, String data) {}
}
