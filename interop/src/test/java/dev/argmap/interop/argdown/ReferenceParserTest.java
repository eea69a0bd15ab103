package dev.argmap.interop.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.Maps;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import dev.argmap.testing.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference parser, {@code @argdown/cli} 1.7.5, on what the exporter writes and on the real files,
 * and compares what it reads ({@code argdown json}) with the map: every exported file must be accepted and
 * read as the map it came from; every real file it accepts must be read by argmap's importer as the
 * reference parser reads it. Skipped when the parser is not installed (see {@link ArgdownCli}).
 */
class ReferenceParserTest {
  @TempDir Path dir;

  private Map<String, String> json(Path inputDir, List<Path> files) {
    return json(dir, inputDir, files);
  }

  /**
   * Runs {@code argdown json} once on {@code files} (all in {@code inputDir}), writing into {@code work}, and
   * returns each file's JSON by file name; fails the test when the parser fails.
   */
  static Map<String, String> json(Path work, Path inputDir, List<Path> files) {
    List<String> command = new ArrayList<>(ArgdownCli.require());
    Path out = work.resolve("json");
    command.add("json");
    StringBuilder glob = new StringBuilder("{");
    for (Path f : files) {
      glob.append(glob.length() > 1 ? "," : "").append(f.getFileName().toString().replace(".argdown", ""));
    }
    command.add(inputDir.resolve(glob.append("}.argdown").toString()).toString());
    command.add(out.toString());
    command.add("--removeMap");
    ArgdownCli.Result r = ArgdownCli.run(command, work, 120);
    assertThat(r.exit()).as("argdown json failed:\n" + r.output()).isZero();
    Map<String, String> json = new LinkedHashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".argdown", ".json");
      try {
        json.put(f.getFileName().toString(), Files.readString(out.resolve(name)));
      } catch (java.io.IOException e) {
        throw new AssertionError("argdown json wrote no " + name + ":\n" + r.output(), e);
      }
    }
    return json;
  }

  @Test
  void referenceParserReadsExportedMapsAsTheMapsTheyCameFrom() throws Exception {
    Map<String, ArgumentMap> maps = new LinkedHashMap<>();
    maps.put("shapes.argdown", FixtureMaps.shapes());
    maps.put("prebuilt.argdown", PrebuiltMaps.russiaChinaAlliance());
    for (long seed : Maps.SEEDS) {
      maps.put("random-" + seed + ".argdown", RandomMaps.withStatements(40).seed(seed).generate());
    }
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, ArgumentMap> e : maps.entrySet()) {
      Path f = in.resolve(e.getKey());
      new ArgdownExporter().write(e.getValue(), f);
      files.add(f);
    }
    Map<String, String> json = json(in, files);
    for (Map.Entry<String, ArgumentMap> e : maps.entrySet()) {
      ArgumentMap map = e.getValue();
      String context = e.getKey() + (e.getKey().startsWith("random-")
          ? " (RandomMaps.withStatements(40).seed(" + e.getKey().replaceAll("\\D", "") + "))" : "");
      List<dev.argmap.io.ImportWarning> warnings = new ArrayList<>();
      ArgumentMap read = ModelToMap.build(ReferenceJson.model(json.get(e.getKey())), warnings::add);
      assertThat(warnings).as(context).isEmpty();
      assertThat(read.statements()).as(context + ": statements").containsExactlyElementsOf(map.statements());
      assertThat(read.arguments()).as(context + ": arguments")
          .containsExactlyInAnyOrderElementsOf(map.arguments());
      assertThat(read.thesisIds()).as(context + ": theses").containsExactlyElementsOf(map.thesisIds());
    }
  }

  @Test
  void importerReadsRealFilesAsTheReferenceParserDoes() throws Exception {
    // the files 1.7.5 accepts: it rejects the ArgVu demo (a newer syntax), has no @import, and the
    // orphan relation is invalid on purpose
    List<Path> files = new ArrayList<>();
    for (Path f : SharedFiles.files("interop/argdown", ".argdown")) {
      String name = f.getFileName().toString();
      if (!name.startsWith("argvu") && !name.startsWith("mcp_")) {
        files.add(f);
      }
    }
    assertThat(files).isNotEmpty();
    Map<String, String> json = json(SharedFiles.require("interop/argdown"), files);
    for (Path f : files) {
      String name = f.getFileName().toString();
      ArgumentMap ours = new ArgdownImporter().read(f);
      ArgumentMap reference = ModelToMap.build(ReferenceJson.model(json.get(name)), w -> {});
      assertThat(ours.statements()).as(name + ": statements").containsExactlyElementsOf(reference.statements());
      assertThat(ours.arguments()).as(name + ": arguments (in any order: the reference lists relations in another)")
          .containsExactlyInAnyOrderElementsOf(reference.arguments());
      assertThat(ours.thesisIds()).as(name + ": theses").containsExactlyElementsOf(reference.thesisIds());
      String stem = name.replace(".argdown", "");
      if (ReferenceReadingsTest.FILES.contains(stem)) {
        // the recorded reading that ReferenceReadingsTest uses in every build is still the parser's
        assertThat(json.get(name)).as("src/test/resources/argdown-reference/" + stem + ".json is out of date;"
            + " regenerate it with argdown json " + name + " --removeMap")
            .isEqualTo(ReferenceReadingsTest.reading(stem));
      }
    }
  }

  @Test
  void importerReadsTheIssue15CasesAsTheReferenceParserDoes() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("undercut-under-bar.argdown", ArgdownFidelityTest.UNDERCUT_UNDER_BAR);
    texts.put("undercut-under-inline-bar.argdown", ArgdownFidelityTest.UNDERCUT_UNDER_INLINE_BAR);
    texts.put("defined-twice.argdown", ArgdownFidelityTest.DEFINED_TWICE);
    texts.put("self-relations.argdown", "[a]: A text.\n  - [a]\n  + [b]: B text.\n\n[b]\n  + [b]\n");
    Path in = Files.createDirectories(dir.resolve("cases"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      files.add(Files.writeString(in.resolve(e.getKey()), e.getValue()));
    }
    Map<String, String> json = json(in, files);
    for (Path f : files) {
      String name = f.getFileName().toString();
      ArgumentMap ours = new ArgdownImporter().read(f);
      ArgumentMap reference = ModelToMap.build(ReferenceJson.model(json.get(name)), w -> {});
      assertThat(ours.statements()).as(name).containsExactlyElementsOf(reference.statements());
      assertThat(ours.arguments()).as(name + " (the reference lists relations in another order)")
          .containsExactlyInAnyOrderElementsOf(reference.arguments());
      assertThat(ours.thesisIds()).as(name).isEqualTo(reference.thesisIds());
      assertThat(ours.extensions()).as(name + ": self-relations").isEqualTo(reference.extensions());
    }
  }
}
