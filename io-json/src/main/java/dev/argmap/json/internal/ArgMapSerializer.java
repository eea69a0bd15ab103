package dev.argmap.json.internal;

import dev.argmap.model.ArgumentMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link ArgumentMap} in the argmap format with any Jackson generator. */
public final class ArgMapSerializer extends StdSerializer<ArgumentMap> {
  /** Creates the serializer. */
  public ArgMapSerializer() {
    super(ArgumentMap.class);
  }

  @Override
  public void serialize(ArgumentMap map, JsonGenerator g, SerializationContext context) {
    JsonCodec.writeValue(map, g);
  }
}
