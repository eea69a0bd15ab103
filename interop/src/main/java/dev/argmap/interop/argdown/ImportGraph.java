package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files one Argdown document imports ({@code @import "file"}, {@code @include(file)}), directly or
 * through other files, opened under one policy: only files inside the root folder (symbolic links
 * resolved), only regular files (never a device, FIFO or folder, which could block or never end), at most
 * a number of bytes each, and each file read once per document, so that a diamond of imports costs one
 * parse per file and a cycle ends. A file that breaks the policy is an {@link MapFormatException} at the
 * line and column of the import; a missing file or a cycle is skipped with a warning.
 */
final class ImportGraph {
  private final Path root;
  private final long maxBytes;
  private final Consumer<ImportWarning> warnings;
  /** The files read so far, the importing file included (real paths). */
  private final Set<Path> read = new HashSet<>();
  /** The files being read, outermost first (real paths). */
  private final List<Path> open = new ArrayList<>();
  private Path top;

  /**
   * @param root the real path of the folder imports must stay in
   * @param maxBytes the most bytes an imported file may have
   * @param warnings told of skipped imports
   */
  ImportGraph(Path root, long maxBytes, Consumer<ImportWarning> warnings) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.warnings = warnings;
  }

  /** Returns what the imports of {@code file}, the document's own file, resolve against. */
  ArgdownParser.Includes top(Path file) {
    top = file;
    Path real = real(file);
    read.add(real);
    open.add(real);
    return includesOf(file);
  }

  private ArgdownParser.Includes includesOf(Path file) {
    return new ArgdownParser.Includes() {
      @Override
      public ArgdownParser.Included open(String path, int line, int column) {
        return ImportGraph.this.open(file, path, line, column);
      }

      @Override
      public void done() {
        open.remove(open.size() - 1);
      }
    };
  }

  private void warn(Path importer, int line, int column, String message) {
    warnings.accept(new ImportWarning(line, column, importer.equals(top) ? message : importer + ": " + message));
  }

  private ArgdownParser.Included open(Path importer, String path, int line, int column) {
    String what = "the import of \"" + path + "\"";
    Path dir = importer.toAbsolutePath().getParent();
    Path target;
    try {
      target = dir == null ? Path.of(path) : dir.resolve(path);
    } catch (InvalidPathException e) {
      throw new MapFormatException(what + " names no valid path: " + e.getReason(), line, column, e);
    }
    Path real;
    try {
      real = target.toRealPath();
    } catch (NoSuchFileException e) {
      warn(importer, line, column, what + " is skipped: there is no file " + target);
      return null;
    } catch (IOException e) {
      throw new MapFormatException(what + " cannot be resolved: " + e, line, column, e);
    }
    if (!real.startsWith(root)) {
      throw new MapFormatException(what + " is refused: " + real + " is outside " + root + ", the folder"
          + " imports are read from; move the file into that folder, or name a root folder that holds both"
          + " with ArgdownImporter.withImportRoot", line, column);
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new MapFormatException(what + " cannot be read: " + e, line, column, e);
    }
    if (!attributes.isRegularFile()) {
      throw new MapFormatException(what + " is refused: " + real + " is not a regular file (a folder,"
          + " device or FIFO); only regular files are imported", line, column);
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(what, real, line, column);
    }
    if (open.contains(real)) {
      warn(importer, line, column, what + " is skipped: it would import " + target.getFileName()
          + " again, which is already being read (a cycle)");
      return null;
    }
    if (!read.add(real)) {
      return null; // read once already, through another import: its content is in the map
    }
    String text = readBounded(real, what, line, column);
    open.add(real);
    return new ArgdownParser.Included(text, target.toString(), includesOf(target));
  }

  private String readBounded(Path real, String what, int line, int column) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(real)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new MapFormatException(what + " cannot be read: " + e, line, column, e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(what, real, line, column); // it grew since its size was looked at
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new MapFormatException(what + " is refused: " + real + " is not UTF-8 text", line, column, e);
    }
  }

  private MapFormatException tooLarge(String what, Path real, int line, int column) {
    return new MapFormatException(what + " is refused: " + real + " has more than " + maxBytes + " bytes, the"
        + " limit for an imported file; raise it with ArgdownImporter.withMaxImportBytes", line, column);
  }

  /** The real path of a file, or its absolute normal form when it has none (it does not exist). */
  static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
