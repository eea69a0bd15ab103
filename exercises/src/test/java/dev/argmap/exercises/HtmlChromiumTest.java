package dev.argmap.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the prebuilt map's worksheet and answer key in headless Chromium, when /usr/bin/chromium exists (skipped
 * with a message otherwise): the pages load offline, the DOM holds the content, and the console shows no error.
 */
class HtmlChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theWorksheetAndKeyLoadInChromiumWithoutConsoleErrors(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium)");
    Worksheet w = Exercises.generate(ExercisesTest.MAP, ExerciseOptions.builder().seed(1).build());
    for (boolean key : new boolean[] {false, true}) {
      Path page = dir.resolve(key ? "key.html" : "sheet.html");
      Files.writeString(page, key ? w.answerKeyHtml() : w.toHtml(), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile-" + key),
          "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
      Process p = new ProcessBuilder(command).redirectError(dir.resolve("stderr-" + key + ".txt").toFile()).start();
      String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
      String stderr = Files.readString(dir.resolve("stderr-" + key + ".txt"));
      assertThat(p.exitValue()).as(stderr).isZero();
      assertThat(dom).contains(HtmlWriter.h(w.thesis().text())).contains("Spot the undercutter")
          .contains("Build the map yourself").contains("Debate preparation");
      assertThat(dom.contains("class=\"answer\"")).isEqualTo(key);
      assertThat(stderr).doesNotContain("Uncaught").doesNotContain("ERROR:CONSOLE").doesNotContain("CONSOLE(");
    }
  }
}
