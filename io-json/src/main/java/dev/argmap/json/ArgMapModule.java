package dev.argmap.json;

import dev.argmap.json.internal.ArgMapDeserializer;
import dev.argmap.json.internal.ArgMapSerializer;
import dev.argmap.json.internal.PackageVersion;
import dev.argmap.model.ArgumentMap;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson module of argmap's JSON format: it lets any Jackson 3 mapper read and write
 * {@link ArgumentMap} values, as {@link ArgMapJson} does, including inside larger documents.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ArgMapModule()).build();
 * // or, found through META-INF/services and the module descriptor:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * ArgumentMap map = mapper.readValue(json, ArgumentMap.class);
 * }</pre>
 *
 * <p>Reading is as strict as {@link ArgMapJson}'s and fails with {@link ArgMapFormatException}
 * (which Jackson may wrap when the map is inside another value), but the parser's limits (nesting,
 * string length, document length) are the mapper's own. Unknown properties are rejected unless the module's
 * {@link JsonReadOptions} say otherwise; the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} does not
 * apply. Writing follows the mapper's layout (pretty printing, escaping); only {@link ArgMapJson}
 * guarantees the canonical bytes.
 */
public final class ArgMapModule extends JacksonModule {
  private final JsonReadOptions options;

  /** Creates the module with the {@linkplain JsonReadOptions#defaults() default options}. */
  public ArgMapModule() {
    this(JsonReadOptions.defaults());
  }

  /**
   * Creates the module with options for reading: the element limit of arrays and whether unknown
   * properties are skipped.
   *
   * @param options the options
   */
  public ArgMapModule(JsonReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Returns {@code "argmap"}. */
  @Override
  public String getModuleName() {
    return "argmap";
  }

  /** Returns the version of the {@code argmap-io-json} artifact. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Registers the serializer and deserializer of {@link ArgumentMap}.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(ArgumentMap.class, new ArgMapSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(ArgumentMap.class, new ArgMapDeserializer(options));
    context.addDeserializers(deserializers);
  }
}
