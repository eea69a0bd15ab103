package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.RandomMaps;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.MapperBuilder;

/** {@link ArgMapModule}: argument maps with any Jackson mapper. */
class ArgMapModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ArgMapModule()).build();

  @Test
  void theModuleIsFoundAsAService() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ArgMapModule.class);
    Module module = ArgMapModule.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getDescriptor().provides()).anySatisfy(p -> {
        assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
        assertThat(p.providers()).containsExactly(ArgMapModule.class.getName());
      });
    }
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.readValue(TestFiles.text("golden/full.json"), ArgumentMap.class))
        .isEqualTo(GoldenMaps.full());
  }

  @Test
  void theModuleIsListedForTheClassPath() throws java.io.IOException {
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/main/resources/META-INF/services/tools.jackson.databind.JacksonModule")).trim())
        .isEqualTo(ArgMapModule.class.getName());
  }

  @Test
  void theModuleReportsItsNameAndVersion() {
    ArgMapModule module = new ArgMapModule();
    assertThat(module.getModuleName()).isEqualTo("argmap");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getGroupId()).isEqualTo("dev.argmap");
    assertThat(module.version().getArtifactId()).isEqualTo("argmap-io-json");
    // the pom's version, e.g. 0.1.0-SNAPSHOT, in Jackson's parts; skipped only when run outside Maven
    String project = System.getProperty("argmap.projectVersion");
    Assumptions.assumeTrue(project != null, "run by Maven: the pom's version comes in argmap.projectVersion");
    String[] parts = project.split("-", 2)[0].split("\\.");
    assertThat(module.version().getMajorVersion()).isEqualTo(Integer.parseInt(parts[0]));
    assertThat(module.version().getMinorVersion()).isEqualTo(Integer.parseInt(parts[1]));
    assertThat(module.version().getPatchLevel()).isEqualTo(Integer.parseInt(parts[2]));
    assertThat(module.version().isSnapshot()).isEqualTo(project.endsWith("-SNAPSHOT"));
  }

  @Test
  void aMapperReadsAndWritesMaps() {
    for (long seed = 0; seed < 50; seed++) {
      ArgumentMap map = RandomMaps.withStatements(1 + (int) seed).seed(seed).generate();
      String json = MAPPER.writeValueAsString(map);
      assertThat(MAPPER.readValue(json, ArgumentMap.class)).isEqualTo(map);
      assertThat(ArgMapJson.readString(json)).isEqualTo(map);
    }
  }

  @Test
  void aMapperReadsMapsInsideLargerDocuments() {
    String json = "{\"first\": " + TestFiles.text("golden/minimal.json")
        + ", \"second\": " + TestFiles.text("golden/full.json") + "}";
    Map<String, ArgumentMap> maps =
        MAPPER.readValue(json, new TypeReference<Map<String, ArgumentMap>>() {});
    assertThat(maps).containsEntry("first", GoldenMaps.minimal())
        .containsEntry("second", GoldenMaps.full());
  }

  @Test
  void problemsInsideLargerDocumentsHaveTheirFullPath() {
    String bad = TestFiles.text("malformed/weight-out-of-range.json");
    String json = "{\"maps\": [\n" + bad + "]}";
    Throwable t = catchThrowable(() ->
        MAPPER.readValue(json, new TypeReference<Map<String, java.util.List<ArgumentMap>>>() {}));
    ArgMapFormatException e = unwrap(t);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.maps[0].evidence[0].weight");
      assertThat(p.line()).isEqualTo(14);
      assertThat(p.message()).isEqualTo("weight must be in [0, 1] but was 1.5");
    });
  }

  @Test
  void unknownPropertiesAreRejectedUnlessTheModuleSaysOtherwise() {
    String json = TestFiles.text("golden/minimal.json").replace("\"theses\"", "\"x\": [1], \"theses\"");
    assertThat(unwrap(catchThrowable(() -> MAPPER.readValue(json, ArgumentMap.class)))
        .problems().get(0).message()).startsWith("unknown property \"x\"");
    JsonMapper lenientMapper = MAPPER.rebuild()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(catchThrowable(() -> lenientMapper.readValue(json, ArgumentMap.class)))
        .as("the mapper's leniency does not change the format").isNotNull();
    JsonMapper lenientModule = JsonMapper.builder()
        .addModule(new ArgMapModule(JsonReadOptions.builder().ignoreUnknownProperties(true).build()))
        .build();
    assertThat(lenientModule.readValue(json, ArgumentMap.class)).isEqualTo(GoldenMaps.minimal());
  }

  @Test
  void duplicateKeysAreRejectedEvenWhenTheMappersParserAllowsThem() {
    String json = TestFiles.text("malformed/duplicate-json-key.json");
    ArgMapFormatException e = unwrap(catchThrowable(() -> MAPPER.readValue(json, ArgumentMap.class)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("duplicate key \"id\"");
      assertThat(p.path()).isEqualTo("$.statements[0].id");
      assertThat(p.line()).isEqualTo(6);
    });
  }

  @Test
  void whatTheDeserializerThrowsReachesTheCaller() {
    Throwable t = catchThrowable(() -> MAPPER.readValue(
        TestFiles.text("malformed/weight-out-of-range.json"), ArgumentMap.class));
    assertThat(t).isInstanceOf(ArgMapFormatException.class);
  }

  /** Jackson may wrap what a deserializer throws; the cause is the format's exception. */
  private static ArgMapFormatException unwrap(Throwable t) {
    Throwable cause = t;
    while (cause != null && !(cause instanceof ArgMapFormatException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("thrown: %s", t).isInstanceOf(ArgMapFormatException.class);
    return (ArgMapFormatException) cause;
  }
}
