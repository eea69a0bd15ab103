package dev.argmap.json;

import static dev.argmap.json.MalformedCorpusTest.expectFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.RandomMaps;
import dev.argmap.model.ArgumentMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document with problems of structure and of the model at once reports all of them in one
 * exception (issue 14: "one round of fixes is enough"), and nothing that follows only from what the
 * reader had to leave out.
 */
class OneRoundTest {
  private static final String BASE = TestFiles.text("malformed-base.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void aTypoAWrongTypeABadWeightAndADanglingReferenceAreReportedTogether() {
    String json = BASE
        .replace("{\"id\": \"p1\", \"text\"", "{\"id\": \"p1\", \"txt\"")
        .replace("\"weight\": 0.8", "\"weight\": 1.5")
        .replace("\"source\": \"src1\"", "\"source\": \"src9\"")
        .replace("\"credibility\": 0.75", "\"credibility\": \"high\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "line 7, column 5 ($.statements[1]): missing required property \"text\"",
        "line 7, column 18 ($.statements[1].txt): unknown property \"txt\"; did you mean \"text\"?",
        "line 10, column 107 ($.arguments[0].weight): weight must be in [0, 1] but was 1.5",
        "line 13, column 107 ($.evidence[0].source): source src9 is not a source of the map",
        "line 16, column 80 ($.sources[0].credibility): credibility must be a number but was a "
            + "string \"high\"");
  }

  @Test
  void referencesToAnElementThatCouldNotBeReadAreNotReportedAsMissing() {
    String json = BASE.replace("{\"id\": \"p1\", \"text\"", "{\"id\": \"p1\", \"txt\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactly("$.statements[1]", "$.statements[1].txt");
  }

  @Test
  void aListThatIsNotAListHidesNoOtherProblem() {
    String json = BASE.replace("\"theses\": [\"t1\"]", "\"theses\": \"t1\"")
        .replace("\"weight\": 0.9", "\"weight\": -2");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactly("$.theses", "$.evidence[0].weight");
  }

  static Stream<Integer> seeds() {
    return IntStream.range(0, 60).boxed();
  }

  /**
   * Mutates a generated map in two to five places at once, each a different kind of problem in a
   * different element; every mutation is reported at its path, with a line and column, and every
   * problem reported is one of them.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyMutationOfASeededMapIsReportedInOneException(int seed) {
    ArgumentMap original = RandomMaps.withStatements(6 + seed % 15).seed(seed).generate();
    ObjectNode root = (ObjectNode) MAPPER.readTree(ArgMapJson.writeString(original));
    SplittableRandom random = new SplittableRandom(seed);
    List<String> applied = new ArrayList<>();
    Set<String> expected = new HashSet<>();
    Set<String> allowed = new HashSet<>();
    Set<String> usedElements = new HashSet<>();
    List<Mutation> kinds = new ArrayList<>(List.of(Mutation.values()));
    int wanted = 2 + random.nextInt(4);
    while (applied.size() < wanted && !kinds.isEmpty()) {
      Mutation m = kinds.remove(random.nextInt(kinds.size()));
      ArrayNode list = (ArrayNode) root.get(m.list);
      if (list == null || list.isEmpty()) {
        continue;
      }
      int i = random.nextInt(list.size());
      String element = "$." + m.list + "[" + i + "]";
      if (!usedElements.add(element)) {
        continue;
      }
      ObjectNode node = (ObjectNode) list.get(i);
      String path = m.apply(node, element);
      applied.add(m + " at " + path);
      expected.add(path);
      allowed.add(path);
      allowed.add(element); // the missing required property of a typo is reported at its element
    }
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    String context = "seed " + seed + ": " + applied + "\n" + json;
    long lines = json.lines().count();
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).as(context).allSatisfy(p -> {
      assertThat(p.line()).as(context).isBetween(1, (int) lines);
      assertThat(p.column()).as(context).isPositive();
      assertThat(allowed).as(context + "\nunexpected " + p).contains(p.path());
    });
    assertThat(e.problems()).extracting(JsonProblem::path).as(context).containsAll(expected);
  }

  /** A kind of problem put into one element; {@link #apply} returns the path it is reported at. */
  private enum Mutation {
    TYPO("statements") {
      @Override
      String apply(ObjectNode element, String path) {
        JsonNode text = element.remove("text");
        element.set("txt", text);
        return path + ".txt";
      }
    },
    WRONG_TYPE("arguments") {
      @Override
      String apply(ObjectNode element, String path) {
        element.put("weight", "heavy");
        return path + ".weight";
      }
    },
    OUT_OF_RANGE("evidence") {
      @Override
      String apply(ObjectNode element, String path) {
        element.put("weight", 1.5);
        return path + ".weight";
      }
    },
    NEGATIVE_CREDIBILITY("sources") {
      @Override
      String apply(ObjectNode element, String path) {
        element.put("credibility", -0.5);
        return path + ".credibility";
      }
    },
    UNKNOWN_PROPERTY("evidence") {
      @Override
      String apply(ObjectNode element, String path) {
        element.put("qoute", "a typo of quote");
        return path + ".qoute";
      }
    },
    DANGLING_PREMISE("arguments") {
      @Override
      String apply(ObjectNode element, String path) {
        ((ArrayNode) element.get("premises")).set(0, "no-such-statement");
        return path + ".premises[0]";
      }
    },
    WRONG_TYPE_OF_REQUIRED("arguments") {
      @Override
      String apply(ObjectNode element, String path) {
        element.put("polarity", 7);
        return path + ".polarity";
      }
    };

    final String list;

    Mutation(String list) {
      this.list = list;
    }

    abstract String apply(ObjectNode element, String path);
  }
}
