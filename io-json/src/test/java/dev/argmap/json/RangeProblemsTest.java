package dev.argmap.json;

import static dev.argmap.json.MalformedCorpusTest.expectFailure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Weights and credibilities outside [0, 1], which the model's values refuse when built, are found by
 * the reader and reported in the same round as the document's other problems.
 */
class RangeProblemsTest {
  private static final String BASE = TestFiles.text("malformed-base.json");

  @Test
  void aTypoAndABadWeightAreReportedInOneRound() {
    String json = BASE.replace("{\"id\": \"t1\", \"text\"", "{\"id\": \"t1\", \"txt\"")
        .replace("\"weight\": 0.9", "\"weight\": 1.5");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
        "$.statements[0]", "$.statements[0].txt", "$.evidence[0].weight");
    assertThat(e.problems().get(2).message()).isEqualTo("weight must be in [0, 1] but was 1.5");
  }

  @Test
  void severalBadNumbersAndAModelProblemAreReportedTogether() {
    String json = BASE.replace("\"weight\": 0.9", "\"weight\": 1.5")
        .replace("\"weight\": 0.8", "\"weight\": 7")
        .replace("\"credibility\": 0.75", "\"credibility\": -0.1")
        .replace("\"source\": \"src1\"", "\"source\": \"src9\"");
    ArgMapFormatException e = expectFailure(() -> ArgMapJson.readString(json));
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "line 10, column 107 ($.arguments[0].weight): weight must be in [0, 1] but was 7.0",
        "line 13, column 107 ($.evidence[0].source): source src9 is not a source of the map",
        "line 13, column 125 ($.evidence[0].weight): weight must be in [0, 1] but was 1.5",
        "line 16, column 80 ($.sources[0].credibility): credibility must be in [0, 1] but was -0.1");
  }
}
