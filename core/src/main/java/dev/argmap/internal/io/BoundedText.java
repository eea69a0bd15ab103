package dev.argmap.internal.io;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.ReadLimits.Limit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a whole text document within {@link ReadLimits}: strict UTF-8 for files and streams, the size
 * checked before memory is spent (a regular file's size up front, anything else as it arrives), a leading
 * byte order mark dropped. Importers that parse a whole string use it so every format bounds its input the
 * same way.
 */
public final class BoundedText {
  private static final int BUFFER = 8192;

  private BoundedText() {}

  /**
   * Reads a UTF-8 file: a regular file's size is checked before it is read, a pipe's or device's as its
   * bytes arrive.
   *
   * @param file the file
   * @param limits the limits; only the document size is checked here
   * @return the text, without a byte order mark
   * @throws dev.argmap.io.ReadLimitException if the file is too large
   * @throws MapFormatException if the file is not UTF-8, naming the file
   * @throws IOException if the file cannot be read
   */
  public static String readFile(Path file, ReadLimits limits) throws IOException {
    if (Files.isRegularFile(file)) {
      limits.check(Limit.DOCUMENT_BYTES, Files.size(file), "the file", file.toString());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readStream(in, limits, file.toString());
    }
  }

  /**
   * Reads a UTF-8 stream to its end, counting its bytes against the size limit as they arrive. The stream
   * is not closed.
   *
   * @param in the stream
   * @param limits the limits; only the document size is checked here
   * @param source the file or stream's name for messages; empty when unknown
   * @return the text, without a byte order mark
   * @throws dev.argmap.io.ReadLimitException if the stream has too many bytes
   * @throws MapFormatException if the stream is not UTF-8
   * @throws IOException if reading fails
   */
  public static String readStream(InputStream in, ReadLimits limits, String source) throws IOException {
    InputStream bounded = BoundedInputStream.notClosing(in, limits.maxDocumentBytes(),
        count -> limits.check(Limit.DOCUMENT_BYTES, count, "the input (at least)", source));
    Reader reader = new InputStreamReader(bounded, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return readAll(reader, limits, source);
    } catch (CharacterCodingException e) {
      throw new MapFormatException("the input is not UTF-8 text (" + e.getMessage() + ")", 0, 0, source, e);
    }
  }

  /**
   * Reads text to its end, failing as soon as it has more characters than the size limit allows bytes. The
   * reader is not closed.
   *
   * @param in the text
   * @param limits the limits; only the document size is checked here
   * @param source the file or stream's name for messages; empty when unknown
   * @return the text, without a byte order mark
   * @throws dev.argmap.io.ReadLimitException if the text is too long
   * @throws IOException if reading fails
   */
  public static String readAll(Reader in, ReadLimits limits, String source) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[BUFFER];
    int n;
    while ((n = in.read(buf)) > 0) {
      s.append(buf, 0, n);
      if (s.length() > limits.maxDocumentBytes()) {
        limits.check(Limit.DOCUMENT_BYTES, s.length(), "the document (at least)", source);
      }
    }
    if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
      s.deleteCharAt(0);
    }
    return s.toString();
  }
}
