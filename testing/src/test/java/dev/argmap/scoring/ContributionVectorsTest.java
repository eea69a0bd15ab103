package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.contribution.GraphContributions;
import dev.argmap.testing.MiniJson;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the shared contribution vectors ({@code shared/reference/contributions.json}, described in
 * contributions.md): each function's value for every contributor and each group's values, within the case's
 * tolerance, plus the final strengths. Read in place; skipped, with the path looked for, when absent.
 */
class ContributionVectorsTest {
  private static final String RELATIVE = "reference/contributions.json";

  static Path find() {
    return SharedFiles.find(RELATIVE).orElse(null);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> cases() throws IOException {
    Path file = find();
    if (file == null) {
      return null;
    }
    Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    return (List<Map<String, Object>>) root.get("cases");
  }

  @SuppressWarnings("unchecked")
  @TestFactory
  Stream<DynamicTest> contributionVectors() throws IOException {
    List<Map<String, Object>> cases = cases();
    if (cases == null) {
      String msg = SharedFiles.missing(RELATIVE);
      return Stream.of(DynamicTest.dynamicTest("contributions.json missing", () -> Assumptions.assumeTrue(false, msg)));
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> c : cases) {
      String id = (String) c.get("id");
      Map<String, Map<String, Double>> contributions = (Map<String, Map<String, Double>>) c.get("contributions");
      for (String function : contributions.keySet()) {
        tests.add(DynamicTest.dynamicTest(id + " " + function, () -> functionCase(c, function)));
      }
      if (c.get("group") != null) {
        tests.add(DynamicTest.dynamicTest(id + " group", () -> groupCase(c)));
      }
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void functionCase(Map<String, Object> c, String function) {
    BipolarGraph g = ReferenceVectorsTest.graphOf(c);
    GradualSemantics sem = GradualSemantics.fromId((String) c.get("semantics"));
    String topic = (String) c.get("topic");
    double tol = ((Map<String, Double>) c.get("tolerance")).get(function);
    Map<String, Double> expected = ((Map<String, Map<String, Double>>) c.get("contributions")).get(function);
    Contributions<String> got =
        GraphContributions.of(g, sem).contributions(ContributionFunction.fromId(function), topic);
    assertThat(got.values().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      assertThat(got.of(e.getKey()).value())
          .as("%s %s of %s", c.get("id"), function, e.getKey())
          .isCloseTo(e.getValue(), within(tol));
    }
    Map<String, Double> strengths = (Map<String, Double>) c.get("strengths");
    assertThat(got.topicStrength()).isCloseTo(strengths.get(topic), within(1e-9));
    if (function.equals("shapley")) {
      assertThat(got.sum()).as("efficiency").isCloseTo(got.totalChange(), within(1e-12));
    }
  }

  @SuppressWarnings("unchecked")
  private static void groupCase(Map<String, Object> c) {
    BipolarGraph g = ReferenceVectorsTest.graphOf(c);
    GradualSemantics sem = GradualSemantics.fromId((String) c.get("semantics"));
    Map<String, Object> group = (Map<String, Object>) c.get("group");
    List<String> members = (List<String>) group.get("contributor");
    Map<String, Double> tol = (Map<String, Double>) c.get("tolerance");
    GraphContributions gc = GraphContributions.of(g, sem);
    for (String f : List.of("shapley", "removal")) {
      if (group.containsKey(f)) {
        double got = gc.group(ContributionFunction.fromId(f), (String) c.get("topic"), members).value();
        assertThat(got).as("%s group %s %s", c.get("id"), members, f)
            .isCloseTo((Double) group.get(f), within(tol.get(f)));
      }
    }
  }
}
