package dev.argmap.json.internal;

import static dev.argmap.json.internal.Names.*;

import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.JsonProblem;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.CopyId;
import dev.argmap.model.ElementId;
import dev.argmap.model.ElementKind;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.Locator;
import dev.argmap.model.MapProblem;
import dev.argmap.model.MapRule;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
  private final boolean positions;
  private final MapSink sink;
  private final List<JsonProblem> problems = new ArrayList<>();
  private LocationIndex index = new LocationIndex(new Where(new Pos(1, 1, Paths.ROOT)), true);
  /** The version the document declares, once read; 0 before. */
  private int version;
  /** Where the document uses a property that is new in version 2, and its name. */
  private final List<Map.Entry<Pos, String>> sinceVersion2 = new ArrayList<>();
  /** The identifiers of elements with problems that kept them out of the map. */
  private final Map<ElementKind, Set<String>> dropped = new EnumMap<>(ElementKind.class);
  /** The kinds of element whose list was missing or not a list. */
  private final Set<ElementKind> incomplete = EnumSet.noneOf(ElementKind.class);
  /** The elements that had problems of structure, by identity. */
  private final Set<Where> troubled = Collections.newSetFromMap(new IdentityHashMap<>());
  /**
   * One identifier per distinct source or copy text, shared by the elements that name it. Evidence items name few
   * sources and copies many times each: sharing spares an object per reference and lets the map's reference checks
   * meet one identifier already in cache (equal by identity) instead of reading a fresh copy's text again long after
   * it was parsed. Identifiers are values, so nothing a user sees changes. Bounded by {@link #MAX_SHARED_IDS}.
   */
  private final Map<String, SourceId> sharedSources = new HashMap<>();
  private final Map<String, CopyId> sharedCopies = new HashMap<>();
  private static final int MAX_SHARED_IDS = 1 << 14;
  /** Whether the theses were missing or had problems. */
  private boolean thesesIncomplete;

  /** The model's rules about a value that is there, which a field left out cannot break. */
  private static final Set<MapRule> PRESENT_VALUE_RULES = EnumSet.of(MapRule.OUT_OF_RANGE,
      MapRule.BLANK_TEXT, MapRule.INVALID_TEXT, MapRule.DUPLICATE_ID, MapRule.CIRCULAR_ARGUMENT,
      MapRule.DUPLICATE_PREMISE, MapRule.CITES_ITSELF, MapRule.INVALID_URL, MapRule.INVALID_DATE);

  /** The kinds of element that references name, by the word the model's messages use. */
  private static final Map<String, ElementKind> TARGET_KINDS = Map.of(
      "statement", ElementKind.STATEMENT, "argument", ElementKind.ARGUMENT,
      "source", ElementKind.SOURCE, "copy", ElementKind.COPY, "evidence", ElementKind.EVIDENCE);

  /** Thrown to stop reading; the problems so far say why. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  MapReader(JsonParser parser, boolean ignoreUnknown, int maxArrayElements) {
    this(parser, ignoreUnknown, maxArrayElements, true);
  }

  /**
   * A reader that, without {@code positions}, records no line or column: for a first pass that only
   * has to tell a valid document from one with problems, which is read again with positions to
   * report them.
   */
  MapReader(JsonParser parser, boolean ignoreUnknown, int maxArrayElements, boolean positions) {
    this(parser, ignoreUnknown, maxArrayElements, positions, new MapSink.Building());
  }

  /** A reader that hands each element to {@code sink} as it is read, with positions. */
  MapReader(JsonParser parser, boolean ignoreUnknown, int maxArrayElements, MapSink sink) {
    this(parser, ignoreUnknown, maxArrayElements, true, sink);
  }

  private MapReader(JsonParser parser, boolean ignoreUnknown, int maxArrayElements,
      boolean positions, MapSink sink) {
    this.p = parser;
    this.ignoreUnknown = ignoreUnknown;
    this.maxArrayElements = maxArrayElements;
    this.positions = positions;
    this.sink = sink;
  }

  /**
   * The one position of a reader that records none: the first pass reports nothing (a document
   * with a problem is read again, with positions), so it needs no line, column or path.
   */
  private static final Pos NOWHERE = new Pos(1, 1, Paths.ROOT);

  /** Where the current token starts, or nowhere when this reader records no positions. */
  private TokenStreamLocation tokenLocation() {
    return positions ? p.currentTokenLocation() : TokenStreamLocation.NA;
  }

  // ---------------------------------------------------------------- entry points

  /** Reads a whole document: one map, and nothing after it. */
  ArgumentMap readDocument() {
    if (p.nextToken() == null) {
      stop(here(Paths.ROOT, p.currentLocation()),
          "the document is empty; an argmap document is a JSON object that starts with "
              + "{\"format\": \"argmap\", \"formatVersion\": " + FORMAT_VERSION);
    }
    readMap(Paths.ROOT);
    JsonToken after = p.nextToken();
    if (after != null) {
      stop(here(Paths.ROOT, p.currentTokenLocation()),
          "unexpected content after the end of the document: " + describeToken(after));
    }
    return build();
  }

  /** Reads the map the parser is at, as a value inside a larger document. */
  ArgumentMap readValue() {
    JsonToken t = p.currentToken();
    TokenStreamContext context = p.streamReadContext();
    String path = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        ? Paths.of(context.getParent())
        : Paths.of(context);
    readMap(path);
    return build();
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

  private void readMap(String path) {
    Pos rootPos = here(path, tokenLocation());
    Where mapWhere = where(rootPos);
    // the first pass reports nothing, so it needs no index of where each element stands
    index = new LocationIndex(mapWhere, positions && sink instanceof MapSink.Building);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      stop(rootPos, "not an argmap document: expected a JSON object but found "
          + describeToken(p.currentToken()));
    }
    Props props = new Props(rootPos, path, MAP_PROPERTIES);
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case FORMAT -> checkFormat(prop);
        case FORMAT_VERSION_PROPERTY -> checkVersion(prop);
        case TITLE -> {
          String title = string(prop, true);
          if (title != null) {
            sink.title(title);
            mapWhere.put(TITLE, prop.value());
          }
        }
        case DESCRIPTION -> {
          String description = string(prop, true);
          if (description != null) {
            sink.description(description);
          }
        }
        case THESES -> {
          mapWhere.put(THESES, prop.value());
          int before = problems.size();
          thesesIncomplete = !array(prop, item -> {
            String id = string(item.pos(), "thesis", false);
            StatementId thesis = id(item.pos(), "thesis", id, StatementId::new);
            if (thesis != null) {
              sink.thesis(thesis);
              mapWhere.putReference("thesis", id, item.pos());
            }
          }) || problems.size() != before;
        }
        case STATEMENTS, ARGUMENTS, EVIDENCE, SOURCES -> {
          envelopeFirst(prop);
          readElements(prop);
        }
        case EXTENSIONS -> extensions(prop);
        default -> skipValue();
      }
    }
    finishMap(props, rootPos);
  }

  private void readElements(Prop prop) {
    switch (prop.name()) {
      case STATEMENTS -> incompleteUnless(array(prop, this::statement), ElementKind.STATEMENT);
      case ARGUMENTS -> incompleteUnless(array(prop, this::argument), ElementKind.ARGUMENT);
      case EVIDENCE -> incompleteUnless(array(prop, this::evidence), ElementKind.EVIDENCE);
      default -> {
        boolean complete = array(prop, this::source);
        incompleteUnless(complete, ElementKind.SOURCE);
        incompleteUnless(complete, ElementKind.COPY);
      }
    }
  }

  /**
   * Streamed, elements are handed out as they are read, so the envelope must have been checked
   * before: the writer puts it first.
   */
  private void envelopeFirst(Prop prop) {
    if (!(sink instanceof MapSink.Building) && version == 0) {
      stopOnly(prop.value(), "format and formatVersion must come before " + prop.name()
          + " when a document is read as a stream; put them first, as the writer does");
    }
  }

  private void finishMap(Props props, Pos rootPos) {
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
    if (!props.has(THESES)) {
      thesesIncomplete = true;
    }
    if (!props.has(STATEMENTS)) {
      incomplete.add(ElementKind.STATEMENT);
    }
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

  /**
   * Builds the map and checks the model's rules, also when the structure had problems, so that both
   * are reported in one round. The elements read despite problems of their own are in the map; those
   * that could not be built are not, and the model's problems that follow only from what was left out
   * (a reference to an element dropped, a rule about a field that was unreadable) are not reported.
   */
  private ArgumentMap build() {
    boolean structural = !problems.isEmpty();
    if (!(sink instanceof MapSink.Building building)) {
      // streamed: the elements went to their consumer one by one; no map to check
      if (structural) {
        throw new Stop();
      }
      return null;
    }
    try {
      ArgumentMap built = building.map().build();
      if (!structural) {
        return built;
      }
    } catch (InvalidMapException e) {
      if (!positions) {
        throw new Stop(); // the second pass, with positions, locates them
      }
      ProblemLocator locator = new ProblemLocator(index);
      for (MapProblem problem : e.problems()) {
        if (!structural || !followsFromStructure(problem)) {
          problems.add(locator.locate(problem));
        }
      }
    }
    throw new Stop();
  }

  /** Whether a model problem may be only a consequence of the structure's problems. */
  private boolean followsFromStructure(MapProblem problem) {
    String m = problem.message();
    switch (problem.rule()) {
      case MISSING_REFERENCE -> {
        int at = m.indexOf(" is not a ");
        if (at < 0) {
          return true;
        }
        String target = m.substring(m.lastIndexOf(' ', at - 1) + 1, at);
        String rest = m.substring(at + " is not a ".length());
        ElementKind kind = TARGET_KINDS.get(rest.substring(0, Math.max(0, rest.indexOf(' '))));
        return kind == null || incomplete.contains(kind)
            || dropped.getOrDefault(kind, Set.of()).contains(target);
      }
      case NO_THESIS -> {
        return thesesIncomplete;
      }
      default -> {
        if (PRESENT_VALUE_RULES.contains(problem.rule())) {
          return false;
        }
        for (Where where : index.get(problem.elementKind(), problem.elementId().map(ElementId::value).orElse(""))) {
          if (troubled.contains(where)) {
            return true;
          }
        }
        return problem.elementKind() == ElementKind.MAP && thesesIncomplete;
      }
    }
  }

  /**
   * Ends reading an element: builds it and adds it to the map unless it cannot be built, and notes
   * whether it had problems and, when it is not in the map, its identifier.
   *
   * @return the element, or null when it could not be built
   */
  private <T> T finish(
      ElementKind kind, Where w, int before, Supplier<T> build, BiConsumer<T, Pos> add) {
    boolean clean = problems.size() == before;
    T value = build(build, w, clean);
    if (value != null) {
      add.accept(value, w.element());
    }
    if (problems.size() != before) {
      troubled.add(w);
    }
    if (value == null && w.elementId() != null) {
      drop(kind, w.elementId());
    }
    return value;
  }

  /** Builds a part of an element (a locator, a person, a copy) read without problems. */
  private <T> T part(Supplier<T> build, Where w) {
    return build(build, w, true);
  }

  /**
   * Builds a value. A value that checks its own ranges throws {@link IllegalArgumentException}: that
   * is reported at its field when the message names one. A required attribute that is missing
   * ({@link IllegalStateException}) was reported already, unless the value was read cleanly.
   */
  private <T> T build(Supplier<T> build, Where w, boolean clean) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      add(placeOf(e.getMessage(), w), String.valueOf(e.getMessage()));
      return null;
    } catch (IllegalStateException e) {
      if (clean) {
        add(w.element(), String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  private static Pos placeOf(String message, Where w) {
    if (message != null) {
      int at = message.indexOf(" must ");
      Pos pos = at > 0 ? w.field(message.substring(0, at)) : null;
      if (pos != null) {
        return pos;
      }
    }
    return w.element();
  }

  private void drop(ElementKind kind, String id) {
    dropped.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
  }

  private void incompleteUnless(boolean complete, ElementKind kind) {
    if (!complete) {
      incomplete.add(kind);
    }
  }

  /**
   * Reads the extensions: an object of namespaces to foreign data as text, in order. Its property
   * names are the namespaces, so none is unknown.
   */
  private void extensions(Prop prop) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(prop.value(), prop.name(), "an object", false);
      return;
    }
    String path = prop.path();
    Set<String> namespaces = new HashSet<>();
    int count = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String namespace = p.currentName();
      Pos namePos = Pos.of(tokenLocation(), path, namespace);
      p.nextToken();
      Pos valuePos = Pos.of(tokenLocation(), path, namespace);
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
        sink.extension(namespace, data);
      }
    }
  }

  // ---------------------------------------------------------------- elements

  private void statement(Item item) {
    Props props = object(item.pos(), "statement", item.path(), STATEMENT_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = where(item.pos());
    Statement.Builder s = Statement.builder();
    Set<String> tags = new HashSet<>(4);
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
        default -> skipValue();
      }
    }
    props.require(ID, TEXT);
    finish(ElementKind.STATEMENT, w, before, s::build, sink::statement);
  }

  private void argument(Item item) {
    Props props = object(item.pos(), "argument", item.path(), ARGUMENT_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = where(item.pos());
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
        default -> skipValue();
      }
    }
    props.require(ID, PREMISES, CONCLUSION, POLARITY);
    finish(ElementKind.ARGUMENT, w, before, a::build, sink::argument);
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

  private void evidence(Item item) {
    Props props = object(item.pos(), "evidence item", item.path(), EVIDENCE_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = where(item.pos());
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
          SourceId id = sharedId(prop.value(), prop.name(), text, sharedSources, SourceId::new);
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
          // only a version 1 document reports them, so a version 2 one builds no message
          if (version != 2) {
            sinceVersion2.add(Map.entry(prop.value(), "property " + quote(VOICE)));
          }
          Voice voice = enumValue(prop, VOICES);
          if (voice != null) {
            e.voice(voice);
            w.put(VOICE, prop.value());
          }
        }
        case CITED_WORK -> {
          String text = string(prop, true);
          SourceId id = sharedId(prop.value(), prop.name(), text, sharedSources, SourceId::new);
          if (id != null) {
            e.citedWork(id);
            w.putReference("cited work", text, prop.value());
          }
        }
        case CITED_AT -> {
          // only a version 1 document reports them, so a version 2 one builds no message
          if (version != 2) {
            sinceVersion2.add(Map.entry(prop.value(), "property " + quote(CITED_AT)));
          }
          text(prop, true, w, e::citedAt);
          w.put("place in the cited work", prop.value());
        }
        case NOTES -> text(prop, true, w, e::notes);
        default -> skipValue();
      }
    }
    props.require(ID, STATEMENT, QUOTE, SOURCE);
    finish(ElementKind.EVIDENCE, w, before, e::build, sink::evidence);
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
          CopyId copy = sharedId(field.value(), field.name(), text, sharedCopies, CopyId::new);
          if (copy != null) {
            l.copy(copy);
            w.putReference("locator copy", text, field.value());
          }
        }
        case SECTION -> {
          // only a version 1 document reports them, so a version 2 one builds no message
          if (version != 2) {
            sinceVersion2.add(Map.entry(field.value(), "property " + quote(SECTION) + " of a locator"));
          }
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
        default -> skipValue();
      }
    }
    props.require(COPY);
    return problems.size() == before ? part(l::build, w) : null;
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
          // only a version 1 document reports them, so a version 2 one builds no message
          if (version != 2) {
            sinceVersion2.add(Map.entry(field.value(), "property " + quote(KIND) + " of " + what));
          }
          PersonKind kind = enumValue(field, PERSON_KINDS);
          if (kind != null) {
            person.kind(kind);
          }
        }
        default -> skipValue();
      }
    }
    props.require(NAME);
    return problems.size() == before ? part(person::build, w) : null;
  }

  private void source(Item item) {
    Props props = object(item.pos(), "source", item.path(), SOURCE_PROPERTIES);
    if (props == null) {
      return;
    }
    int before = problems.size();
    Where w = where(item.pos());
    Source.Builder s = Source.builder();
    List<String> copies = new ArrayList<>();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          SourceId id = sharedId(prop, sharedSources, SourceId::new);
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
            copies.add(c.id().value());
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
        default -> skipValue();
      }
    }
    props.require(ID, KIND);
    Source built = finish(ElementKind.SOURCE, w, before, s::build, sink::source);
    if (built == null) {
      copies.forEach(copy -> drop(ElementKind.COPY, copy));
    }
  }

  private SourceCopy copy(Item item) {
    Props props = object(item.pos(), COPY, item.path(), COPY_PROPERTIES);
    if (props == null) {
      return null;
    }
    int before = problems.size();
    Where w = where(item.pos());
    SourceCopy.Builder c = SourceCopy.builder();
    for (Prop prop; (prop = props.next()) != null; ) {
      switch (prop.name()) {
        case ID -> {
          CopyId id = sharedId(prop, sharedCopies, CopyId::new);
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
        default -> skipValue();
      }
    }
    props.require(ID);
    SourceCopy built = problems.size() == before ? part(c::build, w) : null;
    if (built == null && w.elementId() != null) {
      drop(ElementKind.COPY, w.elementId());
    }
    return built;
  }

  // ---------------------------------------------------------------- structure

  /** A property of an object, with the parser at its value. */
  private record Prop(String name, String parent, Pos value) {
    /** Returns the property's path, or null in a reader that records no positions. */
    String path() {
      return parent == null ? null : Paths.property(parent, name);
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
    private final String[] names; // the known names, to find a name by identity first
    private final Map<String, Integer> bits; // the index of each known name
    private int seen; // a bit for each known name, by its index
    // the unknown names met so far, in a first pass that ignores them (null until one is met): that
    // pass's parser does not detect repeated names
    private Set<String> unknown;
    private int next; // where {@link #indexOf} starts looking: after the last name it found

    Props(Pos at, String path, List<String> known) {
      this.at = at;
      this.path = positions ? path : null;
      this.known = known;
      this.names = namesOf(known);
      this.bits = bitsOf(known);
    }

    /**
     * The index of a known name, or -1. The first pass's parser interns names, so a known name is
     * nearly always the very string of {@link Names} and found without hashing or comparing text.
     */
    private int indexOf(String name) {
      // the writer puts the properties in the order of the known names, so the search starts after
      // the last one found and usually ends at its first comparison
      String[] k = names;
      for (int i = next; i < k.length; i++) {
        if (k[i] == name) {
          next = i + 1;
          return i;
        }
      }
      for (int i = 0; i < next && i < k.length; i++) {
        if (k[i] == name) {
          next = i + 1;
          return i;
        }
      }
      Integer index = bits.get(name);
      return index == null ? -1 : index;
    }

    Prop next() {
      while (true) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.PROPERTY_NAME) {
          return null; // END_OBJECT: the parser checks that objects are well formed
        }
        String name = p.currentName();
        int bit = indexOf(name);
        if (bit >= 0 && (seen & (1 << bit)) == 0) {
          // the position of the name serves only to report a problem, and a first known one has none
          p.nextToken();
          seen |= 1 << bit;
          return new Prop(name, path, positions ? Pos.of(tokenLocation(), path, name) : NOWHERE);
        }
        Pos namePos = positions ? Pos.of(tokenLocation(), path, name) : NOWHERE;
        p.nextToken();
        if (bit >= 0) {
          // only with a parser that does not detect duplicates itself (the first pass's, the
          // module's maybe)
          skipValue();
          add(namePos, "duplicate key " + quote(name) + ": each property may appear once in an object");
          continue;
        }
        skipValue();
        if (!ignoreUnknown) {
          add(namePos, unknownProperty(name, known));
        } else if (!positions) {
          if (unknown == null) {
            unknown = new HashSet<>();
          }
          if (!unknown.add(name)) {
            add(namePos, "duplicate key " + quote(name) + ": each property may appear once in an object");
          }
        }
      }
    }

    boolean has(String name) {
      int bit = indexOf(name);
      return bit >= 0 && (seen & (1 << bit)) != 0;
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

  /** The known names of each list of {@link Names}, as an array. */
  private static final Map<List<String>, String[]> NAMES = new IdentityHashMap<>();

  static {
    for (List<String> known : BITS.keySet()) {
      NAMES.put(known, known.toArray(new String[0]));
    }
  }

  private static String[] namesOf(List<String> known) {
    String[] names = NAMES.get(known);
    return names != null ? names : known.toArray(new String[0]);
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
  /** Returns whether it was an array; when not, that is reported. */
  private boolean array(Prop prop, Consumer<Item> each) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(prop.value(), prop.name(), "an array", false);
      return false;
    }
    int i = 0;
    String arrayPath = prop.path();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = positions ? Paths.index(arrayPath, i) : null;
      Pos pos = positions ? here(path, tokenLocation()) : NOWHERE;
      if (i >= maxArrayElements) {
        stop(pos, prop.name() + " has more than " + maxArrayElements
            + " elements, the limit of this reader");
      }
      each.accept(new Item(i, path, pos));
      i++;
    }
    return true;
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

  /**
   * Reads a number in [0, 1] (a weight or a credibility). The model's values refuse one outside it
   * when they are built, so the reader notes it here, at the field, and leaves the field unset: the
   * element is still built, so that what refers to it, and what it refers to, is checked in the same
   * round.
   */
  private Double unit(Prop prop) {
    Double value = number(prop);
    if (value != null && !(value >= 0.0 && value <= 1.0)) {
      add(prop.value(), prop.name() + " must be in [0, 1] but was " + value);
      return null;
    }
    return value;
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

  /** {@link #sharedId(Pos, String, String, Map, Function)} of a property's text (a missing text reported). */
  private <T> T sharedId(Prop prop, Map<String, T> shared, Function<String, T> type) {
    return sharedId(prop.value(), prop.name(), string(prop, false), shared, type);
  }

  /** {@link #id(Pos, String, String, Function)}, shared with every other use of the same text in {@code shared}. */
  private <T> T sharedId(Pos at, String what, String text, Map<String, T> shared, Function<String, T> type) {
    if (text == null) {
      return null;
    }
    T id = shared.get(text);
    if (id == null) {
      id = id(at, what, text, type);
      if (id != null && shared.size() < MAX_SHARED_IDS) {
        shared.put(text, id);
      }
    }
    return id;
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
        // only a version 1 document reports them, so a version 2 one builds no message
        if (version != 2) {
          sinceVersion2.add(Map.entry(prop.value(), "an approximate date (" + quote(text) + ")"));
        }
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
    if (!positions) {
      // the first pass only tells a valid document from one with problems; the second reports them
      throw new Stop();
    }
    problems.add(at.problem(message));
    if (problems.size() >= MAX_PROBLEMS) {
      // the note stands where reading stopped
      problems.add(at.problem("too many problems: reading stopped after " + MAX_PROBLEMS));
      throw new Stop();
    }
  }

  private void stop(Pos at, String message) {
    if (!positions) {
      throw new Stop();
    }
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

  /**
   * Skips the value the parser is at. The first pass's parser does not detect repeated names, so
   * there the objects inside a skipped value are checked here: the second pass's parser would
   * report a repeat, and the first must not accept what the second refuses.
   */
  private void skipValue() {
    JsonToken t = p.currentToken();
    if (positions || (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY)) {
      p.skipChildren();
      return;
    }
    // iterative, so that a deep value costs no stack: a set of names per open object, a marker per
    // open array
    Object inArray = new Object();
    java.util.ArrayDeque<Object> open = new java.util.ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<String>() : inArray);
    while (!open.isEmpty()) {
      JsonToken n = p.nextToken();
      if (n == null) {
        throw new Stop(); // cannot happen: the parser fails first on an unclosed value
      }
      switch (n) {
        case PROPERTY_NAME -> {
          @SuppressWarnings("unchecked")
          Set<String> names = (Set<String>) open.peek();
          if (!names.add(p.currentName())) {
            throw new Stop();
          }
        }
        case START_OBJECT -> open.push(new HashSet<String>());
        case START_ARRAY -> open.push(inArray);
        case END_OBJECT, END_ARRAY -> open.pop();
        default -> { }
      }
    }
  }

  /** Returns a record of where an element's fields stand; one that records nothing in a first pass. */
  private Where where(Pos element) {
    return positions ? new Where(element) : Where.notRecording(element);
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
