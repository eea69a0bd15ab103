package dev.argmap.interop;

import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
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
 *
 * <p>The methods that take a file, a string or {@link ReadLimits} check the limits (the
 * {@linkplain ReadLimits#defaults() defaults} when none are given) before the text is parsed, and throw
 * {@link dev.argmap.io.ReadLimitException} when one is broken. {@link #read(Reader, Consumer)}, the method
 * each format implements, reads what it is given: call {@link #read(Reader, Consumer, ReadLimits)} for
 * untrusted text.
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
    return read(in, w -> {}, ReadLimits.defaults());
  }

  /**
   * Reads a map from text within limits: the text is read up to the size limit and checked against the
   * others before it is parsed. The reader is not closed.
   *
   * @param in the text
   * @param warnings receives each warning, in the order of the file
   * @param limits the limits
   * @return the map
   * @throws dev.argmap.io.ReadLimitException if the text breaks a limit
   * @throws InteropException if the text is not valid in this format, or describes no valid map
   * @throws IOException if reading fails
   */
  default ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(limits, "limits");
    String text = Limits.readAll(in, limits, "");
    Limits.check(format(), text, limits, "");
    return read(new StringReader(text), warnings);
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
    return read(file, warnings, ReadLimits.defaults());
  }

  /**
   * Reads a map from a UTF-8 file within limits: its size is checked before it is read, and its text against
   * the other limits before it is parsed. A problem names the file.
   *
   * @param file the file
   * @param warnings receives each warning, in the order of the file
   * @param limits the limits
   * @return the map
   * @throws dev.argmap.io.ReadLimitException if the file breaks a limit
   * @throws InteropException if the file is not UTF-8 or not valid in this format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(limits, "limits");
    try {
      String text = Limits.readFile(file, limits);
      Limits.check(format(), text, limits, file.toString());
      return read(new StringReader(text), warnings);
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
      return read(new StringReader(Objects.requireNonNull(text, "text")), w -> {}, ReadLimits.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: a string reader does no I/O
    }
  }
}
