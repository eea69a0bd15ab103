package dev.argmap.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool installed with npm (the reference Argdown parser, the Mermaid renderer), found
 * one way for every test that uses one, or the test is skipped with a message that says what was
 * tried and how to install it.
 *
 * <p>The tool is looked for, in this order: the path of its executable in a system property or an
 * environment variable; an install under {@code <java.io.tmpdir>/<folder>} (made by {@code npm install
 * --prefix <that folder> <package>}); {@code npx --no-install <executable>}. With the install property
 * set to {@code true}, a missing install is made with npm first (which needs the network; CI has none,
 * so there the tests skip). A candidate counts as found when it answers {@code --version} with exit
 * code 0.
 *
 * <pre>{@code
 * static final NpmTool ARGDOWN = NpmTool.builder("argdown", "@argdown/cli@1.7.5")
 *     .property("argdown.cli").environmentVariable("ARGDOWN_CLI").installProperty("argdown.install")
 *     .folder("argdown").build();
 * List<String> command = ARGDOWN.require();
 * }</pre>
 */
public final class NpmTool {
  private final String executable;
  private final String npmPackage;
  private final String property;
  private final String environmentVariable;
  private final String installProperty;
  private final Path prefix;
  private final Map<String, String> environment;
  private List<String> command;
  private String version;
  private String missing;

  private NpmTool(Builder b) {
    this.executable = b.executable;
    this.npmPackage = b.npmPackage;
    this.property = b.property;
    this.environmentVariable = b.environmentVariable;
    this.installProperty = b.installProperty;
    this.prefix = Path.of(System.getProperty("java.io.tmpdir"), b.folder == null ? executable : b.folder);
    this.environment = Map.copyOf(b.environment);
  }

  /**
   * Starts describing a tool.
   *
   * @param executable the executable's name in {@code node_modules/.bin}, such as {@code mmdc}
   * @param npmPackage what to install, with a version if one is wanted, such as {@code @argdown/cli@1.7.5}
   * @return the builder
   */
  public static Builder builder(String executable, String npmPackage) {
    return new Builder(executable, npmPackage);
  }

  /**
   * Returns the command that runs the tool, or skips the calling test saying what was tried and how to
   * install it. The search runs once; later calls give its answer.
   *
   * @return the command (one or more words), to which the tool's arguments are added
   */
  public synchronized List<String> require() {
    Optional<List<String>> found = find();
    Assumptions.assumeTrue(found.isPresent(), () -> "SKIPPED: " + missing);
    return found.orElseThrow();
  }

  /**
   * Returns the command that runs the tool, if it is installed. The search runs once.
   *
   * @return the command, or empty
   */
  public synchronized Optional<List<String>> find() {
    if (command == null && missing == null) {
      search();
    }
    return Optional.ofNullable(command);
  }

  /**
   * Says why the tool was not found: what was tried and how to install it.
   *
   * @return the message, or empty when the tool is installed
   */
  public synchronized Optional<String> missing() {
    return find().isPresent() ? Optional.empty() : Optional.of(missing);
  }

  /**
   * Returns what the found tool printed for {@code --version}.
   *
   * @return the version text, stripped, or empty when the tool is not installed
   */
  public synchronized Optional<String> version() {
    return find().map(c -> version);
  }

  /**
   * Returns the variables set in the environment of every run of the tool by this class (the probe and
   * the install), for the caller's own runs.
   *
   * @return the variables
   */
  public Map<String, String> environment() {
    return environment;
  }

  private void search() {
    List<String> tried = new ArrayList<>();
    Path local = prefix.resolve("node_modules").resolve(".bin").resolve(executable);
    List<List<String>> candidates = new ArrayList<>();
    String given = property == null ? null : System.getProperty(property,
        environmentVariable == null ? null : System.getenv(environmentVariable));
    if (given != null && !given.isBlank()) {
      candidates.add(List.of(given));
    }
    candidates.add(List.of(local.toString()));
    candidates.add(List.of("npx", "--no-install", executable));
    if (installProperty != null && Boolean.getBoolean(installProperty) && !Files.isExecutable(local)) {
      install(tried);
    }
    for (List<String> c : candidates) {
      if (c.size() == 1 && !Files.isExecutable(Path.of(c.get(0)))) {
        tried.add(c.get(0) + " (not there)");
        continue;
      }
      List<String> probe = new ArrayList<>(c);
      probe.add("--version");
      try {
        ExternalTool.Result r = ExternalTool.run(probe, null, Path.of(System.getProperty("java.io.tmpdir")),
            60, environment);
        if (r.exitCode() == 0) {
          command = List.copyOf(c);
          version = r.out().strip();
          return;
        }
        tried.add(String.join(" ", c) + " (exit " + r.exitCode() + ")");
      } catch (IOException e) {
        tried.add(String.join(" ", c) + " (" + e.getMessage() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tried.add(String.join(" ", c) + " (interrupted)");
      }
    }
    StringBuilder m = new StringBuilder(executable + " (npm package " + npmPackage
        + ") is not installed, so this test is skipped; tried " + tried + ". Install it with: npm install"
        + " --prefix " + prefix + " " + npmPackage);
    if (property != null) {
      m.append(", or run with -D").append(property).append("=PATH/TO/").append(executable);
      if (environmentVariable != null) {
        m.append(" (or ").append(environmentVariable).append("=...)");
      }
    }
    if (installProperty != null) {
      m.append(", or pass -D").append(installProperty).append("=true to let the test install it");
    }
    missing = m.toString();
  }

  private void install(List<String> tried) {
    try {
      Files.createDirectories(prefix);
      ExternalTool.Result r = ExternalTool.run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
          prefix.toString(), npmPackage), null, prefix, 600, environment);
      if (r.exitCode() != 0) {
        tried.add("npm install " + npmPackage + " failed: "
            + (r.out() + r.err()).strip().lines().reduce((a, b) -> b).orElse(""));
      }
    } catch (IOException e) {
      tried.add("npm install " + npmPackage + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tried.add("npm install " + npmPackage + " interrupted");
    }
  }

  /** Describes an {@link NpmTool}: where a user may point at it, and how it is installed. */
  public static final class Builder {
    private final String executable;
    private final String npmPackage;
    private String property;
    private String environmentVariable;
    private String installProperty;
    private String folder;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder(String executable, String npmPackage) {
      this.executable = requireNonNull(executable, "executable");
      this.npmPackage = requireNonNull(npmPackage, "npmPackage");
    }

    /**
     * Names the system property that may hold the executable's path.
     *
     * @param name the property, such as {@code mermaid.cli}
     * @return this builder
     */
    public Builder property(String name) {
      this.property = requireNonNull(name, "name");
      return this;
    }

    /**
     * Names the environment variable that may hold the executable's path (read when the property is
     * not set).
     *
     * @param name the variable, such as {@code MERMAID_CLI}
     * @return this builder
     */
    public Builder environmentVariable(String name) {
      this.environmentVariable = requireNonNull(name, "name");
      return this;
    }

    /**
     * Names the system property that, set to {@code true}, lets the search install the tool with npm.
     *
     * @param name the property, such as {@code mermaid.install}
     * @return this builder
     */
    public Builder installProperty(String name) {
      this.installProperty = requireNonNull(name, "name");
      return this;
    }

    /**
     * Names the folder under {@code java.io.tmpdir} where the tool is installed; the executable's name by
     * default.
     *
     * @param name the folder's name
     * @return this builder
     */
    public Builder folder(String name) {
      requireNonNull(name, "name");
      if (name.isBlank() || name.contains("/") || name.contains("\\")) {
        throw new IllegalArgumentException("folder must be one plain name, was '" + name + "'");
      }
      this.folder = name;
      return this;
    }

    /**
     * Sets a variable in the environment of the probe and the install, such as
     * {@code PUPPETEER_SKIP_DOWNLOAD=1} so that npm does not download a browser.
     *
     * @param name the variable
     * @param value its value
     * @return this builder
     */
    public Builder environment(String name, String value) {
      environment.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Returns the tool; nothing is searched until it is first asked for.
     *
     * @return the tool
     */
    public NpmTool build() {
      return new NpmTool(this);
    }
  }
}
