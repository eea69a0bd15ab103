package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on the real files of shared/interop/argdown and on what they must tolerate. */
class ArgdownImporterTest {
  private final ArgdownImporter importer = new ArgdownImporter();

  private static Path file(String name) {
    return SharedFiles.require("interop/argdown").resolve(name);
  }

  private static Argument argument(ArgumentMap map, String id) {
    return map.argument(ArgumentId.of(id)).orElseThrow(() -> new AssertionError("no argument " + id));
  }

  private static Statement statement(ArgumentMap map, String id) {
    return map.statement(StatementId.of(id)).orElseThrow(() -> new AssertionError("no statement " + id));
  }

  @Test
  void everyValidRealFileIsRead() throws Exception {
    List<Path> files = new ArrayList<>(SharedFiles.files("interop/argdown", ".argdown"));
    files.add(file("imports/imported.argdown"));
    for (Path f : files) {
      if (f.getFileName().toString().contains("invalid")) {
        continue;
      }
      ArgumentMap map = importer.read(f);
      assertThat(map.statements()).as(f.toString()).isNotEmpty();
      assertThat(map.arguments()).as(f.toString()).isNotEmpty();
    }
  }

  @Test
  void primer() throws Exception {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(file("argdown-primer.argdown"), warnings::add);
    assertThat(warnings).isEmpty();
    assertThat(map.statements()).hasSize(20); // 17 statements and 3 sketched arguments' descriptions
    assertThat(statement(map, "statement-1").title()).contains("Statement 1");
    assertThat(statement(map, "statement-1").tags()).containsExactly("Another tag");
    assertThat(statement(map, "untitled-6").text())
        .isEqualTo("This is a normal statement with bold and italic text, a #tag and a link.");
    assertThat(statement(map, "untitled-1").text()).startsWith("Writing a list of pros & cons in Argdown");
    Argument a1 = argument(map, "argument-1");
    assertThat(a1.premises()).containsExactly(StatementId.of("untitled-11"), StatementId.of("statement-2"));
    assertThat(a1.conclusion()).isEqualTo(StatementId.of("untitled-12"));
    assertThat(a1.scheme()).contains("Some inference rule: p \u2227 (p \u2192 q) \u2192 q");
    assertThat(a1.label()).contains("Argument 1");
    // [Intro] -> <Argument 1>: an attack on a reconstructed argument
    assertThat(argument(map, "intro-attacks-argument-1").conclusion()).isEqualTo(ArgumentId.of("argument-1"));
    // a sketched argument's relation starts from its description
    Argument sketched = argument(map, "another-argument");
    assertThat(sketched.premises()).containsExactly(StatementId.of("another-argument"));
    assertThat(sketched.polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(statement(map, "another-argument").text()).isEqualTo("This arguments attacks @[Statement 2].");
  }

  @Test
  void stateCensorshipMultiStepStructuresAndRemovedTags() throws Exception {
    ArgumentMap map = importer.read(file("state-censorship.argdown"));
    assertThat(map.title()).contains("Censorship from the State");
    Argument step1 = argument(map, "importance-of-inclusive-public-debate.1");
    Argument step2 = argument(map, "importance-of-inclusive-public-debate");
    assertThat(step1.premises()).containsExactly(StatementId.of("untitled-9"), StatementId.of("untitled-10"));
    assertThat(step1.conclusion()).isEqualTo(StatementId.of("untitled-11"));
    assertThat(step2.premises()).containsExactly(StatementId.of("untitled-11"), StatementId.of("untitled-12"));
    assertThat(step2.conclusion()).isEqualTo(StatementId.of("untitled-13"));
    assertThat(argument(map, "argument-from-freedom-of-speech").scheme()).contains("Specification, Modus ponens");
    assertThat(argument(map, "argument-from-freedom-of-speech").notes()).contains(
        "Censorship is wrong in principle. In a free and civilized society, everyone must be free to express"
            + " herself.");
    // the conclusion "-> [Censorship]" attacks it
    assertThat(argument(map, "untitled-3-attacks-censorship").polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(map.thesisIds()).containsExactly(StatementId.of("censorship"));
  }

  @Test
  void parserMixListsRelationsAndIndentation() throws Exception {
    ArgumentMap map = importer.read(file("parser-mix.argdown"));
    assertThat(statement(map, "untitled-14").text())
        .isEqualTo("This is a paragraph with rich text formatting and a link.");
    assertThat(argument(map, "untitled-7-supports-untitled-6").premises()).containsExactly(
        StatementId.of("untitled-7"));
    assertThat(argument(map, "untitled-23-supports-untitled-24")).isNotNull();
    // "-> G" after a deeper branch belongs to A, as in the reference parser
    assertThat(argument(map, "untitled-19-attacks-untitled-25")).isNotNull();
    assertThat(argument(map, "argument-1").scheme()).contains("Modus Ponens");
  }

  @Test
  void argVuDemoWithEveryRelationMarker() throws Exception {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(file("argvu_demo_all_relations.argdown"), warnings::add);
    assertThat(map.title()).contains("Demo of ArgVu ligatures");
    assertThat(argument(map, "a1").polarity()).isEqualTo(Polarity.SUPPORTS);
    assertThat(argument(map, "a2").polarity()).isEqualTo(Polarity.ATTACKS);
    assertThat(argument(map, "thirdly").scheme()).contains("...and inferences have nicer lines as well");
    assertThat(statement(map, "untitled-1").text()).isEqualTo("\u00AC(p\u2227q)\u2194(\u00ACp)\u2228(\u00ACq)");
    assertThat(warnings).extracting(ImportWarning::line).containsExactly(9, 10);
  }

  @Test
  void importsAreResolvedRelativeToTheFile() throws Exception {
    ArgumentMap map = importer.read(file("mcp_import_main.argdown"));
    assertThat(statement(map, "imported-support").text()).startsWith("Evidence gathered from multiple");
    assertThat(argument(map, "imported-support-supports-main-claim").conclusion())
        .isEqualTo(StatementId.of("main-claim"));
    assertThat(argument(map, "corroborating-data-supports-imported-support")).isNotNull();
  }

  @Test
  void importsFromAReaderAreSkippedWithAWarning() throws Exception {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(new java.io.StringReader(Files.readString(file("mcp_import_main.argdown"))),
        warnings::add);
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(1);
      assertThat(w.message()).contains("@import").contains("skipped");
    });
    assertThat(statement(map, "imported-support").text()).isEqualTo("Imported Support");
  }

  @Test
  void orphanRelationFailsWithLineAndColumn() {
    Path f = file("mcp_invalid_orphan_relation.argdown");
    assertThatThrownBy(() -> importer.read(f))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.source()).contains(f.toString());
          assertThat(e.getMessage()).contains("line 4, column 3").contains("relation marker (+)");
        });
  }

  @Test
  void importCyclesAreSkipped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.argdown"), "@import \"b.argdown\"\n\n[A]: In a.\n  + [B]\n");
    Files.writeString(dir.resolve("b.argdown"), "@import 'a.argdown'\n\n[B]: In b.\n");
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(dir.resolve("a.argdown"), warnings::add);
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("b", "a");
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("cycle"));
  }

  @Test
  void markdownWithFencedArgdownBlocks() {
    String md = "---\ntitle: x\n---\n# Notes\n\nSome *markdown* [A]: not argdown.\n\n"
        + "```argdown\n[A]: Inside.\n  - [B]: Against.\n```\n\nMore text.\n\n"
        + "```{.argdown-map caption=\"map\"}\n[C]: Also inside.\n  + [A]\n```\n";
    ArgumentMap map = importer.readString(md);
    assertThat(map.statements()).extracting(s -> s.id().value()).containsExactly("a", "b", "c");
    assertThat(map.arguments()).hasSize(2);
  }

  @Test
  void crlfTabsCommentsAndNoFinalNewline() {
    String text = "\uFEFF// comment\r\n[A]: One /* inline */ text. // trailing\r\n\t+ [B]: Two.\r\n"
        + "<!-- multi\r\nline -->\r\n\t- <C>: Three.";
    ArgumentMap map = importer.readString(text);
    assertThat(statement(map, "a").text()).isEqualTo("One text.");
    assertThat(map.arguments()).extracting(a -> a.id().value()).containsExactly("b-supports-a", "c");
  }

  @Test
  void errorsHaveLineAndColumn() {
    assertThatThrownBy(() -> importer.readString("[A]: x\n\n--\n(1) y"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(1);
        });
    assertThatThrownBy(() -> importer.readString("<A>\n\n(1) [p]: P.\n(2) [q]: Q.\n\n[B]: b"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.problem()).contains("no conclusion");
        });
    assertThatThrownBy(() -> importer.readString("===\ntitle: x\n\n[A]: a"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.line()).isEqualTo(1));
    assertThatThrownBy(() -> importer.readString("===\nparser:\n  syntax: micro-argdown+\n===\n\n[A]: a"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.problem()).contains("micro-argdown");
        });
    assertThatThrownBy(() -> importer.readString("<A>\n\n(1) <B>\n----\n(2) [c]"))
        .isInstanceOfSatisfying(MapFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void deeplyNestedDataIsIgnoredWithAWarning() throws Exception {
    List<ImportWarning> warnings = new ArrayList<>();
    ArgumentMap map = importer.read(new java.io.StringReader("[A]: a {x: " + "[".repeat(100_000)
        + "]".repeat(100_000) + "}"), warnings::add);
    assertThat(statement(map, "a").text()).isEqualTo("a");
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("deeper"));
  }

  @Test
  void textFullOfBracketsIsReadInLinearTime() {
    String line = "[A]: " + "[<#(".repeat(50_000) + " end";
    long start = System.nanoTime();
    String braces = "[C]: " + "{".repeat(50_000) + " x";
    ArgumentMap map = importer.readString(line + "\n\n" + line.replace("[A]", "[B]") + "\n\n" + braces);
    assertThat(map.statements()).hasSize(3);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void inlineDefinitionsDataAndContradiction() {
    ArgumentMap map = importer.readString("[A]: a {id: \"x1\", isInMap: false}\n  <+ <S>: Sketched.\n"
        + "  >< [N]: Not a.\n\n[A]\n  +> [D]: d\n");
    assertThat(statement(map, "x1").text()).isEqualTo("a");
    assertThat(argument(map, "s").premises()).containsExactly(StatementId.of("s"));
    assertThat(map.arguments()).extracting(a -> a.id().value())
        .contains("x1-attacks-n", "n-attacks-x1", "x1-supports-d");
  }
}
