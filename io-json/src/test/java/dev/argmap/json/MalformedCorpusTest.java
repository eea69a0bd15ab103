package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of malformed documents in {@code src/test/resources/malformed/}: each must fail
 * with an {@link ArgMapFormatException} that has the expected problem, at the expected line, column
 * and path, whichever way it is read.
 */
class MalformedCorpusTest {
  private static final Path CORPUS = TestFiles.resource("malformed");

  static Stream<Arguments> expectations() throws IOException {
    return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
  }

  @ParameterizedTest(name = "{0}: line {1}, column {2}: {4}")
  @MethodSource("expectations")
  void failsWithTheExpectedProblem(
      String file, int line, int column, String path, String fragment) throws IOException {
    ArgMapFormatException e = failure(file);
    assertThat(e.problems())
        .as("problems of %s:%n%s", file, e.getMessage())
        .anySatisfy(p -> {
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.column()).isEqualTo(column);
          if (!path.equals("*")) {
            assertThat(p.path()).isEqualTo(path);
          }
          assertThat(p.message()).contains(fragment);
        });
    assertThat(e.getMessage()).contains("line " + line + ", column " + column + " (");
  }

  @Test
  void everyFileOfTheCorpusHasAnExpectation() throws IOException {
    List<String> expected = expectations().map(a -> (String) a.get()[0]).toList();
    List<String> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    assertThat(expected).containsAll(files);
    assertThat(files).containsAll(expected);
  }

  @Test
  void theBaseOfTheCorpusIsValid() throws IOException {
    assertThat(ArgMapJson.read(TestFiles.resource("malformed-base.json")).statements()).hasSize(2);
  }

  /** Reads a file as a path, as a stream and (when it is UTF-8) as a string: all agree. */
  private static ArgMapFormatException failure(String file) throws IOException {
    Path path = CORPUS.resolve(file);
    ArgMapFormatException fromPath = expectFailure(() -> ArgMapJson.read(path));
    byte[] bytes = Files.readAllBytes(path);
    ArgMapFormatException fromStream =
        expectFailure(() -> ArgMapJson.read(new ByteArrayInputStream(bytes)));
    assertThat(fromStream.problems()).isEqualTo(fromPath.problems());
    String text = utf8(bytes);
    if (text != null) {
      ArgMapFormatException fromString = expectFailure(() -> ArgMapJson.readString(text));
      assertThat(fromString.problems()).isEqualTo(fromPath.problems());
    }
    assertThat(fromPath.getMessage()).contains(path.toString());
    return fromPath;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  interface Read {
    Object run() throws IOException;
  }

  static ArgMapFormatException expectFailure(Read read) {
    Throwable t = catchThrowable(read::run);
    assertThat(t).isInstanceOf(ArgMapFormatException.class);
    return (ArgMapFormatException) t;
  }
}
