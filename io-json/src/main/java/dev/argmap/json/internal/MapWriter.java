package dev.argmap.json.internal;

import static dev.argmap.json.internal.Names.*;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an argument map as an argmap JSON document, version 2: the envelope, then every field in a
 * fixed order. Absent optional fields, empty lists of an element and empty extensions are left out,
 * and so is a person's {@code kind} when it is a person; the map's five lists, {@code weight}, {@code
 * credibility} and the polarity and voice of evidence are always written.
 */
final class MapWriter {
  private final JsonGenerator g;
  private final boolean escapeLoneSurrogates;

  /**
   * Creates a writer.
   *
   * @param generator where to write
   * @param escapeLoneSurrogates whether to write a string holding an unpaired surrogate as raw JSON
   *     with {@code \\uXXXX} escapes (which reads back as the same string) instead of failing; only
   *     for generators of JSON text
   */
  MapWriter(JsonGenerator generator, boolean escapeLoneSurrogates) {
    this.g = generator;
    this.escapeLoneSurrogates = escapeLoneSurrogates;
  }

  void write(ArgumentMap map) {
    start(map.title(), map.description(), map.thesisIds());
    g.writeArrayPropertyStart(STATEMENTS);
    for (Statement s : map.statements()) {
      statement(s);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart(ARGUMENTS);
    for (Argument a : map.arguments()) {
      argument(a);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart(EVIDENCE);
    for (Evidence e : map.evidence()) {
      evidence(e);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart(SOURCES);
    for (Source s : map.sources()) {
      source(s);
    }
    g.writeEndArray();
    if (!map.extensions().isEmpty()) {
      g.writeObjectPropertyStart(EXTENSIONS);
      for (Map.Entry<String, String> extension : map.extensions().entrySet()) {
        extension(extension.getKey(), extension.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes the envelope, title, description and theses, and leaves the map's object open. */
  void start(Optional<String> title, Optional<String> description, List<StatementId> theses) {
    g.writeStartObject();
    g.writeStringProperty(FORMAT, FORMAT_NAME);
    g.writeNumberProperty(FORMAT_VERSION_PROPERTY, FORMAT_VERSION);
    string(TITLE, title);
    string(DESCRIPTION, description);
    g.writeArrayPropertyStart(THESES);
    for (StatementId thesis : theses) {
      string(thesis.value());
    }
    g.writeEndArray();
  }

  /** Writes one namespace of the extensions, inside their object. */
  void extension(String namespace, String data) {
    string(namespace, data);
  }

  /** The generator, for the streamed writer to open and close the lists. */
  JsonGenerator generator() {
    return g;
  }

  void statement(Statement s) {
    g.writeStartObject();
    string(ID, s.id().value());
    string(TEXT, s.text());
    string(TITLE, s.title());
    strings(TAGS, s.tags());
    string(NOTES, s.notes());
    g.writeEndObject();
  }

  void argument(Argument a) {
    g.writeStartObject();
    string(ID, a.id().value());
    g.writeArrayPropertyStart(PREMISES);
    for (StatementId premise : a.premises()) {
      string(premise.value());
    }
    g.writeEndArray();
    g.writeObjectPropertyStart(CONCLUSION);
    string(a.conclusion() instanceof ArgumentId ? CONCLUSION_ARGUMENT : CONCLUSION_STATEMENT,
        a.conclusion().value());
    g.writeEndObject();
    string(POLARITY, code(a.polarity()));
    g.writeNumberProperty(WEIGHT, a.weight());
    string(SCHEME, a.scheme());
    string(LABEL, a.label());
    string(NOTES, a.notes());
    g.writeEndObject();
  }

  void evidence(Evidence e) {
    g.writeStartObject();
    string(ID, e.id().value());
    string(STATEMENT, e.statement().value());
    string(QUOTE, e.quote());
    if (e.locator().isPresent()) {
      Locator l = e.locator().get();
      g.writeObjectPropertyStart(LOCATOR);
      string(COPY, l.copy().value());
      string(SECTION, l.section());
      string(PAGE, l.page());
      integer(PARAGRAPH, l.paragraph());
      integer(START, l.start());
      integer(END, l.end());
      g.writeEndObject();
    }
    g.writeNumberProperty(WEIGHT, e.weight());
    string(POLARITY, code(e.polarity()));
    string(SOURCE, e.source().value());
    if (e.speaker().isPresent()) {
      g.writeName(SPEAKER);
      person(e.speaker().get());
    }
    string(VOICE, code(e.voice()));
    if (e.citedWork().isPresent()) {
      string(CITED_WORK, e.citedWork().get().value());
    }
    string(CITED_AT, e.citedAt());
    string(NOTES, e.notes());
    g.writeEndObject();
  }

  void source(Source s) {
    g.writeStartObject();
    string(ID, s.id().value());
    string(KIND, code(s.kind()));
    string(TITLE, s.title());
    if (!s.authors().isEmpty()) {
      g.writeArrayPropertyStart(AUTHORS);
      for (Person author : s.authors()) {
        person(author);
      }
      g.writeEndArray();
    }
    string(PUBLISHER, s.publisher());
    if (s.date().isPresent()) {
      string(DATE, s.date().get().toString());
    }
    if (!s.links().isEmpty()) {
      g.writeArrayPropertyStart(LINKS);
      for (URI link : s.links()) {
        string(link.toString());
      }
      g.writeEndArray();
    }
    if (!s.copies().isEmpty()) {
      g.writeArrayPropertyStart(COPIES);
      for (SourceCopy c : s.copies()) {
        copy(c);
      }
      g.writeEndArray();
    }
    g.writeNumberProperty(CREDIBILITY, s.credibility());
    string(NOTES, s.notes());
    g.writeEndObject();
  }

  private void copy(SourceCopy c) {
    g.writeStartObject();
    string(ID, c.id().value());
    string(DOCUMENT, c.document());
    string(DESCRIPTION, c.description());
    string(PUBLISHER, c.publisher());
    if (c.date().isPresent()) {
      string(DATE, c.date().get().toString());
    }
    if (c.link().isPresent()) {
      string(LINK, c.link().get().toString());
    }
    g.writeEndObject();
  }

  private void person(Person person) {
    g.writeStartObject();
    string(NAME, person.name());
    string(ROLE, person.role());
    if (person.kind() != PersonKind.PERSON) {
      string(KIND, code(person.kind()));
    }
    g.writeEndObject();
  }

  private void strings(String name, Collection<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String value : values) {
        string(value);
      }
      g.writeEndArray();
    }
  }

  private void integer(String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void string(String name, String value) {
    g.writeName(name);
    string(value);
  }

  private void string(String value) {
    if (escapeLoneSurrogates && hasLoneSurrogate(value)) {
      g.writeRawValue(JsonStrings.quote(value));
    } else {
      g.writeString(value);
    }
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
