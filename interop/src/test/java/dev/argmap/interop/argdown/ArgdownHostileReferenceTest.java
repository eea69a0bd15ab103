package dev.argmap.interop.argdown;

import dev.argmap.io.ImportWarning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.Maps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.HostileTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference parser, {@code @argdown/cli} 1.7.5, reads every exported hostile-text map (see
 * {@link HostileTexts}) as argmap's importer reads it: the same statements with the same texts, titles,
 * tags and notes, the same arguments and relations, the same map title, and nothing more, so no text
 * was taken for a directive, import, comment, heading, definition or relation. Skipped when the parser is
 * not installed (see {@link ArgdownCli}).
 */
class ArgdownHostileReferenceTest {
  @TempDir Path dir;

  @Test
  void referenceParserReadsHostileTextsAsTheImporterDoes() throws Exception {
    ArgdownCli.require();
    Path in = Files.createDirectories(dir.resolve("in"));
    Map<String, ArgumentMap> maps = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < HostileTexts.ALL.size(); i++) {
      if (HostileTexts.ALL.get(i).equals(Maps.ARGDOWN_NOT_YET_CARRIED)) {
        continue;
      }
      Path f = in.resolve("hostile-" + i + ".argdown");
      ArgumentMap map = HostileTexts.inStatementsAndArguments(HostileTexts.ALL.get(i));
      new ArgdownExporter().write(map, f);
      maps.put(f.getFileName().toString(), map);
      files.add(f);
    }
    Map<String, String> json = ReferenceParserTest.json(dir, in, files);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String name = f.getFileName().toString();
      List<ImportWarning> warnings = new ArrayList<>();
      ArgumentMap reference = ModelToMap.build(ReferenceJson.model(json.get(name)), warnings::add);
      ArgumentMap ours = new ArgdownImporter().read(f);
      List<String> wrong = new ArrayList<>();
      if (!warnings.isEmpty()) {
        wrong.add("warnings on the reference reading: " + warnings);
      }
      if (!reference.statements().equals(ours.statements())) {
        wrong.add("statements: reference " + reference.statements() + ", argmap " + ours.statements());
      }
      if (!reference.arguments().equals(ours.arguments())) {
        wrong.add("arguments: reference " + reference.arguments() + ", argmap " + ours.arguments());
      }
      if (!reference.thesisIds().equals(ours.thesisIds())) {
        wrong.add("theses: reference " + reference.thesisIds() + ", argmap " + ours.thesisIds());
      }
      if (reference.statements().size() != maps.get(name).statements().size()
          || reference.arguments().size() != maps.get(name).arguments().size()) {
        wrong.add("shape: the reference parser read " + reference.statements().size() + " statements and "
            + reference.arguments().size() + " arguments, the map has " + maps.get(name).statements().size()
            + " and " + maps.get(name).arguments().size());
      }
      if (!wrong.isEmpty()) {
        failures.add(name + " (HostileTexts.ALL.get(" + name.replaceAll("\\D", "") + ")): " + wrong + "\n" + Files.readString(f));
      }
    }
    assertThat(failures).as("exported hostile texts the reference parser reads differently").isEmpty();
  }
}
