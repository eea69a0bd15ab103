package dev.argmap.json;

import com.google.common.collect.ImmutableList;
import dev.argmap.internal.io.BoundedText;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapExporter;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatProvider;
import dev.argmap.io.MapImporter;
import dev.argmap.io.ReadLimits;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * argmap's own JSON format as a {@link MapFormat}, provided to {@link dev.argmap.io.MapFormats#installed()}
 * through {@link MapFormatProvider}: the importer and exporter are {@link ArgMapJson}'s reader and writer,
 * so what the format page says of those holds here. The format is lossless and its reader is strict: it
 * never warns, it reports every problem at once in an {@link ArgMapFormatException}.
 */
public final class JsonFormat implements MapFormatProvider {
  /** argmap JSON, {@code docs/json-format.md}. Plain {@code .json} files are guessed to be in it. */
  public static final MapFormat JSON = MapFormat.builder("json")
      .aliases("argmap", "argmap-json")
      .displayName("argmap JSON")
      .fileEndings(".json")
      .mediaType("application/json")
      .importer(Importer::new)
      .exporter(Exporter::new)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JsonFormat() {}

  /**
   * Returns {@link #JSON}.
   *
   * @return the one format of this module
   */
  @Override
  public ImmutableList<MapFormat> formats() {
    return ImmutableList.of(JSON);
  }

  /** Reads with {@link ArgMapJson#reader(JsonReadOptions)}, the limits given as read options. */
  private static final class Importer implements MapImporter {
    @Override
    public MapFormat format() {
      return JSON;
    }

    private static ArgMapJson.Reader reader(ReadLimits limits) {
      return ArgMapJson.reader(JsonReadOptions.builder().limits(Objects.requireNonNull(limits, "limits")).build());
    }

    @Override
    public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(warnings, "warnings");
      return reader(limits).readString(BoundedText.readAll(in, limits, ""));
    }

    @Override
    public ArgumentMap read(InputStream in, Consumer<ImportWarning> warnings, ReadLimits limits)
        throws IOException {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(warnings, "warnings");
      return reader(limits).read(in);
    }

    @Override
    public ArgumentMap read(Path file, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(warnings, "warnings");
      return reader(limits).read(file);
    }
  }

  /** Writes with {@link ArgMapJson}: deterministic, lossless, atomic for files. */
  private static final class Exporter implements MapExporter {
    @Override
    public MapFormat format() {
      return JSON;
    }

    @Override
    public void write(ArgumentMap map, Writer out) throws IOException {
      out.write(ArgMapJson.writeString(Objects.requireNonNull(map, "map")));
      out.flush();
    }

    @Override
    public void write(ArgumentMap map, Path file) throws IOException {
      ArgMapJson.write(map, file);
    }

    @Override
    public String writeString(ArgumentMap map) {
      return ArgMapJson.writeString(map);
    }

    @Override
    public LossReport losses(ArgumentMap map) {
      Objects.requireNonNull(map, "map");
      return LossReport.none();
    }
  }
}
