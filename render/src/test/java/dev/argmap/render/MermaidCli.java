package dev.argmap.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("PUPPETEER_SKIP_DOWNLOAD", "1");
    env.put("PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "1");
    env.put("PUPPETEER_EXECUTABLE_PATH", chromium.toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new ExternalTool.Result(-1, "", cmd.get(0) + " timed out after " + seconds + " s");
    }
    return new ExternalTool.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void find() {
    Optional<Path> browser = ExternalTool.find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    if (browser.isEmpty()) {
      missing = "Chromium is not installed (no /usr/bin/chromium), which Mermaid needs to draw: skipping;"
          + " install it with 'apt-get install -y chromium'";
      return;
    }
    chromium = browser.get();
    List<String> tried = new ArrayList<>();
    String given = System.getProperty("mermaid.cli", System.getenv("MERMAID_CLI"));
    Path prefix = Path.of(System.getProperty("java.io.tmpdir"), "mermaid-cli");
    Path local = prefix.resolve("node_modules").resolve(".bin").resolve("mmdc");
    List<List<String>> candidates = new ArrayList<>();
    if (given != null && !given.isBlank()) {
      candidates.add(List.of(given));
    }
    candidates.add(List.of(local.toString()));
    candidates.add(List.of("npx", "--no-install", "mmdc"));
    if (Boolean.getBoolean("mermaid.install") && !Files.isExecutable(local)) {
      install(prefix, tried);
    }
    for (List<String> c : candidates) {
      if (c.size() == 1 && !Files.isExecutable(Path.of(c.get(0)))) {
        tried.add(c.get(0) + " (not there)");
        continue;
      }
      List<String> version = new ArrayList<>(c);
      version.add("--version");
      try {
        ExternalTool.Result r = run(version, Path.of(System.getProperty("java.io.tmpdir")), 60);
        if (r.exitCode() == 0) {
          command = c;
          return;
        }
        tried.add(String.join(" ", c) + " (exit " + r.exitCode() + ")");
      } catch (IOException e) {
        tried.add(String.join(" ", c) + " (" + e.getMessage() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tried.add("interrupted");
      }
    }
    missing = "the Mermaid command-line renderer (mmdc, @mermaid-js/mermaid-cli) is not installed, so this"
        + " test is skipped; tried " + tried + ". Install it with: PUPPETEER_SKIP_DOWNLOAD=1 npm install"
        + " --prefix " + prefix + " @mermaid-js/mermaid-cli, or run with -Dmermaid.cli=PATH/TO/mmdc (or"
        + " MERMAID_CLI=...), or pass -Dmermaid.install=true to let the test install it";
  }

  private static void install(Path prefix, List<String> tried) {
    try {
      Files.createDirectories(prefix);
      ExternalTool.Result r = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
          prefix.toString(), "@mermaid-js/mermaid-cli"), prefix, 600);
      if (r.exitCode() != 0) {
        tried.add("npm install @mermaid-js/mermaid-cli failed: "
            + (r.out() + r.err()).strip().lines().reduce((a, b) -> b).orElse(""));
      }
    } catch (IOException e) {
      tried.add("npm install @mermaid-js/mermaid-cli failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
