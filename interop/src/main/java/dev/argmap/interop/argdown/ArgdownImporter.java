package dev.argmap.interop.argdown;

import dev.argmap.interop.Format;
import dev.argmap.interop.ImportWarning;
import dev.argmap.interop.InteropException;
import dev.argmap.interop.MapImporter;
import dev.argmap.interop.internal.Limits;
import dev.argmap.interop.internal.Texts;
import dev.argmap.io.ReadLimits;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads Argdown into a map. What is read:
 *
 * <ul>
 *   <li>Statements: {@code [Title]: text}, {@code [Title]} references, plain paragraphs and list items
 *       (untitled, numbered {@code Untitled 1}, {@code Untitled 2}, ... in document order as Argdown does);
 *       one statement per title. Identifier: the {@code id} of the statement's {@code {data}}, else the
 *       title's slug ({@code "Statement 1"} &rarr; {@code statement-1}), made unique. Text: the first text
 *       given, without markup, tags at its end and data; tags as tags; the title as the title unless it
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
 * {@code {.argdown-map}}), {@code @import "file"} (relative to the importing file; cycles and missing files
 * are skipped with a warning; when reading from a {@link Reader} there is no folder, so imports are
 * skipped). Errors, with line and column: a relation marker with nothing above it, an inference bar outside
 * a premise-conclusion structure, a structure without conclusion, an unclosed frontmatter, the
 * {@code micro-argdown} dialect. Immutable and thread-safe.
 */
public final class ArgdownImporter implements MapImporter {
  /** Creates the importer. */
  public ArgdownImporter() {}

  @Override
  public Format format() {
    return Format.ARGDOWN;
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    ArgdownModel model = new ArgdownModel();
    ArgdownParser.parse(Texts.readAll(in), model, warnings, null);
    return ModelToMap.build(model, warnings);
  }

  /**
   * Reads a file, resolving its {@code @import}s relative to it.
   *
   * @param file the file
   * @param warnings receives each warning
   * @return the map
   * @throws InteropException if the file, or a file it imports, is not valid Argdown
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
   * @throws InteropException if the file, or a file it imports, is not valid Argdown
   * @throws IOException if the file cannot be read
   */
  @Override
  public ArgumentMap read(Path file, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.readFile(file, limits);
    Limits.check(Format.ARGDOWN, text, limits, file.toString());
    ArgdownModel model = new ArgdownModel();
    List<Path> open = new ArrayList<>();
    open.add(real(file));
    try {
      ArgdownParser.parse(text, model, warnings, includes(file, open, warnings));
      return ModelToMap.build(model, warnings);
    } catch (InteropException e) {
      throw e.source().isPresent() ? e : e.inSource(file.toString());
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static ArgdownParser.Includes includes(Path file, List<Path> open, Consumer<ImportWarning> warnings) {
    return (path, line, column) -> {
      Path dir = file.toAbsolutePath().getParent();
      Path target = dir == null ? Path.of(path) : dir.resolve(path);
      Path key = real(target);
      if (open.contains(key)) {
        warnings.accept(new ImportWarning(line, column, "@import \"" + path + "\" is skipped: it would import "
            + target.getFileName() + " again, which is already being read (a cycle)"));
        return null;
      }
      String text;
      try {
        text = Texts.readFile(target);
      } catch (NoSuchFileException e) {
        warnings.accept(new ImportWarning(line, column, "@import \"" + path + "\" is skipped: there is no file "
            + target));
        return null;
      } catch (IOException e) {
        warnings.accept(new ImportWarning(line, column, "@import \"" + path + "\" is skipped: " + e));
        return null;
      }
      List<Path> nested = new ArrayList<>(open);
      nested.add(key);
      return new ArgdownParser.Included(text, target.toString(), includes(target, nested, warnings));
    };
  }
}
