/**
 * argmap's JSON format: a versioned, documented file format for {@link dev.argmap.model.ArgumentMap}
 * with a strict, lossless reader and a deterministic writer, built on Jackson 3.
 *
 * <p>Most callers need only {@link dev.argmap.json.ArgMapJson}; {@link dev.argmap.json.JsonFormat} provides
 * the format to core's registry, {@link dev.argmap.io.MapFormats#installed()}. Jackson users can register
 * {@link dev.argmap.json.ArgMapModule} (found by {@code MapperBuilder.findAndAddModules()}) to read and
 * write {@code ArgumentMap} values with their own mapper.
 *
 * <p>{@code tools.jackson.databind} is required transitively because {@code ArgMapModule} extends
 * Jackson's {@code JacksonModule}.
 */
module dev.argmap.json {
  requires transitive dev.argmap.core;
  requires transitive tools.jackson.databind;

  exports dev.argmap.json;

  provides tools.jackson.databind.JacksonModule with
      dev.argmap.json.ArgMapModule;
  provides dev.argmap.io.MapFormatProvider with
      dev.argmap.json.JsonFormat;
}
