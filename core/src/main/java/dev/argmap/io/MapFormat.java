package dev.argmap.io;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A file format that argument maps are read from or written to: its names, the endings of its files, its
 * media type, and the importer and exporter that do the work. {@link MapFormats} finds the installed ones.
 *
 * <p>A format that only writes (a drawing such as Graphviz DOT) has no importer; one that only reads has no
 * exporter. Implementations are immutable and thread-safe. {@link #builder(String)} makes one from its parts,
 * which is all most providers need:
 *
 * <pre>{@code
 * public static final MapFormat TGF = MapFormat.builder("tgf")
 *     .displayName("Trivial Graph Format argumentation framework")
 *     .fileEndings(".tgf")
 *     .mediaType("text/plain")
 *     .importer(TgfImporter::new)
 *     .exporter(TgfExporter::new)
 *     .build();
 * }</pre>
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

  /**
   * Starts a format with a name.
   *
   * @param name the short name, as {@link #name()}
   * @return a builder
   */
  static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Builds a {@link MapFormat} from its parts. The importer and exporter are given as factories, called
   * each time {@link MapFormat#importer()} or {@link MapFormat#exporter()} is, so that they may refer back
   * to the format they belong to. Formats built here are equal when their names are.
   */
  final class Builder {
    private final String name;
    private final ImmutableList.Builder<String> aliases = ImmutableList.builder();
    private final ImmutableList.Builder<String> fileEndings = ImmutableList.builder();
    private String displayName;
    private String mediaType;
    private Supplier<? extends MapImporter> importer;
    private Supplier<? extends MapExporter> exporter;

    private Builder(String name) {
      this.name = lowerCase(name, "name");
    }

    private static String lowerCase(String s, String what) {
      String lower = Objects.requireNonNull(s, what).strip().toLowerCase(Locale.ROOT);
      if (lower.isEmpty()) {
        throw new IllegalArgumentException("a format's " + what + " must not be blank");
      }
      return lower;
    }

    /**
     * Adds other names of the format.
     *
     * @param names the aliases
     * @return this builder
     */
    public Builder aliases(String... names) {
      for (String n : names) {
        aliases.add(lowerCase(n, "alias"));
      }
      return this;
    }

    /**
     * Sets the name for people.
     *
     * @param displayName the name
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName");
      return this;
    }

    /**
     * Adds endings of file names, with their dot.
     *
     * @param endings the endings, such as {@code .aif.json}
     * @return this builder
     * @throws IllegalArgumentException if an ending does not start with a dot
     */
    public Builder fileEndings(String... endings) {
      for (String e : endings) {
        String lower = lowerCase(e, "file ending");
        if (!lower.startsWith(".") || lower.length() < 2) {
          throw new IllegalArgumentException("a file ending starts with a dot, as .af, but was '" + e + "'");
        }
        fileEndings.add(lower);
      }
      return this;
    }

    /**
     * Sets the media type.
     *
     * @param mediaType the media type, such as {@code text/plain}
     * @return this builder
     */
    public Builder mediaType(String mediaType) {
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
      return this;
    }

    /**
     * Sets how to make the format's importer; without one the format is only written.
     *
     * @param importer makes an importer with default settings
     * @return this builder
     */
    public Builder importer(Supplier<? extends MapImporter> importer) {
      this.importer = Objects.requireNonNull(importer, "importer");
      return this;
    }

    /**
     * Sets how to make the format's exporter; without one the format is only read.
     *
     * @param exporter makes an exporter with default settings
     * @return this builder
     */
    public Builder exporter(Supplier<? extends MapExporter> exporter) {
      this.exporter = Objects.requireNonNull(exporter, "exporter");
      return this;
    }

    /**
     * Builds the format.
     *
     * @return the format
     * @throws IllegalStateException if the display name or media type is missing, or the format neither
     *     reads nor writes
     */
    public MapFormat build() {
      if (displayName == null || mediaType == null) {
        throw new IllegalStateException("format '" + name + "' needs a displayName and a mediaType");
      }
      if (importer == null && exporter == null) {
        throw new IllegalStateException("format '" + name + "' needs an importer, an exporter or both");
      }
      return new BuiltFormat(name, aliases.build(), displayName, fileEndings.build(), mediaType,
          Optional.ofNullable(importer), Optional.ofNullable(exporter));
    }
  }
}
