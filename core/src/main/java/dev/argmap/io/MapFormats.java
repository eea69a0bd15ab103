package dev.argmap.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A set of {@link MapFormat}s, found by name or by file name: the one place argmap guesses a file's format.
 * {@link #installed()} holds every format that a module on the module path or class path provides through
 * {@link MapFormatProvider} (argmap JSON, the interop formats and the drawings when those modules are
 * present).
 *
 * <pre>{@code
 * MapFormats formats = MapFormats.installed();
 * formats.named("iccma");                       // the ICCMA .af format, by an alias
 * formats.guess(Path.of("ex3.apx"));            // ASPARTIX
 * formats.guess(Path.of("nodeset6064.aif.json")); // AIF: the longest ending wins over .json
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MapFormats {
  private final ImmutableList<MapFormat> all;
  private final ImmutableMap<String, MapFormat> byName;

  private MapFormats(ImmutableList<MapFormat> all, ImmutableMap<String, MapFormat> byName) {
    this.all = all;
    this.byName = byName;
  }

  /** Loads the installed formats once, when first asked for. */
  private static final class Installed {
    static final MapFormats FORMATS = load();

    private static MapFormats load() {
      List<MapFormat> found = new ArrayList<>();
      for (MapFormatProvider provider : ServiceLoader.load(MapFormatProvider.class)) {
        found.addAll(provider.formats());
      }
      return of(found);
    }
  }

  /**
   * Returns the formats that the modules present provide through {@link MapFormatProvider}, looked up
   * once.
   *
   * @return the installed formats
   * @throws IllegalStateException if two installed formats share a name or alias
   */
  public static MapFormats installed() {
    return Installed.FORMATS;
  }

  /**
   * Returns a set of the given formats, for a caller that chooses its own.
   *
   * @param formats the formats
   * @return the set, ordered by name
   * @throws IllegalStateException if two formats share a name or alias
   */
  public static MapFormats of(Iterable<? extends MapFormat> formats) {
    Objects.requireNonNull(formats, "formats");
    List<MapFormat> sorted = new ArrayList<>();
    formats.forEach(f -> sorted.add(Objects.requireNonNull(f, "format")));
    sorted.sort(Comparator.comparing(MapFormat::name));
    Map<String, MapFormat> byName = new LinkedHashMap<>();
    List<String> clashes = new ArrayList<>();
    for (MapFormat f : sorted) {
      List<String> names = new ArrayList<>();
      names.add(f.name());
      names.addAll(f.aliases());
      for (String name : names) {
        String key = key(name);
        MapFormat before = byName.putIfAbsent(key, f);
        if (before != null) {
          clashes.add("'" + key + "' names both " + before.displayName() + " (" + before.getClass().getName()
              + ") and " + f.displayName() + " (" + f.getClass().getName() + ")");
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new IllegalStateException("each format needs names of its own; rename one of each pair: "
          + String.join("; ", clashes));
    }
    return new MapFormats(ImmutableList.copyOf(sorted), ImmutableMap.copyOf(byName));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns every format, ordered by name.
   *
   * @return the formats
   */
  public ImmutableList<MapFormat> all() {
    return all;
  }

  /**
   * Returns the formats maps can be read from, ordered by name.
   *
   * @return the formats with an importer
   */
  public ImmutableList<MapFormat> readable() {
    return all.stream().filter(MapFormat::canRead).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the formats maps can be written in, ordered by name.
   *
   * @return the formats with an exporter
   */
  public ImmutableList<MapFormat> writable() {
    return all.stream().filter(MapFormat::canWrite).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the format with a name or alias, in any case.
   *
   * @param name the name
   * @return the format, or empty when none has that name
   */
  public Optional<MapFormat> named(String name) {
    return Optional.ofNullable(byName.get(key(Objects.requireNonNull(name, "name"))));
  }

  /**
   * Returns the format with a name or alias, in any case, or fails naming the known ones.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  public MapFormat require(String name) {
    return named(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown format '" + name + "'; known formats: " + names(all)));
  }

  /**
   * Guesses a file's format from the end of its name, in any case: the format with the longest matching
   * {@linkplain MapFormat#fileEndings() ending} ({@code .aif.json} is AIF, any other {@code .json} argmap
   * JSON).
   *
   * @param fileName the file's name
   * @return the format, or empty when the name says nothing
   */
  public Optional<MapFormat> guess(String fileName) {
    return guess(fileName, all);
  }

  /**
   * Guesses a file's format from the end of its name, as {@link #guess(String)}.
   *
   * @param file the file; only its name is looked at
   * @return the format, or empty when the name says nothing
   */
  public Optional<MapFormat> guess(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    return name == null ? Optional.empty() : guess(name.toString());
  }

  /**
   * Guesses the format of a file to read, as {@link #guess(String)} among the formats that can be read.
   *
   * @param fileName the file's name
   * @return the format, or empty when the name names no readable format
   */
  public Optional<MapFormat> guessReadable(String fileName) {
    return guess(fileName, readable());
  }

  /**
   * Guesses the format of a file to write, as {@link #guess(String)} among the formats that can be written.
   *
   * @param fileName the file's name
   * @return the format, or empty when the name names no writable format
   */
  public Optional<MapFormat> guessWritable(String fileName) {
    return guess(fileName, writable());
  }

  private static Optional<MapFormat> guess(String fileName, List<MapFormat> among) {
    String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
    MapFormat best = null;
    int bestLength = 0;
    for (MapFormat f : among) {
      for (String ending : f.fileEndings()) {
        if (lower.endsWith(ending) && lower.length() > ending.length() && ending.length() > bestLength) {
          best = f;
          bestLength = ending.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the formats' names, comma-separated, for messages: {@code af, aif, apx, ...}.
   *
   * @param formats the formats
   * @return the names
   */
  public static String names(List<? extends MapFormat> formats) {
    return formats.stream().map(MapFormat::name).collect(Collectors.joining(", "));
  }

  /** Returns the names of the formats, as {@code MapFormats[af, aif, ...]}. */
  @Override
  public String toString() {
    return "MapFormats[" + names(all) + "]";
  }
}
