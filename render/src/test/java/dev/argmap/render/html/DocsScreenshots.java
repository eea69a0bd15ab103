package dev.argmap.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.MermaidCli;
import dev.argmap.render.Scores;
import dev.argmap.render.dot.DotRenderer;
import dev.argmap.render.mermaid.MermaidRenderer;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.ExternalTool;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the pictures of docs/rendering: the prebuilt map's page, with DF-QuAD scores, as headless
 * Chromium shows it in a window of 1280 by 1800 pixels; the prebuilt map's titles as Graphviz lays out
 * the DOT ({@code dot -Tpng}) and as Mermaid draws the Mermaid flowchart with its ELK layout
 * ({@code mmdc}). Runs only when asked for, from the repository's root:
 *
 * <pre>
 * mvn -q -o -pl render -am test -Dtest=DocsScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dargmap.docs.dir=$PWD/docs/rendering
 * </pre>
 */
@EnabledIfSystemProperty(named = "argmap.docs.dir", matches = ".+")
class DocsScreenshots {
  /** The resolution of the DOT picture: the whole map about 2,500 pixels wide, its text readable. */
  private static final int DOT_DPI = 72;
  /** The width of the Mermaid picture, in pixels. */
  private static final int MERMAID_WIDTH = 2400;

  @TempDir Path work;

  @Test
  void prebuiltMapPage() throws Exception {
    Path docs = Path.of(System.getProperty("argmap.docs.dir"));
    Path chromium = Chromium.require();
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Scores scores = Scores.from(scorer.score(map),
        map.thesisIds().stream().map(t -> scorer.explain(map, t)).toList());
    Path page = work.resolve("prebuilt-map.html");
    Files.writeString(page, HtmlRenderer.builder().scores(scores).build().renderToString(map),
        StandardCharsets.UTF_8);
    Path png = docs.resolve("prebuilt-map.png");
    Chromium.Load load = Chromium.screenshot(chromium, page.toUri().toString(), png, 1280, 1800, work);
    assertThat(load.consoleLines()).isEmpty();
  }

  @Test
  void prebuiltMapDot() throws Exception {
    Path docs = Path.of(System.getProperty("argmap.docs.dir"));
    Path dot = ExternalTool.require("dot", "apt-get install -y graphviz", "/usr/bin/dot");
    String text = DotRenderer.builder().titlesOnly(true).build().renderToString(PrebuiltMaps.russiaChinaAlliance());
    Path png = docs.resolve("prebuilt-map-dot.png");
    ExternalTool.Result r = ExternalTool.run(List.of(dot.toString(), "-Tpng", "-Gdpi=" + DOT_DPI,
        "-o", png.toAbsolutePath().toString()), text, work, 300);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    System.out.println("[docs] " + png + ": " + size(png));
  }

  @Test
  void prebuiltMapMermaid() throws Exception {
    Path docs = Path.of(System.getProperty("argmap.docs.dir"));
    String text = MermaidRenderer.builder().titlesOnly(true).elkLayout(true).build()
        .renderToString(PrebuiltMaps.russiaChinaAlliance());
    MermaidCli.Result r = MermaidCli.render(text, work, "map.png", "--width", Integer.toString(MERMAID_WIDTH),
        "--backgroundColor", "white");
    assertThat(r.drawn()).as(r.output()).isTrue();
    Path png = docs.resolve("prebuilt-map-mermaid.png");
    Files.copy(Path.of(r.svg().orElseThrow()), png, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("[docs] " + png + ": " + size(png));
  }

  /** The PNG's width and height, from its header. */
  private static String size(Path png) throws Exception {
    byte[] head = Files.readAllBytes(png);
    ByteBuffer b = ByteBuffer.wrap(head, 16, 8);
    return b.getInt() + " x " + b.getInt() + " px";
  }
}
