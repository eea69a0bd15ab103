package dev.argmap.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.render.Scores;
import dev.argmap.scoring.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the screenshot of docs/rendering: the prebuilt map's page, with DF-QuAD scores, as headless
 * Chromium shows it in a window of 1280 by 1800 pixels. Runs only when asked for, from the
 * repository's root:
 *
 * <pre>
 * mvn -q -o -pl render test -Dtest=DocsScreenshots -Dargmap.docs.dir=$PWD/docs/rendering
 * </pre>
 */
@EnabledIfSystemProperty(named = "argmap.docs.dir", matches = ".+")
class DocsScreenshots {
  @TempDir Path work;

  @Test
  void prebuiltMapPage() throws Exception {
    Path docs = Path.of(System.getProperty("argmap.docs.dir"));
    Path chromium = Chromium.find().orElseThrow(() -> new IllegalStateException(Chromium.MISSING));
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
}
