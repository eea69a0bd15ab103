package dev.argmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import dev.argmap.model.Person;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.Statement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails when the core model gains an attribute that the JSON format does not carry, so that a new
 * field is never silently dropped by a round trip. When it fails, add the field to the format (the
 * reader, the writer, the schema, docs/format/README.md and the golden files), then here.
 */
class ModelCoverageTest {
  static java.util.stream.Stream<Arguments> types() {
    return java.util.stream.Stream.of(
        Arguments.of(Statement.class, Set.of("id", "text", "title", "tags", "notes")),
        Arguments.of(Argument.class, Set.of("id", "premises", "conclusion", "polarity", "weight",
            "scheme", "label", "notes")),
        Arguments.of(Evidence.class, Set.of("id", "statement", "quote", "locator", "weight",
            "polarity", "source", "speaker", "voice", "citedWork", "citedAt", "notes")),
        Arguments.of(Locator.class, Set.of("copy", "section", "page", "paragraph", "start", "end")),
        Arguments.of(Person.class, Set.of("name", "role", "kind")),
        Arguments.of(Source.class, Set.of("id", "kind", "title", "authors", "publisher", "date",
            "links", "copies", "credibility", "notes")),
        Arguments.of(SourceCopy.class, Set.of("id", "document", "description", "publisher", "date",
            "link")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyAttributeOfTheValueTypesIsInTheFormat(Class<?> type, Set<String> inFormat) {
    // the attributes of an Immutables type: its abstract and its default (overridable) accessors
    Set<String> attributes = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !Modifier.isFinal(mod)
          && m.getParameterCount() == 0 && !Arrays.asList("toString", "hashCode").contains(m.getName())) {
        attributes.add(m.getName());
      }
    }
    assertThat(attributes).as("attributes of %s", type.getSimpleName()).isEqualTo(new TreeSet<>(inFormat));
  }

  @org.junit.jupiter.api.Test
  void everyPropertyOfTheMapIsInTheFormat() {
    Set<String> derived = Set.of("theses", "lint", "toBuilder", "hashCode", "toString");
    Set<String> properties = new TreeSet<>();
    for (Method m : ArgumentMap.class.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0
          && !derived.contains(m.getName())) {
        properties.add(m.getName());
      }
    }
    assertThat(properties).isEqualTo(new TreeSet<>(Set.of("title", "description", "thesisIds",
        "statements", "arguments", "evidence", "sources", "extensions")));
  }
}
