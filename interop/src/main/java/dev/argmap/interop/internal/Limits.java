package dev.argmap.interop.internal;

import dev.argmap.interop.Format;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.ReadLimits.Limit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@link ReadLimits} of the importers, checked before a parser spends memory on the text: the size while
 * it is read, then one pass over the text that measures nesting, elements and text length the way each format
 * builds them. The pass allocates nothing that grows with the text.
 */
public final class Limits {
  private Limits() {}

  /**
   * Reads a file within the size limit, which is checked before anything is read.
   *
   * @param file the file
   * @param limits the limits
   * @return its text, as {@link Texts#readFile} gives it
   * @throws dev.argmap.io.ReadLimitException if the file is larger than the limit
   * @throws IOException if it cannot be read
   */
  public static String readFile(Path file, ReadLimits limits) throws IOException {
    if (Files.isRegularFile(file)) {
      limits.check(Limit.DOCUMENT_BYTES, Files.size(file), "the file", file.toString());
      return Texts.readFile(file);
    }
    // a pipe or device has no size: count what arrives
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return readAll(reader, limits, file.toString());
    }
  }

  /**
   * Reads a reader to its end, failing as soon as it gives more characters than the size limit.
   *
   * @param in the text; not closed
   * @param limits the limits
   * @param source the text's name for messages; may be empty
   * @return the text, without a leading byte order mark
   * @throws dev.argmap.io.ReadLimitException if the text is longer than the size limit
   * @throws IOException if reading fails
   */
  public static String readAll(Reader in, ReadLimits limits, String source) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
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

  /**
   * Checks a text of a format against the limits on nesting, elements and text length.
   *
   * @param format the format
   * @param text the text
   * @param limits the limits
   * @param source the text's name for messages; may be empty
   * @throws dev.argmap.io.ReadLimitException at the first limit the text breaks
   */
  public static void check(Format format, String text, ReadLimits limits, String source) {
    limits.check(Limit.DOCUMENT_BYTES, text.length(), "the document", source);
    if (format == Format.AIF) {
      checkJson(text, limits, source);
    } else {
      checkLines(text, limits, source, format == Format.ARGDOWN);
    }
  }

  /**
   * Line-based formats: every non-blank line declares at most a few elements, no line may be longer than a
   * text, and Argdown's indentation nests: the depth of a line is the number of ever smaller indentations
   * above it, as an indented outline builds its tree.
   */
  private static void checkLines(String text, ReadLimits limits, String source, boolean indentationNests) {
    int[] indents = new int[Math.min(limits.maxNestingDepth(), 1 << 16) + 2];
    int depth = 0;
    long elements = 0;
    int line = 0;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      line++;
      limits.check(Limit.TEXT_LENGTH, end - start, "line " + line, source);
      int indent = 0;
      while (start + indent < end && (text.charAt(start + indent) == ' '
          || text.charAt(start + indent) == '\t')) {
        indent++;
      }
      boolean blank = start + indent >= end || (start + indent == end - 1 && text.charAt(end - 1) == '\r');
      if (!blank) {
        limits.check(Limit.ELEMENTS, ++elements, "the document", source);
        if (indentationNests) {
          while (depth > 0 && indents[depth - 1] >= indent) {
            depth--;
          }
          limits.check(Limit.NESTING_DEPTH, depth + 1L, "line " + line, source);
          indents[depth++] = indent;
        }
      }
      start = end + 1;
    }
  }

  /** AIF: JSON nesting, the number of objects (nodes, edges, locutions) and the length of strings. */
  private static void checkJson(String text, ReadLimits limits, String source) {
    int depth = 0;
    long objects = 0;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> line++;
        case '{', '[' -> {
          limits.check(Limit.NESTING_DEPTH, ++depth, "line " + line, source);
          if (c == '{') {
            limits.check(Limit.ELEMENTS, ++objects, "the document", source);
          }
        }
        case '}', ']' -> depth = Math.max(0, depth - 1);
        case '"' -> {
          int j = i + 1;
          while (j < text.length() && text.charAt(j) != '"') {
            j += text.charAt(j) == '\\' ? 2 : 1;
          }
          limits.check(Limit.TEXT_LENGTH, j - i - 1, "line " + line, source);
          i = j;
        }
        default -> { }
      }
    }
  }
}
