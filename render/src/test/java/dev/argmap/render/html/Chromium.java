package dev.argmap.render.html;

import dev.argmap.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads pages in headless Chromium, when it is installed. */
final class Chromium {

  private Chromium() {}

  /** Returns the browser, or skips the test with an install hint. */
  static Path require() {
    return ExternalTool.require("chromium", "apt-get install -y chromium", "/usr/bin/chromium",
        "/usr/bin/chromium-browser");
  }

  /** What a page load printed: the DOM (or nothing, for a screenshot) and the browser's log. */
  record Load(String dom, String log) {
    /** Returns the log lines that report the page's console output or a script error. */
    List<String> consoleLines() {
      return log.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    }
  }

  private static List<String> command(Path chromium, Path profile) {
    return new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
  }

  /** Loads {@code url} and returns the DOM after the page's scripts ran. */
  static Load dumpDom(Path chromium, String url, Path work) throws IOException, InterruptedException {
    List<String> cmd = command(chromium, Files.createTempDirectory(work, "profile"));
    cmd.add("--dump-dom");
    cmd.add(url);
    ExternalTool.Result r = ExternalTool.run(cmd, null, work, 120);
    if (r.exitCode() != 0) {
      throw new IOException("chromium exited with " + r.exitCode() + ": " + r.err());
    }
    return new Load(r.out(), r.err());
  }

  /**
   * Loads a page with a test's own script added after the page's script, lets the page's timers run
   * for up to {@code virtualMillis} of virtual time (so a test of what happens within 150 ms does not
   * depend on the machine's speed) and returns the DOM and log.
   */
  static Load drive(Path chromium, String html, String script, String fragment, Path work, int virtualMillis)
      throws IOException, InterruptedException {
    int end = html.lastIndexOf("</body>");
    Path page = Files.createTempFile(work, "page", ".html");
    Files.writeString(page, html.substring(0, end) + "<script>\n" + script + "\n</script>\n" + html.substring(end),
        StandardCharsets.UTF_8);
    List<String> cmd = command(chromium, Files.createTempDirectory(work, "profile"));
    cmd.add("--window-size=1000,800");
    cmd.add("--virtual-time-budget=" + virtualMillis);
    cmd.add("--dump-dom");
    cmd.add(page.toUri() + fragment);
    ExternalTool.Result r = ExternalTool.run(cmd, null, work, 120);
    if (r.exitCode() != 0) {
      throw new IOException("chromium exited with " + r.exitCode() + ": " + r.err());
    }
    return new Load(r.out(), r.err());
  }

  /** Loads {@code url} in a window of the given size and saves what it shows as a PNG. */
  static Load screenshot(Path chromium, String url, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    List<String> cmd = command(chromium, Files.createTempDirectory(work, "profile"));
    cmd.add("--hide-scrollbars");
    cmd.add("--screenshot=" + png.toAbsolutePath());
    cmd.add("--window-size=" + width + "," + height);
    cmd.add(url);
    ExternalTool.Result r = ExternalTool.run(cmd, null, work, 120);
    if (r.exitCode() != 0 || !Files.exists(png)) {
      throw new IOException("chromium exited with " + r.exitCode() + " and no screenshot: " + r.err());
    }
    return new Load("", r.err());
  }
}
