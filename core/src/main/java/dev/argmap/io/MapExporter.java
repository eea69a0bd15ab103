package dev.argmap.io;

import dev.argmap.internal.io.AtomicFiles;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes argument maps in one {@link MapFormat}. Implementations are immutable and thread-safe, and
 * deterministic: the same map always gives the same text. Text is written with {@code \n} line ends; files
 * are UTF-8.
 *
 * <p>An exporter writes back what its importer kept in the map's {@link ArgumentMap#extensions()
 * extensions} under its format's namespace, so a file read and written again keeps what the map itself
 * cannot hold, and says what it leaves out in {@link #losses(ArgumentMap)}. Each format's page in
 * {@code docs/formats/} lists what the format cannot carry.
 */
public interface MapExporter {
  /**
   * Returns the format this exporter writes.
   *
   * @return the format
   */
  MapFormat format();

  /**
   * Writes a map as text. The writer is flushed, not closed.
   *
   * @param map the map
   * @param out where to write
   * @throws MapFormatException if the map cannot be written in this format (for example an extension of
   *     the format that is not valid)
   * @throws IOException if writing fails
   */
  void write(ArgumentMap map, Writer out) throws IOException;

  /**
   * Returns what this format cannot hold of a map, counted by kind: what writing it leaves out, or turns
   * into something that reads back otherwise.
   *
   * @param map the map
   * @return the losses; empty when the format holds the whole map
   * @throws MapFormatException if the map has an extension of this format that is not valid
   */
  LossReport losses(ArgumentMap map);

  /**
   * Writes a map to a UTF-8 file, atomically: the text goes to a temporary file in the same directory that
   * is then moved over {@code file}, so the file holds the old content or the new, never part of one. When
   * writing fails the old file is left as it was and no temporary file is left behind. A symbolic link is
   * followed and stays a link, a replaced file keeps its permissions, and a device or pipe (such as
   * {@code /dev/stdout}) is written to, not replaced.
   *
   * @param map the map
   * @param file the file
   * @throws MapFormatException if the map cannot be written in this format
   * @throws IOException if the file cannot be written
   */
  default void write(ArgumentMap map, Path file) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(file, "file");
    AtomicFiles.writeText(file, out -> write(map, out));
  }

  /**
   * Returns a map as text, with what the text leaves out of it.
   *
   * @param map the map
   * @return the text and its losses
   * @throws MapFormatException if the map cannot be written in this format
   */
  default Export export(ArgumentMap map) {
    String text = writeString(map);
    return new Export(text, losses(map));
  }

  /**
   * Returns a map as text.
   *
   * @param map the map
   * @return the text
   * @throws MapFormatException if the map cannot be written in this format
   */
  default String writeString(ArgumentMap map) {
    StringWriter out = new StringWriter();
    try {
      write(Objects.requireNonNull(map, "map"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: a string writer does no I/O
    }
    return out.toString();
  }
}
