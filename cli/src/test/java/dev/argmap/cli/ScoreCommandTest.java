package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.EvaluationOptions;
import dev.argmap.semantics.EvaluationScheme;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;

  private static String scheme(Vectors.Case c) {
    return c.scheme().equals("topological") ? "auto" : c.scheme();
  }

  /** Checks the output lines against the case: the header, then every argument in order, within tolerance. */
  private static void assertStrengths(Run run, Vectors.Case c, List<String> labels) {
    assertThat(run.err()).as(c.id()).isEmpty();
    assertThat(run.exitCode()).as(c.id()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("argument,strength");
    assertThat(lines).as(c.id()).hasSize(c.names().size() + 1);
    for (int i = 0; i < c.names().size(); i++) {
      String[] parts = lines.get(i + 1).split(",");
      assertThat(parts[0]).as(c.id()).isEqualTo(labels.get(i));
      double v = Double.parseDouble(parts[1]);
      assertThat(parts[1]).as("full precision").isEqualTo(Double.toString(v));
      assertThat(v).as(c.id() + " " + c.names().get(i))
          .isCloseTo(c.expected().get(c.names().get(i)), within(c.tolerance()));
    }
  }

  @Test
  void bagFilesOfEveryGradualVectorGiveItsStrengths() throws IOException {
    int checked = 0;
    for (Vectors.Case c : Vectors.cases()) {
      if (c.semantics().equals("dung")) {
        continue;
      }
      String file = TestFiles.write(dir, c.id() + ".bag", c.bag()).toString();
      Run run = Run.of("score", file, "--semantics", c.semantics(), "--scheme", scheme(c));
      assertStrengths(run, c, c.names());
      checked++;
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void afFilesOfTheAttackOnlyVectorsGiveTheirStrengths() throws IOException {
    int checked = 0;
    for (Vectors.Case c : Vectors.cases()) {
      boolean attackOnly = !c.semantics().equals("dung") && !GradualSemantics.fromId(c.semantics()).isBipolar();
      if (!attackOnly || !c.supports().isEmpty()
          || !(c.allBasesOne() || c.semantics().equals("h-categorizer"))) {
        continue;
      }
      String file = TestFiles.write(dir, c.id() + ".af", c.af()).toString();
      Run run = Run.of("score", file, "--semantics", c.semantics(), "--scheme", scheme(c));
      List<String> numbers = new ArrayList<>();
      for (int i = 1; i <= c.names().size(); i++) {
        numbers.add(Integer.toString(i));
      }
      assertStrengths(run, c, numbers);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
  }

  @Test
  void strengthsArePrintedWithDoubleToStringAsTheEngineComputesThem() throws IOException {
    String bag = "arg(a, 0.3).\narg(b, 0.7).\narg(c, 0.45).\natt(b, a).\nsup(c, a).\n";
    double[] engine = GradualSemantics.EULER_BASED.evaluate(BipolarGraph.parseBag(new StringReader(bag)))
        .toArray();

    Run run = Run.of("score", TestFiles.write(dir, "g.bag", bag).toString(), "--semantics", "euler-based");

    assertThat(run.out().lines()).containsExactly("argument,strength", "a," + engine[0], "b," + engine[1],
        "c," + engine[2]);
    assertThat(Double.toString(engine[0]).length()).isGreaterThan(10);
  }

  @Test
  void formatComesFromTheNameOrFromFormat() throws IOException {
    String af = "p af 2\n1 2\n";
    Run byOption = Run.of("score", TestFiles.write(dir, "framework.txt", af).toString(), "--format", "af", "--semantics", "h-categorizer");
    Run stdin = Run.withStdin(af, "score", "--format", "af", "--semantics", "h-categorizer", "-");

    assertThat(byOption.out().lines()).containsExactly("argument,strength", "1,1.0", "2,0.5");
    assertThat(stdin.out()).isEqualTo(byOption.out());
  }

  @Test
  void nonConvergenceIsOneLineOnStandardErrorAndNoNumbers() throws IOException {
    // two arguments of base 1 attacking each other: the synchronous iteration of DF-QuAD oscillates
    String file = TestFiles.write(dir, "cycle.bag", "arg(a, 1.0).\narg(b, 1.0).\natt(a, b).\natt(b, a).\n").toString();

    Run run = Run.of("score", file, "--semantics", "df-quad", "--scheme", "jacobi");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("argmap: df-quad did not converge on " + file + ": jacobi stopped after 10000 iterations")
        .endsWith("; no scores printed (try --scheme rk4)");
  }

  @Test
  void semanticsThatCannotTakeTheGraphSayWhatToDoOnTheCommandLine() throws IOException {
    String cycle = TestFiles.write(dir, "cycle.bag", "arg(a, 0.5).\narg(b, 0.5).\natt(a, b).\natt(b, a).\n").toString();
    String supports = TestFiles.write(dir, "sup.bag", "arg(a, 0.5).\narg(b, 0.5).\nsup(a, b).\n").toString();

    Run quad = Run.of("score", cycle, "--semantics", "quad");
    Run attackOnly = Run.of("score", supports, "--semantics", "h-categorizer");

    assertThat(quad.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(quad.errLines()).singleElement().asString()
        .startsWith("argmap: cannot score " + cycle + ": quad is defined on acyclic graphs only")
        .endsWith("; to iterate anyway, add --scheme rk4 or --scheme jacobi");
    assertThat(attackOnly.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(attackOnly.errLines()).singleElement().asString()
        .contains("h-categorizer is an attack-only semantics but the graph has 1 supports")
        .endsWith("; use a bipolar semantics (df-quad, quad, euler-based, quadratic-energy)");
  }

  @Test
  void malformedGraphFilesNameTheLineAndColumn() throws IOException {
    Run bag = Run.of("score", TestFiles.write(dir, "bad.bag", "arg(a, 0.5).\natt(a b).\n").toString());
    Run af = Run.of("score", TestFiles.write(dir, "bad.af", "p af 2\n1 3\n").toString());

    assertThat(bag.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(bag.errLines()).singleElement().asString()
        .contains("not a valid uncertainpy bipolar argumentation graph file: ").contains("bad.bag, line 2, column");
    assertThat(af.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(af.errLines()).singleElement().asString()
        .contains("not a valid ICCMA 2023 argumentation framework file: ").contains("bad.af, line 2, column 3: argument 3 is out of range");
  }

  @Test
  void aMalformedGraphFileGetsTheSameMessageFromEveryCommandThatReadsIt() throws IOException {
    String bag = TestFiles.write(dir, "same.bag", "arg(a, 0.5).\natt(a b).\n").toString();
    String af = TestFiles.write(dir, "same.af", "p af 2\n1 3\n").toString();

    for (String file : List.of(bag, af)) {
      Run convert = Run.of("convert", file, "-", "--to", "json");
      Run score = Run.of("score", file);
      Run contributions = Run.of("contributions", file, "--topic", "1");

      assertThat(convert.exitCode()).as(file).isEqualTo(ExitCodes.INVALID);
      assertThat(convert.errLines()).as(file).singleElement().asString().contains("not a valid ");
      String message = convert.errLines().get(0).substring(convert.errLines().get(0).indexOf("not a valid "));
      assertThat(score.exitCode()).as(file).isEqualTo(ExitCodes.INVALID);
      assertThat(score.errLines()).as(file).singleElement().asString().endsWith(message);
      assertThat(contributions.exitCode()).as(file).isEqualTo(ExitCodes.INVALID);
      assertThat(contributions.errLines()).as(file).singleElement().asString().endsWith(message);
    }
  }

  @Test
  void mapShowsEachThesisWithItsStrongestReasons() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    ArgumentMap map = ArgMapJson.readString(Documents.SCORED);
    double t1 = MapScorer.of(GradualSemantics.DF_QUAD).score(map).strength(StatementId.of("t1"));

    Run run = Run.of("score", file, "--top", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Scores of " + file + " under df-quad (exact: acyclic, one pass in"
            + " topological order)\n\nt1: The thesis holds.\n")
        .contains(String.format(Locale.ROOT, "  score %.4f (base 0.5000, change ", t1))
        .contains("  for (top 1 of 2):\n    share +")
        .contains("  against (1):\n    share -")
        .contains("A reason's share is its part of the change: the shares of all reasons on a thesis add up to its change.")
        .contains("a3: A premise against.")
        .contains("More: argmap explain " + file + " STATEMENT_ID");
    assertThat(run.out().lines().filter(l -> l.startsWith("    share +"))).hasSize(1);
    Run removal = Run.of("score", file, "--top", "1", "--function", "removal");
    assertThat(removal.out()).contains("  for (top 1 of 2):\n    removal +")
        .contains("Reasons ranked by removal (--function shapley ranks them by their share of the change).");
  }

  @Test
  void csvGivesEveryStrengthAtFullPrecision() throws IOException {
    String file = TestFiles.write(dir, "map.json", Documents.SCORED).toString();
    ArgumentMap map = ArgMapJson.readString(Documents.SCORED);
    var scores = MapScorer.of(GradualSemantics.QUADRATIC_ENERGY)
        .withOptions(EvaluationOptions.builder().scheme(EvaluationScheme.AUTO).build()).score(map);

    Run run = Run.of("score", file, "--csv", "--semantics", "quadratic-energy");

    assertThat(run.out().lines().toList()).startsWith("kind,id,strength",
        "statement,t1," + scores.strength(StatementId.of("t1")));
    assertThat(run.out().lines()).hasSize(1 + map.statements().size() + map.arguments().size())
        .anyMatch(l -> l.startsWith("argument,a3,"));
  }

  @Test
  void unknownSemanticsIsWrongUsage() throws IOException {
    Run run = Run.of("score", TestFiles.write(dir, "map.json", Documents.SCORED).toString(), "--semantics", "df-quadd");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines().get(0)).startsWith("argmap: Invalid value for option '--semantics':")
        .contains("unknown gradual semantics 'df-quadd'; known: df-quad, quad,");
  }

  @Test
  void missingFileIsUnreadable() {
    Run run = Run.of("score", dir.resolve("nope.bag").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines()).containsExactly("argmap: cannot read " + dir.resolve("nope.bag") + ": no such file");
  }
}
