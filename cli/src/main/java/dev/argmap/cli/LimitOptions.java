package dev.argmap.cli;

import dev.argmap.io.ReadLimitException;
import dev.argmap.io.ReadLimits;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The limits every reading command applies to its input ({@code --max-size}, {@code --max-depth},
 * {@code --max-elements}, {@code --max-text}), and the one way their errors are told: what broke which limit
 * and the option that raises it.
 */
final class LimitOptions {
  private LimitOptions() {}

  /** Returns the limits of the command line's options; a value not given keeps its default. */
  static ReadLimits of(ArgmapCommand root) {
    ReadLimits.Builder b = ReadLimits.builder();
    if (root.maxSize != null) {
      b.maxDocumentBytes(root.maxSize);
    }
    if (root.maxDepth != null) {
      b.maxNestingDepth(root.maxDepth);
    }
    if (root.maxElements != null) {
      b.maxElements(root.maxElements);
    }
    if (root.maxText != null) {
      b.maxTextLength(root.maxText);
    }
    return b.build();
  }

  /** Returns the one line that reports a broken limit, with the option that raises it. */
  static String describe(ReadLimitException e) {
    long suggestion = Math.max(e.actual(), e.max() > Long.MAX_VALUE / 2 ? e.max() : e.max() * 2);
    return e.problem() + "; raise it with " + e.limit().option() + " " + suggestion;
  }

  /**
   * Returns the advice to append to a problem of an argmap JSON document when it reports a reader limit,
   * or an empty string.
   */
  static String hint(String jsonProblem) {
    if (jsonProblem.contains("larger than the limit of")) {
      return "; raise it with " + ReadLimits.Limit.DOCUMENT_BYTES.option() + " BYTES";
    }
    if (jsonProblem.contains("deeper than the limit of")) {
      return "; raise it with " + ReadLimits.Limit.NESTING_DEPTH.option() + " N";
    }
    if (jsonProblem.contains("longer than the limit of")) {
      return "; raise it with " + ReadLimits.Limit.TEXT_LENGTH.option() + " CHARACTERS";
    }
    if (jsonProblem.contains("elements, the limit of this reader")) {
      return "; raise it with " + ReadLimits.Limit.ELEMENTS.option() + " N";
    }
    return "";
  }

  /** Returns the number of bytes of a text in UTF-8, without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Reads a size in bytes: a number, optionally with k, M or G (powers of 1024). */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
        unit = switch (v.charAt(v.length() - 1)) {
          case 'k' -> 1L << 10;
          case 'm' -> 1L << 20;
          default -> 1L << 30;
        };
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Long.parseLong(v);
        if (n < 1 || n > Long.MAX_VALUE / unit) {
          throw new TypeConversionException("a size must be at least 1 byte: '" + value + "'");
        }
        return n * unit;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a size in bytes (a number, optionally with k, M or G): '"
            + value + "'");
      }
    }
  }

  /** Reads a count of at least 1. */
  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n < 1) {
          throw new TypeConversionException("must be at least 1 but was " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a whole number: '" + value + "'");
      }
    }
  }
}
