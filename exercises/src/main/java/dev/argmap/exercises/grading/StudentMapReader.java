package dev.argmap.exercises.grading;

import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a student's map from a file in some format. {@link StudentMaps} reads argmap JSON itself; a reader for
 * another format, such as Argdown, is passed in by the caller (the command line passes the Argdown importer of the
 * interop module), so that this module needs no parser of its own for it.
 */
@FunctionalInterface
public interface StudentMapReader {
  /**
   * Reads a map.
   *
   * @param path the file
   * @return the map
   * @throws IOException if the file cannot be read or is not a valid map
   */
  ArgumentMap read(Path path) throws IOException;
}
