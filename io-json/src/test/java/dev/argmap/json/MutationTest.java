package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corrupts written maps thousands of times, seeded, and checks that reading either succeeds with a
 * map that validates again, or fails with an {@link ArgMapFormatException} whose every problem has a
 * line and column inside the document; never with another exception. A failure prints the seed and
 * the mutations, which reproduce it.
 */
class MutationTest {
  private static final int DOCUMENTS = 40;
  private static final int MUTATIONS_PER_DOCUMENT = 100;

  private static final String[] VALUES = {
    "null", "true", "false", "0", "-1", "1.5", "-0.0", "1e999", "NaN", "Infinity", "\"\"", "\" \"",
    "\"x\"", "\"2020-13\"", "\"s0\"", "\"a0\"", "\"supports\"", "[]", "{}", "[1, 2]",
    "{\"statement\": \"s0\"}", "{\"argument\": \"a0\"}", "\"ftp://x\"", "\"http://\"", "2147483648",
    "\"\\ud800\"", "\"\\u0000\"", "[[[[[[]]]]]]",
  };
  private static final String PALETTE = "{}[],:\"\\ 0123456789.-+eEtfnul\n\tabcxyzé€😀\u0000\u2028";

  static Stream<Integer> documents() {
    return IntStream.range(0, DOCUMENTS).boxed();
  }

  @ParameterizedTest(name = "document {0}")
  @MethodSource("documents")
  void corruptedDocumentsReadOrFailWithLocatedProblems(int document) {
    ArgumentMap original = RandomMaps.withStatements(1 + document % 12).seed(document).generate();
    if (document % 4 == 0) {
      original = original.toBuilder().putExtension("aif", "{\"locutions\": []}")
          .putExtension("x", "text").build();
    }
    String json = ArgMapJson.writeString(original);
    for (int m = 0; m < MUTATIONS_PER_DOCUMENT; m++) {
      long seed = document * 1_000_003L + m;
      SplittableRandom random = new SplittableRandom(seed);
      List<String> applied = new ArrayList<>();
      byte[] corrupted = json.getBytes(StandardCharsets.UTF_8);
      int rounds = random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1;
      for (int r = 0; r < rounds; r++) {
        corrupted = mutate(corrupted, random, applied);
      }
      check(corrupted, "document " + document + ", mutation seed " + seed + ": " + applied);
    }
  }

  private static void check(byte[] document, String context) {
    String text = new String(document, StandardCharsets.UTF_8);
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    try {
      ArgumentMap map = ArgMapJson.read(new ByteArrayInputStream(document));
      assertThat(map.toBuilder().build()).as(context).isEqualTo(map);
      assertThat(ArgMapJson.readString(ArgMapJson.writeString(map))).as(context).isEqualTo(map);
    } catch (ArgMapFormatException e) {
      assertThat(e.problems()).as(context).isNotEmpty().allSatisfy(p -> {
        assertThat(p.line()).as(context).isBetween(1, (int) lines + 1);
        assertThat(p.column()).as(context).isPositive();
        assertThat(p.path()).as(context).startsWith("$");
        assertThat(p.message()).as(context).isNotBlank();
      });
      assertThat(e.getMessage()).as(context).contains("line ");
    } catch (Throwable t) {
      fail(context + "\nthrew " + t + "\ndocument:\n" + text, t);
    }
  }

  private static byte[] mutate(byte[] doc, SplittableRandom random, List<String> applied) {
    if (doc.length == 0) {
      applied.add("insert into empty");
      return "{".getBytes(StandardCharsets.UTF_8);
    }
    String text = new String(doc, StandardCharsets.UTF_8);
    int at = random.nextInt(doc.length);
    switch (random.nextInt(12)) {
      case 0 -> {
        applied.add("delete byte " + at);
        return concat(Arrays.copyOfRange(doc, 0, at), Arrays.copyOfRange(doc, at + 1, doc.length));
      }
      case 1 -> {
        int i = random.nextInt(PALETTE.length());
        String c = PALETTE.substring(i, Character.isHighSurrogate(PALETTE.charAt(i))
            ? i + 2 : Character.isLowSurrogate(PALETTE.charAt(i)) ? i : i + 1);
        applied.add("insert " + escape(c) + " at byte " + at);
        return concat(Arrays.copyOfRange(doc, 0, at), c.getBytes(StandardCharsets.UTF_8),
            Arrays.copyOfRange(doc, at, doc.length));
      }
      case 2 -> {
        int j = Math.min(doc.length - 1, at + 1);
        applied.add("swap bytes " + at + " and " + j);
        byte[] copy = doc.clone();
        copy[at] = doc[j];
        copy[j] = doc[at];
        return copy;
      }
      case 3 -> {
        applied.add("truncate at byte " + at);
        return Arrays.copyOf(doc, at);
      }
      case 4, 5 -> {
        List<int[]> values = valueSpans(text);
        if (values.isEmpty()) {
          return doc;
        }
        int[] span = values.get(random.nextInt(values.size()));
        String value = VALUES[random.nextInt(VALUES.length)];
        applied.add("replace value at char " + span[0] + " with " + value);
        return (text.substring(0, span[0]) + value + text.substring(span[1]))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 6 -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        applied.add("duplicate line " + (line + 1));
        lines.add(line, lines.get(line));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 7 -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        applied.add("delete line " + (line + 1));
        lines.remove(line);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 8 -> {
        // a key whose line ends with a comma: duplicate the whole property
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> properties = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).trim().startsWith("\"") && lines.get(i).contains("\": ")
              && lines.get(i).endsWith(",")) {
            properties.add(i);
          }
        }
        if (properties.isEmpty()) {
          return doc;
        }
        int line = properties.get(random.nextInt(properties.size()));
        applied.add("duplicate key on line " + (line + 1));
        lines.add(line, lines.get(line));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 9 -> {
        int digit = text.indexOf(Character.forDigit(random.nextInt(10), 10), random.nextInt(text.length()));
        if (digit < 0) {
          return doc;
        }
        char d = Character.forDigit(random.nextInt(10), 10);
        applied.add("digit at char " + digit + " becomes " + d);
        return (text.substring(0, digit) + d + text.substring(digit + 1))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 10 -> {
        int b = 0x80 + random.nextInt(0x80);
        applied.add("insert raw byte " + Integer.toHexString(b) + " at byte " + at);
        return concat(Arrays.copyOfRange(doc, 0, at), new byte[] {(byte) b},
            Arrays.copyOfRange(doc, at, doc.length));
      }
      default -> {
        String[] renames = {"\"s1\"", "\"a1\"", "\"src0\"", "\"e0\"", "\"src0-copy0\""};
        String from = renames[random.nextInt(renames.length)];
        int where = text.indexOf(from, random.nextInt(text.length()));
        if (where < 0) {
          return doc;
        }
        String to = random.nextBoolean() ? "\"zz9\"" : "\"s0\"";
        applied.add("rename " + from + " at char " + where + " to " + to);
        return (text.substring(0, where) + to + text.substring(where + from.length()))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /** Returns the spans of the values of properties written one per line: after {@code ": "}. */
  private static List<int[]> valueSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    while (true) {
      int colon = text.indexOf("\": ", from);
      if (colon < 0) {
        return spans;
      }
      int start = colon + 3;
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start && text.charAt(end - 1) == ',') {
        end--;
      }
      char first = start < text.length() ? text.charAt(start) : ' ';
      if (first != '[' && first != '{') {
        spans.add(new int[] {start, end});
      }
      from = start;
    }
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
