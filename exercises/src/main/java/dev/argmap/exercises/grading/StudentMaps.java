package dev.argmap.exercises.grading;

import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormats;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads students' maps in any format the format registry ({@link MapFormats#installed()}) can read, chosen
 * by the file's name: argmap JSON always, Argdown, AIF and the others when the interop module is present.
 *
 * <pre>{@code
 * ArgumentMap student = StudentMaps.read(Path.of("anna.argmap.json"));
 * ArgumentMap fromArgdown = StudentMaps.read(Path.of("ben.argdown"));   // with argmap-interop present
 * }</pre>
 */
public final class StudentMaps {
  private StudentMaps() {}

  /**
   * Reads a map in the format its file name says, within the default read limits.
   *
   * @param path the file
   * @return the map
   * @throws IOException if the file cannot be read
   * @throws dev.argmap.io.MapFormatException if the file is not a valid map in its format
   * @throws IllegalArgumentException if no installed format reads files of that name
   */
  public static ArgumentMap read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    MapFormats formats = MapFormats.installed();
    MapFormat format = (name == null ? java.util.Optional.<MapFormat>empty()
        : formats.guessReadable(name.toString())).orElseThrow(() -> new IllegalArgumentException(
            "no installed format reads " + path + " (formats read: " + MapFormats.names(formats.readable())
                + "); put the module that provides its format on the path (argmap-interop for Argdown, AIF,"
                + " Carneades and the Dung formats), or convert the map to argmap JSON"));
    return format.importer().orElseThrow().read(path);
  }
}
