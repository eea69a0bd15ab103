package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.contribution.GraphContributions;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The principle table of contribution functions (after Kampik, Potyka, Yin, Čyras and Toni 2024), established on
 * seeded random acyclic graphs of 3 to 9 arguments: a cell is "yes" when no graph of the seeds violates the
 * principle, "no" when one does, and the seed of the first counterexample is printed. The table is pinned here
 * and in docs/scoring-guide.md, so a change in behaviour (or in the docs) fails the test.
 */
class ContributionPrinciplesTest {
  static final int SEEDS = 400;
  static final double EPS = 1e-12;

  enum Principle {
    DIRECTIONALITY("directionality: an argument with no path to the topic contributes 0"),
    EXISTENCE("contribution existence: when the topic moved, some argument contributes"),
    QUANTITATIVE("quantitative existence: contributions add up to the topic's change"),
    COUNTERFACTUALITY("counterfactuality: a contribution has the sign of the change on removing the argument"),
    FAITHFULNESS("local faithfulness: a contribution has the sign of the change when the argument's base rises");

    final String text;

    Principle(String text) {
      this.text = text;
    }
  }

  /** Expected table: principle -> function -> the semantics (in GradualSemantics order) as y/n. */
  static final String EXPECTED = String.join("\n",
      "| principle | function | df-quad | quad | euler-based | quadratic-energy | h-categorizer | weighted-h-categorizer | weighted-max-based | weighted-card-based |",
      "|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|",
      "| directionality | removal | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| directionality | intrinsic-removal | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| directionality | shapley | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| directionality | gradient | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| existence | removal | no | no | yes | yes | yes | yes | no | yes |",
      "| existence | intrinsic-removal | no | no | yes | yes | yes | yes | no | yes |",
      "| existence | shapley | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| existence | gradient | no | no | yes | yes | no | yes | yes | yes |",
      "| quantitative | removal | no | no | no | no | no | no | no | no |",
      "| quantitative | intrinsic-removal | no | no | no | no | no | no | no | no |",
      "| quantitative | shapley | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| quantitative | gradient | no | no | no | no | no | no | no | no |",
      "| counterfactuality | removal | yes | yes | yes | yes | yes | yes | yes | yes |",
      "| counterfactuality | intrinsic-removal | no | no | yes | no | no | yes | no | yes |",
      "| counterfactuality | shapley | no | no | no | no | no | no | no | no |",
      "| counterfactuality | gradient | no | no | no | no | no | no | no | no |",
      "| faithfulness | removal | no | no | no | no | no | no | no | no |",
      "| faithfulness | intrinsic-removal | no | no | no | no | no | no | no | no |",
      "| faithfulness | shapley | no | no | no | no | no | no | no | no |",
      "| faithfulness | gradient | yes | yes | yes | yes | yes | yes | yes | yes |");

  @Test
  void principleTable() throws IOException {
    Map<GradualSemantics, Map<ContributionFunction, Map<Principle, String>>> found = new java.util.LinkedHashMap<>();
    for (GradualSemantics sem : GradualSemantics.builtIns()) {
      Map<ContributionFunction, Map<Principle, String>> byF = new EnumMap<>(ContributionFunction.class);
      for (ContributionFunction f : ContributionFunction.values()) {
        byF.put(f, new EnumMap<>(Principle.class));
      }
      for (long seed = -HAND_MADE + 1; seed <= SEEDS; seed++) {
        check(sem, seed, byF);
      }
      found.put(sem, byF);
    }
    String table = table(found);
    System.out.println(table);
    found.forEach((sem, byF) -> byF.forEach((f, byP) -> byP.forEach((p, where) ->
        System.out.println("counterexample " + sem.id() + " " + f.id() + " " + p + ": " + where))));
    assertThat(table).isEqualTo(EXPECTED);
    assertThat(Files.readString(docs(), StandardCharsets.UTF_8)).as("docs/scoring-guide.md holds the table")
        .contains(table);
  }

  static Path docs() {
    return Above.require("docs/scoring-guide.md");
  }

  /** Hand-made edge cases (seeds 0, -1, ...): saturation, strength-1 ties, a chain, equal parents. */
  static final int HAND_MADE = 5;

  static BipolarGraph graph(GradualSemantics sem, long seed) {
    if (seed <= 0) {
      return handMade(sem, (int) -seed);
    }
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 7919);
    int n = 3 + r.nextInt(7);
    return RandomGraphs.bipolar(seed, n, 1.5, sem.isBipolar() ? 0.5 : 0.0, true, false);
  }

  /** Parents first, topic last; a support becomes an attack under an attack-only semantics. */
  static BipolarGraph handMade(GradualSemantics sem, int k) {
    double[][] cases = {
      {1.0, 1.0, 0.5}, // two parents of strength 1 on the topic
      {0.9, 0.9, 0.9, 0.5}, // three equal parents: saturation
      {0.0, 1.0, 0.5}, // a parent of strength 0 beside one of strength 1
      {0.6, 0.3, 0.5}, // two unequal parents
      {0.7, 0.8, 0.5}, // a chain: a0 on a1 on the topic
    };
    double[] bases = cases[k];
    BipolarGraph.Builder b = BipolarGraph.builder();
    for (int i = 0; i < bases.length; i++) {
      b.addArgument("a" + i, bases[i]);
    }
    int t = bases.length - 1;
    for (int i = 0; i < t; i++) {
      int to = k == 4 && i == 0 ? 1 : t;
      if (sem.isBipolar() && (k == 0 || k == 1 || (k == 3 && i == 0) || k == 4)) {
        b.addSupport(i, to);
      } else {
        b.addAttack(i, to);
      }
    }
    return b.build();
  }

  private static void check(GradualSemantics sem, long seed,
      Map<ContributionFunction, Map<Principle, String>> violations) {
    BipolarGraph g = graph(sem, seed);
    int t = g.size() - 1;
    GraphContributions gc = GraphContributions.of(g, sem);
    Map<ContributionFunction, Contributions<String>> all = new LinkedHashMap<>();
    for (ContributionFunction f : ContributionFunction.values()) {
      all.put(f, gc.contributions(f, t));
    }
    boolean[] reaches = new boolean[g.size()];
    reaches[t] = true;
    for (int v = t; v >= 0; v--) { // edges go from low to high index
      if (reaches[v]) {
        for (int u : g.attackers(v)) {
          reaches[u] = true;
        }
        for (int u : g.supporters(v)) {
          reaches[u] = true;
        }
      }
    }
    Contributions<String> removal = all.get(ContributionFunction.REMOVAL);
    Contributions<String> gradient = all.get(ContributionFunction.GRADIENT);
    for (ContributionFunction f : ContributionFunction.values()) {
      Contributions<String> c = all.get(f);
      Map<Principle, String> v = violations.get(f);
      boolean moved = Math.abs(c.totalChange()) > 1e-9;
      boolean someNonZero = false;
      for (int x = 0; x < g.size(); x++) {
        if (x == t) {
          continue;
        }
        String label = g.label(x).orElseThrow();
        double value = c.of(label).value();
        someNonZero |= Math.abs(value) > EPS;
        if (!reaches[x] && value != 0.0) {
          v.putIfAbsent(Principle.DIRECTIONALITY, "seed " + seed + ", " + label);
        }
        if (sign(value) != sign(removal.of(label).value())) {
          v.putIfAbsent(Principle.COUNTERFACTUALITY, "seed " + seed + ", " + label);
        }
        if (sign(value) != sign(gradient.of(label).value())) {
          v.putIfAbsent(Principle.FAITHFULNESS, "seed " + seed + ", " + label);
        }
      }
      if (moved && !someNonZero) {
        v.putIfAbsent(Principle.EXISTENCE, "seed " + seed);
      }
      if (Math.abs(c.sum() - c.totalChange()) > 1e-9) {
        v.putIfAbsent(Principle.QUANTITATIVE, "seed " + seed);
      }
    }
  }

  private static int sign(double v) {
    return v > EPS ? 1 : v < -EPS ? -1 : 0;
  }

  static String table(Map<GradualSemantics, Map<ContributionFunction, Map<Principle, String>>> found) {
    List<String> lines = new ArrayList<>();
    StringBuilder head = new StringBuilder("| principle | function |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (GradualSemantics s : GradualSemantics.builtIns()) {
      head.append(' ').append(s.id()).append(" |");
      rule.append(":-:|");
    }
    lines.add(head.toString());
    lines.add(rule.toString());
    for (Principle p : Principle.values()) {
      for (ContributionFunction f : ContributionFunction.values()) {
        StringBuilder row = new StringBuilder("| " + p.name().toLowerCase(java.util.Locale.ROOT) + " | " + f.id() + " |");
        for (GradualSemantics s : GradualSemantics.builtIns()) {
          row.append(found.get(s).get(f).containsKey(p) ? " no |" : " yes |");
        }
        lines.add(row.toString());
      }
    }
    return String.join("\n", lines);
  }
}
