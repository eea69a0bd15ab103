package dev.argmap.interop.internal;

import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.internal.io.BoundedText;
import dev.argmap.io.MapFormat;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.ReadLimits.Limit;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * The {@link ReadLimits} of the importers, checked before a parser spends memory on the text: the size while
 * it is read, then one pass over the text that measures nesting, elements and text length the way each format
 * builds them. The pass allocates nothing that grows with the text.
 */
public final class Limits {
  private Limits() {}

  /**
   * Reads a whole text and checks it against the limits of its format, before it is parsed.
   *
   * @param in the text; not closed
   * @param limits the limits
   * @param format the format, which says what nests and what counts as an element
   * @return the text, without a byte order mark
   * @throws dev.argmap.io.ReadLimitException if the text breaks a limit
   * @throws IOException if reading fails
   */
  public static String read(Reader in, ReadLimits limits, MapFormat format) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    String text = BoundedText.readAll(in, limits, "");
    check(format, text, limits, "");
    return text;
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
  public static void check(MapFormat format, String text, ReadLimits limits, String source) {
    limits.check(Limit.DOCUMENT_BYTES, text.length(), "the document", source);
    if (format.equals(InteropFormats.AIF)) {
      checkJson(text, limits, source);
    } else {
      checkLines(text, limits, source, format.equals(InteropFormats.ARGDOWN));
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
