package dev.argmap.io;

import dev.argmap.internal.io.BoundedText;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads argument maps from documents of one {@link MapFormat}. Implementations are immutable and
 * thread-safe.
 *
 * <p>Every way in is bounded: the methods without {@link ReadLimits} use the
 * {@linkplain ReadLimits#defaults() defaults}, and a document that breaks a limit is refused with a
 * {@link ReadLimitException} before memory is spent on it. A document that is not valid in the format, or
 * describes no valid map, is a {@link MapFormatException} with the line and column; one read from a file
 * names the file. What an importer tolerates (skips or repairs) is reported as an {@link ImportWarning}.
 * Documents are UTF-8; a leading byte order mark and CRLF line ends are accepted.
 *
 * <p>A format implements {@link #read(Reader, Consumer, ReadLimits)}; formats that read bytes faster than
 * characters also override {@link #read(InputStream, Consumer, ReadLimits)}.
 */
public interface MapImporter {
  /**
   * Returns the format this importer reads.
   *
   * @return the format
   */
  MapFormat format();

  /**
   * Reads a map from text, to its end, within limits, reporting what was tolerated. The reader is not
   * closed.
   *
   * @param in the text
   * @param warnings receives each warning, in the order of the document
   * @param limits the limits
   * @return the map
   * @throws ReadLimitException if the text breaks a limit
   * @throws MapFormatException if the text is not valid in this format, or describes no valid map
   * @throws IOException if reading fails
   */
  ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException;

  /**
   * Reads a map from text within the default limits, reporting what was tolerated. The reader is not
   * closed.
   *
   * @param in the text
   * @param warnings receives each warning, in the order of the document
   * @return the map
   * @throws MapFormatException if the text is not valid in this format, breaks a default limit, or
   *     describes no valid map
   * @throws IOException if reading fails
   */
  default ArgumentMap read(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    return read(in, warnings, ReadLimits.defaults());
  }

  /**
   * Reads a map from text within the default limits, ignoring warnings. The reader is not closed.
   *
   * @param in the text
   * @return the map
   * @throws MapFormatException if the text is not valid in this format, breaks a default limit, or
   *     describes no valid map
   * @throws IOException if reading fails
   */
  default ArgumentMap read(Reader in) throws IOException {
    return read(in, w -> {}, ReadLimits.defaults());
  }

  /**
   * Reads a map from UTF-8 bytes within limits: the bytes are counted against the size limit as they
   * arrive. The stream is not closed.
   *
   * @param in the bytes
   * @param warnings receives each warning, in the order of the document
   * @param limits the limits
   * @return the map
   * @throws ReadLimitException if the document breaks a limit
   * @throws MapFormatException if the bytes are not UTF-8 or not valid in this format
   * @throws IOException if reading fails
   */
  default ArgumentMap read(InputStream in, Consumer<ImportWarning> warnings, ReadLimits limits)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(limits, "limits");
    String text = BoundedText.readStream(in, limits, "");
    return read(new StringReader(text), warnings, limits);
  }

  /**
   * Reads a map from a UTF-8 file within limits: a regular file's size is checked before it is read, a
   * pipe's as it arrives. A problem names the file.
   *
   * @param file the file
   * @param warnings receives each warning, in the order of the file
   * @param limits the limits
   * @return the map
   * @throws ReadLimitException if the file breaks a limit
   * @throws MapFormatException if the file is not UTF-8 or not valid in this format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(limits, "limits");
    try {
      if (Files.isRegularFile(file)) {
        limits.check(ReadLimits.Limit.DOCUMENT_BYTES, Files.size(file), "the file", file.toString());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, warnings, limits);
      }
    } catch (MapFormatException e) {
      throw e.inSource(file.toString());
    }
  }

  /**
   * Reads a map from a UTF-8 file within the default limits, reporting what was tolerated.
   *
   * @param file the file
   * @param warnings receives each warning, in the order of the file
   * @return the map
   * @throws MapFormatException if the file is not UTF-8, breaks a default limit or is not valid in this
   *     format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file, Consumer<ImportWarning> warnings) throws IOException {
    return read(file, warnings, ReadLimits.defaults());
  }

  /**
   * Reads a map from a UTF-8 file within the default limits, ignoring warnings.
   *
   * @param file the file
   * @return the map
   * @throws MapFormatException if the file is not UTF-8, breaks a default limit or is not valid in this
   *     format
   * @throws IOException if the file cannot be read
   */
  default ArgumentMap read(Path file) throws IOException {
    return read(file, w -> {});
  }

  /**
   * Reads a map from a string within the default limits, ignoring warnings.
   *
   * @param text the document
   * @return the map
   * @throws MapFormatException if the text is not valid in this format, breaks a default limit, or
   *     describes no valid map
   */
  default ArgumentMap readString(String text) {
    try {
      return read(new StringReader(Objects.requireNonNull(text, "text")), w -> {}, ReadLimits.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: a string reader does no I/O
    }
  }
}
