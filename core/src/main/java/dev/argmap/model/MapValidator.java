package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The map-wide checks behind {@link ArgumentMap.Builder#build()}: it collects every error. */
final class MapValidator {
  private final ImmutableList.Builder<MapProblem> problems = ImmutableList.builder();

  private MapValidator() {}

  static ImmutableList<MapProblem> validate(
      Optional<String> title,
      Optional<String> description,
      Map<String, String> extensions,
      List<StatementId> theses,
      List<Statement> statements,
      List<Argument> arguments,
      List<Evidence> evidence,
      List<Source> sources) {
    MapValidator v = new MapValidator();
    title.ifPresent(t -> v.requireText(null, "title", t));

    Set<StatementId> statementIds = v.uniqueIds(ElementKind.STATEMENT, statements, Statement::id);
    Set<ArgumentId> argumentIds = v.uniqueIds(ElementKind.ARGUMENT, arguments, Argument::id);
    v.uniqueIds(ElementKind.EVIDENCE, evidence, Evidence::id);
    Set<SourceId> sourceIds = v.uniqueIds(ElementKind.SOURCE, sources, Source::id);
    Map<CopyId, SourceId> copyOwners = new HashMap<>();
    for (Source s : sources) {
      for (SourceCopy c : s.copies()) {
        if (copyOwners.putIfAbsent(c.id(), s.id()) != null) {
          v.add(c.id(), MapRule.DUPLICATE_ID,
              "identifier is used by more than one copy (sources " + copyOwners.get(c.id())
                  + " and " + s.id() + ")",
              "give each copy its own identifier");
        }
      }
    }

    if (theses.isEmpty()) {
      v.add(null, MapRule.NO_THESIS, "names no thesis",
          "name at least one statement as a thesis, the claim under debate");
    }
    Set<StatementId> seenTheses = new HashSet<>();
    for (StatementId t : theses) {
      if (!statementIds.contains(t)) {
        v.add(null, MapRule.MISSING_REFERENCE,
            "thesis " + t + " is not a statement of the map",
            "add a statement with id " + t + " or remove it from the theses");
      } else if (!seenTheses.add(t)) {
        v.add(null, MapRule.DUPLICATE_ID, "thesis " + t + " is named twice",
            "name each thesis once");
      }
    }

    description.ifPresent(t -> v.requireUnicode(null, "description", t));
    extensions.forEach((key, value) -> {
      v.requireUnicode(null, "extension key", key);
      v.requireUnicode(null, "extension " + key, value);
    });

    for (Statement s : statements) {
      StatementId id = s.id();
      s.notes().ifPresent(t -> v.requireUnicode(id, "notes", t));
      for (String tag : s.tags()) {
        v.requireUnicode(id, "tag", tag);
      }
      v.requireText(id, "text", s.text());
      s.title().ifPresent(t -> v.requireText(id, "title", t));
    }

    for (Argument a : arguments) {
      ArgumentId id = a.id();
      if (a.premises().isEmpty()) {
        v.add(id, MapRule.NO_PREMISES, "has no premises",
            "add at least one premise, or remove the argument");
      }
      Set<StatementId> seenPremises = new HashSet<>();
      for (StatementId p : a.premises()) {
        if (!statementIds.contains(p)) {
          v.missing(id, "premise", "statement", p.value());
        }
        if (!seenPremises.add(p)) {
          v.add(id, MapRule.DUPLICATE_PREMISE,
              "lists premise " + p + " twice", "list each premise once");
        }
        if (p.equals(a.conclusion())) {
          v.add(id, MapRule.CIRCULAR_ARGUMENT,
              "lists its conclusion " + p + " among its premises",
              "remove " + p + " from the premises; a claim cannot be a reason for itself");
        }
      }
      if (a.conclusion() instanceof StatementId c && !statementIds.contains(c)) {
        v.missing(id, "conclusion", "statement", c.value());
      } else if (a.conclusion() instanceof ArgumentId c) {
        if (c.equals(a.id())) {
          v.add(id, MapRule.CIRCULAR_ARGUMENT, "concludes itself",
              "point the argument at a statement or at another argument");
        } else if (!argumentIds.contains(c)) {
          v.missing(id, "conclusion", "argument", c.value());
        }
      }
      a.scheme().ifPresent(t -> v.requireText(id, "scheme", t));
      a.label().ifPresent(t -> v.requireText(id, "label", t));
      a.notes().ifPresent(t -> v.requireUnicode(id, "notes", t));
    }

    for (Evidence e : evidence) {
      EvidenceId id = e.id();
      v.requireText(id, "quote", e.quote());
      if (!statementIds.contains(e.statement())) {
        v.missing(id, "statement", "statement", e.statement().value());
      }
      if (!sourceIds.contains(e.source())) {
        v.missing(id, "source", "source", e.source().value());
      }
      e.citedWork().ifPresent(w -> {
        if (!sourceIds.contains(w)) {
          v.missing(id, "cited work", "source", w.value());
        } else if (w.equals(e.source())) {
          v.add(id, MapRule.CITES_ITSELF,
              "names its source " + w + " as the work it cites",
              "leave the cited work out, or name the original work the source takes the claim from");
        }
      });
      e.citedAt().ifPresent(at -> {
        v.requireText(id, "place in the cited work", at);
        if (e.citedWork().isEmpty()) {
          v.add(id, MapRule.CITED_AT_WITHOUT_WORK,
              "says where in a cited work the claim stands (cited at \"" + at
                  + "\") but names no cited work",
              "name the cited work the place belongs to, or leave the place out");
        }
      });
      e.speaker().ifPresent(p -> v.requireText(id, "speaker name", p.name()));
      e.speaker().flatMap(Person::role)
          .ifPresent(t -> v.requireUnicode(id, "speaker role", t));
      e.notes().ifPresent(t -> v.requireUnicode(id, "notes", t));
      v.checkVoice(id, e);
      e.locator().ifPresent(l -> v.checkLocator(id, e, l, copyOwners));
    }

    for (Source s : sources) {
      SourceId id = s.id();
      s.title().ifPresent(t -> v.requireText(id, "title", t));
      s.publisher().ifPresent(t -> v.requireText(id, "publisher", t));
      s.notes().ifPresent(t -> v.requireUnicode(id, "notes", t));
      for (Person author : s.authors()) {
        author.role().ifPresent(t -> v.requireUnicode(id, "author role", t));
        v.requireText(id, "author name", author.name());
      }
      for (URI link : s.links()) {
        v.checkUrl(id, link);
      }
      for (SourceCopy c : s.copies()) {
        CopyId copy = c.id();
        c.document().ifPresent(t -> v.requireUnicode(copy, "document", t));
        c.description().ifPresent(t -> v.requireUnicode(copy, "description", t));
        c.publisher().ifPresent(t -> v.requireUnicode(copy, "publisher", t));
        c.link().ifPresent(link -> v.checkUrl(copy, link));
        // an approximate date has no firm bounds, so only two exact dates can contradict each other
        if (c.date().isPresent() && s.date().isPresent()
            && !c.date().get().approximate() && !s.date().get().approximate()
            && c.date().get().latestDay().isBefore(s.date().get().earliestDay())) {
          v.add(copy, MapRule.INVALID_DATE,
              "is dated " + c.date().get() + ", before its source " + id + " was published ("
                  + s.date().get() + ")",
              "correct the date of the copy or of the source");
        }
      }
    }
    return v.problems.build();
  }

  private <T, K extends ElementId> Set<K> uniqueIds(
      ElementKind kind, List<T> values, java.util.function.Function<T, K> id) {
    Set<K> ids = new HashSet<>();
    Set<K> reported = new HashSet<>();
    for (T value : values) {
      K key = id.apply(value);
      if (!ids.add(key) && reported.add(key)) {
        String noun = Messages.noun(kind);
        add(key, MapRule.DUPLICATE_ID, "identifier is used by more than one " + noun,
            "give each " + noun + " its own identifier; to change one, replace it instead of "
                + "adding it again");
      }
    }
    return ids;
  }

  private void checkLocator(EvidenceId id, Evidence e, Locator l, Map<CopyId, SourceId> copyOwners) {
    SourceId owner = copyOwners.get(l.copy());
    if (owner == null) {
      missing(id, "locator copy", "copy", l.copy().value());
    } else if (!owner.equals(e.source())) {
      add(id, MapRule.COPY_OF_OTHER_SOURCE,
          "locator names copy " + l.copy() + " of source " + owner + ", but the evidence is from "
              + e.source(),
          "name a copy of " + e.source() + ", or attribute the evidence to " + owner);
    }
    l.section().ifPresent(x -> requireText(id, "locator section", x));
    l.page().ifPresent(p -> requireText(id, "locator page", p));
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
    String name = voice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (voice.needsSpeaker() && e.speaker().isEmpty()) {
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
   * map would be read and then fail when written. The message names where in the text it is.
   */
  private void requireUnicode(ElementId id, String what, String text) {
    for (int i = 0; i < text.length(); i++) {
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
    if (text.isBlank()) {
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
    problems.add(id == null ? MapProblem.ofMap(rule, message, fix)
        : MapProblem.of(id, rule, message, fix));
  }
}
