package dev.argmap.cli;

import dev.argmap.interop.Format;
import dev.argmap.interop.InteropException;
import dev.argmap.interop.carneades.CarneadesExporter;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap convert IN OUT}: a map from one format to another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Converts a map between argmap JSON, AIF, Argdown, .af, .apx, .tgf, .bag and Carneades YAML.",
      "Reads the map in IN and writes it to OUT in another format: argmap JSON (json), AIF JSON (aif),"
          + " Argdown (argdown), ICCMA 2023 frameworks (af), ASPARTIX (apx), Trivial Graph Format (tgf),"
          + " uncertainpy bipolar graphs (bag) or Carneades 4 YAML argument graphs (carneades).",
      "Each format comes from --from and --to, or else from the file's name: .argdown, .af, .apx, .tgf,"
          + " .bag, .yml or .yaml for Carneades, .aif or .aif.json for AIF, any other .json for argmap JSON."
          + " What a format cannot hold is left out (docs/formats/ says what, for each); what the reader had"
          + " to repair, and what the Carneades writer leaves out, is listed on standard error as warnings.",
      "OUT is replaced atomically: it holds the old content or the new, never part of one."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap convert debate.argdown debate.json",
      "  argmap convert map.json map.aif.json",
      "  argmap convert nodeset6064.json map.json --from aif",
      "  argmap convert map.json - --to argdown",
      "  argmap convert framework.af framework.apx",
      "  argmap convert tandem.yml tandem.json",
      "",
      "Exit status: 0 converted, 1 invalid input (or a map the output format cannot take), 2 unreadable input,"
          + " unwritable output or wrong usage."
    })
final class ConvertCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "IN", description = "The map to read; '-' reads standard input.")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write; '-' writes standard output.")
  String out;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of IN: json, aif, argdown, af, apx, tgf, bag or carneades (default: from its"
          + " name).")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "The format of OUT: json, aif, argdown, af, apx, tgf, bag or carneades (default: from its"
          + " name).")
  String to;

  @Override
  public Integer call() {
    MapFormat source;
    MapFormat target;
    try {
      source = formatOf(in, from);
      if (to != null) {
        target = formatOf(out, to);
      } else if (Output.isStdout(out)) {
        return fail(ExitCodes.UNREADABLE, "say the format to write to standard output with --to: "
            + MapFormat.known(), null);
      } else {
        target = MapFormat.guess(out).orElse(null);
        if (target == null) {
          return fail(ExitCodes.UNREADABLE, "cannot tell the format of " + out + " from its name; say it"
              + " with --to: " + MapFormat.known(), null);
        }
      }
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    try (Progress progress = Progress.forTerminal(err())) {
      progress.step("reading " + MapInput.of(in).displayName());
      Loaded loaded = loadMap(in, source, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      ArgumentMap map = loaded.map().get();
      progress.step("writing " + (Output.isStdout(out) ? target.displayName() : out));
      try {
        // write the whole text first, so a map the format cannot take leaves OUT as it was
        String text = target.interop().map(f -> f.exporter().writeString(map))
            .orElseGet(() -> ArgMapJson.writeString(map));
        if (target.interop().equals(Optional.of(Format.CARNEADES))) {
          for (String loss : new CarneadesExporter().losses(map)) {
            err().println("argmap: warning: not written to " + (Output.isStdout(out) ? "standard output" : out) + ": " + loss);
          }
          err().flush();
        }
        Output.write(out, out(), w -> w.write(text));
      } catch (InteropException e) {
        return fail(ExitCodes.INVALID, "cannot write the map as " + target.displayName() + ": "
            + Errors.describe(e), e);
      } catch (IOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot write " + out + ": " + Errors.describe(e), e);
      }
    }
    return ExitCodes.OK;
  }
}
