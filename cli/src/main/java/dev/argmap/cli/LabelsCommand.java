package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimitException;
import dev.argmap.interop.carneades.CarneadesLabelling;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap labels FILE}: Carneades' labels of a Carneades argument graph's statements. */
@Command(
    name = "labels",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints Carneades' labels of the statements of a Carneades argument graph.",
      "Evaluates the Carneades 4 YAML file FILE as Carneades does (assumptions, issues decided by proof"
          + " standards, arguments weighed by their schemes, undercutters; arguments and issues that the"
          + " file's argument and issue schemes derive are derived first) and prints one 'statement,label'"
          + " line per statement, label in, out or undecided, the statement as the file writes its key, in"
          + " the order of the file; statements that schemes derive follow. A key with a comma or a quote is"
          + " quoted as in CSV.",
      "A map in another format is labelled as it would be once converted to Carneades (argmap convert"
          + " MAP OUT.yml)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap labels tandem.yml",
      "  argmap labels map.json",
      "",
      "Exit status: 0 labelled, 1 invalid file, 2 unreadable file or wrong usage."
    })
final class LabelsCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The argument graph, in Carneades YAML (.yml, .yaml) or any"
      + " map format; '-' reads standard input.")
  String file;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: carneades, or a map format (default: from its name; standard input"
          + " is Carneades YAML).")
  String from;

  @Override
  public Integer call() {
    MapFormat format;
    try {
      format = MapInput.STDIN.equals(file) && from == null ? InteropFormats.CARNEADES
          : formatOf(file, from);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    CarneadesLabelling labelling;
    String name = MapInput.of(file).displayName();
    if (format.equals(InteropFormats.CARNEADES)) {
      try {
        String text = readText(file);
        labelling = CarneadesLabelling.read(new StringReader(text),
            w -> err().println("argmap: warning: " + name + ": " + w));
        err().flush();
      } catch (ReadLimitException e) {
        throw e; // Main names the command line's option that raises the limit
      } catch (MapFormatException e) {
        return fail(ExitCodes.INVALID, Errors.notValid(format, name, e), e);
      } catch (CharacterCodingException e) {
        return fail(ExitCodes.UNREADABLE, name + " is not UTF-8 text", e);
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot read " + name + ": " + Errors.describe(e), e);
      }
    } else {
      Loaded loaded = loadMap(file, format, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      try {
        labelling = CarneadesLabelling.of(loaded.map().get());
      } catch (ReadLimitException e) {
        throw e; // Main names the command line's option that raises the limit
      } catch (MapFormatException e) {
        return fail(ExitCodes.INVALID, "cannot label " + name + " as a Carneades graph: " + Errors.describe(e), e);
      }
    }
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, CarneadesLabelling.Label> e : labelling.labels().entrySet()) {
      s.append(ScoreCommand.csvField(e.getKey())).append(',').append(e.getValue()).append('\n');
    }
    out().print(s);
    out().flush();
    return ExitCodes.OK;
  }
}
