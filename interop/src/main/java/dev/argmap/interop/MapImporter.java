package dev.argmap.interop;

import dev.argmap.interop.internal.Texts;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads argument maps from files of one format. Implementations are immutable and thread-safe.
 *
 * <p>Importers are tolerant: what a file holds beyond what the map can (for example AIF locutions, or the
 * base scores of a {@code .bag} file) is kept in the map's {@link ArgumentMap#extensions() extensions} so
 * that the matching exporter writes it back, and what they have to skip or repair is reported as an
 * {@link ImportWarning}. What they cannot read is an {@link InteropException} with the line and column.
 * Files are UTF-8; a leading byte order mark and CRLF line ends are accepted.
 */
public interface MapImporter {
  /**
   * Returns the format this importer reads.
   *
   * @return the format
   */
  Format format();

  /**
   * Reads a map from text, to its end, reporting what was tolerated. The reader is not closed.
   *
   * @param in the text
   * @param warnings receives each warning, in the order of the file
   * @return the map
   * @throws InteropException if the text is not valid in this format, or describes no valid map
   * @throws IOException if reading fails
   */
  ArgumentMap read(Reader in, Consumer<ImportWarning> warnings) throws IOException;

  /**
   * Reads a map from text, to its end, ignoring warnings. The reader is not closed.
   *
   * @param in the text
   * @return the map
   * @throws InteropException if the text is not valid in this format, or describes no valid map
   * @throws IOException if reading fails
   */
  default ArgumentMap read(Reader in) throws IOException {
    return read(in, w -> {});
  }

  /**
   * Reads a map from a UTF-8 file, reporting what was tolerated. A problem names the file.
   *
   * @param file the file
   * @param warnings receives each warning, in the order of the file
   * @return the map
   * @throws InteropException if the file is not UTF-8 or not valid in this format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    try {
      return read(new StringReader(Texts.readFile(file)), warnings);
    } catch (InteropException e) {
      throw e.source().isPresent() ? e : e.inSource(file.toString());
    }
  }

  /**
   * Reads a map from a UTF-8 file, ignoring warnings. A problem names the file.
   *
   * @param file the file
   * @return the map
   * @throws InteropException if the file is not UTF-8 or not valid in this format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file) throws IOException {
    return read(file, w -> {});
  }

  /**
   * Reads a map from a string, ignoring warnings.
   *
   * @param text the file's content
   * @return the map
   * @throws InteropException if the text is not valid in this format, or describes no valid map
   */
  default ArgumentMap readString(String text) {
    try {
      return read(new StringReader(Objects.requireNonNull(text, "text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: a string reader does no I/O
    }
  }
}
