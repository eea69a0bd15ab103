package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.interop.aif.AifExporter;
import dev.argmap.interop.carneades.CarneadesExporter;
import dev.argmap.io.Export;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapExporter;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.json.JsonFormat;
import dev.argmap.io.ReadLimits;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.time.Instant;
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
          + " uncertainpy bipolar graphs (bag) or Carneades 4 YAML argument graphs (carneades); it also draws"
          + " it with default options (dot, mermaid, graphml, html, markdown; 'argmap render' has the options).",
      "Each format comes from --from and --to, or else from the file's name: .argdown, .af, .apx, .tgf,"
          + " .bag, .yml or .yaml for Carneades, .aif or .aif.json for AIF, any other .json for argmap JSON"
          + " (the endings of argmap's format registry; a drawing's too for OUT: .dot, .mmd, .html, ...)."
          + " What a format cannot hold is"
          + " left out (docs/formats/ says what, for each) and listed on standard error, counted by kind;"
          + " --strict refuses such a conversion instead. What the reader had to repair is listed on"
          + " standard error as warnings.",
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
      "Exit status: 0 converted, 1 invalid input, a map the output format cannot take, or with --strict a"
          + " map it cannot hold whole, 2 unreadable input, unwritable output or wrong usage."
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
      description = "The format of OUT: json, aif, argdown, af, apx, tgf, bag, carneades, or a drawing with"
          + " default options: dot, mermaid, graphml, html, markdown (default: from its name).")
  String to;

  @Option(names = "--aifdb",
      description = "With --to aif: write the nodes added as AIFdb and OVA expect them (numeric ids, a"
          + " timestamp of now, AIFdb's scheme ids for the default schemes).")
  boolean aifdb;

  @Option(names = "--strict",
      description = "Refuse a conversion that loses something (exit 1, OUT left as it was) instead of"
          + " listing the losses on standard error.")
  boolean strict;

  @Override
  public Integer call() {
    MapFormat source;
    MapFormat target;
    try {
      source = formatOf(in, from);
      if (to == null && Output.isStdout(out)) {
        return fail(ExitCodes.UNREADABLE, "say the format to write to standard output with --to: "
            + writableFormats(), null);
      }
      Optional<MapFormat> written = targetOf(out, to);
      if (written.isEmpty()) {
        return fail(ExitCodes.UNREADABLE, "cannot tell the format of " + out + " from its name; say it"
            + " with --to: " + writableFormats(), null);
      }
      target = written.get();
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    if (aifdb && !target.equals(InteropFormats.AIF)) {
      return fail(ExitCodes.UNREADABLE, "--aifdb applies to AIF output only, not " + target.displayName(), null);
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
        Export export = exporter(target).export(map);
        String text = export.text();
        if (!export.losses().isEmpty()) {
          LossReport losses = export.losses();
          String where = Output.isStdout(out) ? target.displayName() : out + " (" + target.displayName() + ")";
          if (strict) {
            return fail(ExitCodes.INVALID, "--strict: " + where + " cannot hold " + losses + " of the map;"
                + " nothing written (without --strict they are left out; docs/formats/ says what each format"
                + " holds)", null);
          }
          err().println("argmap: warning: " + where + " cannot hold " + losses + " of the map; they are left"
              + " out (--strict refuses this)");
          err().flush();
        }
        if (target.equals(InteropFormats.CARNEADES)) {
          // which elements, and what Carneades writes in its own way (an attack on c as an argument for ¬c)
          for (String detail : new CarneadesExporter().lossDetails(map)) {
            err().println("argmap: warning: " + (Output.isStdout(out) ? "standard output" : out) + ": " + detail);
          }
          err().flush();
        }
        Output.write(out, out(), w -> w.write(text));
        if (target.equals(JsonFormat.JSON)) {
          warnIfUnreadable(text, map);
        }
      } catch (MapFormatException e) {
        return fail(ExitCodes.INVALID, "cannot write the map as " + target.displayName() + ": "
            + Errors.describe(e), e);
      } catch (IOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot write " + out + ": " + Errors.describe(e), e);
      }
    }
    return ExitCodes.OK;
  }

  private MapExporter exporter(MapFormat format) {
    return aifdb && format.equals(InteropFormats.AIF) ? AifExporter.forAifdb(Instant.now())
        : format.exporter().orElseThrow();
  }

  /**
   * Warns when the JSON just written is larger than what argmap reads by default, so that the next command
   * does not refuse it without a word on how to read it.
   */
  private void warnIfUnreadable(String json, ArgumentMap map) {
    long bytes = LimitOptions.utf8Length(json);
    long defaultMax = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;
    if (bytes > defaultMax) {
      err().println("argmap: warning: " + (Output.isStdout(out) ? "the JSON" : out) + " has " + bytes
          + " bytes, more than the " + defaultMax + " argmap reads by default; read it with --max-size "
          + bytes + " (ArgMapJson: JsonReadOptions.maxDocumentBytes)");
    }
    int largest = Math.max(Math.max(map.statements().size(), map.arguments().size()),
        Math.max(map.evidence().size(), map.sources().size()));
    if (largest > ReadLimits.DEFAULT_MAX_ELEMENTS) {
      err().println("argmap: warning: " + (Output.isStdout(out) ? "the JSON" : out) + " has an array of "
          + largest + " elements, more than the " + ReadLimits.DEFAULT_MAX_ELEMENTS
          + " argmap reads by default; read it with --max-elements " + largest);
    }
    err().flush();
  }
}
