package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the outputs quoted in docs/cli.md in step with the command: every {@code $ argmap ...} line of a
 * console block whose subcommand reads only the guide's example files is run in a folder holding those files,
 * and its standard output and error must be what the guide shows (and {@code $ echo $?} its exit status). Run
 * with {@code -Dargmap.regenerateDocs=true} to rewrite the guide's outputs from the command instead.
 */
class CliGuideTest {
  /**
   * Subcommands whose examples read only the files written below and write nothing (convert: nothing but
   * its OUT, which goes into the example folder; render: an example with -o is not run).
   */
  private static final Set<String> CHECKED =
      Set.of("validate", "lint", "show", "score", "explain", "contributions", "extensions", "iccma", "demo",
          "convert", "labels", "render");

  /** The guide's tram.json: an invented map, kept with the tests because its quotes are not from the seeds. */
  static final String EXAMPLE = "render/src/test/resources/examples/example.argmap.json";

  @TempDir Path dir;

  static Path guide() {
    Path guide = Above.require("docs/cli.md");
    Path example = guide.getParent().getParent().resolve(EXAMPLE);
    Assumptions.assumeTrue(Files.isRegularFile(example), "SKIPPED: the guide's example is not at " + example);
    return guide;
  }

  private void files(Path docs) throws IOException {
    Files.copy(docs.getParent().resolve(EXAMPLE), dir.resolve("tram.json"));
    Files.writeString(dir.resolve("graph.bag"), "arg(claim, 0.5).\narg(pro, 0.8).\narg(con, 0.4).\n"
        + "arg(rebuttal, 0.6).\nsup(pro, claim).\natt(con, claim).\natt(rebuttal, con).\n");
    Files.writeString(dir.resolve("framework.af"), "p af 5\n# 1 and 2 attack each other; 2 attacks 3, 3 attacks 4,"
        + " 5 attacks 4\n1 2\n2 1\n2 3\n3 4\n5 4\n");
    Files.writeString(dir.resolve("cycle.bag"), "arg(a, 1.0).\narg(b, 1.0).\natt(a, b).\natt(b, a).\n");
    Files.writeString(dir.resolve("odd.af"), "p af 3\n1 2\n2 3\n3 1\n");
    Files.writeString(dir.resolve("named.apx"), "arg(a1). arg(a2). arg(a3). arg(a4). arg(a5).\n"
        + "att(a1,a2). att(a2,a1). att(a2,a3). att(a3,a4). att(a5,a4).\n");
    Files.writeString(dir.resolve("picnic.yml"), LabelsCommandTest.PICNIC);
    Files.writeString(dir.resolve("typo.yml"), "statements:\n  p: P\narguments:\n  a1:\n    premises: [q]\n"
        + "    conclusion: p\n");
  }

  @Test
  void theGuideShowsWhatTheCommandPrints() throws IOException {
    Path guide = guide();
    files(guide.getParent());
    List<String> lines = new ArrayList<>(Files.readAllLines(guide, StandardCharsets.UTF_8));
    boolean regenerate = Boolean.getBoolean("argmap.regenerateDocs");
    List<String> out = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    boolean inConsole = false;
    Run last = null;
    List<String> lastFull = null;
    String lastCommand = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.add(line);
      if (line.equals("```console")) {
        inConsole = true;
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).equals("```")) {
          end++;
        }
        List<String> block = lines.subList(i + 1, end);
        // a console block without a command is an excerpt of the output of the command before it
        if (!block.isEmpty() && block.stream().noneMatch(l -> l.startsWith("$ ")) && lastFull != null) {
          int at = lastFull.indexOf(block.get(0));
          List<String> actual = at < 0 ? List.of("(not in the output)")
              : lastFull.subList(at, regenerate ? lastFull.size() : Math.min(lastFull.size(), at + block.size()));
          checked++;
          if (!actual.equals(block)) {
            mismatches.add("excerpt after " + lastCommand + "\n--- the guide shows:\n" + String.join("\n", block)
                + "\n--- the command prints:\n" + String.join("\n", actual));
          }
          if (regenerate && at >= 0) {
            out.addAll(actual);
            i = end - 1;
          }
        }
        continue;
      }
      if (line.equals("```")) {
        inConsole = false;
        continue;
      }
      if (!inConsole || !line.startsWith("$ ")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("$ ") && !lines.get(end).equals("```")) {
        end++;
      }
      List<String> shown = lines.subList(i + 1, end);
      List<String> actual = null;
      if (line.equals("$ echo $?") && last != null) {
        actual = List.of(Integer.toString(last.exitCode()));
      } else {
        last = null;
        List<String> args = words(line.substring(2));
        if (args.size() >= 2 && args.get(0).equals("argmap") && CHECKED.contains(args.get(1))
            && !unquoted(line).contains(">") && !unquoted(line).contains("|") && !args.contains("-o")) {
          List<String> resolved = new ArrayList<>();
          for (String a : args.subList(1, args.size())) {
            Path root = guide.getParent().getParent();
            // convert's OUT is written into the example folder, where later examples read it
            boolean convertOut = args.get(1).equals("convert") && resolved.size() == 2 && !a.equals("-");
            resolved.add(convertOut ? dir.resolve(a).toString()
                : Files.isRegularFile(dir.resolve(a)) ? dir.resolve(a).toString()
                : !a.startsWith("-") && Files.isRegularFile(root.resolve(a)) ? root.resolve(a).toString() : a);
          }
          last = Run.of(resolved.toArray(new String[0]));
          String prefix = dir.toString() + java.io.File.separator;
          String rootPrefix = guide.getParent().getParent().toString() + java.io.File.separator;
          String text = (last.out() + last.err()).replace(prefix, "").replace(rootPrefix, "");
          actual = text.lines().toList();
          lastFull = actual;
          lastCommand = line;
        }
      }
      if (actual == null) {
        continue;
      }
      // a long output may be shown cut, its last line "… (N more lines)"
      java.util.regex.Matcher cut = shown.isEmpty() ? null
          : java.util.regex.Pattern.compile("\u2026 \\((\\d+) more lines\\)").matcher(shown.get(shown.size() - 1));
      if (cut != null && cut.matches() && actual.size() >= shown.size() - 1) {
        int keep = shown.size() - 1;
        List<String> head = new ArrayList<>(actual.subList(0, keep));
        head.add("\u2026 (" + (actual.size() - keep) + " more lines)");
        actual = head;
      }
      checked++;
      if (!actual.equals(shown)) {
        mismatches.add(line + "\n--- the guide shows:\n" + String.join("\n", shown) + "\n--- the command prints:\n"
            + String.join("\n", actual));
      }
      if (regenerate) {
        out.addAll(actual);
        i = end - 1;
      }
    }
    if (regenerate) {
      Files.write(guide, out, StandardCharsets.UTF_8);
      return;
    }
    assertThat(checked).as("commands checked").isGreaterThan(15);
    assertThat(mismatches).as("outputs in docs/cli.md that the command no longer prints; rerun with"
        + " -Dargmap.regenerateDocs=true after checking them").isEmpty();
  }

  /** The command line without its quoted parts, to find a redirection or a pipe. */
  static String unquoted(String line) {
    return line.replaceAll("'[^']*'|\"[^\"]*\"", "");
  }

  /** Splits a command line at spaces, keeping single- or double-quoted words together. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (any || cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
          any = false;
        }
      } else {
        cur.append(c);
      }
    }
    if (any || cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
