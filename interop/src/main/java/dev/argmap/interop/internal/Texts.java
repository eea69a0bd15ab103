package dev.argmap.interop.internal;

import dev.argmap.interop.InteropException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading whole texts: strict UTF-8 for files, a leading byte order mark dropped. */
public final class Texts {
  private Texts() {}

  /**
   * Reads a file as strict UTF-8, without a leading byte order mark.
   *
   * @param file the file
   * @return its text
   * @throws InteropException if the file is not UTF-8
   * @throws IOException if it cannot be read
   */
  public static String readFile(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, decoder)) {
      return readAll(reader);
    } catch (CharacterCodingException e) {
      throw new InteropException("the file is not UTF-8 text (" + e.getMessage() + ")", 0, 0, e)
          .inSource(file.toString());
    }
  }

  /**
   * Reads a reader to its end, without a leading byte order mark. The reader is not closed.
   *
   * @param in the reader
   * @return the text
   * @throws IOException if reading fails
   */
  public static String readAll(Reader in) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      s.append(buf, 0, n);
    }
    if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
      s.deleteCharAt(0);
    }
    return s.toString();
  }
}
