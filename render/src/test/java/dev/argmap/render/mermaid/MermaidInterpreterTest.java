package dev.argmap.render.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.render.MermaidCli;
import dev.argmap.testing.HostileTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Mermaid itself makes of the renderer's output: no text of a map may reach Mermaid's
 * preprocessor as a directive or comment ({@code %%}), end a label, or leave an escape half written,
 * whether the renderer keeps it whole or shortens it. The tests that run the real Mermaid
 * ({@link MermaidCli}) are skipped with a message when it is not installed.
 */
class MermaidInterpreterTest {
  /**
   * Fragments that mean something to Mermaid, for the seeded random texts (no lone surrogate: the model refuses
   * them, rule invalid-text).
   */
  private static final List<String> FRAGMENTS = List.of("%", "%%", "%%{", "}%%", "init:", "{", "}", "'",
      "\"", "#", "#35;", ";", "&", "&amp;", "<", ">", "<br/>", "`", "\\", "\\n", "\n", "\r", "\t", "|", "[",
      "]", "(", ")", "-->", "---", "end", ":::", "1", "2024", " ", " ", "a", "word", "\u202E", "\u200D",
      "\uD83D\uDE00", "\u2028", "\u0000", "x".repeat(70));

  @TempDir Path dir;

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    return b.toString().isBlank() ? "blank" + b : b.toString();
  }

  /** A map with {@code count} random texts in statements, labels, quotes and the title. */
  private static ArgumentMap randomMap(long seed, int count) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      texts.add(randomText(random));
    }
    ArgumentMap base = HostileTexts.everywhere(texts.get(0));
    ArgumentMap.Builder b = base.toBuilder();
    for (int i = 1; i < count; i++) {
      String text = texts.get(i);
      b.statement("r" + i, text);
      b.addArguments(Argument.builder().id(ArgumentId.of("ra" + i)).polarity(Polarity.ATTACKS)
          .conclusion(StatementId.of("t1")).addPremises(StatementId.of("r" + i)).label(text).build());
    }
    return b.build();
  }

  /** Checks the text Mermaid's preprocessor and lexer see: no {@code %%}, every label closed. */
  private static void assertNothingEscapesALabel(String mermaid, String what) {
    assertThat(mermaid).as("%s: no directive or comment marker", what).doesNotContain("%%");
    MermaidRendererTest.read(mermaid); // every line a known form, every label closed by its own quote
    // the labels, the front matter (a YAML string, where # is plain text) and the styles aside
    String body = mermaid.substring(mermaid.indexOf("flowchart RL\n"))
        .replaceAll("(?m)^  (classDef|linkStyle).*$", "");
    Matcher entity = Pattern.compile("#[^;\\s\"]*;?").matcher(body);
    while (entity.find()) {
      assertThat(entity.group()).as("%s: every # starts a whole entity code", what).matches("#\\d{1,7};");
    }
  }

  @Test
  void noHostileTextEscapesItsLabel() {
    for (String text : HostileTexts.ALL) {
      for (boolean evidence : new boolean[] {false, true}) {
        String mermaid = MermaidRenderer.builder().showEvidence(evidence).build()
            .renderToString(HostileTexts.everywhere(text));
        assertNothingEscapesALabel(mermaid, text);
      }
    }
  }

  @Test
  void shortenedLabelsNeverEndInAHalfDirectiveOrAHalfEscape() {
    // the argument's label is cut after about 60 characters, the quote after about 120: put what is
    // dangerous right at the cut
    for (int at = 50; at < 64; at++) {
      for (String tail : List.of("%%{init: {'theme': 'dark'}}%%", "%%{init: {", "#35;#35;", "&amp;&lt;",
          "\uD83D\uDE00\uD83D\uDE00", "\"\"\"\"", "\\\\\\\\")) {
        String text = "w".repeat(at) + tail + " more words after it";
        ArgumentMap map = ArgumentMap.builder().thesis("t", "T.").statement("p", "P.")
            .addArguments(Argument.builder().id(ArgumentId.of("a")).polarity(Polarity.SUPPORTS)
                .conclusion(StatementId.of("t")).addPremises(StatementId.of("p")).label(text).build())
            .build();
        String mermaid = MermaidRenderer.create().renderToString(map);
        assertNothingEscapesALabel(mermaid, text);
        String label = MermaidRendererTest.read(mermaid).labels().get("A0");
        assertThat(MermaidRendererTest.decode(label)).as("the label is a prefix of the text")
            .startsWith("+ " + "w".repeat(at).substring(0, Math.min(at, 40)));
      }
    }
  }

  @Test
  void seededRandomTextsNeverEscapeTheirLabels() {
    long first = 20261207L;
    for (long seed = first; seed < first + 300; seed++) {
      try {
        for (boolean evidence : new boolean[] {false, true}) {
          assertNothingEscapesALabel(MermaidRenderer.builder().showEvidence(evidence).build()
              .renderToString(randomMap(seed, 6)), "seed " + seed);
        }
      } catch (AssertionError e) {
        throw new AssertionError("failed for seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  // ---------------------------------------------------------------- the real Mermaid

  /** The opening of the style sheet of Mermaid's default theme, as Mermaid writes it here. */
  private String defaultTheme() throws Exception {
    MermaidCli.Result plain = MermaidCli.render("flowchart BT\n  S0[\"plain\"]\n", dir, "plain.svg");
    assertThat(plain.drawn()).as(plain.output()).isTrue();
    return themeOf(plain.svg().orElseThrow());
  }

  private static String themeOf(String svg) {
    Matcher m = Pattern.compile("<style>(#[-\\w]+\\{[^}]*\\})").matcher(svg);
    assertThat(m.find()).as("an SVG with Mermaid's style sheet").isTrue();
    return m.group(1);
  }

  private void assertDrawnAsText(String mermaid, String what, String theme) throws Exception {
    MermaidCli.Result r = MermaidCli.render(mermaid, dir, "out.svg");
    assertThat(r.drawn()).as("Mermaid draws %s; it said: %s%n%s", what, r.output(), mermaid).isTrue();
    assertThat(themeOf(r.svg().orElseThrow())).as("no directive of %s changed the theme", what).isEqualTo(theme);
  }

  @Test
  void theRealMermaidDrawsEveryHostileTextAsText() throws Exception {
    MermaidCli.require();
    String theme = defaultTheme();
    String mermaid = MermaidRenderer.builder().showEvidence(true).build().renderToString(HostileTexts.all());
    MermaidCli.Result r = MermaidCli.render(mermaid, dir, "all.svg");
    if (!r.drawn()) {
      // name the text Mermaid refused
      for (String text : HostileTexts.ALL) {
        assertDrawnAsText(MermaidRenderer.builder().showEvidence(true).build()
            .renderToString(HostileTexts.everywhere(text)), text, theme);
      }
    }
    assertThat(r.drawn()).as("Mermaid draws the map of every hostile text: %s", r.output()).isTrue();
    String svg = r.svg().orElseThrow();
    assertThat(themeOf(svg)).as("no directive changed the theme").isEqualTo(theme);
    // the directives are shown as the text they are
    assertThat(svg).contains("%%{init: {").contains("open %%{init: {").contains("50%% off");
  }

  @Test
  void theRealMermaidDrawsSeededRandomTexts() throws Exception {
    MermaidCli.require();
    String theme = defaultTheme();
    long seed = 7_2026_12_07L;
    assertDrawnAsText(MermaidRenderer.builder().showEvidence(true).build().renderToString(randomMap(seed, 40)),
        "the texts of seed " + seed, theme);
  }

  /** Returns width / height of the SVG's view box, printing both. */
  private static double aspect(String svg, String what) {
    Matcher m = Pattern.compile("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\"").matcher(svg);
    assertThat(m.find()).as("an SVG with a view box").isTrue();
    double width = Double.parseDouble(m.group(1));
    double height = Double.parseDouble(m.group(2));
    System.out.printf(Locale.ROOT, "[mermaid] %s: %.0f x %.0f px, %.2f : 1%n", what, width, height,
        width / height);
    return width / height;
  }

  @Test
  void theRealMermaidDrawsThePrebuiltMap() throws Exception {
    MermaidCli.require();
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    MermaidCli.Result r = MermaidCli.render(MermaidRenderer.create().renderToString(map), dir, "prebuilt.svg");
    assertThat(r.drawn()).as("Mermaid draws the prebuilt map: %s", r.output()).isTrue();
    for (var thesis : map.theses()) {
      assertThat(r.svg().orElseThrow()).contains(thesis.id().value());
    }
    aspect(r.svg().orElseThrow(), "prebuilt map");
    // with titles only, the picture is about as tall as it is wide (bottom to top it was 8 : 1)
    MermaidCli.Result titles = MermaidCli.render(MermaidRenderer.builder().titlesOnly(true).build()
        .renderToString(map), dir, "prebuilt-titles.svg");
    assertThat(titles.drawn()).as("Mermaid draws the prebuilt map's titles: %s", titles.output()).isTrue();
    assertThat(aspect(titles.svg().orElseThrow(), "prebuilt map, titles only")).isBetween(0.5, 2.0);
    // and with the ELK layout, landscape: on one screen (1.1 : 1 measured; 0.51 : 1 without ELK)
    MermaidCli.Result elk = MermaidCli.render(MermaidRenderer.builder().titlesOnly(true).elkLayout(true).build()
        .renderToString(map), dir, "prebuilt-elk.svg");
    assertThat(elk.drawn()).as("Mermaid draws the prebuilt map with ELK: %s", elk.output()).isTrue();
    assertThat(elk.output()).as("Mermaid found the ELK layout").doesNotContain("not registered");
    assertThat(aspect(elk.svg().orElseThrow(), "prebuilt map, titles only, ELK")).isBetween(1.0, 2.0);
  }
}
