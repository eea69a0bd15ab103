package dev.argmap.io;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A file format that argument maps are read from or written to: its names, the endings of its files, its
 * media type, and the importer and exporter that do the work. {@link MapFormats} finds the installed ones.
 *
 * <p>A format that only writes (a drawing such as Graphviz DOT) has no importer; one that only reads has no
 * exporter. Implementations are immutable and thread-safe; two formats are the same when their
 * {@link #name() names} are.
 */
public interface MapFormat {
  /**
   * Returns the format's short name, lower case, as the command line takes it: {@code json}, {@code aif},
   * {@code af}, {@code dot}.
   *
   * @return the name, unique among installed formats
   */
  String name();

  /**
   * Returns other names the format is known by ({@code iccma} for {@code af}), lower case.
   *
   * @return the aliases; empty by default
   */
  default ImmutableList<String> aliases() {
    return ImmutableList.of();
  }

  /**
   * Returns the format's name for people, for example {@code ICCMA 2023 argumentation framework}.
   *
   * @return the name
   */
  String displayName();

  /**
   * Returns the endings of file names in this format, lower case with the dot ({@code .aif.json},
   * {@code .af}). {@link MapFormats#guess(String)} prefers the longest ending that matches.
   *
   * @return the endings; empty when no file name says the format
   */
  ImmutableList<String> fileEndings();

  /**
   * Returns the format's media type, for example {@code application/json} or {@code text/vnd.graphviz}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * Returns an importer with default settings.
   *
   * @return the importer, or empty when the format is only written
   */
  Optional<MapImporter> importer();

  /**
   * Returns an exporter with default settings.
   *
   * @return the exporter, or empty when the format is only read
   */
  Optional<MapExporter> exporter();

  /**
   * Returns whether maps can be read from this format.
   *
   * @return true when there is an importer
   */
  default boolean canRead() {
    return importer().isPresent();
  }

  /**
   * Returns whether maps can be written in this format.
   *
   * @return true when there is an exporter
   */
  default boolean canWrite() {
    return exporter().isPresent();
  }
}
