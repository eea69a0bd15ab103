package dev.argmap.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownOutlineTest {
  private static List<String> lines(String markdown) {
    return Arrays.asList(markdown.split("\n", -1));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void outlineHasTitleThesesForAgainstAndSourcesInOrder() {
    String md = MarkdownOutline.render(FixtureMaps.alliance());

    assertThat(md).startsWith("# Will Russia and China form an alliance?\n\nA small map for the renderers' tests.\n\n");
    assertThat(lines(md)).containsSubsequence(
        "## Thesis `t1`: Russia and China will not form a formal military alliance.",
        "### For",
        "- Argument `a1`",
        "### Against",
        "- Argument `a2` — Exercises show an alliance forming (argument from sign; weight 0.4)",
        "## Sources",
        "- `s1` (news report): *Minister rules out alliance*, author unknown, The Example Gazette, 2020-10-22; credibility 0.8",
        "- `s2` (commentary): untitled, by A. Analyst and B. Scholar (Fellow), 2021; credibility 1");
  }

  @Test
  void sectionsCitedPagesAndApproximateDatesAreShownWhereTheQuoteIs() {
    assertThat(lines(MarkdownOutline.render(FixtureMaps.citedPlaces()))).containsSubsequence(
        "  - Source `paper`: untitled, author unknown, c. 2017",
        "  - Cited work `book`: *The Sino-Soviet Alliance*, author unknown, 1979, at pp. 52-53",
        "  - Found in: copy `paper-text`, section \u201cChapter 2: History\u201d, page 12-14");
  }

  @Test
  void linkedCoPremisesAreOneArgumentJoinedByAnd() {
    List<String> lines = lines(MarkdownOutline.render(FixtureMaps.alliance()));

    int a1 = lines.indexOf("- Argument `a1`");
    int p1 = lines.indexOf("  - `p1` Neither side wants to be drawn into the other's conflicts.");
    int p2 = lines.indexOf("  - and `p2` A formal alliance would oblige each to fight for the other.");
    assertThat(a1).isNotNegative();
    assertThat(p1).isGreaterThan(a1);
    assertThat(p2).isGreaterThan(p1);
    // between them, only what hangs below p1 (indented deeper)
    assertThat(lines.subList(p1 + 1, p2)).allMatch(l -> l.startsWith("    "));
  }

  @Test
  void undercutterStandsUnderTheArgumentItAttacks() {
    List<String> lines = lines(MarkdownOutline.render(FixtureMaps.alliance()));

    assertThat(lines).containsSubsequence(
        "- Argument `a2` — Exercises show an alliance forming (argument from sign; weight 0.4)",
        "  - `p3` The two hold joint military exercises every year.",
        "  - Undercut by argument `a3`",
        "    - `u1` Joint exercises are common between states that are not allies.");
  }

  @Test
  void premisesCarryTheirOwnArgumentsNested() {
    assertThat(lines(MarkdownOutline.render(FixtureMaps.alliance()))).containsSubsequence(
        "  - `p1` Neither side wants to be drawn into the other's conflicts.",
        "    - For:",
        "      - Argument `a4`",
        "        - `p4` **Trust**: Moscow and Beijing distrust each other.");
  }

  @Test
  void evidenceShowsQuoteWeightPolaritySourceSpeakerCitedWorkAndLocator() {
    String md = MarkdownOutline.render(FixtureMaps.alliance());

    assertThat(lines(md)).containsSubsequence(
        "    - Evidence `e1` (weight 0.9, supports): \"We have no intention of forming a military alliance.\"",
        "      - Source `s1`: *Minister rules out alliance*, author unknown, The Example Gazette, 2020-10-22",
        "      - Speaker: Lena Example (deputy foreign minister), quoted in The Example Gazette",
        "      - Found in: copy `s1-web`, paragraph 4");
    assertThat(lines(md)).containsSubsequence(
        "    - Evidence `e2` (weight 0.5, supports): \"The navies held their annual drill in the Sea of Japan.\"",
        "      - Source `s2`: untitled, by A. Analyst and B. Scholar (Fellow), 2021",
        "      - Cited work `s1`: *Minister rules out alliance*, author unknown, The Example Gazette, 2020-10-22");
    assertThat(md).contains("- Evidence `e3` (weight 0.25, undermines): \"Mutual suspicion runs deep.\"");
  }

  @Test
  void sourcesListTheirLinksAndCopies() {
    assertThat(lines(MarkdownOutline.render(FixtureMaps.alliance()))).containsSubsequence(
        "## Sources",
        "  - Link: <https://gazette.example.org/2020/10/22/pact>",
        "  - Copy `s1-web`: web edition, <https://gazette.example.org/2020/10/22/pact>",
        "  - Copy `s1-repost`: blog repost, published by Example Blog, 2020-11");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 17, 42, 1234})
  void everyStatementAndArgumentReachableFromAThesisAppears(long seed) {
    ArgumentMap map = RandomMaps.withStatements(150).seed(seed).generate();
    String md = MarkdownOutline.render(map);

    for (StatementId t : map.thesisIds()) {
      assertThat(md).contains("## Thesis `" + t + "`: ");
      for (ConclusionId id : map.upstreamOf(t)) {
        if (id instanceof StatementId s) {
          Statement statement = map.statement(s).orElseThrow();
          if (!map.isThesis(s)) {
            assertThat(md).as("statement %s", s).contains("`" + s + "` " + prefixOf(statement));
          }
        } else {
          assertThat(md).as("argument %s", id).containsPattern("rgument `" + id + "`( |\n)");
        }
      }
    }
    // every statement's text is written out exactly once, even those no thesis depends on
    for (Statement s : map.statements()) {
      String shown = "`" + s.id() + (map.isThesis(s.id()) ? "`: " : "` ") + prefixOf(s);
      assertThat(count(md, shown)).as("statement %s", s.id()).isEqualTo(1);
    }
  }

  private static String prefixOf(Statement s) {
    return s.title().map(t -> MarkdownText.bold(t) + ": ").orElse("") + MarkdownText.inline(s.text());
  }

  @Test
  void supportCycleTerminatesAndShowsEachStatementOnce() {
    ArgumentMap map = FixtureMaps.supportCycle();
    assertThat(map.lint()).anyMatch(p -> p.rule().code().equals("support-cycle"));

    String md = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MarkdownOutline.render(map));

    for (String text : List.of("First premise.", "Second premise.", "Third premise.", "The thesis.")) {
      assertThat(count(md, text)).as(text).isEqualTo(1);
    }
    assertThat(md).contains("- `p1` (shown above)");
    assertThat(md).contains("- `t1` (a thesis: see its own section above)");
  }

  @Test
  void thesisUsedAsPremiseOfAnotherThesisIsReferencedNotRepeated() {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t1", "First thesis.")
        .thesis("t2", "Second thesis.")
        .statement("p1", "A premise.")
        .argument("a1", Polarity.SUPPORTS, "t1", "t2")
        .argument("a2", Polarity.SUPPORTS, "t2", "p1")
        .argument("a3", Polarity.ATTACKS, "t2", "t1")
        .build();

    String md = MarkdownOutline.render(map);

    assertThat(md).contains("- `t2` (a thesis: see its own section below)");
    assertThat(md).contains("- `t1` (a thesis: see its own section above)");
    assertThat(count(md, "Second thesis.")).isEqualTo(1);
    assertThat(lines(md)).containsSubsequence("## Thesis `t2`: Second thesis.", "- Argument `a2`", "  - `p1` A premise.");
  }

  @Test
  void veryDeepChainDoesNotOverflowTheStack() {
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("s0", "Statement 0.");
    int n = 3_000; // the outline nests one level per statement, so it grows with the square of n
    for (int i = 1; i < n; i++) {
      b.statement("s" + i, "Statement " + i + ".");
      b.argument("a" + i, Polarity.SUPPORTS, "s" + (i - 1), "s" + i);
    }
    String md = MarkdownOutline.builder().showSources(false).build().toMarkdown(b.build());
    assertThat(md).contains("`s" + (n - 1) + "` Statement " + (n - 1) + ".");
  }

  @Test
  void markdownSpecialCharactersInTextAreEscaped() {
    ArgumentMap map = ArgumentMap.builder()
        .title("# Not *a* heading")
        .description("- not a list item")
        .thesis("t1", "Use *stars*, _under_, `code`, [a](http://x) <b>html</b> #1 | ~x~ &amp; \\ done")
        .statement("p1", "Line one\nline two\r\n  ")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .build();

    String md = MarkdownOutline.render(map);

    assertThat(md).startsWith("# \\# Not \\*a\\* heading\n\n\\- not a list item\n");
    assertThat(md).contains("## Thesis `t1`: Use \\*stars\\*, \\_under\\_, \\`code\\`, \\[a\\](http://x)"
        + " \\<b\\>html\\</b\\> \\#1 \\| \\~x\\~ \\&amp; \\\\ done\n");
    assertThat(md).contains("  - `p1` Line one line two\n");
  }

  @Test
  void escapingLeavesPlainTextAlone() {
    assertThat(MarkdownText.inline("AT&T's 3.5% share — plain (text).")).isEqualTo("AT&T's 3.5% share — plain (text).");
    assertThat(MarkdownText.paragraph("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownText.paragraph("+ not a list")).isEqualTo("\\+ not a list");
    assertThat(MarkdownText.code("a`b")).isEqualTo("``a`b``");
    assertThat(MarkdownText.code("`x")).isEqualTo("`` `x ``");
    assertThat(MarkdownText.number(1.0)).isEqualTo("1");
    assertThat(MarkdownText.number(0.0)).isEqualTo("0");
    assertThat(MarkdownText.number(0.123456)).isEqualTo("0.123");
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7})
  void outputIsDeterministicWithoutTrailingSpaceOrDoubleBlankLines(long seed) {
    ArgumentMap map = RandomMaps.withStatements(80).seed(seed).generate();
    String md = MarkdownOutline.render(map);

    assertThat(MarkdownOutline.render(RandomMaps.withStatements(80).seed(seed).generate())).isEqualTo(md);
    assertThat(md).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\n\n\n").doesNotContain("\r");
    assertThat(lines(md)).noneMatch(l -> !l.equals(l.stripTrailing()));
  }

  @Test
  void depthLimitCountsWhatItHides() {
    MarkdownOutline outline = MarkdownOutline.builder().maxDepth(1).build();
    String md = outline.toMarkdown(FixtureMaps.alliance());

    assertThat(md).contains("- `p1` Neither side wants to be drawn into the other's conflicts.");
    assertThat(md).contains("    - 1 argument for or against it not shown (depth limit 1)");
    assertThat(md).contains("  - 1 argument on this inference not shown (depth limit 1)");
    assertThat(md).doesNotContain("`a4`").doesNotContain("`a3`");

    String thesesOnly = MarkdownOutline.builder().maxDepth(0).build().toMarkdown(FixtureMaps.alliance());
    assertThat(thesesOnly).contains("### For\n\n1 argument not shown (depth limit 0).\n");
    assertThat(thesesOnly).doesNotContain("`p1`");
  }

  @Test
  void evidenceAndSourcesCanBeLeftOut() {
    MarkdownOutline outline = MarkdownOutline.builder().showEvidence(false).showSources(false).build();
    String md = outline.toMarkdown(FixtureMaps.alliance());

    assertThat(md).doesNotContain("Evidence").doesNotContain("## Sources").contains("`p4`");
    assertThat(outline.toString()).isEqualTo("MarkdownOutline{maxDepth=unlimited, showEvidence=false, showSources=false}");
  }

  @Test
  void rendersToAnyAppendable() throws IOException {
    StringWriter out = new StringWriter();
    MarkdownOutline.builder().build().render(FixtureMaps.alliance(), out);
    assertThat(out.toString()).isEqualTo(MarkdownOutline.render(FixtureMaps.alliance()));
  }

  @Test
  void rejectsNegativeDepth() {
    assertThatThrownBy(() -> MarkdownOutline.builder().maxDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be at least 0 but was -1");
  }

  @Test
  void statementsNoThesisDependsOnGetTheirOwnSection() {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t1", "The thesis.")
        .statement("x1", "A loose claim.")
        .statement("x2", "A reason for the loose claim.")
        .argument("b1", Polarity.SUPPORTS, "x1", "x2")
        .build();
    List<Argument> unused = map.argumentsFor(StatementId.of("x1"));
    assertThat(unused).hasSize(1);

    assertThat(lines(MarkdownOutline.render(map))).containsSubsequence(
        "## Not connected to a thesis",
        "- `x1` A loose claim.",
        "  - For:",
        "    - Argument `b1`",
        "      - `x2` A reason for the loose claim.");
  }
}
