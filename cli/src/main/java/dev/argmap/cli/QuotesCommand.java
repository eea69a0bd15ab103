package dev.argmap.cli;

import dev.argmap.exercises.QuoteLocator;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap quotes locate MAP DOCS...}: finds a map's quotes in documents and fills in their locators. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Works on a map's quotes and the documents they come from.",
    subcommands = {QuotesCommand.Locate.class})
final class QuotesCommand extends BaseCommand {
  @Override
  public Integer call() {
    err().println("argmap quotes: name a subcommand: locate");
    err().flush();
    return ExitCodes.UNREADABLE;
  }

  /** {@code argmap quotes locate MAP DOCS... [-o OUT]}. */
  @Command(
      name = "locate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Finds every quote of MAP in the documents DOCS (UTF-8 text files) and fills in its locator: the copy of"
            + " the source (one per document, added when the source has none) and the quote's character"
            + " offsets. White space, line breaks, curly or straight quotes, kinds of dash and footnote numbers"
            + " do not matter; '...' in a quote stands for left-out words.",
        "Prints one line per quote not found, with the passage of the documents nearest to it, and writes the"
            + " map with its locators to OUT (atomically) when -o is given."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  argmap quotes locate lesson.argmap.json speech.txt -o lesson.argmap.json",
        "",
        "Exit status: 0 every quote found, 1 some not found, 2 unreadable map or document."
      })
  static final class Locate extends BaseCommand {
    @Parameters(index = "0", paramLabel = "MAP", description = "The map, in argmap JSON (or any format convert reads).")
    String map;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOCS", description = "The documents, UTF-8 text.")
    List<String> documents;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the map with locators here.")
    String output;

    @Override
    public Integer call() {
      Loaded loaded = loadMap(map, formatOf(map, null), err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      List<QuoteLocator.Document> docs = new ArrayList<>();
      for (String d : documents) {
        try {
          Path p = Path.of(d);
          docs.add(new QuoteLocator.Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException | InvalidPathException e) {
          return fail(ExitCodes.UNREADABLE, "cannot read " + d + ": " + Errors.describe(e), e);
        }
      }
      QuoteLocator.Result r = QuoteLocator.locate(loaded.map().get(), docs);
      PrintWriter out = out();
      int all = r.found().size() + r.notFound().size();
      out.println("located " + r.found().size() + " of " + all + " quotes");
      for (QuoteLocator.NotFound n : r.notFound()) {
        out.println("not found: " + n.evidence() + " \u201c" + n.quote() + "\u201d"
            + (n.nearestDocument().isEmpty() ? "" : String.format(Locale.ROOT,
                "; nearest in %s (%.0f%% of its words): \u201c%s\u201d", n.nearestDocument(),
                100 * n.sharedWords(), n.nearestPassage())));
      }
      out.flush();
      if (output != null) {
        ArgumentMap located = r.map();
        try {
          Output.write(output, out, w -> w.write(ArgMapJson.writeString(located)));
        } catch (IOException | InvalidPathException e) {
          return fail(ExitCodes.UNREADABLE, "cannot write " + output + ": " + Errors.describe(e), e);
        }
        if (!Output.isStdout(output)) {
          out.println("wrote " + output);
          out.flush();
        }
      }
      return r.notFound().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }
  }
}
