package dev.argmap.json;

import static dev.argmap.json.MalformedCorpusTest.expectFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.Voice;
import dev.argmap.testing.RandomMaps;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How reading and writing behave, and how problems are reported. */
class ReadingTest {
  private static final String BASE = TestFiles.text("malformed-base.json");

  @Test
  void aFileAStreamAndAStringReadTheSame() throws IOException {
    Path file = TestFiles.resource("golden/full.json");
    ArgumentMap map = ArgMapJson.read(file);
    assertThat(ArgMapJson.read(new ByteArrayInputStream(TestFiles.bytes("golden/full.json"))))
        .isEqualTo(map);
    assertThat(ArgMapJson.readString(TestFiles.text("golden/full.json"))).isEqualTo(map);
  }

  @Test
  void evidenceItemsNamingOneSourceShareItsIdentifierAndABadOneIsReportedAtEachUse() throws IOException {
    ArgumentMap map = RandomMaps.withStatements(300).seed(7).generate();
    ArgumentMap read = ArgMapJson.readString(ArgMapJson.writeString(map));

    assertThat(read).isEqualTo(map);
    assertThat(read.evidence()).isNotEmpty();
    for (Evidence e : read.evidence()) {
      // the reader keeps one identifier per source text, so a reference is the source's own identifier
      assertThat(e.source()).isSameAs(read.source(e.source()).orElseThrow().id());
    }

    String twice = BASE.replace(
        "\"source\": \"src1\", \"weight\": 0.9}",
        "\"source\": \"bad id\", \"weight\": 0.9},\n"
            + "    {\"id\": \"e2\", \"statement\": \"p1\", \"quote\": \"Q.\", \"source\": \"bad id\"}");
    assertThat(twice).isNotEqualTo(BASE);
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(twice));
    assertThat(e.problems()).filteredOn(p -> p.message().contains("\"bad id\" is not a valid identifier"))
        .hasSize(2);
  }

  @Test
  void aStreamIsNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ArgMapJson.read(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aStreamThatTricklesOneByteAtATimeReads() throws IOException {
    byte[] bytes = ("\uFEFF" + TestFiles.text("golden/full.json")).getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertThat(ArgMapJson.read(trickle)).isEqualTo(GoldenMaps.full());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    assertThat(ArgMapJson.readString("\uFEFF" + BASE)).isEqualTo(ArgMapJson.readString(BASE));
    byte[] bytes = ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_8);
    assertThat(ArgMapJson.read(new ByteArrayInputStream(bytes))).isEqualTo(ArgMapJson.readString(BASE));
  }

  @Test
  void failuresOfIoAreIoExceptions() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    assertThatThrownBy(() -> ArgMapJson.read(broken))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ArgMapFormatException.class)
        .hasMessageContaining("disk on fire");
    assertThatThrownBy(() -> ArgMapJson.read(Path.of("no", "such", "file.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void structuralAndModelProblemsAreReportedTogetherWithLinesAndColumns() {
    String json = BASE.replace("\"weight\": 0.9", "\"weight\": 1.5")
        .replace("\"premises\": [\"p1\"]", "\"premises\": [\"p9\"]")
        .replace("\"credibility\": 0.75", "\"credibility\": -0.1");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "line 10, column 31 ($.arguments[0].premises[0]): premise p9 is not a statement of the map",
        "line 13, column 125 ($.evidence[0].weight): weight must be in [0, 1] but was 1.5",
        "line 16, column 80 ($.sources[0].credibility): credibility must be in [0, 1] but was -0.1");
    assertThat(e.getMessage()).isEqualTo("not a valid argmap JSON document: 3 problems"
        + System.lineSeparator() + "  " + e.problems().get(0)
        + System.lineSeparator() + "  " + e.problems().get(1)
        + System.lineSeparator() + "  " + e.problems().get(2));
  }

  @Test
  void everyStructuralProblemIsReportedInOneGo() {
    String json = BASE.replace("\"weight\": 0.9", "\"weight\": \"high\"")
        .replace("\"kind\": \"news-report\"", "\"kind\": \"tweet\"")
        .replace("\"date\": \"2020-10-22\"", "\"date\": \"22.10.2020\"")
        .replace("{\"id\": \"t1\", \"text\"", "{\"id\": \"t1\", \"txet\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
        "$.statements[0]", "$.statements[0].txet", "$.evidence[0].weight", "$.sources[0].kind",
        "$.sources[0].date");
  }

  @Test
  void problemsOfTheModelArePlacedAtTheirField() {
    ArgumentMap valid = GoldenMaps.full();
    String json = ArgMapJson.writeString(valid)
        .replace("\"title\": \"No alliance\"", "\"title\": \" \"")
        .replace("\"name\": \"John Doe\"", "\"name\": \"\"")
        .replace("\"citedWork\": \"src2\"", "\"citedWork\": \"src1\"")
        .replace("\"id\": \"c2\"", "\"id\": \"c1\"")
        .replace("\"argument\": \"a1\"", "\"argument\": \"a3\"")
        .replace("\"theses\": [\n    \"t1\",\n    \"t2\"", "\"theses\": [\n    \"t1\",\n    \"t1\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.theses[1]: thesis t1 is named twice",
        "$.statements[0].title: title must not be blank",
        "$.arguments[2].conclusion.argument: concludes itself",
        "$.evidence[0].citedWork: names its source src1 as the work it cites",
        "$.sources[0].authors[1].name: author name must not be blank",
        "$.sources[0].copies[1].id: identifier \"c1\" is used by more than one copy (sources src1 and src1)");
  }

  @Test
  void unknownPropertiesAreRejectedWithASuggestionOrSkippedOnRequest() {
    String json = BASE.replace("\"premises\"", "\"premise\"").replace("\"theses\"", "\"x\": {\"y\": [1]}, \"theses\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::message).contains(
        "unknown property \"x\"; expected one of: format, formatVersion, title, description, theses, "
            + "statements, arguments, evidence, sources, extensions",
        "unknown property \"premise\"; did you mean \"premises\"?",
        "missing required property \"premises\"");
    JsonReadOptions lenient = JsonReadOptions.builder().ignoreUnknownProperties(true).build();
    String onlyExtra = BASE.replace("\"theses\"", "\"x\": {\"y\": [1]}, \"theses\"")
        .replace("\"quote\"", "\"page\": 3, \"quote\"");
    assertThat(ArgMapJson.reader(lenient).readString(onlyExtra)).isEqualTo(ArgMapJson.readString(BASE));
  }

  @Test
  void aRepeatedNameInsideIgnoredPropertiesIsRefusedFromAStreamAsFromAString() throws IOException {
    // the first pass of a stream or file parses without Jackson's duplicate detection and must
    // still refuse what the second pass (and a string) refuses
    JsonReadOptions lenient = JsonReadOptions.builder().ignoreUnknownProperties(true).build();
    List<String> documents = List.of(
        BASE.replace("\"theses\"", "\"x\": {\"y\": [{\"z\": 1, \"z\": 2}]}, \"theses\""),
        BASE.replace("\"theses\"", "\"x\": 1, \"x\": 2, \"theses\""),
        BASE.replace("\"quote\"", "\"page\": [3], \"page\": {}, \"quote\""));
    for (String json : documents) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      ArgMapFormatException fromString =
          expectFailure(() -> ArgMapJson.reader(lenient).readString(json));
      ArgMapFormatException fromStream =
          expectFailure(() -> ArgMapJson.reader(lenient).read(new ByteArrayInputStream(bytes)));
      assertThat(fromStream.problems()).as(json).isEqualTo(fromString.problems());
      assertThat(fromString.problems()).as(json).extracting(JsonProblem::message)
          .anyMatch(m -> m.startsWith("duplicate key"));
    }
    // the same names once each are read
    String once = BASE.replace("\"theses\"", "\"x\": {\"y\": [{\"z\": 1, \"w\": 2}], \"z\": 3}, \"theses\"");
    assertThat(ArgMapJson.reader(lenient).read(
        new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(ArgMapJson.readString(BASE));
  }

  @Test
  void tooManyProblemsAreCut() {
    StringBuilder json = new StringBuilder("{\"format\": \"argmap\", \"formatVersion\": 2, "
        + "\"theses\": [\"s0\"], \"statements\": [\n");
    for (int i = 0; i < 500; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i).append("\", \"text\": 1}");
    }
    json.append("]}");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json.toString()));
    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).message()).isEqualTo("too many problems: reading stopped after 100");
  }

  @Test
  void tooManyModelProblemsAreCut() {
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "T.");
    for (int i = 0; i < 300; i++) {
      b.addStatements(Statement.of("s" + i, "S."));
      b.addArguments(Argument.builder().id(ArgumentId.of("a" + i)).addPremises(StatementId.of("s" + i))
          .conclusion(StatementId.of("t")).polarity(Polarity.SUPPORTS).weight(0.5).build());
    }
    // 300 arguments whose conclusion is not in the map: 300 model problems (a weight out of range would
    // not do: the reader finds those itself, at the field, and stops at its own cap)
    String json = ArgMapJson.writeString(b.build()).replace("\"statement\": \"t\"", "\"statement\": \"nowhere\"");
    assertThat(json).contains("\"statement\": \"nowhere\"").doesNotContain("\"statement\": \"t\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).message())
        .isEqualTo("and 200 more problems, from here on, that are not listed");
  }

  @Test
  void writingIsDeterministicAndLaidOutAsSpecified() {
    ArgumentMap map = RandomMaps.withStatements(40).seed(11).generate();
    String json = ArgMapJson.writeString(map);
    assertThat(ArgMapJson.writeString(RandomMaps.withStatements(40).seed(11).generate())).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"format\": \"argmap\",\n  \"formatVersion\": 2,\n").endsWith("\n}\n");
    for (String line : json.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertThat(indent % 2).as(line).isZero();
      assertThat(line).as(line).doesNotEndWith(" ").doesNotContain("\r");
    }
  }

  @Test
  void doublesAreWrittenInTheirShortestFormThatReadsBackExactly() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 2_000; i++) {
      double w = switch (i) {
        case 0 -> Double.MIN_VALUE;
        case 1 -> -0.0;
        case 2 -> 0.1;
        case 3 -> 1.0 / 3;
        case 4 -> Math.nextDown(1.0);
        default -> random.nextDouble();
      };
      ArgumentMap map = ArgumentMap.builder().thesis("t", "T.").statement("p", "P.")
          .addArguments(Argument.builder().id(ArgumentId.of("a")).addPremises(StatementId.of("p"))
              .conclusion(StatementId.of("t")).polarity(Polarity.SUPPORTS).weight(w).build())
          .build();
      String json = ArgMapJson.writeString(map);
      String text = json.substring(json.indexOf("\"weight\": ") + 10, json.indexOf('\n', json.indexOf("\"weight\": ")));
      double back = Double.parseDouble(text);
      assertThat(Double.doubleToRawLongBits(back)).as(text).isEqualTo(Double.doubleToRawLongBits(w));
      assertThat(text.length()).as(text).isLessThanOrEqualTo(Double.toString(w).length());
      assertThat(ArgMapJson.readString(json)).isEqualTo(map);
    }
    assertThat(ArgMapJson.writeString(ArgumentMap.builder().thesis("t", "T.").statement("p", "P.")
        .addArguments(Argument.builder().id(ArgumentId.of("a")).addPremises(StatementId.of("p"))
            .conclusion(StatementId.of("t")).polarity(Polarity.SUPPORTS).weight(0.1).build())
        .build())).contains("\"weight\": 0.1\n");
  }

  @Test
  void stringsWithSurrogatePairsAndControlCharactersRoundTrip() {
    for (String text : List.of("pair \uD83D\uDE00 ok", "a\u0000\u0001\u001f", "\"\\/\b\f\n\r\t",
        "x\u2028\u2029")) {
      ArgumentMap map = ArgumentMap.builder().addStatements(Statement.of("t", text))
          .addTheses(StatementId.of("t")).build();
      String json = ArgMapJson.writeString(map);
      assertThat(ArgMapJson.readString(json)).as(json).isEqualTo(map);
      assertThat(ArgMapJson.writeString(ArgMapJson.readString(json))).isEqualTo(json);
    }
  }

  @Test
  void anUnpairedSurrogateIsRejectedOnReadingAtItsLineAndColumn() {
    String json = "{\n  \"format\": \"argmap\",\n  \"formatVersion\": 2,\n  \"theses\": [\"t\"],\n"
        + "  \"statements\": [\n    {\"id\": \"t\", \"text\": \"bad \\ud800 text\"}\n  ]\n}\n";
    assertThatThrownBy(() -> ArgMapJson.readString(json))
        .isInstanceOfSatisfying(ArgMapFormatException.class, e -> assertThat(e.problems())
            .singleElement()
            .satisfies(p -> {
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.column()).isEqualTo(25); // the text value
              assertThat(p.message()).contains("not valid Unicode", "U+D800", "character 5");
            }));
  }

  @Test
  void problemsAndTheExceptionCheckTheirParts() {
    assertThat(new JsonProblem(12, 7, "$.evidence[3].weight", "weight must be in [0, 1] but was 1.5"))
        .hasToString("line 12, column 7 ($.evidence[3].weight): weight must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> new JsonProblem(0, 1, "$", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonProblem(1, 0, "$", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonProblem(1, 1, null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ArgMapFormatException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    ArgMapFormatException e = new ArgMapFormatException("map.json", List.of(new JsonProblem(1, 2, "$", "bad")));
    assertThat(e).hasMessage("not a valid argmap JSON document (map.json): 1 problem"
        + System.lineSeparator() + "  line 1, column 2 ($): bad");
    assertThat(e).isInstanceOf(RuntimeException.class);
  }

  @Test
  void theFormatVersionIsTwoAndVersionOneStillHasItsSchema() {
    assertThat(ArgMapJson.FORMAT_VERSION).isEqualTo(2);
    assertThat(ArgMapJson.schema()).contains("\"const\": 2").isEqualTo(ArgMapJson.schema(2));
    assertThat(ArgMapJson.schema(1)).contains("\"const\": 1").doesNotContain("\"voice\"");
    assertThatThrownBy(() -> ArgMapJson.schema(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported formatVersion 3");
    assertThatThrownBy(() -> ArgMapJson.schema(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void versionOneReadsWhateverOrderItsPropertiesComeIn() {
    String v1 = BASE.replace("\"formatVersion\": 2,", "\"formatVersion\": 1,");
    assertThat(ArgMapJson.readString(v1)).isEqualTo(ArgMapJson.readString(BASE));
    String voiceBeforeVersion = "{\"evidence\": [{\"id\": \"e1\", \"statement\": \"t1\", \"quote\": \"q\", "
        + "\"source\": \"s1\", \"voice\": \"source\"}], \"sources\": [{\"id\": \"s1\", \"kind\": \"other\"}], "
        + "\"theses\": [\"t1\"], \"statements\": [{\"id\": \"t1\", \"text\": \"T.\"}], "
        + "\"format\": \"argmap\", \"formatVersion\": %d}";
    assertThat(ArgMapJson.readString(String.format(voiceBeforeVersion, 2)).evidence().get(0).voice())
        .isEqualTo(Voice.SOURCE);
    ArgMapFormatException e =
        expectFailure(() -> ArgMapJson.readString(String.format(voiceBeforeVersion, 1)));
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "line 1, column 86 ($.evidence[0].voice): property \"voice\" is new in formatVersion 2, but "
            + "this document is version 1; set formatVersion to 2, or leave it out");
  }

  @Test
  void aVoiceThatDisagreesWithTheSpeakerIsReportedAtTheVoice() {
    String json = BASE.replace("\"weight\": 0.9}", "\"weight\": 0.9, \"voice\": \"direct-quotation\"}");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "$.evidence[0].voice: is direct quotation but names no speaker");
  }
}
