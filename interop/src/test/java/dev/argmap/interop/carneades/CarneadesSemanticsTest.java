package dev.argmap.interop.carneades;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.carneades.CarneadesLabelling.Label;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Carneades' labelling on small graphs made to tell the proof standards and weighing functions apart. */
class CarneadesSemanticsTest {
  private static Map<String, Label> labels(String yaml) throws IOException {
    return CarneadesLabelling.read(new StringReader(yaml), w -> {}).labels();
  }

  private static String issue(String standard, double strong, double weak) {
    return """
        statements: {p: P, q: Q, r: R, s: S}
        issues:
          i1: {positions: [p, q], standard: %s}
        argument_schemes:
          - {id: strong, weight: {constant: %s}}
          - {id: weak, weight: {constant: %s}}
        arguments:
          a1: {scheme: strong, conclusion: p, premises: [r]}
          a2: {scheme: weak, conclusion: q, premises: [s]}
        assumptions: [r, s]
        """.formatted(standard, strong, weak);
  }

  @ParameterizedTest(name = "{0}: {1} against {2} gives p {3}, q {4}")
  @CsvSource({
    "PE, 0.6, 0.5, in, out",
    "PE, 0.5, 0.5, out, out",
    "CCE, 0.6, 0.5, out, out",
    "CCE, 0.9, 0.3, in, out",
    "BRD, 0.9, 0.3, out, out",
    "BRD, 0.9, 0.2, in, out",
    "BRD, 0.2, 0.9, out, in",
  })
  void proofStandardsDecideIssues(String standard, double strong, double weak, String p, String q)
      throws IOException {
    Map<String, Label> l = labels(issue(standard, strong, weak));
    assertThat(l.get("p")).hasToString(p);
    assertThat(l.get("q")).hasToString(q);
    assertThat(l.get("r")).isEqualTo(Label.IN);
  }

  @ParameterizedTest(name = "{0}: c is {1}")
  @CsvSource({"linked, out", "convergent, in", "cumulative, in", "factorized, out"})
  void weighingFunctionsOfTheBasicSchemes(String scheme, String label) throws IOException {
    // r is assumed, t has no argument (so out): half the premises hold
    Map<String, Label> l = labels("""
        statements: {r: R, t: T, c: C}
        arguments:
          a1: {scheme: %s, conclusion: c, premises: [r, t]}
        assumptions: [r]
        """.formatted(scheme));
    assertThat(l.get("t")).isEqualTo(Label.OUT);
    assertThat(l.get("c")).hasToString(label);
  }

  @org.junit.jupiter.api.Test
  void assumedTakesTheBooleansOfYaml11AsCarneadesReadsThem() throws IOException {
    Map<String, Label> l = labels("""
        statements:
          a: {text: A, assumed: yes}
          b: {text: B, assumed: true}
          c: {text: C, assumed: 1}
          d: {text: D, assumed: no}
        """);
    assertThat(l).containsExactly(Map.entry("a", Label.IN), Map.entry("b", Label.IN), Map.entry("c", Label.IN),
        Map.entry("d", Label.OUT));
  }

  @org.junit.jupiter.api.Test
  void derivationIsBoundedWithAWarning() throws IOException {
    // a rule with six premises over 60 facts would try 60^6 combinations
    StringBuilder facts = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      facts.append(i == 0 ? "" : ", ").append("f(").append(i).append(")");
    }
    java.util.List<dev.argmap.io.ImportWarning> warnings = new java.util.ArrayList<>();
    Map<String, Label> l = CarneadesLabelling.read(new StringReader("""
        statements: {c: C}
        argument_schemes:
          - id: many
            variables: [A, B, C, D, E, F]
            premises: [f(A), f(B), f(C), f(D), f(E), f(F)]
            conclusions: [g(A)]
        assumptions: [%s]
        """.formatted(facts)), warnings::add).labels();
    assertThat(warnings).extracting(Object::toString).anyMatch(w -> w.contains("stopped deriving"));
    assertThat(l.get("c")).isEqualTo(Label.OUT);
  }

  @ParameterizedTest(name = "undercutter {0}: c is {1}")
  @CsvSource({"assumed, out", "unsupported, in", "undecided, undecided"})
  void anUndercutterInDefeatsAnArgumentAndOneUndecidedLeavesItUndecided(String undercutter, String label)
      throws IOException {
    String u = switch (undercutter) {
      case "assumed" -> "assumptions: [r, u]";
      case "unsupported" -> "assumptions: [r]";
      default -> "assumptions: [r]\n  # u and v support each other: both stay undecided";
    };
    String loop = undercutter.equals("undecided")
        ? "\n  b1: {conclusion: u, premises: [v]}\n  b2: {conclusion: v, premises: [u]}" : "";
    Map<String, Label> l = labels("""
        statements: {r: R, u: U, v: V, c: C}
        arguments:
          a1: {conclusion: c, premises: [r], undercutter: u}%s
        %s
        """.formatted(loop, u));
    assertThat(l.get("c")).hasToString(label);
  }
}
