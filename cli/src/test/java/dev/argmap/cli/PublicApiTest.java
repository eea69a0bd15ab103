package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.Above;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type in a package that a library module exports is on an allow-list
 * ({@code public-api.txt}, one line per exported package), so that making a type API is a decision someone
 * writes down: the test fails on a public type that is not listed, on a listed type that is gone or no longer
 * public, and on an exported package that has no line. Reads the module descriptors of the running modules (the
 * tests run on the module path) and lists each exported package's classes from the module's contents.
 * Public nested types (builders, records of results) are reviewed with the type that holds them.
 *
 * <p>To update the list after a deliberate change, run this test with {@code -Dargmap.regeneratePublicApi=true}
 * and review the diff of {@code cli/src/test/resources/dev/argmap/cli/public-api.txt}.
 */
class PublicApiTest {
  /** argmap's library modules: every module a user may depend on. */
  private static final List<String> LIBRARY = List.of("dev.argmap.core", "dev.argmap.json", "dev.argmap.render",
      "dev.argmap.interop", "dev.argmap.exercises", "dev.argmap.maps", "dev.argmap.cli");

  @Test
  void everyExportedPublicTypeIsOnTheAllowList() throws IOException {
    Module self = PublicApiTest.class.getModule();
    assumeTrue(self.isNamed() && self.getLayer() != null,
        "the tests run on the class path, where there are no module descriptors to read; skipped");
    Map<String, TreeSet<String>> found = new TreeMap<>();
    for (String name : LIBRARY) {
      ResolvedModule module = self.getLayer().configuration().findModule(name).orElseThrow(
          () -> new AssertionError("module " + name + " is not in the test's module layer"));
      Module runtime = self.getLayer().findModule(name).orElseThrow();
      ModuleDescriptor d = module.reference().descriptor();
      List<String> exported = d.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toList());
      for (String p : exported) {
        found.put(p, new TreeSet<>());
      }
      try (ModuleReader reader = module.reference().open()) {
        for (String resource : reader.list().collect(Collectors.toList())) {
          if (!resource.endsWith(".class") || resource.contains("$") || resource.endsWith("module-info.class")
              || resource.endsWith("package-info.class")) {
            continue;
          }
          String binary = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
          String pkg = binary.substring(0, binary.lastIndexOf('.'));
          if (!found.containsKey(pkg) || !exported.contains(pkg)) {
            continue;
          }
          Class<?> c = Class.forName(runtime, binary);
          if (c != null && Modifier.isPublic(c.getModifiers())) {
            found.get(pkg).add(c.getSimpleName());
          }
        }
      }
    }
    String actual = found.entrySet().stream()
        .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
        .collect(Collectors.joining("\n", "", "\n"));
    Path listFile = Path.of("src/test/resources/dev/argmap/cli/public-api.txt");
    if (Boolean.getBoolean("argmap.regeneratePublicApi")) {
      Files.writeString(listFile, HEADER + actual, StandardCharsets.UTF_8);
    }
    Map<String, TreeSet<String>> allowed = read();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : found.entrySet()) {
      TreeSet<String> ok = Optional.ofNullable(allowed.get(e.getKey())).orElse(new TreeSet<>());
      if (!allowed.containsKey(e.getKey())) {
        problems.add("exported package " + e.getKey() + " has no line in public-api.txt");
      }
      for (String t : e.getValue()) {
        if (!ok.contains(t)) {
          problems.add(e.getKey() + "." + t + " is public in an exported package but not on the allow-list: make"
              + " it package-private or move it to an internal package, or add it to public-api.txt on purpose");
        }
      }
      for (String t : ok) {
        if (!e.getValue().contains(t)) {
          problems.add(e.getKey() + "." + t + " is on the allow-list but is not a public type of that package:"
              + " remove it from public-api.txt");
        }
      }
    }
    for (String p : allowed.keySet()) {
      if (!found.containsKey(p)) {
        problems.add("public-api.txt lists " + p + ", which no library module exports: remove its line");
      }
    }
    assertThat(problems).as("public API check (%d exported packages)", found.size()).isEmpty();
    Optional<Path> docs = Above.find("docs/architecture.md");
    assumeTrue(docs.isPresent(), "docs/architecture.md not found above " + Path.of("").toAbsolutePath()
        + "; the check that it describes every exported package is skipped");
    String architecture = Files.readString(docs.get(), StandardCharsets.UTF_8);
    assertThat(found.keySet()).as("exported packages that docs/architecture.md does not describe")
        .allSatisfy(p -> assertThat(architecture).contains("`" + p + "`"));
  }

  private static final String HEADER = "# The public top-level types of every package argmap's library modules export"
      + " (PublicApiTest).\n# A type is API only if it is listed here; add one on purpose, with its javadoc.\n";

  private static Map<String, TreeSet<String>> read() throws IOException {
    Map<String, TreeSet<String>> allowed = new TreeMap<>();
    try (InputStream in = PublicApiTest.class.getResourceAsStream("public-api.txt")) {
      assertThat(in).as("public-api.txt next to PublicApiTest").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        TreeSet<String> types = new TreeSet<>();
        for (String t : line.substring(colon + 1).trim().split(" +")) {
          if (!t.isEmpty()) {
            types.add(t);
          }
        }
        allowed.put(line.substring(0, colon).trim(), types);
      }
    }
    return allowed;
  }
}
