package dev.argmap.json.internal;

import dev.argmap.model.PersonKind;
import dev.argmap.model.Polarity;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Voice;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The names of the format: its identity, its version, its properties and its enum values. */
final class Names {
  private Names() {}

  static final String FORMAT_NAME = "argmap";
  /** The version the writer writes, the newest. */
  static final int FORMAT_VERSION = 2;
  /** The versions the reader reads. */
  static final List<Integer> READ_VERSIONS = List.of(1, 2);
  /** How the reader names the versions it reads, in its messages. */
  static final String READ_VERSIONS_TEXT = "versions 1 and 2";

  // envelope and map
  static final String FORMAT = "format";
  static final String FORMAT_VERSION_PROPERTY = "formatVersion";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String THESES = "theses";
  static final String STATEMENTS = "statements";
  static final String ARGUMENTS = "arguments";
  static final String EVIDENCE = "evidence";
  static final String SOURCES = "sources";
  static final String EXTENSIONS = "extensions";

  // shared
  static final String ID = "id";
  static final String NOTES = "notes";
  static final String WEIGHT = "weight";
  static final String POLARITY = "polarity";
  static final String PUBLISHER = "publisher";
  static final String DATE = "date";

  // statement
  static final String TEXT = "text";
  static final String TAGS = "tags";

  // argument
  static final String PREMISES = "premises";
  static final String CONCLUSION = "conclusion";
  static final String CONCLUSION_STATEMENT = "statement";
  static final String CONCLUSION_ARGUMENT = "argument";
  static final String SCHEME = "scheme";
  static final String LABEL = "label";

  // evidence
  static final String STATEMENT = "statement";
  static final String QUOTE = "quote";
  static final String LOCATOR = "locator";
  static final String SOURCE = "source";
  static final String SPEAKER = "speaker";
  static final String CITED_WORK = "citedWork";
  static final String VOICE = "voice"; // since version 2
  static final String CITED_AT = "citedAt"; // since version 2

  // locator
  static final String COPY = "copy";
  static final String SECTION = "section"; // since version 2
  static final String PAGE = "page";
  static final String PARAGRAPH = "paragraph";
  static final String START = "start";
  static final String END = "end";

  // person
  static final String NAME = "name";
  static final String ROLE = "role";

  // source
  static final String KIND = "kind";
  static final String AUTHORS = "authors";
  static final String LINKS = "links";
  static final String COPIES = "copies";
  static final String CREDIBILITY = "credibility";

  // copy
  static final String DOCUMENT = "document";
  static final String LINK = "link";

  static final List<String> MAP_PROPERTIES =
      List.of(FORMAT, FORMAT_VERSION_PROPERTY, TITLE, DESCRIPTION, THESES, STATEMENTS, ARGUMENTS,
          EVIDENCE, SOURCES, EXTENSIONS);
  static final List<String> STATEMENT_PROPERTIES = List.of(ID, TEXT, TITLE, TAGS, NOTES);
  static final List<String> ARGUMENT_PROPERTIES =
      List.of(ID, PREMISES, CONCLUSION, POLARITY, WEIGHT, SCHEME, LABEL, NOTES);
  static final List<String> CONCLUSION_PROPERTIES =
      List.of(CONCLUSION_STATEMENT, CONCLUSION_ARGUMENT);
  static final List<String> EVIDENCE_PROPERTIES =
      List.of(ID, STATEMENT, QUOTE, LOCATOR, WEIGHT, POLARITY, SOURCE, SPEAKER, VOICE, CITED_WORK,
          CITED_AT, NOTES);
  static final List<String> LOCATOR_PROPERTIES =
      List.of(COPY, SECTION, PAGE, PARAGRAPH, START, END); // section since version 2
  static final List<String> PERSON_PROPERTIES = List.of(NAME, ROLE, KIND); // kind since version 2
  static final List<String> SOURCE_PROPERTIES =
      List.of(ID, KIND, TITLE, AUTHORS, PUBLISHER, DATE, LINKS, COPIES, CREDIBILITY, NOTES);
  static final List<String> COPY_PROPERTIES =
      List.of(ID, DOCUMENT, DESCRIPTION, PUBLISHER, DATE, LINK);

  static final Map<String, Polarity> POLARITIES = codes(Polarity.values());
  static final Map<String, SourceKind> SOURCE_KINDS = codes(SourceKind.values());
  static final Map<String, Voice> VOICES = codes(Voice.values());
  static final Map<String, PersonKind> PERSON_KINDS = codes(PersonKind.values());

  /** Returns the name of an enum constant in files: lower case, words joined by hyphens. */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> Map<String, E> codes(E[] values) {
    Map<String, E> codes = new LinkedHashMap<>();
    for (E value : values) {
      codes.put(code(value), value);
    }
    return Collections.unmodifiableMap(codes);
  }
}
