package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.interop.dung.DungImporter;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimitException;
import dev.argmap.io.MapFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code argmap extensions FILE}: Dung extensions of an .af, .apx or .tgf file, printed as ICCMA solvers print them. */
@Command(
    name = "extensions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Computes Dung extensions of an .af, .apx or .tgf framework and prints them as ICCMA solvers do.",
      "Computes the extensions of the argumentation framework in FILE (ICCMA 2023 .af, ASPARTIX .apx or"
          + " Trivial Graph Format .tgf, read as convert reads them) under Dung's grounded, complete,"
          + " preferred, stable, semi-stable, stage or ideal semantics, and prints them as ICCMA solvers do:"
          + " 'w 1 3 4' for an extension, its arguments numbered as in the .af file (named as in an .apx or .tgf"
          + " file) and in the file's order ('w' alone for the empty extension), and 'NO' when there is none"
          + " (only stable can have none). 'argmap iccma' answers the other ICCMA tasks with the competition's"
          + " command line.",
      "Without --all it prints one extension: the grounded one for grounded and complete, else the first"
          + " in order. With --all it prints every extension, one line each, in increasing order.",
      "Enumeration stops at a time limit and a number of extensions; when one is reached, nothing is"
          + " printed, the exit status is 1 and the message says how to raise it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap extensions framework.af --semantics grounded",
      "  argmap extensions framework.af --semantics preferred --all",
      "  argmap extensions framework.af --semantics stable --all --time-limit 600",
      "  argmap extensions framework.apx --semantics grounded",
      "",
      "Exit status: 0 done (also when printing NO), 1 invalid file or a limit reached, 2 unreadable file"
          + " or wrong usage."
    })
final class ExtensionsCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE",
      description = "The framework, in .af, .apx or .tgf; '-' reads standard input (as .af unless --from).")
  String file;

  @Option(names = "--semantics", paramLabel = "NAME", required = true, converter = DungConverter.class,
      completionCandidates = DungNames.class,
      description = "${COMPLETION-CANDIDATES}.")
  DungSemantics semantics;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The format of FILE: af, apx or tgf (default: from its name; af for standard input and"
          + " other names).")
  String from;

  @Option(names = "--all", description = "Print every extension, not one.")
  boolean all;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeLimit;

  @Option(names = "--max-extensions", paramLabel = "N", defaultValue = "100000",
      description = "Give up when there are more than N extensions (default: ${DEFAULT-VALUE}).")
  int maxExtensions;

  @Override
  public Integer call() {
    if (timeLimit < 1) {
      return fail(ExitCodes.UNREADABLE, "--time-limit must be at least 1 second but was " + timeLimit, null);
    }
    if (maxExtensions < 1) {
      return fail(ExitCodes.UNREADABLE, "--max-extensions must be at least 1 but was " + maxExtensions, null);
    }
    String name = MapInput.of(file).displayName();
    try (Progress progress = Progress.forTerminal(err())) {
      progress.step("reading " + name);
      AttackGraph graph;
      MapFormat format;
      try {
        format = dungFormat();
      } catch (IllegalArgumentException e) {
        return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
      }
      // the reader convert and score use, so that one file reads the same in every command
      DungImporter importer = (DungImporter) format.importer().orElseThrow();
      try (Reader in = openText(file)) {
        graph = importer.readAttackGraph(in, w -> err().println("argmap: warning: " + name + ": " + w));
        err().flush();
      } catch (ReadLimitException e) {
        throw e; // Main names the command line's option that raises the limit
      } catch (MapFormatException e) {
        return fail(ExitCodes.INVALID, Errors.notValid(format, name, e), e);
      } catch (CharacterCodingException e) {
        return fail(ExitCodes.UNREADABLE, name + " is not UTF-8 text", e);
      } catch (IOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot read " + name + ": " + Errors.describe(e), e);
      }
      DungSolver solver = DungSolver.builder().timeBudget(Duration.ofSeconds(timeLimit))
          .maxExtensions(maxExtensions).build();
      progress.step("computing " + semantics.id() + " extensions of " + Counts.plural(graph.size(), "argument"));
      List<int[]> extensions = new ArrayList<>();
      try {
        if (!all && (semantics == DungSemantics.GROUNDED || semantics == DungSemantics.COMPLETE)) {
          // the grounded extension is the least complete extension
          extensions.add(solver.grounded(graph).toArray());
        } else {
          for (Extension e : solver.extensions(graph, semantics)) {
            extensions.add(e.toArray());
          }
        }
      } catch (DungLimitExceededException e) {
        String message = e.getMessage();
        int advice = message.indexOf("; raise");
        String what = advice < 0 ? message : message.substring(0, advice);
        return fail(ExitCodes.INVALID, name + ": " + what + "; raise the limit with "
            + (e.limit() == DungLimitExceededException.Limit.TIME_BUDGET ? "--time-limit SECONDS"
                : "--max-extensions N") + "; nothing printed", e);
      }
      extensions.sort(Arrays::compare);
      if (!all && extensions.size() > 1) {
        extensions.subList(1, extensions.size()).clear();
      }
      progress.step("writing");
      PrintWriter out = out();
      // write() rather than println(): the standard output may flush on every println
      StringBuilder chunk = new StringBuilder(1 << 16);
      if (extensions.isEmpty()) {
        chunk.append("NO\n");
      }
      boolean numbered = format.equals(InteropFormats.ICCMA_AF);
      for (int[] members : extensions) {
        chunk.append('w');
        for (int m : members) {
          chunk.append(' ');
          if (numbered) {
            chunk.append(m + 1);
          } else {
            chunk.append(graph.label(m).orElse(Integer.toString(m + 1)));
          }
        }
        chunk.append('\n');
        if (chunk.length() > 60_000) {
          out.write(chunk.toString());
          chunk.setLength(0);
        }
      }
      out.write(chunk.toString());
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The framework format: --from, else the file's ending, else ICCMA .af. */
  private MapFormat dungFormat() {
    Optional<MapFormat> f = from != null ? MapFormats.installed().named(from)
        : MapInput.STDIN.equals(file) ? Optional.empty() : MapFormats.installed().guessReadable(file);
    if (from != null && f.isEmpty()) {
      throw new IllegalArgumentException("unknown format '" + from + "'; extensions reads af, apx or tgf");
    }
    MapFormat format = f.orElse(InteropFormats.ICCMA_AF);
    if (!format.equals(InteropFormats.ICCMA_AF) && !format.equals(InteropFormats.APX)
        && !format.equals(InteropFormats.TGF)) {
      throw new IllegalArgumentException((from != null ? "--from " + from : file) + " is "
          + format.displayName() + ", not a Dung framework; extensions reads af, apx or tgf (convert a map"
          + " to one with argmap convert)");
    }
    return format;
  }

  /** Reads a Dung semantics by its identifier. */
  static final class DungConverter implements ITypeConverter<DungSemantics> {
    @Override
    public DungSemantics convert(String value) {
      try {
        return DungSemantics.fromId(value.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The identifiers of Dung's semantics, for help and completion. */
  static final class DungNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DungSemantics.values()).map(DungSemantics::id).iterator();
    }
  }
}
