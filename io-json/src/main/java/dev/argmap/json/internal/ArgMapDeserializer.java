package dev.argmap.json.internal;

import dev.argmap.json.JsonReadOptions;
import dev.argmap.model.ArgumentMap;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link ArgumentMap} in the argmap format from any Jackson parser, strictly, throwing
 * {@link dev.argmap.json.ArgMapFormatException}. Unknown properties are skipped only when the options
 * say so: the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}, off by default in Jackson 3, does not make
 * the format lenient. The parser's own limits are the mapper's.
 */
public final class ArgMapDeserializer extends StdDeserializer<ArgumentMap> {
  private final JsonReadOptions options;

  /**
   * Creates the deserializer.
   *
   * @param options the reader's options
   */
  public ArgMapDeserializer(JsonReadOptions options) {
    super(ArgumentMap.class);
    this.options = options;
  }

  @Override
  public ArgumentMap deserialize(JsonParser p, DeserializationContext context) {
    return JsonCodec.readValue(p, options);
  }
}
