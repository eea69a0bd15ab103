package dev.argmap.interop.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 15 on Argdown's own syntax documentation: for every fenced Argdown block of
 * {@code docs/syntax/README.md} in the argdown repository that the reference parser ({@code @argdown/cli}
 * 1.7.5) accepts, argmap's importer finds every statement (with the same text), every relation and every
 * premise-conclusion structure that the reference parser finds: the map made of argmap's reading equals
 * the map made of the reference parser's {@code argdown json}.
 *
 * <p>The document is not part of argmap and the suite fetches nothing, so the test runs only when told
 * where a copy is ({@code -Dargdown.syntaxDoc=PATH} or {@code ARGDOWN_SYNTAX_DOC}; for example {@code git
 * show HEAD:docs/syntax/README.md} in a clone of github.com/christianvoigt/argdown) and the reference parser
 * is installed ({@link ArgdownCli}); otherwise it is skipped. {@code docs/formats/argdown.md} records the
 * last run. The documentation's blocks start with a frontmatter that its site strips; the reference parser
 * 1.7.5 needs an empty line after it, which the test adds.
 */
class ArgdownSyntaxDocTest {
  private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*\\{?\\.?argdown[\\w-]*");

  @TempDir Path dir;

  /** The fenced Argdown blocks of a Markdown text, each with an empty line after its frontmatter. */
  static List<String> blocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    List<String> current = null;
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null) {
        Matcher m = FENCE.matcher(line);
        if (m.lookingAt()) {
          current = new ArrayList<>();
          fence = m.group(1);
        }
      } else if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
        blocks.add(withEmptyLineAfterFrontmatter(current));
        current = null;
      } else {
        current.add(line);
      }
    }
    return blocks;
  }

  private static String withEmptyLineAfterFrontmatter(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    if (!out.isEmpty() && out.get(0).strip().startsWith("===")) {
      for (int i = 1; i < out.size(); i++) {
        if (out.get(i).strip().startsWith("===")) {
          out.add(i + 1, "");
          break;
        }
      }
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void importerReadsEveryAcceptedBlockOfTheSyntaxDocumentationAsTheReferenceParserDoes() throws Exception {
    String given = System.getProperty("argdown.syntaxDoc", System.getenv("ARGDOWN_SYNTAX_DOC"));
    assumeTrue(given != null && Files.isRegularFile(Path.of(given)), "skipped: no copy of Argdown's"
        + " docs/syntax/README.md named; run with -Dargdown.syntaxDoc=PATH (git show"
        + " HEAD:docs/syntax/README.md in a clone of github.com/christianvoigt/argdown)");
    List<String> command = new ArrayList<>(ArgdownCli.require());
    List<String> blocks = blocks(Files.readString(Path.of(given)));
    assertThat(blocks).isNotEmpty();
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < blocks.size(); i++) {
      Files.writeString(in.resolve(name(i) + ".argdown"), blocks.get(i));
    }
    Path out = dir.resolve("json");
    command.addAll(List.of("json", in + "/*.argdown", out.toString(), "--removeMap"));
    ArgdownCli.Result r = ArgdownCli.run(command, dir, 300);
    int accepted = 0;
    int statements = 0;
    int arguments = 0;
    int empty = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Path json = out.resolve(name(i) + ".json");
      if (!Files.isRegularFile(json)) {
        continue; // the reference parser rejects the block
      }
      accepted++;
      ArgumentMap reference;
      try {
        reference = ModelToMap.build(ReferenceJson.model(Files.readString(json)), w -> {});
      } catch (dev.argmap.io.MapFormatException e) {
        // no map in it (only headings or frontmatter): argmap must say the same
        empty++;
        try {
          new ArgdownImporter().read(new StringReader(blocks.get(i)), w -> {});
          differences.add(name(i) + ": the reference parser finds nothing to make a map of, argmap does");
        } catch (dev.argmap.io.MapFormatException expected) {
          // alike
        }
        continue;
      }
      ArgumentMap ours;
      try {
        ours = new ArgdownImporter().read(new StringReader(blocks.get(i)), w -> {});
      } catch (RuntimeException | IOException e) {
        differences.add(name(i) + ": argmap cannot read it: " + e.getMessage());
        continue;
      }
      statements += reference.statements().size();
      arguments += reference.arguments().size();
      if (!ours.statements().equals(reference.statements())) {
        differences.add(name(i) + ": statements\n  argmap:    " + ours.statements() + "\n  reference: "
            + reference.statements());
      }
      if (!new HashSet<Argument>(ours.arguments()).equals(new HashSet<>(reference.arguments()))) {
        differences.add(name(i) + ": arguments\n  argmap:    " + ours.arguments() + "\n  reference: "
            + reference.arguments());
      }
    }
    System.out.println("[ArgdownSyntaxDocTest] " + blocks.size() + " blocks, " + accepted + " accepted by the"
        + " reference parser, " + (accepted - differences.stream().map(d -> d.substring(0, 9)).distinct()
            .count()) + " read alike (" + statements + " statements, " + arguments + " arguments; " + empty
        + " blocks without statements)");
    assertThat(accepted).as("the reference parser accepts no block:\n" + r.output()).isPositive();
    assertThat(differences).as(String.join("\n", differences)).isEmpty();
  }

  private static String name(int i) {
    return String.format("block-%02d", i + 1);
  }
}
