package dev.argmap.exercises.grading;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads students' maps: argmap JSON always; Argdown ({@code .argdown}, {@code .ad}) through a reader the caller
 * supplies.
 *
 * <pre>{@code
 * ArgumentMap student = StudentMaps.read(Path.of("anna.argmap.json"));
 * ArgumentMap fromArgdown = StudentMaps.read(Path.of("ben.argdown"), argdownImporter::read);
 * }</pre>
 */
public final class StudentMaps {
  private StudentMaps() {}

  /**
   * Reads a map in argmap JSON.
   *
   * @param path the file
   * @return the map
   * @throws IOException if the file cannot be read or is not a valid argmap JSON map
   * @throws IllegalArgumentException if the file is Argdown (use {@link #read(Path, StudentMapReader)})
   */
  public static ArgumentMap read(Path path) throws IOException {
    return read(path, null);
  }

  /**
   * Reads a map in argmap JSON, or in Argdown with the given reader.
   *
   * @param path the file
   * @param argdown reads Argdown files ({@code .argdown}, {@code .ad}); may be null when none is at hand
   * @return the map
   * @throws IOException if the file cannot be read or is not a valid map
   * @throws IllegalArgumentException if the file is Argdown and no reader is given
   */
  public static ArgumentMap read(Path path, StudentMapReader argdown) throws IOException {
    Objects.requireNonNull(path, "path");
    if (isArgdown(path)) {
      return Optional.ofNullable(argdown).orElseThrow(() -> new IllegalArgumentException(
          path + " is Argdown: pass an Argdown reader (the interop module's importer), or convert it to argmap "
              + "JSON first")).read(path);
    }
    return ArgMapJson.read(path);
  }

  /**
   * Tells whether a file name says Argdown.
   *
   * @param path the file
   * @return true for {@code .argdown} and {@code .ad}
   */
  public static boolean isArgdown(Path path) {
    Path name = path.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".argdown") || n.endsWith(".ad");
  }
}
