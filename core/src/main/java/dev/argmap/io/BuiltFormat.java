package dev.argmap.io;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Supplier;

/** A format made by {@link MapFormat.Builder}: its parts, equal to another when the names are. */
final class BuiltFormat implements MapFormat {
  private final String name;
  private final ImmutableList<String> aliases;
  private final String displayName;
  private final ImmutableList<String> fileEndings;
  private final String mediaType;
  private final Optional<Supplier<? extends MapImporter>> importer;
  private final Optional<Supplier<? extends MapExporter>> exporter;

  BuiltFormat(String name, ImmutableList<String> aliases, String displayName, ImmutableList<String> fileEndings,
      String mediaType, Optional<Supplier<? extends MapImporter>> importer,
      Optional<Supplier<? extends MapExporter>> exporter) {
    this.name = name;
    this.aliases = aliases;
    this.displayName = displayName;
    this.fileEndings = fileEndings;
    this.mediaType = mediaType;
    this.importer = importer;
    this.exporter = exporter;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ImmutableList<String> aliases() {
    return aliases;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public ImmutableList<String> fileEndings() {
    return fileEndings;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public Optional<MapImporter> importer() {
    return importer.map(Supplier::get);
  }

  @Override
  public Optional<MapExporter> exporter() {
    return exporter.map(Supplier::get);
  }

  @Override
  public boolean canRead() {
    return importer.isPresent();
  }

  @Override
  public boolean canWrite() {
    return exporter.isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BuiltFormat other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name, as {@code af}. */
  @Override
  public String toString() {
    return name;
  }
}
