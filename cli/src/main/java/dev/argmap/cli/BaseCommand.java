package dev.argmap.cli;

import dev.argmap.internal.io.BoundedInputStream;
import dev.argmap.interop.argdown.ArgdownImporter;
import dev.argmap.interop.dung.DungDialect;
import dev.argmap.interop.dung.DungImporter;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.MapFormats;
import dev.argmap.io.MapImporter;
import dev.argmap.io.ReadLimitException;
import dev.argmap.io.ReadLimits;
import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.JsonFormat;
import dev.argmap.json.JsonProblem;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.MapProblem;
import dev.argmap.semantics.AttackGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code argmap} command shares: its output streams, the {@code --verbose} switch, and
 * reading a map from a file or standard input with every problem reported.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Returns the top-level command, which holds the global options and standard input. */
  ArgmapCommand root() {
    return (ArgmapCommand) spec.root().userObject();
  }

  /** Returns whether {@code --verbose} was given, before or after the subcommand's name. */
  boolean verbose() {
    return root().verbose;
  }

  /** Returns the input limits of the command line's {@code --max-*} options. */
  ReadLimits limits() {
    return LimitOptions.of(root());
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Reports an error in one line on standard error, with the stack trace under {@code --verbose}.
   *
   * @return {@code code}
   */
  int fail(int code, String message, Throwable cause) {
    PrintWriter err = err();
    err.println("argmap: " + message);
    if (verbose() && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A map read from the command line's input, or the exit code of the failure already reported. */
  record Loaded(Optional<ArgumentMap> map, int exitCode) {
    static Loaded of(ArgumentMap map) {
      return new Loaded(Optional.of(map), ExitCodes.OK);
    }

    static Loaded failed(int exitCode) {
      return new Loaded(Optional.empty(), exitCode);
    }
  }

  /**
   * Reads a map. Problems of the document go to {@code problems} one per line, as {@code
   * FILE:LINE:COLUMN: message}; a file that cannot be read at all is reported on standard error.
   *
   * @param file a path, or {@code -} for standard input
   * @param problems where to list the document's problems
   * @return the map, or the exit code: {@link ExitCodes#INVALID} or {@link ExitCodes#UNREADABLE}
   */
  Loaded load(String file, PrintWriter problems) {
    MapInput input = MapInput.of(file);
    try {
      return Loaded.of(input.read(root().stdin(), limits()));
    } catch (MapInput.NotJsonException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE,
          input.displayName() + " is not JSON: " + e.getMessage() + assumedJson(file), e));
    } catch (ArgMapFormatException e) {
      for (JsonProblem p : e.problems()) {
        problems.println(input.displayName() + ":" + p.line() + ":" + p.column() + ": "
            + p.message() + " (" + p.path() + ")" + LimitOptions.hint(p.message()));
      }
      summarizeInvalid(input, e.problems().size(), problems, e);
      return Loaded.failed(ExitCodes.INVALID);
    } catch (InvalidMapException e) {
      for (MapProblem p : e.problems()) {
        problems.println(input.displayName() + ": " + p);
      }
      summarizeInvalid(input, e.problems().size(), problems, e);
      return Loaded.failed(ExitCodes.INVALID);
    } catch (ReadLimitException e) {
      return Loaded.failed(fail(ExitCodes.INVALID, LimitOptions.describe(e), e));
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE,
          "cannot read " + input.displayName() + ": " + Errors.describe(e), e));
    }
  }

  /**
   * Says why a file that is not JSON was read as argmap JSON, and how to name its format: empty for a
   * {@code .json} name, where JSON is what the name promises.
   */
  private String assumedJson(String file) {
    boolean hasFrom = spec.findOption("--from") != null;
    String how = hasFrom ? "; if it is in another format, name it with --from (" + knownFormats() + ")"
        : "; convert it to argmap JSON first, with argmap convert FILE map.json --from FORMAT";
    if (MapInput.STDIN.equals(file)) {
      return "; standard input is read as argmap JSON" + how;
    }
    Path name = Path.of(file).getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".json")) {
      return "";
    }
    int dot = lower.lastIndexOf('.');
    Optional<MapFormat> guessed = MapFormats.installed().guess(lower);
    if (guessed.isPresent() && guessed.get().canRead() && !hasFrom) {
      // a format argmap reads, but not in this command: naming the known endings would contradict itself
      return "; this command reads argmap JSON only, and the name ends as " + guessed.get().displayName()
          + " files do" + how;
    }
    Optional<MapFormat> written = guessed.filter(f -> !f.canRead());
    String ending = written.isPresent()
        ? "its name ends as " + written.get().displayName() + " files do, which argmap writes but does not read"
        : dot > 0 ? "its ending " + lower.substring(dot) + " names no format argmap knows"
        : "its name has no ending";
    return "; argmap read it as argmap JSON, the default, because " + ending + " (argmap knows "
        + MapFormats.installed().readable().stream().flatMap(f -> f.fileEndings().stream())
            .collect(java.util.stream.Collectors.joining(", "))
        + ")" + how;
  }

  /** Returns the names of the formats maps can be read from, for messages: {@code af, aif, apx, ...}. */
  static String knownFormats() {
    return MapFormats.names(MapFormats.installed().readable());
  }

  /**
   * Returns the format of a map file: {@code forced} when given, else guessed from the file's name, else
   * argmap JSON. Standard input is argmap JSON unless {@code forced} says otherwise. Formats are those of
   * the registry, {@link MapFormats#installed()}: the one place a format is guessed.
   *
   * @throws IllegalArgumentException if {@code forced} names no format that can be read
   */
  static MapFormat formatOf(String file, String forced) {
    if (forced != null) {
      MapFormat named = MapFormats.installed().named(forced).orElseThrow(() -> new IllegalArgumentException(
          "unknown format '" + forced + "'; known: " + knownFormats()));
      if (!named.canRead()) {
        throw new IllegalArgumentException("argmap writes " + named.displayName() + " but cannot read it;"
            + " formats it reads: " + knownFormats());
      }
      return named;
    }
    if (MapInput.STDIN.equals(file)) {
      return JsonFormat.JSON;
    }
    Path name = Path.of(file).getFileName();
    return name == null ? JsonFormat.JSON
        : MapFormats.installed().guessReadable(name.toString()).orElse(JsonFormat.JSON);
  }

  /**
   * Returns the format to write a file in: {@code forced} when given, else guessed from the file's name
   * among the formats argmap writes (argmap JSON, the exchange formats, the drawings).
   *
   * @return the format, or empty when the name says none
   * @throws IllegalArgumentException if {@code forced} names no format that can be written
   */
  static Optional<MapFormat> targetOf(String file, String forced) {
    if (forced != null) {
      MapFormat named = MapFormats.installed().named(forced).orElseThrow(() -> new IllegalArgumentException(
          "unknown format '" + forced + "'; known: " + writableFormats()));
      if (!named.canWrite()) {
        throw new IllegalArgumentException("argmap reads " + named.displayName() + " but cannot write it;"
            + " formats it writes: " + writableFormats());
      }
      return Optional.of(named);
    }
    Path name = Path.of(file).getFileName();
    return name == null ? Optional.empty() : MapFormats.installed().guessWritable(name.toString());
  }

  /** Returns the names of the formats maps can be written in, for messages. */
  static String writableFormats() {
    return MapFormats.names(MapFormats.installed().writable());
  }

  /**
   * Reads a map whose format is forced by name or guessed from the file's name, as {@link
   * #formatOf} does; an unknown format name is reported on standard error.
   *
   * @param file a path, or {@code -} for standard input
   * @param forcedFormat the format's name, or null to guess it
   * @param problems where to list the document's problems
   * @return the map, or the exit code of the failure already reported
   */
  Loaded loadMap(String file, String forcedFormat, PrintWriter problems) {
    MapFormat format;
    try {
      format = formatOf(file, forcedFormat);
    } catch (IllegalArgumentException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE, e.getMessage(), null));
    }
    return loadMap(file, format, problems);
  }

  /**
   * Reads a map in any format the command line knows: argmap JSON as {@link #load} does, the interop
   * formats with their importers. An importer's warnings go to standard error, one a line; a file the
   * importer cannot read is one line on standard error and {@link ExitCodes#INVALID}.
   *
   * @param file a path, or {@code -} for standard input
   * @param format the file's format
   * @param problems where to list the problems of an argmap JSON document
   */
  Loaded loadMap(String file, MapFormat format, PrintWriter problems) {
    if (format.equals(JsonFormat.JSON)) {
      return load(file, problems);
    }
    MapImporter importer = format.importer().orElseThrow();
    String name = MapInput.of(file).displayName();
    try {
      String text = readText(file);
      Consumer<ImportWarning> warnings = w -> err().println("argmap: warning: " + name + ": " + w);
      // an Argdown file's imports are found next to it; standard input has no folder to find them in
      ArgumentMap map = importer instanceof ArgdownImporter argdown && !MapInput.STDIN.equals(file)
          ? argdown.read(new StringReader(text), Path.of(file), warnings, limits())
          : importer.read(new StringReader(text), warnings, limits());
      err().flush();
      return Loaded.of(map);
    } catch (ReadLimitException e) {
      return Loaded.failed(fail(ExitCodes.INVALID, name + ": " + LimitOptions.describe(e), e));
    } catch (MapFormatException e) {
      return Loaded.failed(fail(ExitCodes.INVALID, Errors.notValid(format, name, e), e));
    } catch (InvalidMapException e) {
      return Loaded.failed(fail(ExitCodes.INVALID, name + " describes no valid map: "
          + Counts.plural(e.problems().size(), "problem") + ", the first: " + e.problems().get(0), e));
    } catch (CharacterCodingException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE, name + " is not UTF-8 text", e));
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      return Loaded.failed(fail(ExitCodes.UNREADABLE, "cannot read " + name + ": " + Errors.describe(e), e));
    }
  }

  /**
   * Reads a whole file, or standard input for {@code -}, as strict UTF-8; a leading byte order mark is
   * dropped.
   *
   * @throws CharacterCodingException if the bytes are not UTF-8
   */
  String readText(String file) throws IOException {
    ReadLimits limits = limits();
    long max = limits.maxDocumentBytes();
    String name = MapInput.of(file).displayName();
    byte[] bytes;
    if (MapInput.STDIN.equals(file)) {
      bytes = root().stdin().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      limits.check(ReadLimits.Limit.DOCUMENT_BYTES, bytes.length, "the input (at least)", name);
    } else {
      Path path = Path.of(file);
      if (Files.isRegularFile(path)) {
        limits.check(ReadLimits.Limit.DOCUMENT_BYTES, Files.size(path), "the file", name);
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      }
      limits.check(ReadLimits.Limit.DOCUMENT_BYTES, bytes.length, "the file (at least)", name);
    }
    String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Opens a file, or standard input for {@code -}, as strict UTF-8 text without a leading byte order mark;
   * reading bytes that are not UTF-8 throws {@link CharacterCodingException}.
   */
  Reader openText(String file) throws IOException {
    ReadLimits limits = limits();
    String name = MapInput.of(file).displayName();
    if (!MapInput.STDIN.equals(file) && Files.isRegularFile(Path.of(file))) {
      limits.check(ReadLimits.Limit.DOCUMENT_BYTES, Files.size(Path.of(file)), "the file", name);
    }
    InputStream in = MapInput.STDIN.equals(file) ? root().stdin() : Files.newInputStream(Path.of(file));
    in = BoundedInputStream.of(in, limits.maxDocumentBytes(),
        count -> limits.check(ReadLimits.Limit.DOCUMENT_BYTES, count, "the input (at least)", name));
    PushbackReader reader = new PushbackReader(new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16));
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /**
   * Reads an ICCMA {@code .af} framework with the reader every command uses for it (that of {@code convert}),
   * its warnings on standard error.
   *
   * @param text the framework
   * @param name the input's name for messages
   * @throws MapFormatException if the text is not a valid {@code .af} file, with the line and column
   */
  AttackGraph readIccma(Reader text, String name) throws IOException {
    AttackGraph g = new DungImporter(DungDialect.ICCMA_AF).readAttackGraph(text,
        w -> err().println("argmap: warning: " + name + ": " + w));
    err().flush();
    return g;
  }

  private void summarizeInvalid(MapInput input, int count, PrintWriter problems, Exception e) {
    problems.println(input.displayName() + ": not a valid argument map: " + Counts.plural(count, "problem"));
    problems.flush();
    if (verbose()) {
      e.printStackTrace(err());
      err().flush();
    }
  }
}
