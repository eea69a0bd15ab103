package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap iccma}: the ICCMA 2023 command line and output, on frameworks whose answers are known. */
class IccmaCommandTest {
  /**
   * 1 and 2 attack each other, 2 attacks 3, 3 attacks 4, 5 attacks 4. Grounded {5}; preferred and stable {1,3,5}
   * and {2,5}; complete also {5}; ideal {5}.
   */
  static final String FRAMEWORK = "p af 5\n# a comment\n1 2\n2 1\n2 3\n3 4\n5 4\n";

  @TempDir Path dir;

  @Test
  void problemsAndFormatsAreListedAsIccmaAsks() {
    Run problems = Run.of("iccma", "--problems");
    assertThat(problems.exitCode()).isZero();
    assertThat(problems.out()).startsWith("[DC-CO,DC-PR,DC-ST,DC-SST,DC-STG,DC-ID,DC-GR,DS-CO,")
        .contains("SE-ID").endsWith("CE-GR]\n");
    assertThat(Run.of("iccma", "--formats").out()).isEqualTo("[i23]\n");
    assertThat(Run.of("iccma").out()).startsWith("argmap ");
  }

  @Test
  void credulousYesCarriesAWitnessOnTheNextLine() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    assertThat(Run.of("iccma", "-p", "DC-PR", "-f", af, "-a", "3").out()).isEqualTo("YES\nw 1 3 5\n");
    assertThat(Run.of("iccma", "-p", "DC-ST", "-f", af, "-a", "4").out()).isEqualTo("NO\n");
    assertThat(Run.of("iccma", "-p", "DC-CO", "-f", af, "-a", "2").out()).isEqualTo("YES\nw 2 5\n");
    assertThat(Run.of("iccma", "-p", "DC-GR", "-f", af, "-a", "1").out()).isEqualTo("NO\n");
  }

  @Test
  void skepticalNoCarriesACounterExample() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    assertThat(Run.of("iccma", "-p", "DS-PR", "-f", af, "-a", "5").out()).isEqualTo("YES\n");
    Run no = Run.of("iccma", "-p", "DS-PR", "-f", af, "-a", "3");
    assertThat(no.out()).isEqualTo("NO\nw 2 5\n");
    assertThat(Run.of("iccma", "-p", "DS-SST", "-f", af, "-a", "1").out()).isEqualTo("NO\nw 2 5\n");
    assertThat(Run.of("iccma", "-p", "DS-ID", "-f", af, "-a", "5").out()).isEqualTo("YES\n");
  }

  @Test
  void someAllAndHowMany() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    assertThat(Run.of("iccma", "-p", "SE-GR", "-f", af).out()).isEqualTo("w 5\n");
    assertThat(Run.of("iccma", "-p", "SE-ID", "-f", af).out()).isEqualTo("w 5\n");
    // EE prints the extensions as the search finds them: the answer is the set, not an order
    assertThat(lines(Run.of("iccma", "-p", "EE-STG", "-f", af).out())).containsExactlyInAnyOrder("w 1 3 5", "w 2 5");
    assertThat(lines(Run.of("iccma", "-p", "EE-CO", "-f", af).out()))
        .containsExactlyInAnyOrder("w 1 3 5", "w 2 5", "w 5");
    assertThat(Run.of("iccma", "-p", "CE-CO", "-f", af).out()).isEqualTo("3\n");
  }

  @Test
  void noStableExtensionIsNoButSemiStableAndStageStillAnswer() throws IOException {
    String af = TestFiles.write(dir, "odd.af", "p af 3\n1 2\n2 3\n3 1\n").toString();
    assertThat(Run.of("iccma", "-p", "SE-ST", "-f", af).out()).isEqualTo("NO\n");
    assertThat(Run.of("iccma", "-p", "EE-ST", "-f", af).out()).isEqualTo("NO\n");
    assertThat(Run.of("iccma", "-p", "CE-ST", "-f", af).out()).isEqualTo("0\n");
    assertThat(Run.of("iccma", "-p", "DS-ST", "-f", af, "-a", "1").out()).isEqualTo("YES\n");
    assertThat(Run.of("iccma", "-p", "SE-SST", "-f", af).out()).isEqualTo("w\n");
    assertThat(lines(Run.of("iccma", "-p", "EE-STG", "-f", af).out())).containsExactlyInAnyOrder("w 1", "w 2", "w 3");
  }

  /** The lines of an output that ends with a line break. */
  private static List<String> lines(String out) {
    assertThat(out).endsWith("\n");
    return out.lines().toList();
  }

  /**
   * A seeded framework with many extensions: {@code pairs} mutual attacks, some arguments attacking into the next
   * pair, and an odd cycle now and then; written in ICCMA's format.
   */
  private static String manyExtensions(long seed, int pairs) {
    java.util.Random r = new java.util.Random(seed);
    int n = 2 * pairs + 3;
    StringBuilder af = new StringBuilder("p af " + n + "\n");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int p = 0; p < pairs; p++) {
      int a = 2 * p + 1;
      seen.add(a + " " + (a + 1));
      seen.add((a + 1) + " " + a);
      if (p + 1 < pairs && r.nextBoolean()) {
        seen.add((a + r.nextInt(2)) + " " + (a + 2 + r.nextInt(2)));
      }
    }
    int c = 2 * pairs + 1; // a three-cycle attacked from the first pair
    seen.add(c + " " + (c + 1));
    seen.add((c + 1) + " " + (c + 2));
    seen.add((c + 2) + " " + c);
    seen.add("1 " + (c + r.nextInt(3)));
    for (String attack : seen) {
      af.append(attack).append('\n');
    }
    return af.toString();
  }

  /** The library's extensions as EE's lines, each once. */
  private static java.util.Set<String> libraryLines(String af, DungSemantics semantics) throws IOException {
    AttackGraph g = AttackGraph.parseIccma(new java.io.StringReader(af));
    java.util.Set<String> want = new java.util.HashSet<>();
    for (Extension e : DungSolver.create().extensions(g, semantics)) {
      StringBuilder line = new StringBuilder("w");
      for (int m : e.toArray()) {
        line.append(' ').append(m + 1);
      }
      want.add(line.toString());
    }
    return want;
  }

  @Test
  void everyExtensionIsPrintedOnceAsTheLibraryFindsThem() throws IOException {
    String[] codes = {"CO", "PR", "ST", "SST", "STG", "ID", "GR"};
    DungSemantics[] semantics = {DungSemantics.COMPLETE, DungSemantics.PREFERRED, DungSemantics.STABLE,
        DungSemantics.SEMI_STABLE, DungSemantics.STAGE, DungSemantics.IDEAL, DungSemantics.GROUNDED};
    for (long seed = 1; seed <= 4; seed++) {
      String text = manyExtensions(seed, 6);
      String af = TestFiles.write(dir, "many" + seed + ".af", text).toString();
      for (int i = 0; i < codes.length; i++) {
        java.util.Set<String> want = libraryLines(text, semantics[i]);
        String at = "EE-" + codes[i] + " seed " + seed;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = Iccma.fastPath(new String[] {"iccma", "-p", "EE-" + codes[i], "-f", af},
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).as(at).isZero();
        String fast = out.toString(StandardCharsets.UTF_8);
        if (want.isEmpty()) {
          assertThat(fast).as(at).isEqualTo("NO\n");
        } else {
          assertThat(lines(fast)).as(at).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(want);
        }
        Run full = Run.of("iccma", "-p", "EE-" + codes[i], "-f", af);
        assertThat(lines(full.out())).as("picocli path, %s", at).containsExactlyInAnyOrderElementsOf(lines(fast));
        assertThat(Run.of("iccma", "-p", "CE-" + codes[i], "-f", af).out()).as(at).isEqualTo(want.size() + "\n");
      }
    }
  }

  @Test
  void aLimitInTheMiddleOfEeLeavesWhatWasPrintedAndSaysItIsNotAll() throws IOException {
    String text = manyExtensions(7, 6);
    String af = TestFiles.write(dir, "many.af", text).toString();
    java.util.Set<String> all = libraryLines(text, DungSemantics.COMPLETE);
    assertThat(all).hasSizeGreaterThan(5);
    Run capped = Run.of("iccma", "-p", "EE-CO", "-f", af, "--max-extensions", "5");
    assertThat(capped.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(lines(capped.out())).hasSize(5).doesNotHaveDuplicates().isSubsetOf(all);
    assertThat(capped.err()).contains("more than 5 extensions").contains("--max-extensions N")
        .contains("the 5 extension(s) printed before this are not all of them");
    Run counted = Run.of("iccma", "-p", "CE-CO", "-f", af, "--max-extensions", "5");
    assertThat(counted.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(counted.out()).isEmpty();
    assertThat(counted.err()).contains("nothing printed");
  }

  @Test
  void wrongUsageSaysWhatToDo() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    Run unknown = Run.of("iccma", "-p", "DC-XX", "-f", af, "-a", "1");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).contains("unknown task 'DC-XX'").contains("[DC-CO,");
    Run noQuery = Run.of("iccma", "-p", "DC-PR", "-f", af);
    assertThat(noQuery.err()).contains("needs the query argument: -a ARG");
    Run badQuery = Run.of("iccma", "-p", "DC-PR", "-f", af, "-a", "9");
    assertThat(badQuery.err()).contains("-a 9 names no argument").contains("numbered 1 to 5");
    Run bad = Run.of("iccma", "-p", "SE-PR", "-f", TestFiles.write(dir, "bad.af", "p af 2\n1 3\n").toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(bad.err()).contains("line 2");
  }

  @Test
  void theFastPathPrintsWhatTheCommandPrints() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    String[][] lines = {
      {"iccma", "--problems"}, {"iccma", "--formats"}, {"iccma", "-p", "DC-PR", "-f", af, "-a", "3"},
      {"iccma", "-f", af, "-p", "DS-PR", "-a", "3"}, {"iccma", "-p", "EE-CO", "-f", af},
      {"iccma", "-p", "SE-STG", "-f", af}, {"iccma", "-p", "CE-PR", "-f", af}, {"iccma", "-p", "XX-PR", "-f", af}
    };
    for (String[] line : lines) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = Iccma.fastPath(line, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
      Run full = Run.of(line);
      assertThat(code).as(String.join(" ", line)).isEqualTo(full.exitCode());
      assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", line)).isEqualTo(full.out());
      assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", line)).isEqualTo(full.err());
    }
    assertThat(Iccma.fastPath(new String[] {"iccma", "--help"}, System.out, System.err)).isEqualTo(-1);
  }

  @Test
  void theFastPathTakesTheLimitsThatScriptsAddAndLeavesTheRestToTheCommand() throws IOException {
    String af = TestFiles.write(dir, "f.af", FRAMEWORK).toString();
    String[][] answered = {
      {"iccma", "-p", "EE-PR", "-f", af, "--time-limit", "60"},
      {"iccma", "--time-limit=60", "-p", "EE-CO", "-f", af},
      {"iccma", "-p", "EE-CO", "-f", af, "--max-extensions", "2"}, // over the cap: 2 lines printed, exit 1
      {"iccma", "-p", "CE-CO", "-f", af, "--max-extensions=3", "--time-limit", "5"},
      {"iccma", "-p", "DC-PR", "-f", af, "-a", "3", "--time-limit", "0"} // picocli takes it, answer() rejects it
    };
    for (String[] line : answered) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = Iccma.fastPath(line, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
      Run full = Run.of(line);
      assertThat(code).as(String.join(" ", line)).isNotEqualTo(-1).isEqualTo(full.exitCode());
      assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", line)).isEqualTo(full.out());
      assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", line)).isEqualTo(full.err());
    }
    assertThat(Run.of(answered[2]).exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(Run.of(answered[2]).err()).contains("--max-extensions N");
    String[][] declined = {
      {"iccma", "-p", "EE-PR", "-f", af, "--time-limit", "soon"}, // picocli's message for a bad number
      {"iccma", "-p", "EE-PR", "-p", "EE-CO", "-f", af}, // picocli rejects a repeated option
      {"iccma", "-p", "EE-PR", "-f", af, "--time-limit"}, // no value
      {"iccma", "-p", "EE-PR", "-f", af, "--verbose", "x"},
      {"iccma", "-p", "EE-PR", "-f", "-"}
    };
    for (String[] line : declined) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      assertThat(Iccma.fastPath(line, new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err))
          .as(String.join(" ", line)).isEqualTo(-1);
      assertThat(out.size()).isZero();
    }
    assertThat(Run.of(declined[1]).exitCode()).isEqualTo(ExitCodes.UNREADABLE);
  }
}
