package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.argmap.testing.RandomMaps;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a document as a stream of its parts, and writing one part by part. */
class StreamingTest {
  private static final String BASE = TestFiles.text("malformed-base.json");

  /** Collects what a streamed reading hands over, into a map and a list of where each was. */
  static final class Collector implements MapVisitor {
    final ArgumentMap.Builder map = ArgumentMap.builder();
    final List<String> places = new ArrayList<>();

    @Override
    public void title(String title) {
      map.title(title);
    }

    @Override
    public void description(String description) {
      map.description(description);
    }

    @Override
    public void thesis(StatementId thesis) {
      map.addTheses(thesis);
    }

    @Override
    public void statement(Statement statement, JsonLocation at) {
      map.addStatements(statement);
      places.add(at.path());
    }

    @Override
    public void argument(Argument argument, JsonLocation at) {
      map.addArguments(argument);
      places.add(at.path());
    }

    @Override
    public void evidence(Evidence evidence, JsonLocation at) {
      map.addEvidence(evidence);
      places.add(at.path());
    }

    @Override
    public void source(Source source, JsonLocation at) {
      map.addSources(source);
      places.add(at.path());
    }

    @Override
    public void extension(String namespace, String data) {
      map.putExtension(namespace, data);
    }
  }

  /** Something that streams a document. */
  interface Streaming {
    void run() throws IOException;
  }

  static ArgMapFormatException expectFailure(Streaming streaming) {
    Throwable t = catchThrowable(streaming::run);
    assertThat(t).isInstanceOf(ArgMapFormatException.class);
    return (ArgMapFormatException) t;
  }

  static Stream<ArgumentMap> maps() {
    return Stream.concat(Stream.of(GoldenMaps.full(), GoldenMaps.minimal()),
        IntStream.range(0, 25).mapToObj(seed -> {
          ArgumentMap map = RandomMaps.withStatements(1 + seed * 3).seed(seed).generate();
          return seed % 3 == 0
              ? map.toBuilder().putExtension("aif", "{\"nodes\": []}").putExtension("x", "y").build()
              : map;
        }));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void aStreamedReadingHandsOverWhatTheFullReadingReads(ArgumentMap original, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("map.json");
    ArgMapJson.write(original, file);
    Collector collector = new Collector();
    ArgMapJson.stream(file, collector);
    assertThat(collector.map.build()).isEqualTo(ArgMapJson.read(file)).isEqualTo(original);
    List<String> expected = new ArrayList<>();
    for (var list : Map.of("statements", original.statements().size(), "arguments",
        original.arguments().size(), "evidence", original.evidence().size(), "sources",
        original.sources().size()).entrySet()) {
      for (int i = 0; i < list.getValue(); i++) {
        expected.add("$." + list.getKey() + "[" + i + "]");
      }
    }
    assertThat(collector.places).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("maps")
  void aStreamedWriteIsByteForByteTheWriterOfTheWholeMap(ArgumentMap map, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("streamed.json");
    ArgMapJson.writeStreamed(file, out -> write(map, out));
    assertThat(Files.readAllBytes(file))
        .isEqualTo(ArgMapJson.writeString(map).getBytes(StandardCharsets.UTF_8));
  }

  static void write(ArgumentMap map, MapStreamWriter out) {
    map.title().ifPresent(out::title);
    map.description().ifPresent(out::description);
    map.thesisIds().forEach(out::thesis);
    map.statements().forEach(out::statement);
    map.arguments().forEach(out::argument);
    map.evidence().forEach(out::evidence);
    map.sources().forEach(out::source);
    map.extensions().forEach(out::extension);
  }

  @Test
  void partsOutOfOrderAreRefusedAndTheFileIsLeftAsItWas(@TempDir Path dir) throws IOException {
    ArgumentMap map = GoldenMaps.full();
    Path file = dir.resolve("map.json");
    Files.writeString(file, "old");
    assertThatThrownBy(() -> ArgMapJson.writeStreamed(file, out -> {
      out.argument(map.arguments().get(0));
      out.statement(map.statements().get(0));
    })).isInstanceOf(IllegalStateException.class)
        .hasMessage("a statement must come before the arguments: the format writes statements, "
            + "arguments, evidence, sources, then extensions");
    assertThatThrownBy(() -> ArgMapJson.writeStreamed(new ByteArrayOutputStream(), out -> {
      out.statement(map.statements().get(0));
      out.title("late");
    })).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("title must be given before the first element");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aStreamedReadingHandsOverTheGoodElementsAndThenReportsEveryProblem() {
    String json = BASE.replace("{\"id\": \"p1\", \"text\"", "{\"id\": \"p1\", \"txt\"")
        .replace("\"credibility\": 0.75", "\"credibility\": \"high\"");
    Collector collector = new Collector();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(JsonReadOptions.defaults())
        .stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), collector));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
        "$.statements[1]", "$.statements[1].txt", "$.sources[0].credibility");
    assertThat(collector.places).containsExactly(
        "$.statements[0]", "$.arguments[0]", "$.evidence[0]", "$.sources[0]");
  }

  @Test
  void theLimitsHoldWhenStreaming(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, BASE);
    JsonReadOptions fewElements = JsonReadOptions.builder().maxArrayElements(1).build();
    ArgMapFormatException many = expectFailure(
        () -> ArgMapJson.reader(fewElements).stream(file, new MapVisitor() {}));
    assertThat(many.problems()).extracting(JsonProblem::message)
        .containsExactly("statements has more than 1 elements, the limit of this reader");

    JsonReadOptions small = JsonReadOptions.builder().maxDocumentBytes(100).build();
    ArgMapFormatException large = expectFailure(
        () -> ArgMapJson.reader(small).stream(file, new MapVisitor() {}));
    assertThat(large.problems()).singleElement().extracting(JsonProblem::message).asString()
        .startsWith("the document is " + Files.size(file) + " bytes long");
    ArgMapFormatException largeStream = expectFailure(() -> ArgMapJson.reader(small)
        .stream(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)),
            new MapVisitor() {}));
    assertThat(largeStream.problems()).extracting(JsonProblem::message)
        .contains("the document is larger than the limit of 100 bytes");

    JsonReadOptions shallow = JsonReadOptions.builder().maxNestingDepth(2).build();
    ArgMapFormatException deep = expectFailure(
        () -> ArgMapJson.reader(shallow).stream(file, new MapVisitor() {}));
    assertThat(deep.problems()).singleElement().extracting(JsonProblem::message).asString()
        .isEqualTo("arrays and objects are nested 3 deep, deeper than the limit of 2");
  }

  @Test
  void anUnknownVersionIsRejectedByNameBeforeAnyElementIsHandedOver() {
    String json = BASE.replace("\"formatVersion\": 2", "\"formatVersion\": 3");
    Collector collector = new Collector();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(JsonReadOptions.defaults())
        .stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), collector));
    assertThat(e.problems()).extracting(JsonProblem::message).containsExactly(
        "unsupported formatVersion 3: this reader knows versions 1 and 2");
    assertThat(collector.places).isEmpty();
  }

  @Test
  void aVersionAfterTheElementsIsRefusedWhenStreaming() {
    String json = "{\"format\": \"argmap\", \"theses\": [\"t\"], \"statements\": "
        + "[{\"id\": \"t\", \"text\": \"T\"}], \"formatVersion\": 2}";
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.reader(JsonReadOptions.defaults())
        .stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            new MapVisitor() {}));
    assertThat(e.problems()).extracting(JsonProblem::message).containsExactly(
        "format and formatVersion must come before statements when a document is read as a "
            + "stream; put them first, as the writer does");
    assertThat(ArgMapJson.readString(json).statements()).hasSize(1);
  }

  @Test
  void theExampleOfTheFormatDocRunsAndIsQuotedVerbatim(@TempDir Path dir) throws IOException {
    ArgumentMap map = GoldenMaps.full();
    Path file = dir.resolve("map.json");
    Path halved = dir.resolve("halved.json");
    ArgMapJson.write(map, file);
    // example start
    // count the evidence of each source, holding one element at a time
    Map<SourceId, Integer> evidenceBySource = new HashMap<>();
    ArgMapJson.stream(file, new MapVisitor() {
      @Override
      public void evidence(Evidence evidence, JsonLocation at) {
        evidenceBySource.merge(evidence.source(), 1, Integer::sum);
      }
    });

    // write a copy in which every argument weighs half as much, one element at a time
    ArgMapJson.writeStreamed(halved, out -> ArgMapJson.stream(file, new MapVisitor() {
      @Override
      public void title(String title) {
        out.title(title);
      }

      @Override
      public void thesis(StatementId thesis) {
        out.thesis(thesis);
      }

      @Override
      public void statement(Statement statement, JsonLocation at) {
        out.statement(statement);
      }

      @Override
      public void argument(Argument argument, JsonLocation at) {
        out.argument(argument.withWeight(argument.weight() / 2));
      }

      @Override
      public void evidence(Evidence evidence, JsonLocation at) {
        out.evidence(evidence);
      }

      @Override
      public void source(Source source, JsonLocation at) {
        out.source(source);
      }
    }));
    // example end
    Map<SourceId, Integer> expected = new HashMap<>();
    map.evidence().forEach(e -> expected.merge(e.source(), 1, Integer::sum));
    assertThat(evidenceBySource).isEqualTo(expected);
    ArgumentMap copy = ArgMapJson.read(halved);
    assertThat(copy.arguments()).extracting(Argument::weight)
        .containsExactlyElementsOf(map.arguments().stream().map(a -> a.weight() / 2).toList());
    assertThat(copy.toBuilder().build().statements()).isEqualTo(map.statements());

    String source = Files.readString(Path.of("src/test/java/dev/argmap/json/StreamingTest.java"));
    String region = source.substring(source.indexOf("    // example start\n")
        + "    // example start\n".length(), source.indexOf("    // example end"));
    String code = region.lines().map(line -> line.length() >= 4 ? line.substring(4) : line)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    String doc = Files.readString(Path.of("../docs/format/README.md"));
    int start = doc.indexOf("```java\n", doc.indexOf("<!-- streaming example")) + "```java\n".length();
    assertThat(doc.substring(start, doc.indexOf("```", start))).isEqualTo(code);
  }
}
