package dev.argmap.interop.argdown;

import dev.argmap.internal.io.BoundedText;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Argdown into a map. What is read:
 *
 * <ul>
 *   <li>Statements: {@code [Title]: text}, {@code [Title]} references, plain paragraphs and list items
 *       (untitled, numbered {@code Untitled 1}, {@code Untitled 2}, ... in document order as Argdown does);
 *       one statement per title. Identifier: the {@code id} of the statement's {@code {data}}, else the
 *       title's slug ({@code "Statement 1"} &rarr; {@code statement-1}), made unique. Text: that of the last
 *       definition marked {@code {isCanonical: true}}, else of the last definition, as Argdown's canonical
 *       member, without markup, tags at its end and data; tags as tags; the title as the title unless it
 *       equals the identifier.
 *   <li>Arguments with a premise-conclusion structure: one supporting argument per inference step (premises
 *       above the bar, the conclusion below; a later step also has the earlier conclusion as a premise),
 *       the last step with the argument's identifier, earlier ones with {@code <id>.1}, {@code <id>.2}, ...
 *       The inference rules are the scheme, the description the notes, the title the label.
 *   <li>Sketched arguments (no structure): a statement holding the description, which is the premise of
 *       the argument's relations.
 *   <li>Relations ({@code + - <+ <- +> -> <_ _> ><}, by indentation): one single-premise argument per
 *       relation. The premise is the source statement, a reconstructed argument's main conclusion (as
 *       Argdown itself reads it) or a sketched argument's description statement. The conclusion is the
 *       target statement, a sketched argument's description statement, or for a reconstructed argument the
 *       argument itself (its inference step for an undercut). A contradiction is two attacks.
 *   <li>What {@link ArgdownExporter} writes to carry what Argdown has no syntax for: {@code {data}} keys
 *       {@code id}, {@code title}, {@code label}, {@code notes}, {@code tags}, {@code weight},
 *       {@code thesis}, and conclusions marked {@code {argmap: conclusion}} that stand only for an
 *       argument's attack or undercut and are folded back into it.
 *   <li>Theses: the statements marked {@code {thesis: true}}; else those that conclude an argument and are
 *       the premise of none; else those that are the premise of none; else the first.
 *   <li>The frontmatter's {@code title} and {@code description}; the rest of it is skipped.
 * </ul>
 *
 * <p>Tolerated: CRLF line ends, a byte order mark, no final line end, mixed indentation, comments of all
 * three kinds, headings (skipped), inference rules inline or between two bars, numbering that repeats,
 * Markdown files whose Argdown sits in fenced blocks ({@code argdown}, {@code argdown-map},
 * {@code {.argdown-map}}), {@code @import "file"} and Argdown's {@code @include(file)} on a line of their
 * own (relative to the importing file; cycles and missing files are skipped with a warning; when reading
 * from a {@link Reader} alone there is no folder, so imports are skipped).
 *
 * <p>Imports are read under a policy, because a file can name any path: only files inside the importing
 * file's folder or the {@link #withImportRoot root} named (symbolic links resolved), only regular files
 * (never a device such as {@code /dev/zero}, a FIFO or a folder), at most {@link #maxImportBytes()} bytes
 * each, and each file once per document (a diamond of imports is read once per file; a repeated import
 * adds nothing). An import that breaks the policy is an {@link MapFormatException} naming the importing
 * file, line and column. Errors, with line and column: a relation marker with nothing above it, an inference bar outside
 * a premise-conclusion structure, a structure without conclusion, an unclosed frontmatter, the
 * {@code micro-argdown} dialect. Immutable and thread-safe.
 */
public final class ArgdownImporter implements MapImporter {
  /** The most bytes an imported file may have unless {@link #withMaxImportBytes} says otherwise: 16 MiB. */
  public static final long DEFAULT_MAX_IMPORT_BYTES = 16L << 20;

  private final Optional<Path> importRoot;
  private final long maxImportBytes;

  /** Creates the importer: imports stay in the importing file's folder, at most 16 MiB each. */
  public ArgdownImporter() {
    this(Optional.empty(), DEFAULT_MAX_IMPORT_BYTES);
  }

  private ArgdownImporter(Optional<Path> importRoot, long maxImportBytes) {
    this.importRoot = importRoot;
    this.maxImportBytes = maxImportBytes;
  }

  /**
   * Returns an importer that reads imported files from anywhere inside {@code root} and its subfolders
   * (symbolic links resolved), instead of the importing file's folder.
   *
   * @param root the folder
   * @return the importer
   */
  public ArgdownImporter withImportRoot(Path root) {
    return new ArgdownImporter(Optional.of(Objects.requireNonNull(root, "root")), maxImportBytes);
  }

  /**
   * Returns an importer that refuses an imported file of more than {@code bytes} bytes.
   *
   * @param bytes the limit
   * @return the importer
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ArgdownImporter withMaxImportBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the limit for an imported file must be at least 1 byte but was "
          + bytes);
    }
    return new ArgdownImporter(importRoot, bytes);
  }

  /**
   * Returns the folder imports must stay in, when one was named; else they stay in the importing file's.
   *
   * @return the folder
   */
  public Optional<Path> importRoot() {
    return importRoot;
  }

  /**
   * Returns the most bytes an imported file may have.
   *
   * @return the limit
   */
  public long maxImportBytes() {
    return maxImportBytes;
  }

  @Override
  public MapFormat format() {
    return InteropFormats.ARGDOWN;
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.read(in, limits, format());
    ArgdownModel model = new ArgdownModel();
    ArgdownParser.parse(text, model, warnings, null);
    return ModelToMap.build(model, warnings);
  }

  /**
   * Reads a file, resolving its imports relative to it under this importer's policy.
   *
   * @param file the file
   * @param warnings receives each warning
   * @return the map
   * @throws MapFormatException if the file, or a file it imports, is not valid Argdown, or an import breaks
   *     the policy; the message names the file, line and column
   * @throws IOException if the file cannot be read
   */
  @Override
  public ArgumentMap read(Path file, Consumer<ImportWarning> warnings) throws IOException {
    return read(file, warnings, ReadLimits.defaults());
  }

  /**
   * Reads a file within limits, resolving its {@code @import}s relative to it; the file's size is checked
   * before it is read and its text against the other limits before it is parsed.
   *
   * @param file the file
   * @param warnings receives each warning
   * @param limits the limits
   * @return the map
   * @throws dev.argmap.io.ReadLimitException if the file breaks a limit
   * @throws MapFormatException if the file, or a file it imports, is not valid Argdown
   * @throws IOException if the file cannot be read
   */
  @Override
  public ArgumentMap read(Path file, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    String text = BoundedText.readFile(file, limits);
    return read(new StringReader(text), file, warnings, limits);
  }

  /**
   * Reads text that was read from {@code location} (by a caller that reads files itself, such as the
   * command line), resolving its imports relative to {@code location} under this importer's policy.
   *
   * @param in the text; not closed
   * @param location the file the text came from; it is not read
   * @param warnings receives each warning
   * @return the map
   * @throws MapFormatException if the text, or a file it imports, is not valid Argdown, or an import breaks
   *     the policy; the message names the file, line and column
   * @throws IOException if reading fails
   */
  public ArgumentMap read(Reader in, Path location, Consumer<ImportWarning> warnings) throws IOException {
    return read(in, location, warnings, ReadLimits.defaults());
  }

  /**
   * Reads text that was read from {@code location}, as {@link #read(Reader, Path, Consumer)} does, after
   * checking it against {@code limits}.
   *
   * @param in the text; not closed
   * @param location the file the text came from; it is not read
   * @param warnings receives each warning
   * @param limits the limits the text must keep
   * @return the map
   * @throws dev.argmap.io.ReadLimitException if the text breaks a limit
   * @throws MapFormatException if the text, or a file it imports, is not valid Argdown, or an import breaks
   *     the policy; the message names the file, line and column
   * @throws IOException if reading fails
   */
  public ArgumentMap read(Reader in, Path location, Consumer<ImportWarning> warnings, ReadLimits limits)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(limits, "limits");
    String text = BoundedText.readAll(in, limits, location.toString());
    Limits.check(InteropFormats.ARGDOWN, text, limits, location.toString());
    Path root = ImportGraph.real(importRoot.orElseGet(() -> {
      Path dir = location.toAbsolutePath().getParent();
      return dir == null ? location.toAbsolutePath() : dir;
    }));
    ImportGraph graph = new ImportGraph(root, maxImportBytes, warnings);
    ArgdownModel model = new ArgdownModel();
    try {
      ArgdownParser.parse(text, model, warnings, graph.top(location));
      return ModelToMap.build(model, warnings);
    } catch (MapFormatException e) {
      throw e.source().isPresent() ? e : e.inSource(location.toString());
    }
  }
}
