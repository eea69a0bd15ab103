package dev.argmap.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.testing.ExternalTool;
import dev.argmap.testing.NpmTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real Mermaid, run as its command-line renderer {@code mmdc} ({@code @mermaid-js/mermaid-cli}),
 * which draws a diagram in a headless browser: here the system's Chromium, through a puppeteer
 * configuration that names it, so puppeteer never downloads a browser of its own.
 *
 * <p>{@code mmdc} is found, in this order: the system property {@code mermaid.cli} or the environment
 * variable {@code MERMAID_CLI} (the path of the {@code mmdc} executable); an install under
 * {@code <java.io.tmpdir>/mermaid-cli} (made by {@code PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix
 * /tmp/mermaid-cli @mermaid-js/mermaid-cli}); {@code npx --no-install mmdc}. With
 * {@code -Dmermaid.install=true} a missing install is made with npm first. Tests that need it are
 * skipped, saying how to provide it, when it or Chromium is missing or the install fails (as in CI,
 * which has no network).
 */
public final class MermaidCli {
  /** Puppeteer must never download a browser of its own: the system's Chromium draws. */
  private static final NpmTool MMDC = NpmTool.builder("mmdc", "@mermaid-js/mermaid-cli")
      .property("mermaid.cli").environmentVariable("MERMAID_CLI").installProperty("mermaid.install")
      .folder("mermaid-cli").environment("PUPPETEER_SKIP_DOWNLOAD", "1")
      .environment("PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "1").build();
  private static List<String> command;
  private static Path chromium;
  private static String missing;

  private MermaidCli() {}

  /** What {@code mmdc} made of one diagram: its exit code, its output and the SVG it wrote, if any. */
  public record Result(int exitCode, String output, Optional<String> svg) {
    /** Returns whether Mermaid parsed and drew the diagram. */
    public boolean drawn() {
      return exitCode == 0 && svg.isPresent();
    }
  }

  /** Returns whether {@code mmdc} and Chromium are here; skips the calling test when they are not. */
  public static synchronized void require() {
    if (command == null && missing == null) {
      find();
    }
    assumeTrue(command != null, missing);
  }

  /**
   * Draws one Mermaid diagram as SVG (or PNG, when {@code output} ends in {@code .png}) with the real
   * Mermaid, in {@code work}. Call {@link #require()} first.
   */
  public static Result render(String diagram, Path work, String output, String... options)
      throws IOException, InterruptedException {
    require();
    Path dir = Files.createTempDirectory(work, "mmdc");
    Path in = dir.resolve("diagram.mmd");
    Files.writeString(in, diagram, StandardCharsets.UTF_8);
    Path config = dir.resolve("puppeteer.json");
    Files.writeString(config, "{\"executablePath\": \"" + chromium + "\", \"args\": [\"--no-sandbox\","
        + " \"--disable-gpu\"]}", StandardCharsets.UTF_8);
    Path out = dir.resolve(output);
    List<String> cmd = new ArrayList<>(command);
    cmd.addAll(List.of("--puppeteerConfigFile", config.toString(), "--input", in.toString(),
        "--output", out.toString(), "--quiet"));
    cmd.addAll(List.of(options));
    ExternalTool.Result r = run(cmd, dir, 180);
    Optional<String> svg = Optional.empty();
    if (r.exitCode() == 0 && Files.exists(out)) {
      svg = Optional.of(output.endsWith(".svg") ? Files.readString(out, StandardCharsets.UTF_8) : out.toString());
    }
    return new Result(r.exitCode(), (r.out() + r.err()).strip(), svg);
  }

  private static ExternalTool.Result run(List<String> cmd, Path dir, long seconds)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(MMDC.environment());
    env.put("PUPPETEER_EXECUTABLE_PATH", chromium.toString());
    return ExternalTool.run(cmd, null, dir, seconds, env);
  }

  private static void find() {
    Optional<Path> browser = ExternalTool.find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    if (browser.isEmpty()) {
      missing = ExternalTool.missing("chromium", "apt-get install -y chromium") + " (Mermaid draws in it)";
      return;
    }
    chromium = browser.get();
    command = MMDC.find().orElse(null);
    missing = MMDC.missing().orElse(null);
  }
}
