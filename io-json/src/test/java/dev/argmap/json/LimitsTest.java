package dev.argmap.json;

import static dev.argmap.json.MalformedCorpusTest.expectFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents fail fast, within the limits, without exhausting memory or the stack. */
class LimitsTest {
  private static final String HEAD = "{\"format\": \"argmap\", \"formatVersion\": 2, ";

  @TempDir Path dir;

  @Test
  void nestingTenThousandDeepFailsAtTheNestingLimit() {
    String json = HEAD + "\"description\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo(
          "arrays and objects are nested 65 deep, deeper than the limit of 64");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isBetween(HEAD.length() + 60, HEAD.length() + 90);
    });
  }

  @Test
  void deepNestingInsideAnIgnoredPropertyStillFailsAtTheNestingLimit() {
    String json = HEAD + "\"extra\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000)
        + ", \"theses\": [\"t1\"], \"statements\": [{\"id\": \"t1\", \"text\": \"T.\"}]}";
    JsonReadOptions lenient = JsonReadOptions.builder().ignoreUnknownProperties(true).build();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(lenient).readString(json));
    assertThat(e.problems().get(0).message()).contains("nested 65 deep");
  }

  @Test
  void nestingFiftyThousandDeepWithTheLimitLiftedNeverOverflowsTheStack() {
    String json = HEAD + "\"description\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    JsonReadOptions deep = JsonReadOptions.builder().maxNestingDepth(1_000_000).build();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(deep).readString(json));
    assertThat(e.getMessage()).contains("description must be a string but was an array");
  }

  @Test
  void aHundredMegabyteStringFailsFastAtTheStringLimit() throws IOException {
    CountingStream in = hugeString("\"title\": \"", 100L << 20);
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.read(in));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("a string is longer than the limit of 1048576 characters");
      assertThat(p.path()).isEqualTo("$.title");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(HEAD.length() + "\"title\": ".length() + 1);
    });
    assertThat(in.served).as("bytes read before failing").isLessThan(4L << 20);
  }

  @Test
  void aHundredMegabyteStringWithTheStringLimitLiftedFailsAtTheDocumentLimit() throws IOException {
    JsonReadOptions options = JsonReadOptions.builder()
        .maxStringLength(Integer.MAX_VALUE)
        .maxDocumentBytes(8L << 20)
        .build();
    CountingStream in = hugeString("\"title\": \"", 100L << 20);
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(options).read(in));
    assertThat(e.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("the document is larger than the limit of 8388608 bytes"));
    assertThat(in.served).isLessThan(9L << 20);
  }

  @Test
  void aHundredMegabyteStringInAnIgnoredPropertyIsSkippedUpToTheDocumentLimit() throws IOException {
    JsonReadOptions options = JsonReadOptions.builder()
        .ignoreUnknownProperties(true)
        .maxDocumentBytes(16L << 20)
        .build();
    CountingStream in = hugeString("\"extra\": \"", 100L << 20);
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(options).read(in));
    assertThat(e.problems().get(0).message()).contains("larger than the limit of 16777216 bytes");
    assertThat(in.served).isLessThan(17L << 20);
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedBeforeItIsParsed() throws IOException {
    Path file = dir.resolve("big.json");
    Files.write(file, new byte[2_000]); // not even JSON: the size is checked first
    JsonReadOptions small = JsonReadOptions.builder().maxDocumentBytes(1_000).build();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(small).read(file));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message())
          .isEqualTo("the document is 2000 bytes long, larger than the limit of 1000 bytes");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(1);
    });
    assertThat(e.getMessage()).contains(file.toString());
  }

  @Test
  void aStreamOverTheSizeLimitIsStoppedWhileItIsRead() {
    String json = ArgMapJson.writeString(RandomMaps.withStatements(100).seed(7).generate());
    JsonReadOptions small = JsonReadOptions.builder().maxDocumentBytes(10_000).build();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(small)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("the document is larger than the limit of 10000 bytes");
      assertThat(p.line()).isGreaterThan(1);
    });
  }

  @Test
  void aStringOverTheSizeLimitIsRejectedBeforeItIsParsed() {
    JsonReadOptions small = JsonReadOptions.builder().maxDocumentBytes(10).build();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(small).readString("{\"é\": 1234}"));
    assertThat(e.problems().get(0).message())
        .isEqualTo("the document is 12 bytes long, larger than the limit of 10 bytes");
  }

  @Test
  void anArrayOverTheElementLimitIsStopped() {
    StringBuilder json = new StringBuilder(HEAD).append("\"theses\": [");
    for (int i = 0; i < 20; i++) {
      json.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
    }
    json.append("], \"statements\": []}");
    JsonReadOptions options = JsonReadOptions.builder().maxArrayElements(10).build();
    ArgMapFormatException e =
        expectFailure(() -> ArgMapJson.reader(options).readString(json.toString()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("theses has more than 10 elements, the limit of this reader");
      assertThat(p.path()).isEqualTo("$.theses[10]");
    });
  }

  @Test
  void aLongPropertyNameFailsAtTheStringLimit() {
    JsonReadOptions options = JsonReadOptions.builder().maxStringLength(100).build();
    String json = HEAD + "\"" + "x".repeat(500) + "\": 1}";
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(options).readString(json));
    assertThat(e.problems().get(0).message())
        .isEqualTo("a property name is longer than the limit of 100 characters");
  }

  @Test
  void aNumberWithThousandsOfDigitsFails() {
    String json = HEAD + "\"theses\": [], \"statements\": [], \"arguments\": [{\"weight\": 1"
        + "0".repeat(5_000) + "}]}";
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems().get(0).message()).startsWith("a number has more than");
  }

  @Test
  void largeValidMapsAreWithinTheDefaultLimits() throws IOException {
    ArgumentMap map = RandomMaps.withStatements(10_000).seed(3).generate();
    Path file = dir.resolve("large.json");
    ArgMapJson.write(map, file);
    assertThat(Files.size(file)).isGreaterThan(5L << 20);
    assertThat(ArgMapJson.read(file)).isEqualTo(map);
  }

  @Test
  void optionsHaveSafeDefaultsAndRejectNonsense() {
    JsonReadOptions d = JsonReadOptions.defaults();
    assertThat(d.maxDocumentBytes()).isEqualTo(64L << 20);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(1 << 20);
    assertThat(d.maxArrayElements()).isEqualTo(2_000_000);
    assertThat(d.ignoreUnknownProperties()).isFalse();
    assertThat(JsonReadOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toBuilder().maxNestingDepth(10).build())
        .isNotEqualTo(d)
        .satisfies(o -> assertThat(o.toString()).contains("maxNestingDepth=10"));
    assertThat(ArgMapJson.reader(d).options()).isEqualTo(d);
    assertThatThrownBy(() -> JsonReadOptions.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be at least 1 but was 0");
    assertThatThrownBy(() -> JsonReadOptions.builder().maxNestingDepth(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonReadOptions.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonReadOptions.builder().maxArrayElements(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A document that is {@code HEAD}, then {@code property}, then {@code length} letters, made up as
   * it is read, never held in memory; it counts the bytes it serves.
   */
  private static CountingStream hugeString(String property, long length) {
    return new CountingStream((HEAD + property).getBytes(StandardCharsets.UTF_8), length);
  }

  private static final class CountingStream extends InputStream {
    private final byte[] head;
    private final long total;
    long served;

    CountingStream(byte[] head, long letters) {
      this.head = head;
      this.total = head.length + letters + 2;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      long i = served++;
      if (i < head.length) {
        return head[(int) i];
      }
      return i == total - 2 ? '"' : i == total - 1 ? '}' : 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - served);
      for (int k = 0; k < n; k++) {
        b[off + k] = (byte) read();
      }
      return n;
    }
  }
}
