package dev.argmap.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.HostileTexts;
import dev.argmap.testing.MiniJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a reader uses it, in headless Chromium: typing and Enter in the search box, Expand all,
 * following a link and going Back. A script added after the page's own plays the reader (with the
 * page's own event handlers: input and key events on the search box, clicks on links and buttons) and
 * writes what it saw into the page as JSON; the page's timers run in virtual time. Skipped with a
 * message when Chromium is not installed.
 */
class PageBehaviourTest {
  /**
   * The reader's side: {@code steps} is a JavaScript array of functions, each run after the previous
   * one's delay in ms (its return value); {@code seen} collects observations.
   */
  private static final String HARNESS = """
      (function () {
        var seen = {};
        var search = document.querySelector("input[type=search]");
        var count = document.querySelector(".toolbar .count");
        function type(text) {
          search.value = text;
          search.dispatchEvent(new Event("input", { bubbles: true }));
        }
        function key(name) {
          search.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true }));
        }
        function current() {
          var m = document.querySelector("mark.current");
          return m ? m.textContent : null;
        }
        function top(node) { return node.getBoundingClientRect().top; }
        function visible(node) {
          var r = node.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight && node.offsetParent !== null;
        }
        function button(text) {
          return Array.prototype.filter.call(document.querySelectorAll("button"),
              function (b) { return b.textContent === text; })[0];
        }
        var steps = STEPS;
        function run(i) {
          if (i === steps.length) {
            var out = document.createElement("pre");
            out.id = "test-result";
            out.textContent = JSON.stringify(seen);
            document.body.appendChild(out);
            return;
          }
          var wait = steps[i]();
          setTimeout(function () { run(i + 1); }, wait || 0);
        }
        run(0);
      })();
      """;

  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private Map<String, Object> drive(ArgumentMap map, String steps, String fragment) throws Exception {
    Path chromium = Chromium.require();
    String html = HtmlRenderer.create().renderToString(map);
    Chromium.Load load = Chromium.drive(chromium, html, HARNESS.replace("STEPS", steps), fragment, dir,
        20_000);
    assertThat(load.consoleLines()).as("console output and script errors").isEmpty();
    Matcher m = Pattern.compile("<pre id=\"test-result\">(.*?)</pre>", Pattern.DOTALL).matcher(load.dom());
    assertThat(m.find()).as("the reader's script finished; the page:%n%s", load.dom()).isTrue();
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
    return (Map<String, Object>) MiniJson.parse(json);
  }

  @Test
  void enterRightAfterTypingSearchesForWhatWasTyped() throws Exception {
    // a search, a step with Enter, then a new query and Enter before the 150 ms of the typing timer
    Map<String, Object> seen = drive(FixtureMaps.alliance(), """
        [
          function () { type("alliance"); return 400; },
          function () { key("Enter"); seen.first = count.textContent; seen.firstMark = current(); return 50; },
          function () { type("suspicion"); return 20; },
          function () { key("Enter"); seen.second = count.textContent; seen.secondMark = current(); return 400; },
          function () { seen.settled = count.textContent; seen.settledMark = current(); return 0; }
        ]""", "");

    assertThat((String) seen.get("first")).startsWith("1 of ");
    assertThat(((String) seen.get("firstMark")).toLowerCase()).isEqualTo("alliance");
    // before the fix, Enter stepped to "2 of N matches" of "alliance"
    assertThat(seen).containsEntry("second", "1 of 1 match").containsEntry("secondMark", "suspicion");
    // and the timer of the typing, cleared, does not undo the step
    assertThat(seen).containsEntry("settled", "1 of 1 match").containsEntry("settledMark", "suspicion");
  }

  @Test
  void expandAllOpensEverySection() throws Exception {
    Map<String, Object> seen = drive(FixtureMaps.alliance(), """
        [
          function () {
            seen.closedBefore = document.querySelectorAll("details:not([open])").length;
            button("Expand all").click();
            seen.closedAfter = document.querySelectorAll("details:not([open])").length;
            seen.quoteVisible = visible(document.getElementById("ev-e1"));
            button("Collapse all").click();
            seen.openAfterCollapse = document.querySelectorAll("details[open]").length;
            return 0;
          }
        ]""", "");

    assertThat((Double) seen.get("closedBefore")).isPositive();
    assertThat(seen).containsEntry("closedAfter", 0.0).containsEntry("quoteVisible", true)
        .containsEntry("openAfterCollapse", 0.0);
  }

  /** A map long enough to scroll, whose evidence links to its source at the end of the page. */
  private static ArgumentMap longMap() {
    ArgumentMap.Builder b = FixtureMaps.alliance().toBuilder();
    for (int i = 0; i < 40; i++) {
      b.statement("x" + i, "Filler reason number " + i + ", so that the page is longer than the window.");
      b.argument("xa" + i, i % 2 == 0 ? Polarity.SUPPORTS : Polarity.ATTACKS, "t1", "x" + i);
    }
    return b.build();
  }

  @Test
  void aJumpSetsTheAddressAndBackReturnsToTheLink() throws Exception {
    Map<String, Object> seen = drive(longMap(), """
        [
          function () {
            button("Expand all").click();
            var link = document.querySelector("#ev-e1 a[href='#src-s1']");
            link.scrollIntoView({ block: "center" });
            seen.linkTop = top(link);
            seen.hashBefore = location.hash;
            link.click();
            return 300;
          },
          function () {
            seen.hashAfterJump = location.hash;
            seen.sourceVisible = visible(document.getElementById("src-s1"));
            seen.linkTopAfterJump = top(document.querySelector("#ev-e1 a[href='#src-s1']"));
            history.back();
            return 500;
          },
          function () {
            seen.hashAfterBack = location.hash;
            seen.linkTopAfterBack = top(document.querySelector("#ev-e1 a[href='#src-s1']"));
            history.forward();
            return 500;
          },
          function () {
            seen.hashAfterForward = location.hash;
            seen.sourceVisibleAfterForward = visible(document.getElementById("src-s1"));
            return 0;
          }
        ]""", "");

    assertThat(seen).containsEntry("hashBefore", "").containsEntry("hashAfterJump", "#src-s1")
        .containsEntry("sourceVisible", true);
    // the jump moved the page, so that Back has something to undo
    assertThat(Math.abs((Double) seen.get("linkTopAfterJump") - (Double) seen.get("linkTop"))).isGreaterThan(100);
    assertThat(seen).containsEntry("hashAfterBack", "");
    assertThat((Double) seen.get("linkTopAfterBack")).isCloseTo((Double) seen.get("linkTop"),
        offset(2.0));
    assertThat(seen).containsEntry("hashAfterForward", "#src-s1").containsEntry("sourceVisibleAfterForward", true);
  }

  @Test
  void aStatementsReferenceJumpsToItsFirstMention() throws Exception {
    // p1 is a premise of a1 and the conclusion of a4; a shared premise is shown once, then linked
    ArgumentMap map = FixtureMaps.alliance().toBuilder()
        .argument("a5", Polarity.ATTACKS, "t1", "p1").build();
    Map<String, Object> seen = drive(map, """
        [
          function () {
            button("Expand all").click();
            var link = document.querySelector("a[href='#st-p1']");
            seen.links = document.querySelectorAll("a[href='#st-p1']").length;
            link.click();
            return 300;
          },
          function () { seen.hash = location.hash; seen.shown = visible(document.getElementById("st-p1")); return 0; }
        ]""", "");

    assertThat((Double) seen.get("links")).isPositive();
    assertThat(seen).containsEntry("hash", "#st-p1").containsEntry("shown", true);
  }

  @Test
  void everyHostileTextStaysTextInThePage() throws Exception {
    Map<String, Object> seen = drive(HostileTexts.all(), """
        [
          function () {
            button("Expand all").click();
            seen.scripts = document.querySelectorAll("script").length;
            seen.injected = document.querySelectorAll("#pwn, #app script, #app img, #app iframe").length;
            seen.title = document.title;
            seen.isolated = getComputedStyle(document.querySelector(".stext")).unicodeBidi;
            type("%%{init");
            return 400;
          },
          function () { seen.matches = count.textContent; return 0; }
        ]""", "");

    // the data, the page's script and the reader's: no element came from a text
    assertThat(seen).containsEntry("scripts", 3.0).containsEntry("injected", 0.0);
    // a bidirectional override in a text reorders only that text
    assertThat(seen).containsEntry("isolated", "isolate");
    assertThat((String) seen.get("title")).startsWith("Every hostile text %%{init");
    assertThat((String) seen.get("matches")).endsWith("matches");
  }

  @Test
  void anArgumentWithoutALabelIsNamedByItsPremisesNotItsId() throws Exception {
    ArgumentMap map = ArgumentMap.builder().thesis("t", "The tram should be built.")
        .statement("p", "Buses are full at rush hour.")
        .argument("r-17", Polarity.SUPPORTS, "t", "p").build();
    Map<String, Object> seen = drive(map, """
        [ function () { seen.name = document.querySelector("#ar-r-17 .alabel").textContent; return 0; } ]""", "");

    assertThat(seen).containsEntry("name", "Buses are full at rush hour.");
  }

}
