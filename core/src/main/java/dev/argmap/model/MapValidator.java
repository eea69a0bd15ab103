package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The map-wide checks behind {@link ArgumentMap.Builder#build()}: it collects every error. The
 * identifier indexes it checks references and repeats against are the ones the builder filled as
 * the elements were added, and the ones the map keeps, so that a build indexes no element again.
 */
final class MapValidator {
  // a list of premises this short is checked for repeats by comparing pairs, which costs less than
  // a hash set for the one to three premises an argument usually has
  private static final int PAIRWISE_PREMISES = 16;

  private final ImmutableList.Builder<MapProblem> problems = ImmutableList.builder();
  private int found;

  MapValidator() {}

  /**
   * Whether the elements a reference names are there. The full check asks the map's indexes; the
   * check of an element as it is added asks the elements added so far and keeps a reference to one
   * not yet added for {@link #checkedAsAdded} to look up when the map is built.
   */
  interface Refs {
    boolean statement(StatementId id);

    boolean argument(ArgumentId id);

    boolean source(SourceId id);

    /** {@return the source that holds {@code copy}, or null when none does} */
    SourceId ownerOf(CopyId copy, SourceId evidenceSource);
  }

  /** {@return whether this validator has found any problem} */
  boolean foundAny() {
    return found > 0;
  }

  /**
   * What a check of a builder's content found: its problems, the identifier indexes it was given,
   * and the copies' owners, in the order the sources were added (for a copy identifier used twice,
   * the first source with it).
   */
  static final class Result {
    final ImmutableList<MapProblem> problems;
    final IdIndex<StatementId> statements;
    final IdIndex<ArgumentId> arguments;
    final IdIndex<EvidenceId> evidence;
    final IdIndex<SourceId> sources;
    final ImmutableMap<CopyId, SourceId> copyOwners;

    private Result(
        ImmutableList<MapProblem> problems,
        IdIndex<StatementId> statements,
        IdIndex<ArgumentId> arguments,
        IdIndex<EvidenceId> evidence,
        IdIndex<SourceId> sources,
        ImmutableMap<CopyId, SourceId> copyOwners) {
      this.problems = problems;
      this.statements = statements;
      this.arguments = arguments;
      this.evidence = evidence;
      this.sources = sources;
      this.copyOwners = copyOwners;
    }
  }

  static Result validate(
      Optional<String> title,
      Optional<String> description,
      Map<String, String> extensions,
      List<StatementId> theses,
      List<Statement> statements,
      IdIndex<StatementId> statementIds,
      List<Argument> arguments,
      IdIndex<ArgumentId> argumentIds,
      List<Evidence> evidence,
      IdIndex<EvidenceId> evidenceIds,
      List<Source> sources,
      IdIndex<SourceId> sourceIds) {
    MapValidator v = new MapValidator();
    if (title.isPresent()) {
      v.requireText(null, "title", title.get());
    }

    v.uniqueIds(ElementKind.STATEMENT, statements, statementIds, Statement::id);
    v.uniqueIds(ElementKind.ARGUMENT, arguments, argumentIds, Argument::id);
    v.uniqueIds(ElementKind.EVIDENCE, evidence, evidenceIds, Evidence::id);
    v.uniqueIds(ElementKind.SOURCE, sources, sourceIds, Source::id);
    ImmutableMap<CopyId, SourceId> copyOwners = v.copyOwners(sources);

    v.checkMapLevel(theses, statementIds, description, extensions);

    for (Statement s : statements) {
      // the statement looked at its own texts when it was built; a clean one is not read again
      if (!s.textsToCheck()) {
        continue;
      }
      StatementId id = s.id();
      if (s.notes().isPresent()) {
        v.requireUnicode(id, "notes", s.notes().get());
      }
      for (String tag : s.tags()) {
        v.requireUnicode(id, "tag", tag);
      }
      v.requireText(id, "text", s.text());
      if (s.title().isPresent()) {
        v.requireText(id, "title", s.title().get());
      }
    }

    Refs refs = new Refs() {
      @Override
      public boolean statement(StatementId id) {
        return statementIds.contains(id);
      }

      @Override
      public boolean argument(ArgumentId id) {
        return argumentIds.contains(id);
      }

      @Override
      public boolean source(SourceId id) {
        return sourceIds.contains(id);
      }

      @Override
      public SourceId ownerOf(CopyId copy, SourceId evidenceSource) {
        return copyOwners.get(copy);
      }
    };
    for (Argument a : arguments) {
      v.checkArgument(a, refs);
    }

    for (Evidence e : evidence) {
      v.checkEvidence(e, refs);
    }

    for (Source s : sources) {
      v.checkSource(s);
    }
    return new Result(v.problems.build(), statementIds, argumentIds, evidenceIds, sourceIds,
        copyOwners);
  }

  /**
   * The rest of {@link #validate} for a builder whose every element passed its own checks as it
   * was added ({@link #checkArgument}, {@link #checkEvidence}, {@link #checkSource} against the
   * elements added so far, the statements' text flags, no repeated identifier): the map-wide
   * rules, and the references that named an element not yet added then. A large map's elements
   * have left the cache by the time it is built, so not walking them again is the point.
   *
   * @return the result, or null when anything is wrong: {@link #validate} then runs every check
   *     again, in its order, to report the problems
   */
  static Result checkedAsAdded(
      Optional<String> title,
      Optional<String> description,
      Map<String, String> extensions,
      List<StatementId> theses,
      int statementCount,
      IdIndex<StatementId> statementIds,
      int argumentCount,
      IdIndex<ArgumentId> argumentIds,
      int evidenceCount,
      IdIndex<EvidenceId> evidenceIds,
      List<Source> sources,
      IdIndex<SourceId> sourceIds,
      Later later) {
    if (statementIds.size() != statementCount || argumentIds.size() != argumentCount
        || evidenceIds.size() != evidenceCount || sourceIds.size() != sources.size()) {
      return null;
    }
    MapValidator v = new MapValidator();
    if (title.isPresent()) {
      v.requireText(null, "title", title.get());
    }
    ImmutableMap<CopyId, SourceId> copyOwners = v.copyOwners(sources);
    v.checkMapLevel(theses, statementIds, description, extensions);
    if (v.foundAny()) {
      return null;
    }
    if (!allIn(later.statements, statementIds) || !allIn(later.arguments, argumentIds)
        || !allIn(later.sources, sourceIds)) {
      return null;
    }
    for (int i = 0; i < later.copies.size(); i++) {
      SourceId owner = copyOwners.get(later.copies.get(i));
      if (owner == null || !owner.equals(later.copySources.get(i))) {
        return null;
      }
    }
    return new Result(ImmutableList.of(), statementIds, argumentIds, evidenceIds, sourceIds,
        copyOwners);
  }

  private static <K extends ElementId> boolean allIn(List<K> ids, IdIndex<K> index) {
    for (K id : ids) {
      if (!index.contains(id)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The references that elements named, as they were added, before what they name was added: the
   * map's build looks them up. A copy is kept with the source of the evidence that names it.
   */
  static final class Later {
    final List<StatementId> statements = new ArrayList<>();
    final List<ArgumentId> arguments = new ArrayList<>();
    final List<SourceId> sources = new ArrayList<>();
    final List<CopyId> copies = new ArrayList<>();
    final List<SourceId> copySources = new ArrayList<>();
  }

  /** Checks an argument as it is added: only its own problems, references through {@code refs}. */
  void checkAdded(Argument a, Refs refs) {
    checkArgument(a, refs);
  }

  /** Checks an evidence item as it is added: only its own problems, references through {@code refs}. */
  void checkAdded(Evidence e, Refs refs) {
    checkEvidence(e, refs);
  }

  /** Checks a source as it is added. */
  void checkAdded(Source s) {
    checkSource(s);
  }

  /** The theses, the description and the extensions: the rules about the map as a whole. */
  private void checkMapLevel(
      List<StatementId> theses,
      IdIndex<StatementId> statementIds,
      Optional<String> description,
      Map<String, String> extensions) {
    if (theses.isEmpty()) {
      add(null, MapRule.NO_THESIS, "names no thesis",
          "name at least one statement as a thesis, the claim under debate");
    }
    Set<StatementId> seenTheses = new HashSet<>();
    for (StatementId t : theses) {
      if (!statementIds.contains(t)) {
        add(null, MapRule.MISSING_REFERENCE,
            "thesis " + t + " is not a statement of the map",
            "add a statement with id " + t + " or remove it from the theses");
      } else if (!seenTheses.add(t)) {
        add(null, MapRule.DUPLICATE_ID, "thesis " + t + " is named twice",
            "name each thesis once");
      }
    }

    if (description.isPresent()) {
      requireUnicode(null, "description", description.get());
    }
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      requireUnicode(null, "extension key", e.getKey());
      requireUnicode(null, "extension " + e.getKey(), e.getValue());
    }
  }

  private void checkArgument(Argument a, Refs refs) {
    ArgumentId id = a.id();
    List<StatementId> premises = a.premises();
    if (premises.isEmpty()) {
      add(id, MapRule.NO_PREMISES, "has no premises",
          "add at least one premise, or remove the argument");
    }
    Set<StatementId> seenPremises =
        premises.size() > PAIRWISE_PREMISES ? new HashSet<>() : null;
    for (int i = 0; i < premises.size(); i++) {
      StatementId p = premises.get(i);
      if (!refs.statement(p)) {
        missing(id, "premise", "statement", p.value());
      }
      boolean repeated = seenPremises == null ? occursBefore(premises, i) : !seenPremises.add(p);
      if (repeated) {
        add(id, MapRule.DUPLICATE_PREMISE,
            "lists premise " + p + " twice", "list each premise once");
      }
      if (p.equals(a.conclusion())) {
        add(id, MapRule.CIRCULAR_ARGUMENT,
            "lists its conclusion " + p + " among its premises",
            "remove " + p + " from the premises; a claim cannot be a reason for itself");
      }
    }
    if (a.conclusion() instanceof StatementId c && !refs.statement(c)) {
      missing(id, "conclusion", "statement", c.value());
    } else if (a.conclusion() instanceof ArgumentId c) {
      if (c.equals(a.id())) {
        add(id, MapRule.CIRCULAR_ARGUMENT, "concludes itself",
            "point the argument at a statement or at another argument");
      } else if (!refs.argument(c)) {
        missing(id, "conclusion", "argument", c.value());
      }
    }
    if (!a.textsToCheck()) {
      return;
    }
    if (a.scheme().isPresent()) {
      requireText(id, "scheme", a.scheme().get());
    }
    if (a.label().isPresent()) {
      requireText(id, "label", a.label().get());
    }
    if (a.notes().isPresent()) {
      requireUnicode(id, "notes", a.notes().get());
    }
  }

  private static boolean occursBefore(List<StatementId> premises, int at) {
    StatementId p = premises.get(at);
    for (int j = 0; j < at; j++) {
      if (premises.get(j).equals(p)) {
        return true;
      }
    }
    return false;
  }

  private void checkEvidence(Evidence e, Refs refs) {
    EvidenceId id = e.id();
    // the item looked at its own texts when it was built; a clean one's are not read again
    boolean texts = e.textsToCheck();
    if (texts) {
      requireText(id, "quote", e.quote());
    }
    if (!refs.statement(e.statement())) {
      missing(id, "statement", "statement", e.statement().value());
    }
    if (!refs.source(e.source())) {
      missing(id, "source", "source", e.source().value());
    }
    Optional<SourceId> citedWork = e.citedWork();
    if (citedWork.isPresent()) {
      SourceId w = citedWork.get();
      if (!refs.source(w)) {
        missing(id, "cited work", "source", w.value());
      } else if (w.equals(e.source())) {
        add(id, MapRule.CITES_ITSELF,
            "names its source " + w + " as the work it cites",
            "leave the cited work out, or name the original work the source takes the claim from");
      }
    }
    Optional<String> citedAt = e.citedAt();
    if (citedAt.isPresent()) {
      String at = citedAt.get();
      if (texts) {
        requireText(id, "place in the cited work", at);
      }
      if (citedWork.isEmpty()) {
        add(id, MapRule.CITED_AT_WITHOUT_WORK,
            "says where in a cited work the claim stands (cited at \"" + at
                + "\") but names no cited work",
            "name the cited work the place belongs to, or leave the place out");
      }
    }
    Optional<Person> speaker = e.speaker();
    if (texts && speaker.isPresent()) {
      requireText(id, "speaker name", speaker.get().name());
      if (speaker.get().role().isPresent()) {
        requireUnicode(id, "speaker role", speaker.get().role().get());
      }
    }
    if (texts && e.notes().isPresent()) {
      requireUnicode(id, "notes", e.notes().get());
    }
    checkVoice(id, e);
    if (e.locator().isPresent()) {
      checkLocator(id, e, e.locator().get(), refs, texts);
    }
  }

  private void checkSource(Source s) {
    SourceId id = s.id();
    s.title().ifPresent(t -> requireText(id, "title", t));
    s.publisher().ifPresent(t -> requireText(id, "publisher", t));
    s.notes().ifPresent(t -> requireUnicode(id, "notes", t));
    for (Person author : s.authors()) {
      author.role().ifPresent(t -> requireUnicode(id, "author role", t));
      requireText(id, "author name", author.name());
    }
    for (URI link : s.links()) {
      checkUrl(id, link);
    }
    for (SourceCopy c : s.copies()) {
      CopyId copy = c.id();
      c.document().ifPresent(t -> requireUnicode(copy, "document", t));
      c.description().ifPresent(t -> requireUnicode(copy, "description", t));
      c.publisher().ifPresent(t -> requireUnicode(copy, "publisher", t));
      c.link().ifPresent(link -> checkUrl(copy, link));
      // an approximate date has no firm bounds, so only two exact dates can contradict each other
      if (c.date().isPresent() && s.date().isPresent()
          && !c.date().get().approximate() && !s.date().get().approximate()
          && c.date().get().latestDay().isBefore(s.date().get().earliestDay())) {
        add(copy, MapRule.INVALID_DATE,
            "is dated " + c.date().get() + ", before its source " + id + " was published ("
                + s.date().get() + ")",
            "correct the date of the copy or of the source");
      }
    }
  }

  /**
   * Reports each identifier used by more than one element (once). The builder's index holds each
   * identifier once, so only when it holds fewer than there are elements is the list walked, to
   * report the repeats in the order of their second use.
   */
  private <T, K extends ElementId> void uniqueIds(
      ElementKind kind, List<T> values, IdIndex<K> index, Function<T, K> id) {
    if (index.size() == values.size()) {
      return;
    }
    Set<K> first = new HashSet<>();
    Set<K> reported = new HashSet<>();
    for (T value : values) {
      K key = id.apply(value);
      if (!first.add(key) && reported.add(key)) {
        String noun = Messages.noun(kind);
        add(key, MapRule.DUPLICATE_ID, "identifier is used by more than one " + noun,
            "give each " + noun + " its own identifier; to change one, replace it instead of "
                + "adding it again");
      }
    }
  }

  /** Maps each copy to its source, reporting a copy identifier used more than once (each time). */
  private ImmutableMap<CopyId, SourceId> copyOwners(List<Source> sources) {
    int copies = 0;
    for (Source s : sources) {
      copies += s.copies().size();
    }
    ImmutableMap.Builder<CopyId, SourceId> owners = ImmutableMap.builderWithExpectedSize(copies);
    for (Source s : sources) {
      for (SourceCopy c : s.copies()) {
        owners.put(c.id(), s.id());
      }
    }
    try {
      return owners.buildOrThrow();
    } catch (IllegalArgumentException repeated) {
      Map<CopyId, SourceId> first = new LinkedHashMap<>();
      for (Source s : sources) {
        for (SourceCopy c : s.copies()) {
          if (first.putIfAbsent(c.id(), s.id()) != null) {
            add(c.id(), MapRule.DUPLICATE_ID,
                "identifier is used by more than one copy (sources " + first.get(c.id())
                    + " and " + s.id() + ")",
                "give each copy its own identifier");
          }
        }
      }
      return ImmutableMap.copyOf(first);
    }
  }

  private void checkLocator(
      EvidenceId id, Evidence e, Locator l, Refs refs, boolean texts) {
    SourceId owner = refs.ownerOf(l.copy(), e.source());
    if (owner == null) {
      missing(id, "locator copy", "copy", l.copy().value());
    } else if (!owner.equals(e.source())) {
      add(id, MapRule.COPY_OF_OTHER_SOURCE,
          "locator names copy " + l.copy() + " of source " + owner + ", but the evidence is from "
              + e.source(),
          "name a copy of " + e.source() + ", or attribute the evidence to " + owner);
    }
    if (texts) {
      l.section().ifPresent(x -> requireText(id, "locator section", x));
      l.page().ifPresent(p -> requireText(id, "locator page", p));
    }
    if (l.paragraph().isPresent() && l.paragraph().getAsInt() < 1) {
      add(id, MapRule.INVALID_RANGE,
          "locator paragraph must be at least 1 but was " + l.paragraph().getAsInt(),
          "count paragraphs from 1");
    }
    OptionalInt start = l.start();
    OptionalInt end = l.end();
    if (start.isPresent() != end.isPresent()) {
      add(id, MapRule.INVALID_RANGE,
          "locator gives only one end of its character range",
          "give both start and end, or neither");
    } else if (start.isPresent()
        && (start.getAsInt() < 0 || end.getAsInt() < start.getAsInt())) {
      add(id, MapRule.INVALID_RANGE,
          "locator character range [" + start.getAsInt() + ", " + end.getAsInt()
              + ") must satisfy 0 <= start <= end",
          "give the offsets of the quote's first character and of the one just past its last");
    }
  }

  private void checkVoice(EvidenceId id, Evidence e) {
    Voice voice = e.voice();
    if (voice.needsSpeaker() && e.speaker().isEmpty()) {
      // the voice's name is spelled out only for the message: a valid map never needs it
      String name = voice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      add(id, MapRule.VOICE_SPEAKER_MISMATCH,
          "is " + name + " but names no speaker",
          voice == Voice.REPORTED_SPEECH
              ? "name the speaker whose words the source reports, or set the voice to source"
              : "name the speaker whose words the quote gives, or set the voice to source");
    } else if (!voice.needsSpeaker() && e.speaker().isPresent()) {
      add(id, MapRule.VOICE_SPEAKER_MISMATCH,
          "is in the source's own voice but names speaker \"" + e.speaker().get().name() + "\"",
          "set the voice to direct quotation or reported speech, or leave the speaker out");
    }
  }

  private void checkUrl(ElementId id, URI link) {
    String scheme = link.getScheme();
    boolean web = scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    if (!link.isAbsolute() || !web || link.getHost() == null) {
      add(id, MapRule.INVALID_URL,
          "link must be an absolute http or https URL but was \"" + link + "\"",
          "give the full address, for example https://example.org/article");
    }
  }

  /**
   * Reports a text that holds an unpaired surrogate: Java strings can, UTF-8 files cannot, so such a
   * map would be read and then fail when written. The message names where in the text it is. Most
   * texts hold no surrogate at all, so a plain scan for one comes first and only a text that has
   * one is looked at pair by pair.
   */
  private void requireUnicode(ElementId id, String what, String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        requirePairedFrom(id, what, text, i);
        return;
      }
    }
  }

  /** Checks surrogate pairs from {@code from}, the first surrogate in the text. */
  private void requirePairedFrom(ElementId id, String what, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        add(id, MapRule.INVALID_TEXT, what + " is not valid Unicode: an unpaired surrogate "
                + String.format(java.util.Locale.ROOT, "U+%04X", (int) c) + " at character " + (i + 1),
            "remove it or pair it; it cannot be written to any UTF-8 file");
        return;
      }
    }
  }

  private void requireText(ElementId id, String what, String text) {
    requireUnicode(id, what, text);
    // a text whose first character is not white space is not blank (a surrogate never is white
    // space), which spares the full scan of String.isBlank for nearly every text
    if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) && text.isBlank()) {
      add(id, MapRule.BLANK_TEXT, what + " must not be blank",
          "write the " + what + ", or leave it out where it is optional");
    }
  }

  private void missing(ElementId id, String role, String targetKind, String target) {
    add(id, MapRule.MISSING_REFERENCE,
        role + " " + target + " is not " + Messages.withArticle(targetKind) + " of the map",
        "add " + targetKind + " " + target + ", or refer to one the map holds");
  }

  /** Adds a problem of the element {@code id}, or of the map as a whole when {@code id} is null. */
  private void add(ElementId id, MapRule rule, String message, String fix) {
    found++;
    problems.add(id == null ? MapProblem.ofMap(rule, message, fix)
        : MapProblem.of(id, rule, message, fix));
  }
}
