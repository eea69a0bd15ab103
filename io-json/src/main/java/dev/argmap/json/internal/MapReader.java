package dev.argmap.json.internal;

import static dev.argmap.json.internal.Names.*;

import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.JsonProblem;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.CopyId;
import dev.argmap.model.ElementKind;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.Locator;
import dev.argmap.model.MapProblem;
import dev.argmap.model.PartialDate;
import dev.argmap.model.Person;
import dev.argmap.model.PersonKind;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.model.Voice;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one argument map from a {@link JsonParser}, strictly, keeping where every element and field
 * stands so that each problem, including those the model's validation finds, is reported with its
 * line, column and JSON path.
 *
 * <p>Problems of the structure (wrong types, missing or unknown properties, bad identifiers, dates or
 * URIs) are collected while reading goes on; when there are none the map is built, and the model's
 * problems are reported instead. Problems that make going on pointless (not an argmap document, an
 * unknown version, a limit exceeded, malformed JSON) stop reading.
 *
 * <p>One instance reads one map; it is not thread-safe.
 */
final class MapReader {
  /** The most problems reported for one document. */
  static final int MAX_PROBLEMS = 100;

  private static final int MAX_QUOTED = 60;

  private final JsonParser p;
  private final boolean ignoreUnknown;
  private final int maxArrayElements;
  private final List<JsonProblem> problems = new ArrayList<>();
  // weights and credibilities outside [0, 1]: the model's values refuse them, so the reader finds
  // them; they are reported with the document's other problems, or with the model's, in one round
  private final List<JsonProblem> rangeProblems = new ArrayList<>();
  private LocationIndex index = new LocationIndex(new Where(new Pos(1, 1, Paths.ROOT)));
  /** The version the document declares, once read; 0 before. */
  private int version;
  /** Where the document uses a property that is new in version 2, and its name. */
  private final List<Map.Entry<Pos, String>> sinceVersion2 = new ArrayList<>();

  /** Thrown to stop reading; the problems so far say why. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  MapReader(JsonParser parser, boolean ignoreUnknown, int maxArrayElements) {
    this.p = parser;
    this.ignoreUnknown = ignoreUnknown;
    this.maxArrayElements = maxArrayElements;
  }

  // ---------------------------------------------------------------- entry points

  /** Reads a whole document: one map, and nothing after it. */
  ArgumentMap readDocument() {
    if (p.nextToken() == null) {
      stop(here(Paths.ROOT, p.currentLocation()),
          "the document is empty; an argmap document is a JSON object that starts with "
              + "{\"format\": \"argmap\", \"formatVersion\": " + FORMAT_VERSION);
    }
    ArgumentMap.Builder map = readMap(Paths.ROOT);
    JsonToken after = p.nextToken();
    if (after != null) {
      stop(here(Paths.ROOT, p.currentTokenLocation()),
          "unexpected content after the end of the document: " + describeToken(after));
    }
    return build(map);
  }

  /** Reads the map the parser is at, as a value inside a larger document. */
  ArgumentMap readValue() {
    JsonToken t = p.currentToken();
    TokenStreamContext context = p.streamReadContext();
    String path = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        ? Paths.of(context.getParent())
        : Paths.of(context);
    return build(readMap(path));
  }

  /** Returns the exception that lists the problems found, ordered by position. */
  ArgMapFormatException failure(String source) {
    List<JsonProblem> sorted = new ArrayList<>(problems);
    if (sorted.isEmpty()) {
      sorted.add(new JsonProblem(1, 1, Paths.ROOT, "the document could not be read"));
    }
    sorted.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
    if (sorted.size() > MAX_PROBLEMS + 1) {
      JsonProblem next = sorted.get(MAX_PROBLEMS);
      int more = sorted.size() - MAX_PROBLEMS;
      sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
      sorted.add(new JsonProblem(next.line(), next.column(), next.path(),
          "and " + more + " more problems, from here on, that are not listed"));
    }
    return new ArgMapFormatException(source, sorted);
  }

  /** Records a problem found outside this reader: malformed JSON, a limit, bad encoding. */
  void addProblem(TokenStreamLocation location, String message) {
    addProblem(location, message, false);
  }

  /**
   * Records a problem found outside this reader.
   *
   * @param betweenEntries whether the problem lies between two properties of an object, so that
   *     its path is the object's rather than the last property's
   */
  void addProblem(TokenStreamLocation location, String message, boolean betweenEntries) {
    String path;
    try {
      TokenStreamContext context = p.streamReadContext();
      path = betweenEntries && context.inObject()
          ? Paths.ofContainer(context)
          : Paths.of(context);
    } catch (RuntimeException e) {
      path = Paths.ROOT;
    }
    problems.add(here(path, location == null ? p.currentLocation() : location).problem(message));
  }

  // ---------------------------------------------------------------- the map

  private ArgumentMap.Builder readMap(String path) {
    Pos rootPos = here(path, p.currentTokenLocation());
    Where mapWhere = new Where(rootPos);
    index = new LocationIndex(mapWhere);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      stop(rootPos, "not an argmap document: expected a JSON object but found "
          + describeToken(p.currentToken()));
    }
    ArgumentMap.Builder map = ArgumentMap.builder();
    Props props = new Props(rootPos, path, MAP_PROPERTIES);
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case FORMAT -> checkFormat(prop);
        case FORMAT_VERSION_PROPERTY -> checkVersion(prop);
        case TITLE -> {
          String title = string(prop, true);
          if (title != null) {
            map.title(title);
            mapWhere.put(TITLE, prop.value());
          }
        }
        case DESCRIPTION -> {
          String description = string(prop, true);
          if (description != null) {
            map.description(description);
          }
        }
        case THESES -> {
          mapWhere.put(THESES, prop.value());
          array(prop, item -> {
            String id = string(item.pos(), "thesis", false);
            StatementId thesis = id(item.pos(), "thesis", id, StatementId::new);
            if (thesis != null) {
              map.addTheses(thesis);
              mapWhere.putReference("thesis", id, item.pos());
            }
          });
        }
        case STATEMENTS -> array(prop, item -> statement(item, map));
        case ARGUMENTS -> array(prop, item -> argument(item, map));
        case EVIDENCE -> array(prop, item -> evidence(item, map));
        case SOURCES -> array(prop, item -> source(item, map));
        case EXTENSIONS -> extensions(prop, map);
        default -> p.skipChildren();
      }
    }
    if (!props.has(FORMAT)) {
      stopOnly(rootPos, "not an argmap document: it has no \"format\" property; an argmap "
          + "document starts with {\"format\": \"argmap\", \"formatVersion\": " + FORMAT_VERSION);
    }
    if (!props.has(FORMAT_VERSION_PROPERTY)) {
      stopOnly(rootPos, "missing required property \"formatVersion\"; this reader knows "
          + READ_VERSIONS_TEXT);
    }
    if (version == 1) {
      for (Map.Entry<Pos, String> use : sinceVersion2) {
        add(use.getKey(), use.getValue() + " is new in formatVersion 2, but "
            + "this document is version 1; set formatVersion to 2, or leave it out");
      }
    }
    props.require(THESES, STATEMENTS);
    return map;
  }

  private void checkFormat(Prop prop) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      stopOnly(prop.value(), "not an argmap document: format must be the string \"" + FORMAT_NAME
          + "\" but was " + describeValue());
    }
    String format = p.getString();
    if (!format.equals(FORMAT_NAME)) {
      stopOnly(prop.value(), "not an argmap document: format is " + quote(format));
    }
  }

  private void checkVersion(Prop prop) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      stopOnly(prop.value(), "formatVersion must be an integer but was " + describeValue()
          + "; this reader knows " + READ_VERSIONS_TEXT);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT
        || !READ_VERSIONS.contains(p.getIntValue())) {
      stopOnly(prop.value(), "unsupported formatVersion " + abbreviate(p.getString())
          + ": this reader knows " + READ_VERSIONS_TEXT);
    }
    version = p.getIntValue();
  }

  private ArgumentMap build(ArgumentMap.Builder map) {
    if (!problems.isEmpty()) {
      problems.addAll(rangeProblems);
      throw new Stop();
    }
    try {
      ArgumentMap built = map.build();
      if (rangeProblems.isEmpty()) {
        return built;
      }
    } catch (InvalidMapException e) {
      ProblemLocator locator = new ProblemLocator(index);
      for (MapProblem problem : e.problems()) {
        problems.add(locator.locate(problem));
      }
    }
    problems.addAll(rangeProblems);
    throw new Stop();
  }

  /**
   * Reads the extensions: an object of namespaces to foreign data as text, in order. Its property
   * names are the namespaces, so none is unknown.
   */
  private void extensions(Prop prop, ArgumentMap.Builder map) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(prop.value(), prop.name(), "an object", false);
      return;
    }
    String path = prop.path();
    Set<String> namespaces = new HashSet<>();
    int count = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String namespace = p.currentName();
      Pos namePos = Pos.of(p.currentTokenLocation(), path, namespace);
      p.nextToken();
      Pos valuePos = Pos.of(p.currentTokenLocation(), path, namespace);
      if (++count > maxArrayElements) {
        stop(namePos, "extensions has more than " + maxArrayElements
            + " namespaces, the limit of this reader");
      }
      String data = string(valuePos, "extension " + quote(namespace), false);
      if (!namespaces.add(namespace)) {
        add(namePos, "duplicate key " + quote(namespace)
            + ": each property may appear once in an object");
      } else if (namespace.isBlank()) {
        add(namePos, "extension namespace " + quote(namespace) + " must not be blank");
      } else if (data != null) {
        map.putExtension(namespace, data);
      }
    }
  }

  // ---------------------------------------------------------------- elements

  private void statement(Item item, ArgumentMap.Builder map) {
    Props props = object(item.pos(), "statement", item.path(), STATEMENT_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = new Where(item.pos());
    Statement.Builder s = Statement.builder();
    Set<String> tags = new HashSet<>();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          StatementId id = id(prop, StatementId::new);
          if (id != null) {
            s.id(id);
            w.put(ID, prop.value());
            index.add(ElementKind.STATEMENT, id.value(), w);
          }
        }
        case TEXT -> text(prop, false, w, s::text);
        case TITLE -> text(prop, true, w, s::title);
        case TAGS -> array(prop, tag -> {
          String value = string(tag.pos(), "tag", false);
          if (value != null) {
            if (tags.add(value)) {
              s.addTags(value);
            } else {
              add(tag.pos(), "tag " + quote(value) + " is listed twice");
            }
          }
        });
        case NOTES -> text(prop, true, w, s::notes);
        default -> p.skipChildren();
      }
    }
    props.require(ID, TEXT);
    if (problems.size() == before) {
      map.addStatements(s.build());
    }
  }

  private void argument(Item item, ArgumentMap.Builder map) {
    Props props = object(item.pos(), "argument", item.path(), ARGUMENT_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = new Where(item.pos());
    Argument.Builder a = Argument.builder();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          ArgumentId id = id(prop, ArgumentId::new);
          if (id != null) {
            a.id(id);
            w.put(ID, prop.value());
            index.add(ElementKind.ARGUMENT, id.value(), w);
          }
        }
        case PREMISES -> {
          w.put(PREMISES, prop.value());
          array(prop, premise -> {
            String text = string(premise.pos(), "premise", false);
            StatementId id = id(premise.pos(), "premise", text, StatementId::new);
            if (id != null) {
              a.addPremises(id);
              w.putReference("premise", text, premise.pos());
            }
          });
        }
        case CONCLUSION -> {
          ConclusionId conclusion = conclusion(prop, w);
          if (conclusion != null) {
            a.conclusion(conclusion);
          }
        }
        case POLARITY -> {
          Polarity polarity = enumValue(prop, POLARITIES);
          if (polarity != null) {
            a.polarity(polarity);
          }
        }
        case WEIGHT -> {
          Double weight = unit(prop);
          if (weight != null) {
            a.weight(weight);
            w.put(WEIGHT, prop.value());
          }
        }
        case SCHEME -> text(prop, true, w, a::scheme);
        case LABEL -> text(prop, true, w, a::label);
        case NOTES -> text(prop, true, w, a::notes);
        default -> p.skipChildren();
      }
    }
    props.require(ID, PREMISES, CONCLUSION, POLARITY);
    if (problems.size() == before) {
      map.addArguments(a.build());
    }
  }

  private ConclusionId conclusion(Prop prop, Where w) {
    Props props = object(prop.value(), CONCLUSION, prop.path(), CONCLUSION_PROPERTIES);
    if (props == null) {
      return null;
    }
    ConclusionId conclusion = null;
    int named = 0;
    for (Prop target; (target = props.next()) != null; ) {
      named++;
      String text = string(target, false);
      ConclusionId id = target.name().equals(CONCLUSION_STATEMENT)
          ? id(target.value(), target.name(), text, StatementId::new)
          : id(target.value(), target.name(), text, ArgumentId::new);
      if (id != null) {
        conclusion = id;
        w.putReference(CONCLUSION, text, target.value());
      }
    }
    if (named != 1) {
      add(prop.value(), "conclusion must name exactly one of \"statement\" or \"argument\", "
          + "for example {\"statement\": \"t1\"}, but named " + named);
      return null;
    }
    return conclusion;
  }

  private void evidence(Item item, ArgumentMap.Builder map) {
    Props props = object(item.pos(), "evidence item", item.path(), EVIDENCE_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = new Where(item.pos());
    Evidence.Builder e = Evidence.builder();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          EvidenceId id = id(prop, EvidenceId::new);
          if (id != null) {
            e.id(id);
            w.put(ID, prop.value());
            index.add(ElementKind.EVIDENCE, id.value(), w);
          }
        }
        case STATEMENT -> {
          String text = string(prop, false);
          StatementId id = id(prop.value(), prop.name(), text, StatementId::new);
          if (id != null) {
            e.statement(id);
            w.putReference("statement", text, prop.value());
          }
        }
        case QUOTE -> text(prop, false, w, e::quote);
        case LOCATOR -> {
          Locator locator = locator(prop, w);
          if (locator != null) {
            e.locator(locator);
          }
        }
        case WEIGHT -> {
          Double weight = unit(prop);
          if (weight != null) {
            e.weight(weight);
            w.put(WEIGHT, prop.value());
          }
        }
        case POLARITY -> {
          Polarity polarity = enumValue(prop, POLARITIES);
          if (polarity != null) {
            e.polarity(polarity);
          }
        }
        case SOURCE -> {
          String text = string(prop, false);
          SourceId id = id(prop.value(), prop.name(), text, SourceId::new);
          if (id != null) {
            e.source(id);
            w.putReference("source", text, prop.value());
          }
        }
        case SPEAKER -> {
          Person speaker = person(prop.value(), prop.path(), SPEAKER, w, "speaker name", false);
          if (speaker != null) {
            e.speaker(speaker);
          }
        }
        case VOICE -> {
          sinceVersion2.add(Map.entry(prop.value(), "property " + quote(VOICE)));
          Voice voice = enumValue(prop, VOICES);
          if (voice != null) {
            e.voice(voice);
            w.put(VOICE, prop.value());
          }
        }
        case CITED_WORK -> {
          String text = string(prop, true);
          SourceId id = id(prop.value(), prop.name(), text, SourceId::new);
          if (id != null) {
            e.citedWork(id);
            w.putReference("cited work", text, prop.value());
          }
        }
        case CITED_AT -> {
          sinceVersion2.add(Map.entry(prop.value(), "property " + quote(CITED_AT)));
          text(prop, true, w, e::citedAt);
          w.put("place in the cited work", prop.value());
        }
        case NOTES -> text(prop, true, w, e::notes);
        default -> p.skipChildren();
      }
    }
    props.require(ID, STATEMENT, QUOTE, SOURCE);
    if (problems.size() == before) {
      map.addEvidence(e.build());
    }
  }

  private Locator locator(Prop prop, Where w) {
    Props props = object(prop.value(), LOCATOR, prop.path(), LOCATOR_PROPERTIES);
    if (props == null) {
      return null;
    }
    w.put(LOCATOR, prop.value());
    int before = problems.size();
    Locator.Builder l = Locator.builder();
    for (Prop field; (field = props.next()) != null; ) {
      switch (field.name()) {
        case COPY -> {
          String text = string(field, false);
          CopyId copy = id(field.value(), field.name(), text, CopyId::new);
          if (copy != null) {
            l.copy(copy);
            w.putReference("locator copy", text, field.value());
          }
        }
        case SECTION -> {
          sinceVersion2.add(Map.entry(field.value(), "property " + quote(SECTION) + " of a locator"));
          String section = string(field, true);
          if (section != null) {
            l.section(section);
            w.put("locator section", field.value());
          }
        }
        case PAGE -> {
          String page = string(field, true);
          if (page != null) {
            l.page(page);
            w.put("locator page", field.value());
          }
        }
        case PARAGRAPH -> {
          Integer paragraph = integer(field);
          if (paragraph != null) {
            l.paragraph(paragraph);
            w.put("locator paragraph", field.value());
          }
        }
        case START -> {
          Integer start = integer(field);
          if (start != null) {
            l.start(start);
            w.put("locator start", field.value());
          }
        }
        case END -> {
          Integer end = integer(field);
          if (end != null) {
            l.end(end);
            w.put("locator end", field.value());
          }
        }
        default -> p.skipChildren();
      }
    }
    props.require(COPY);
    return problems.size() == before ? l.build() : null;
  }

  /**
   * Reads a person; records the position of the name under {@code nameKey}, always or only when the
   * name is blank (to place the model's "author name must not be blank" at the first blank one).
   */
  private Person person(
      Pos at, String path, String what, Where w, String nameKey, boolean onlyBlank) {
    Props props = object(at, what, path, PERSON_PROPERTIES);
    if (props == null) {
      return null;
    }
    int before = problems.size();
    Person.Builder person = Person.builder();
    for (Prop field; (field = props.next()) != null; ) {
      switch (field.name()) {
        case NAME -> {
          String name = string(field, false);
          if (name != null) {
            person.name(name);
            if (!onlyBlank || name.isBlank()) {
              w.put(nameKey, field.value());
            }
          }
        }
        case ROLE -> {
          String role = string(field, true);
          if (role != null) {
            person.role(role);
          }
        }
        case KIND -> {
          sinceVersion2.add(Map.entry(field.value(), "property " + quote(KIND) + " of " + what));
          PersonKind kind = enumValue(field, PERSON_KINDS);
          if (kind != null) {
            person.kind(kind);
          }
        }
        default -> p.skipChildren();
      }
    }
    props.require(NAME);
    return problems.size() == before ? person.build() : null;
  }

  private void source(Item item, ArgumentMap.Builder map) {
    Props props = object(item.pos(), "source", item.path(), SOURCE_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = new Where(item.pos());
    Source.Builder s = Source.builder();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          SourceId id = id(prop, SourceId::new);
          if (id != null) {
            s.id(id);
            w.put(ID, prop.value());
            index.add(ElementKind.SOURCE, id.value(), w);
          }
        }
        case KIND -> {
          SourceKind kind = enumValue(prop, SOURCE_KINDS);
          if (kind != null) {
            s.kind(kind);
          }
        }
        case TITLE -> text(prop, true, w, s::title);
        case AUTHORS -> array(prop, author -> {
          Person person = person(author.pos(), author.path(), "author", w, "author name", true);
          if (person != null) {
            s.addAuthors(person);
          }
        });
        case PUBLISHER -> text(prop, true, w, s::publisher);
        case DATE -> {
          PartialDate date = date(prop);
          if (date != null) {
            s.date(date);
            w.put(DATE, prop.value());
          }
        }
        case LINKS -> array(prop, link -> {
          String text = string(link.pos(), "link", false);
          URI uri = uri(link.pos(), "link", text);
          if (uri != null) {
            s.addLinks(uri);
            w.put("link " + text, link.pos());
          }
        });
        case COPIES -> array(prop, copy -> {
          SourceCopy c = copy(copy);
          if (c != null) {
            s.addCopies(c);
          }
        });
        case CREDIBILITY -> {
          Double credibility = unit(prop);
          if (credibility != null) {
            s.credibility(credibility);
            w.put(CREDIBILITY, prop.value());
          }
        }
        case NOTES -> text(prop, true, w, s::notes);
        default -> p.skipChildren();
      }
    }
    props.require(ID, KIND);
    if (problems.size() == before) {
      map.addSources(s.build());
    }
  }

  private SourceCopy copy(Item item) {
    Props props = object(item.pos(), COPY, item.path(), COPY_PROPERTIES);
    if (props == null) {
      return null;
    }
    int before = problems.size();
    Where w = new Where(item.pos());
    SourceCopy.Builder c = SourceCopy.builder();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          CopyId id = id(prop, CopyId::new);
          if (id != null) {
            c.id(id);
            w.put(ID, prop.value());
            index.add(ElementKind.COPY, id.value(), w);
          }
        }
        case DOCUMENT -> text(prop, true, w, c::document);
        case DESCRIPTION -> text(prop, true, w, c::description);
        case PUBLISHER -> text(prop, true, w, c::publisher);
        case DATE -> {
          PartialDate date = date(prop);
          if (date != null) {
            c.date(date);
            w.put(DATE, prop.value());
          }
        }
        case LINK -> {
          String text = string(prop, true);
          URI uri = uri(prop.value(), LINK, text);
          if (uri != null) {
            c.link(uri);
            w.put("link " + text, prop.value());
          }
        }
        default -> p.skipChildren();
      }
    }
    props.require(ID);
    return problems.size() == before ? c.build() : null;
  }

  // ---------------------------------------------------------------- structure

  /** A property of an object, with the parser at its value. */
  private record Prop(String name, String parent, Pos value) {
    String path() {
      return Paths.property(parent, name);
    }
  }

  /** An element of an array, with the parser at it. */
  private record Item(int index, String path, Pos pos) {}

  /**
   * The properties of the object the parser is at: {@link #next()} skips (or reports) unknown ones
   * and returns each known one with the parser at its value.
   */
  private final class Props {
    private final Pos at;
    private final String path;
    private final List<String> known;
    private final Map<String, Integer> bits; // the index of each known name
    private int seen; // a bit for each known name, by its index

    Props(Pos at, String path, List<String> known) {
      this.at = at;
      this.path = path;
      this.known = known;
      this.bits = bitsOf(known);
    }

    Prop next() {
      while (true) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.PROPERTY_NAME) {
          return null; // END_OBJECT: the parser checks that objects are well formed
        }
        String name = p.currentName();
        Integer index = bits.get(name);
        int bit = index == null ? -1 : index;
        if (bit >= 0 && (seen & (1 << bit)) == 0) {
          // the position of the name serves only to report a problem, and a first known one has none
          p.nextToken();
          seen |= 1 << bit;
          return new Prop(name, path, Pos.of(p.currentTokenLocation(), path, name));
        }
        Pos namePos = Pos.of(p.currentTokenLocation(), path, name);
        p.nextToken();
        if (bit >= 0) {
          // only with a parser that does not detect duplicates itself (the module's, maybe)
          p.skipChildren();
          add(namePos, "duplicate key " + quote(name) + ": each property may appear once in an object");
          continue;
        }
        p.skipChildren();
        if (!ignoreUnknown) {
          add(namePos, unknownProperty(name, known));
        }
      }
    }

    boolean has(String name) {
      Integer bit = bits.get(name);
      return bit != null && (seen & (1 << bit)) != 0;
    }

    void require(String... names) {
      for (String name : names) {
        if (!has(name)) {
          add(at, "missing required property \"" + name + "\"");
        }
      }
    }
  }

  /** The index of each known name, for each list of known names of {@link Names}. */
  private static final Map<List<String>, Map<String, Integer>> BITS = new IdentityHashMap<>();

  static {
    for (List<String> known : List.of(MAP_PROPERTIES, STATEMENT_PROPERTIES, ARGUMENT_PROPERTIES,
        CONCLUSION_PROPERTIES, EVIDENCE_PROPERTIES, LOCATOR_PROPERTIES, PERSON_PROPERTIES,
        SOURCE_PROPERTIES, COPY_PROPERTIES)) {
      BITS.put(known, indexes(known));
    }
  }

  private static Map<String, Integer> bitsOf(List<String> known) {
    Map<String, Integer> bits = BITS.get(known);
    return bits != null ? bits : indexes(known);
  }

  private static Map<String, Integer> indexes(List<String> known) {
    Map<String, Integer> bits = new HashMap<>();
    for (int i = known.size() - 1; i >= 0; i--) {
      bits.put(known.get(i), i); // the first index of a name listed twice, as List.indexOf
    }
    return bits;
  }

  /** Returns the properties of the object the parser is at, or null (reported) if it is none. */
  private Props object(Pos at, String what, String path, List<String> known) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(at, what, "an object", false);
      return null;
    }
    return new Props(at, path, known);
  }

  /** Reads the array the parser is at, calling {@code each} with the parser at each element. */
  private void array(Prop prop, Consumer<Item> each) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(prop.value(), prop.name(), "an array", false);
      return;
    }
    int i = 0;
    String arrayPath = prop.path();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = Paths.index(arrayPath, i);
      Pos pos = here(path, p.currentTokenLocation());
      if (i >= maxArrayElements) {
        stop(pos, prop.name() + " has more than " + maxArrayElements
            + " elements, the limit of this reader");
      }
      each.accept(new Item(i, path, pos));
      i++;
    }
  }

  // ---------------------------------------------------------------- values

  private String string(Prop prop, boolean optional) {
    return string(prop.value(), prop.name(), optional);
  }

  private String string(Pos at, String what, boolean optional) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    wrongType(at, what, "a string", optional);
    return null;
  }

  /** Reads a text field and records where it is, under its own name, for the model's problems. */
  private void text(Prop prop, boolean optional, Where w, Consumer<String> into) {
    String value = string(prop, optional);
    if (value != null) {
      into.accept(value);
      w.put(prop.name(), prop.value());
    }
  }

  private Double number(Prop prop) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (Double.isInfinite(value) || Double.isNaN(value)) {
        add(prop.value(), prop.name() + " " + abbreviate(p.getString())
            + " is out of the range of numbers (64-bit floating point)");
        return null;
      }
      return value;
    }
    wrongType(prop.value(), prop.name(), "a number", false);
    return null;
  }

  /**
   * Reads a number in [0, 1] (a weight or a credibility). The model's values refuse one outside it
   * when they are built, so the reader notes it here, at the field, in the model's words, and leaves
   * the field unset: the element is still built, so that what refers to it is checked too.
   */
  private Double unit(Prop prop) {
    Double value = number(prop);
    if (value != null && !(value >= 0.0 && value <= 1.0)) {
      rangeProblems.add(prop.value().problem(
          prop.name() + " must be in [0, 1] but was " + value));
      return null;
    }
    return value;
  }

  private Integer integer(Prop prop) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      add(prop.value(), prop.name() + " must be an integer between " + Integer.MIN_VALUE + " and "
          + Integer.MAX_VALUE + " but was " + abbreviate(p.getString()));
      return null;
    }
    wrongType(prop.value(), prop.name(), "an integer", true);
    return null;
  }

  private <E> E enumValue(Prop prop, Map<String, E> codes) {
    String text = string(prop, false);
    if (text == null) {
      return null;
    }
    E value = codes.get(text);
    if (value == null) {
      add(prop.value(), "unknown " + prop.name() + " " + quote(text) + "; expected one of: "
          + String.join(", ", codes.keySet()));
    }
    return value;
  }

  private <T> T id(Prop prop, Function<String, T> type) {
    return id(prop.value(), prop.name(), string(prop, false), type);
  }

  /** Returns the identifier, or null (reported) when it is not one; null text was reported. */
  private <T> T id(Pos at, String what, String text, Function<String, T> type) {
    if (text == null) {
      return null;
    }
    try {
      return type.apply(text);
    } catch (IllegalArgumentException e) {
      add(at, what + " " + quote(text) + " is not a valid identifier: an identifier must not be "
          + "blank and must not contain white space or control characters");
      return null;
    }
  }

  private PartialDate date(Prop prop) {
    String text = string(prop, true);
    if (text == null) {
      return null;
    }
    try {
      PartialDate date = PartialDate.parse(text);
      if (date.approximate()) {
        sinceVersion2.add(Map.entry(prop.value(), "an approximate date (" + quote(text) + ")"));
      }
      return date;
    } catch (IllegalArgumentException e) {
      String reason = e.getMessage() == null || e.getMessage().startsWith("date must be")
          ? "a date is yyyy, yyyy-MM or yyyy-MM-dd, with a trailing ~ when approximate (2017~)"
          : e.getMessage();
      add(prop.value(), "date " + quote(text) + " is not valid: " + reason);
      return null;
    }
  }

  private URI uri(Pos at, String what, String text) {
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      add(at, what + " " + quote(text) + " is not a valid URI: " + e.getReason()
          + " at index " + e.getIndex());
      return null;
    }
  }

  // ---------------------------------------------------------------- problems

  private void wrongType(Pos at, String what, String expected, boolean optional) {
    boolean isNull = p.currentToken() == JsonToken.VALUE_NULL;
    String message = what + " must be " + expected + " but was " + describeValue();
    p.skipChildren();
    if (isNull && optional) {
      message += "; leave the property out when there is no value";
    }
    add(at, message);
  }

  private void add(Pos at, String message) {
    problems.add(at.problem(message));
    if (problems.size() >= MAX_PROBLEMS) {
      // the note stands where reading stopped
      problems.add(at.problem("too many problems: reading stopped after " + MAX_PROBLEMS));
      throw new Stop();
    }
  }

  private void stop(Pos at, String message) {
    problems.add(at.problem(message));
    throw new Stop();
  }

  /** Stops with this problem alone: what was found before does not matter any more. */
  private void stopOnly(Pos at, String message) {
    problems.clear();
    stop(at, message);
  }

  private static Pos here(String path, TokenStreamLocation location) {
    return Pos.of(location, path);
  }

  private String describeValue() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case VALUE_STRING -> "a string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getString());
      default -> describeToken(t);
    };
  }

  static String describeToken(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "a property name";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String unknownProperty(String name, List<String> known) {
    String guess = closest(name, known);
    return "unknown property " + quote(name)
        + (guess != null
            ? "; did you mean \"" + guess + "\"?"
            : "; expected one of: " + String.join(", ", known));
  }

  /** Returns the known name within two edits of {@code name} (ignoring case), or null. */
  private static String closest(String name, List<String> known) {
    if (name.length() > 40) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT),
          candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Returns text in double quotes, shortened and with control characters escaped. */
  static String quote(String text) {
    return "\"" + abbreviate(text) + "\"";
  }

  static String abbreviate(String text) {
    StringBuilder s = new StringBuilder();
    int limit = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    if (text.length() > limit) {
      s.append("...");
    }
    return s.toString();
  }
}
