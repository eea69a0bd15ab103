package dev.argmap.exercises.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.exercises.Difficulty;
import dev.argmap.exercises.Exercise;
import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.Item.Choice;
import dev.argmap.exercises.Item.Matching;
import dev.argmap.exercises.Item.Ordering;
import dev.argmap.exercises.Item.Task;
import dev.argmap.exercises.Item.TrueFalse;
import dev.argmap.exercises.Item;
import dev.argmap.exercises.Worksheet;
import dev.argmap.exercises.gift.GiftValidator.Kind;
import dev.argmap.exercises.gift.GiftValidator.Question;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GIFT files: escaping, the Java grammar check (always), and Moodle-compatible parsing by the real npm parser
 * gift-pegjs when {@code GIFT_PEGJS} (system property or environment variable) names its directory and node is
 * installed.
 */
class GiftTest {
  static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();

  /** Worksheets of the prebuilt map at every level and of random maps with odd characters, by name. */
  static Map<String, Worksheet> sheets() {
    Map<String, Worksheet> out = new LinkedHashMap<>();
    for (Difficulty d : Difficulty.values()) {
      for (long seed : new long[] {1, 2}) {
        out.put("prebuilt-" + d.id() + "-" + seed,
            Exercises.generate(MAP, ExerciseOptions.builder().difficulty(d).seed(seed).build()));
      }
    }
    for (long seed = 1; seed <= 6; seed++) {
      ArgumentMap map = RandomMaps.withStatements(30 + (int) seed * 5).seed(seed).generate();
      Difficulty d = Difficulty.values()[(int) (seed % 3)];
      out.put("random-" + seed + "-" + d.id(),
          Exercises.generate(map, ExerciseOptions.builder().difficulty(d).seed(seed).build()));
    }
    return out;
  }

  @Test
  void escapesEverySpecialCharacterAndTheBackslash() {
    assertThat(GiftWriter.escape("a~b=c#d{e}f:g\\h")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    assertThat(GiftWriter.escape("two\nlines\r\n")).isEqualTo("two lines  ");
    assertThat(GiftWriter.escape("plain – “text” 😀")).isEqualTo("plain – “text” 😀");
    assertThat(GiftWriter.category("Will A/B {x}: y?")).isEqualTo("Will A B x y?");
  }

  @Test
  void theGrammarCheckAcceptsMoodlesExamplesAndRejectsBrokenQuestions() {
    String good = """
        // a comment
        $CATEGORY: demo/one

        ::Q1::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

        ::Q2::Grant is buried in Grant's tomb.{FALSE####general}

        ::Q3::Match the capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo = -> Paris}

        ::Q4::Write about it.{}

        ::Q5::[html]A \\{braced\\} \\= escaped \\: text \\\\ here.{=%50%half#fb ~%-50%none}

        Two plus two equals {=four =4}
        """;
    GiftValidator.Report r = GiftValidator.check(good);
    assertThat(r.problems()).isEmpty();
    assertThat(r.questions()).extracting(Question::kind).containsExactly(Kind.CATEGORY, Kind.MULTIPLE_CHOICE,
        Kind.TRUE_FALSE, Kind.MATCHING, Kind.ESSAY, Kind.MULTIPLE_CHOICE, Kind.SHORT_ANSWER);
    assertThat(r.questions().get(3).right()).containsExactly("Canada -> Ottawa", "Italy -> Rome", "Japan -> Tokyo");
    assertThat(r.questions().get(3).wrong()).containsExactly("Paris");
    assertThat(r.questions().get(5).text()).isEqualTo("A {braced} = escaped : text \\ here.");

    assertThat(problems("::Q::What is 2=2?{=yes ~no}")).anyMatch(p -> p.contains("unescaped '='"));
    assertThat(problems("::Q::Time: now?{=yes ~no}")).anyMatch(p -> p.contains("unescaped ':'"));
    assertThat(problems("::Q::Open {=yes ~no")).anyMatch(p -> p.contains("unbalanced"));
    assertThat(problems("::Q::Bad \\x escape{=yes ~no}")).anyMatch(p -> p.contains("not a GIFT escape"));
    assertThat(problems("::Q::Two right{=a =b ~c}")).anyMatch(p -> p.contains("more than one answer"));
    assertThat(problems("::Q::One pair{=a -> b =c -> d}")).anyMatch(p -> p.contains("at least two pairs"));
    assertThat(problems("::Q::Empty{= ~b}")).anyMatch(p -> p.contains("empty answer"));
    assertThat(problems("::Q::Weight{~%500%a ~b}")).anyMatch(p -> p.contains("malformed weight")
        || p.contains("outside"));
    assertThat(problems("::Q::Feedback{=a#x#y ~b}")).anyMatch(p -> p.contains("more than one feedback"));
    assertThat(problems("::Q::After{=a ~b} text")).anyMatch(p -> p.contains("after the answer block"));
    assertThat(problems("::unterminated{T}")).anyMatch(p -> p.contains("no closing ::"));
    assertThat(problems("$CATEGORY:")).anyMatch(p -> p.contains("no name"));
  }

  private static List<String> problems(String gift) {
    return GiftValidator.check(gift).problems();
  }

  @Test
  void everyWorksheetsGiftPassesTheGrammarAndCarriesTheKey() {
    for (Map.Entry<String, Worksheet> s : sheets().entrySet()) {
      Worksheet w = s.getValue();
      String gift = w.toGift();
      GiftValidator.Report r = GiftValidator.check(gift);
      assertThat(r.problems()).as(s.getKey()).isEmpty();
      assertThat(gift).as(s.getKey() + ": blank lines only between questions").doesNotContain("\n\n\n");
      List<String> expected = expected(w);
      List<String> actual = new ArrayList<>();
      for (Question q : r.questions()) {
        actual.add(summary(q));
      }
      assertThat(actual).as(s.getKey()).containsExactlyElementsOf(expected);
    }
  }

  /** What each block of the GIFT file must say, from the worksheet's model: kind, name, right and wrong answers. */
  static List<String> expected(Worksheet w) {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Exercise e : w.exercises()) {
      n++;
      if (e.type() == ExerciseType.BUILD_MAP) {
        continue;
      }
      // a category per level and seed: two versions of a sheet never mix in Moodle's question bank
      out.add("CATEGORY|" + GiftWriter.category(w.title()) + "/" + GiftWriter.version(w) + "/"
          + GiftWriter.category(n + " " + e.title()));
      int i = 1;
      for (Item item : e.items()) {
        String name = GiftWriter.version(w) + " " + n + "." + i++ + " " + item.title();
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        String kind;
        if (item instanceof Choice c) {
          kind = "MULTIPLE_CHOICE";
          for (int k = 0; k < c.options().size(); k++) {
            String t = answer(c.options().get(k).text());
            (k == c.answer() ? right : wrong).add(t);
          }
        } else if (item instanceof TrueFalse t) {
          kind = "TRUE_FALSE";
          right.add(t.answer() ? "TRUE" : "FALSE");
        } else if (item instanceof Matching m) {
          kind = "MATCHING";
          boolean[] used = new boolean[m.right().size()];
          for (int k = 0; k < m.left().size(); k++) {
            used[m.answer().get(k)] = true;
            right.add(answer(m.left().get(k).text()) + " -> "
                + GiftWriter.plain(m.right().get(m.answer().get(k)).text()));
          }
          for (int r = 0; r < used.length; r++) {
            if (!used[r]) {
              wrong.add(GiftWriter.plain(m.right().get(r).text()));
            }
          }
        } else if (item instanceof Ordering o) {
          kind = "MATCHING";
          for (int r = 0; r < o.order().size(); r++) {
            right.add(answer(o.items().get(o.order().get(r)).text()) + " -> " + GiftWriter.rank(r, o.order().size()));
          }
        } else {
          kind = "ESSAY";
          assertThat(item).isInstanceOf(Task.class);
        }
        out.add(kind + "|" + GiftWriter.line(name) + "|" + right + "|" + wrong);
      }
    }
    return out;
  }

  private static String answer(String text) {
    String h = GiftWriter.html(GiftWriter.line(text));
    return (h.startsWith("%") ? "&#37;" + h.substring(1) : h).strip();
  }

  private static String summary(Question q) {
    if (q.kind() == Kind.CATEGORY) {
      return "CATEGORY|" + q.name();
    }
    return q.kind() + "|" + q.name() + "|" + q.right() + "|" + q.wrong();
  }

  // ----- the real parser -----

  private static final String NODE_SCRIPT = """
      const parser = require(process.argv[2]);
      const fs = require('fs');
      const clean = s => (s === null || s === undefined) ? '' : String(s).replace(/[\\t\\n\\r]/g, ' ').trim();
      const text = t => t && typeof t === 'object' ? clean(t.text) : clean(t);
      for (const file of process.argv.slice(3)) {
        let qs;
        try {
          qs = parser.parse(fs.readFileSync(file, 'utf8'));
        } catch (e) {
          console.log('ERROR\\t' + file + '\\t' + clean(e.message) + '\\t' + JSON.stringify(e.location));
          continue;
        }
        console.log('FILE\\t' + file);
        for (const q of qs) {
          if (q.type === 'Category') { console.log('CATEGORY|' + clean(q.title)); continue; }
          if (q.type === 'MC') {
            const right = q.choices.filter(c => c.isCorrect).map(c => text(c.text));
            const wrong = q.choices.filter(c => !c.isCorrect).map(c => text(c.text));
            console.log('MULTIPLE_CHOICE|' + clean(q.title) + '|[' + right.join(', ') + ']|[' + wrong.join(', ') + ']');
          } else if (q.type === 'TF') {
            console.log('TRUE_FALSE|' + clean(q.title) + '|[' + (q.isTrue ? 'TRUE' : 'FALSE') + ']|[]');
          } else if (q.type === 'Matching') {
            const right = q.matchPairs.filter(p => text(p.subquestion) !== '')
                .map(p => text(p.subquestion) + ' -> ' + clean(p.subanswer));
            const wrong = q.matchPairs.filter(p => text(p.subquestion) === '').map(p => clean(p.subanswer));
            console.log('MATCHING|' + clean(q.title) + '|[' + right.join(', ') + ']|[' + wrong.join(', ') + ']');
          } else if (q.type === 'Essay') {
            console.log('ESSAY|' + clean(q.title) + '|[]|[]');
          } else {
            console.log('OTHER|' + q.type + '|' + clean(q.title));
          }
        }
      }
      """;

  @Test
  void theRealGiftParserReadsEveryFileAsMeant(@TempDir Path dir) throws Exception {
    String location = System.getProperty("GIFT_PEGJS", System.getenv("GIFT_PEGJS"));
    assumeTrue(location != null && !location.isBlank() && Files.isDirectory(Path.of(location)),
        "SKIPPED: set GIFT_PEGJS to the directory of the npm package gift-pegjs "
            + "(npm install --prefix /tmp/gift gift-pegjs; GIFT_PEGJS=/tmp/gift/node_modules/gift-pegjs)");
    assumeTrue(onPath("node"), "SKIPPED: node is not installed");
    Map<String, Worksheet> sheets = sheets();
    List<String> command = new ArrayList<>(List.of("node", dir.resolve("check.js").toString(),
        Path.of(location).toAbsolutePath().toString()));
    Files.writeString(dir.resolve("check.js"), NODE_SCRIPT);
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Map.Entry<String, Worksheet> s : sheets.entrySet()) {
      Path file = dir.resolve(s.getKey() + ".gift");
      Files.writeString(file, s.getValue().toGift(), StandardCharsets.UTF_8);
      command.add(file.toString());
      expected.put(file.toString(), expected(s.getValue()));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as("gift-pegjs parse errors").doesNotContain("ERROR\t");
    Map<String, List<String>> actual = new LinkedHashMap<>();
    List<String> current = null;
    for (String l : out.split("\n")) {
      if (l.startsWith("FILE\t")) {
        current = new ArrayList<>();
        actual.put(l.substring(5), current);
      } else if (current != null && !l.isBlank()) {
        current.add(l);
      }
    }
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String file : expected.keySet()) {
      assertThat(actual.get(file)).as(file).containsExactlyElementsOf(expected.get(file));
    }
    System.out.println("gift-pegjs parsed " + expected.size() + " GIFT files as meant");
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void writesNothingForAMapBuildingOnlySheet() throws IOException {
    Worksheet w = Exercises.generate(MAP, ExerciseOptions.builder().types(ExerciseType.BUILD_MAP).build());
    GiftValidator.Report r = GiftValidator.check(w.toGift());
    assertThat(r.problems()).isEmpty();
    assertThat(r.questions()).isEmpty();
    assertThat(w.toGift()).contains("argmap grade");
  }
}
