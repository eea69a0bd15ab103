package dev.argmap.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.render.Scores;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.MiniJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {
  private static final String OPEN_DATA =
      "<script type=\"application/json\" id=\"" + HtmlRenderer.DATA_ELEMENT_ID + "\">";

  @TempDir Path dir;

  /** Returns the raw text of the JSON data element. */
  private static String rawData(String html) {
    int start = html.indexOf(OPEN_DATA);
    assertThat(start).isNotNegative();
    start += OPEN_DATA.length();
    return html.substring(start, html.indexOf("</script>", start));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(String html) {
    return (Map<String, Object>) MiniJson.parse(rawData(html));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> find(Map<String, Object> data, String list, String id) {
    return ((List<Map<String, Object>>) data.get(list)).stream().filter(m -> id.equals(m.get("id")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + list));
  }

  @Test
  void oneSelfContainedFileThatLoadsNothing() {
    String html = HtmlRenderer.create().renderToString(FixtureMaps.alliance());

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .contains("<title>Will Russia and China form an alliance?</title>")
        .contains("<style>\n").contains("<div id=\"app\"></div>").endsWith("</html>\n");
    // nothing refers to another file or to the network
    assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b")
        .doesNotContainPattern("(?i)<script[^>]*\\bsrc=")
        .doesNotContainPattern("(?i)\\b(fetch|XMLHttpRequest|import)\\s*\\(")
        .doesNotContainPattern("(?i)url\\(");
    // exactly two scripts: the data and the code
    assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(2);
  }

  @Test
  void theMapTravelsAsJsonWithEverythingTheTreeShows() {
    ArgumentMap map = FixtureMaps.alliance();
    Map<String, Object> data = data(HtmlRenderer.create().renderToString(map));

    assertThat(data).containsEntry("title", "Will Russia and China form an alliance?")
        .containsEntry("theses", List.of("t1")).containsEntry("openLevels", 1.0).doesNotContainKey("semantics");
    assertThat(find(data, "statements", "t1")).containsEntry("text", FixtureMaps.THESIS).doesNotContainKey("score");
    assertThat(find(data, "statements", "p4")).containsEntry("title", "Trust");
    assertThat(find(data, "arguments", "a1")).containsEntry("premises", List.of("p1", "p2"))
        .containsEntry("conclusion", "t1").containsEntry("onArgument", false).containsEntry("polarity", "supports");
    assertThat(find(data, "arguments", "a3")).containsEntry("conclusion", "a2").containsEntry("onArgument", true)
        .containsEntry("polarity", "attacks");
    assertThat(find(data, "evidence", "e1"))
        .containsEntry("speaker", "Lena Example (deputy foreign minister)")
        .containsEntry("source", "s1").containsEntry("locator", "copy s1-web, paragraph 4");
    assertThat(find(data, "evidence", "e2")).containsEntry("citedWork", "s1");
    assertThat(find(data, "evidence", "e3")).containsEntry("polarity", "undermines").containsEntry("weight", 0.25);
    assertThat(find(data, "sources", "s1")).containsEntry("publisher", "The Example Gazette")
        .containsEntry("date", "2020-10-22").containsEntry("credibility", 0.8)
        .containsEntry("links", List.of("https://gazette.example.org/2020/10/22/pact"));
    assertThat(find(data, "sources", "s2")).containsEntry("authors", List.of("A. Analyst", "B. Scholar (Fellow)"));
  }

  @Test
  void theDataCarriesCitedPagesSectionsAndApproximateDatesAsReadersSeeThem() {
    Map<String, Object> data = data(HtmlRenderer.create().renderToString(FixtureMaps.citedPlaces()));
    assertThat(find(data, "evidence", "e1")).containsEntry("citedWork", "book")
        .containsEntry("citedAt", "pp. 52-53")
        .containsEntry("locator", "copy paper-text, section \u201cChapter 2: History\u201d, page 12-14");
    assertThat(find(data, "sources", "paper")).containsEntry("date", "c. 2017");
  }

  @Test
  void scoresAreCarriedAtFullPrecision() {
    ArgumentMap map = FixtureMaps.alliance();
    var computed = MapScorer.of(GradualSemantics.DF_QUAD).score(map);
    Map<String, Object> data = data(HtmlRenderer.builder().scores(Scores.from(computed)).openLevels(3).build()
        .renderToString(map));

    assertThat(data).containsEntry("semantics", "df-quad").containsEntry("openLevels", 3.0);
    double t1 = computed.strength(dev.argmap.model.StatementId.of("t1"));
    assertThat(find(data, "statements", "t1")).containsEntry("score", t1)
        .containsEntry("scoreLabel", dev.argmap.render.internal.Text.score(t1));
    assertThat(find(data, "arguments", "a3")).containsKey("score");
  }

  @Test
  void sharesOfTheChangeTravelWithTheirLabelsAndTheThesisItsChange() {
    ArgumentMap map = FixtureMaps.alliance();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Explanation why = scorer.explain(map, StatementId.of("t1"));
    String html = HtmlRenderer.builder().scores(Scores.from(scorer.score(map), List.of(why))).build()
        .renderToString(map);
    Map<String, Object> data = data(html);

    assertThat(data).containsEntry("shares", true);
    double a1 = why.reason(ArgumentId.of("a1")).share().value();
    assertThat(find(data, "arguments", "a1")).containsEntry("share", a1)
        .containsEntry("shareLabel", String.format(Locale.ROOT, "%+.3f", a1)).doesNotContainKey("shareErrorLabel");
    assertThat(find(data, "arguments", "a2")).containsKey("share");
    assertThat(find(data, "arguments", "a3")).doesNotContainKey("share");
    assertThat(find(data, "statements", "t1")).containsEntry("change", why.totalChange())
        .containsEntry("changeLabel", String.format(Locale.ROOT, "%+.3f", why.totalChange()))
        .containsEntry("baseLabel", String.format(Locale.ROOT, "%.3f", why.base()));
    assertThat(find(data, "statements", "p1")).doesNotContainKey("change");
    // the page labels the shares and says that they add up to the change
    assertThat(html).contains("share of the change").contains("add up to");
    assertThat(data(HtmlRenderer.builder().scores(Scores.from(scorer.score(map))).build().renderToString(map)))
        .doesNotContainKey("shares");
  }

  @Test
  void aSampledShareTravelsWithItsStandardErrorAndSamples() {
    // 26 reasons on one thesis: more players than explain computes exactly
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t", "The thesis.");
    for (int i = 0; i < 26; i++) {
      b.statement("p" + i, "Reason " + i + ".").argument("a" + i, Polarity.SUPPORTS, "t", "p" + i);
    }
    ArgumentMap map = b.build();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Explanation why = scorer.explain(map, StatementId.of("t"));
    Contribution share = why.reason(ArgumentId.of("a0")).share();
    assertThat(share.method()).isEqualTo(Contribution.Method.SAMPLED);

    Map<String, Object> data = data(HtmlRenderer.builder().scores(Scores.from(scorer.score(map), List.of(why)))
        .build().renderToString(map));

    assertThat(find(data, "arguments", "a0")).containsEntry("share", share.value())
        .containsEntry("shareErrorLabel", String.format(Locale.ROOT, "%.3f", share.standardError()))
        .containsEntry("shareSamples", (double) share.samples());
  }

  @Test
  void noTextOfTheMapCanEndTheScriptOrBecomeMarkup() {
    ArgumentMap map = FixtureMaps.nasty();
    String html = HtmlRenderer.create().renderToString(map);
    String raw = rawData(html);

    assertThat(raw).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(html).contains("<title>A &lt;/script&gt; &quot;title&quot; &amp; &lt;title&gt;</title>");
    Map<String, Object> data = data(html);
    assertThat(data).containsEntry("title", "A </script> \"title\" & <title>");
    assertThat(find(data, "statements", "t\"1<&>")).containsEntry("text", FixtureMaps.NASTY);
    assertThat(find(data, "statements", "p\\1"))
        .containsEntry("text", "Line one\nline two\ttabbed \u0001 and \uD83D\uDE00 end");
    assertThat(find(data, "evidence", "e\"1"))
        .containsEntry("quote", "</script><!-- \"quoted\" & 'single' \u2028 -->")
        .containsEntry("speaker", "O'Brien & <Co>");
  }

  @Test
  void outputIsDeterministic() {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    HtmlRenderer r = HtmlRenderer.create();
    // an equal map built anew, so that nothing of one object's identity (hash codes, caches) can agree by chance
    assertThat(r.renderToString(map.toBuilder().build())).isEqualTo(r.renderToString(map));
  }

  @Test
  void openLevelsMustNotBeNegative() {
    assertThatThrownBy(() -> HtmlRenderer.builder().openLevels(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  // ---------------------------------------------------------------- in a browser

  private Chromium.Load load(ArgumentMap map, HtmlRenderer renderer, String fragment) throws Exception {
    Path chromium = Chromium.require();
    Path page = dir.resolve("map.html");
    Files.writeString(page, renderer.renderToString(map), StandardCharsets.UTF_8);
    Chromium.Load load = Chromium.dumpDom(chromium, page.toUri() + fragment, dir);
    assertThat(load.consoleLines()).as("console output and script errors").isEmpty();
    assertThat(load.dom()).contains("data-argmap-ready=\"true\"");
    return load;
  }

  @Test
  void inChromiumThePageShowsTheTree() throws Exception {
    ArgumentMap map = FixtureMaps.alliance();
    Scores scores = Scores.from(MapScorer.of(GradualSemantics.DF_QUAD).score(map));
    String dom = load(map, HtmlRenderer.builder().scores(scores).build(), "").dom();

    assertThat(dom).contains("<h1>Will Russia and China form an alliance?</h1>")
        .contains(FixtureMaps.THESIS)
        .contains(">For (1)</summary>").contains(">Against (1)</summary>")
        .contains("class=\"premises linked\"")
        .contains("Undercut by 1 undercutter")
        .contains("Joint exercises are common between states that are not allies.")
        .contains("Lena Example (deputy foreign minister), quoted in The Example Gazette")
        .contains("We have no intention of forming a military alliance.")
        .contains("Cited work: ").contains("copy s1-web, paragraph 4")
        .contains("class=\"score\"").contains("scores: df-quad strength")
        .contains("Sources (2)").contains("id=\"src-s1\"");
  }

  @Test
  void inChromiumTheMapsTextStaysText() throws Exception {
    String dom = load(FixtureMaps.nasty(), HtmlRenderer.create(), "").dom();

    assertThat(dom).doesNotContain("<b id=\"pwn\">").doesNotContain("<script>alert")
        .contains("&lt;b id=\"pwn\"&gt;bold&lt;/b&gt;")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
        .contains("O'Brien &amp; &lt;Co&gt;");
  }

  @Test
  void inChromiumTheSearchMarksMatchesAndOpensTheirSections() throws Exception {
    String dom = load(FixtureMaps.alliance(), HtmlRenderer.create(), "#q=suspicion").dom();

    Matcher marks = Pattern.compile("<mark>suspicion</mark>").matcher(dom);
    assertThat(marks.results().count()).isEqualTo(1);
    assertThat(dom).contains("1 match")
        // the quote is deep in closed sections, which the search opened
        .containsPattern("<details class=\"evidence\" open=\"\">");
  }

  @Test
  void inChromiumAMapThousandsOfLevelsDeepLoads() throws Exception {
    // the page builds the tree from a stack of tasks, not by recursion: no call stack overflows
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("s0", "Statement 0.");
    int depth = 4000;
    for (int i = 1; i < depth; i++) {
      b.statement("s" + i, "Statement " + i + ".");
      b.argument("a" + i, i % 3 == 0 ? dev.argmap.model.Polarity.ATTACKS : dev.argmap.model.Polarity.SUPPORTS,
          "s" + (i - 1), "s" + i);
    }
    String dom = load(b.build(), HtmlRenderer.create(), "").dom();

    assertThat(dom).contains("id=\"st-s" + (depth - 1) + "\"").contains("Statement " + (depth - 1) + ".");
  }

  @Test
  void inChromiumThePrebuiltMapWithScoresLoadsCleanly() throws Exception {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Explanation why = scorer.explain(map, StatementId.of("t-no-alliance"));
    Scores scores = Scores.from(scorer.score(map), List.of(why));
    String dom = load(map, HtmlRenderer.builder().scores(scores).build(), "").dom();

    for (var thesis : map.theses()) {
      assertThat(dom).contains(thesis.text().replace("&", "&amp;"));
    }
    assertThat(dom).contains("Sources (" + map.sources().size() + ")");
    // every reason on the thesis shows a visible share, and the page says the shares add up
    int onThesis = map.argumentsOn(StatementId.of("t-no-alliance")).size();
    assertThat(dom).contains("share of the change").contains("The shares of these " + onThesis + " arguments add up"
        + " to the change of " + String.format(Locale.ROOT, "%+.3f", why.totalChange()));
    assertThat(dom).contains(String.format(Locale.ROOT, "%+.3f", why.reasonsFor(1).get(0).share().value()));
  }
}
