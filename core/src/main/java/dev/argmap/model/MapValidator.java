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
    title.ifPresent(t -> v.requireText(ElementKind.MAP, "", "title", t));

    Set<StatementId> statementIds = v.uniqueIds(ElementKind.STATEMENT, statements, Statement::id);
    Set<ArgumentId> argumentIds = v.uniqueIds(ElementKind.ARGUMENT, arguments, Argument::id);
    v.uniqueIds(ElementKind.EVIDENCE, evidence, Evidence::id);
    Set<SourceId> sourceIds = v.uniqueIds(ElementKind.SOURCE, sources, Source::id);
    Map<CopyId, SourceId> copyOwners = new HashMap<>();
    for (Source s : sources) {
      for (SourceCopy c : s.copies()) {
        if (copyOwners.putIfAbsent(c.id(), s.id()) != null) {
          v.add(ElementKind.COPY, c.id().value(), MapRule.DUPLICATE_ID,
              "identifier is used by more than one copy (sources " + copyOwners.get(c.id())
                  + " and " + s.id() + ")",
              "give each copy its own identifier");
        }
      }
    }

    if (theses.isEmpty()) {
      v.add(ElementKind.MAP, "", MapRule.NO_THESIS, "names no thesis",
          "name at least one statement as a thesis, the claim under debate");
    }
    Set<StatementId> seenTheses = new HashSet<>();
    for (StatementId t : theses) {
      if (!statementIds.contains(t)) {
        v.add(ElementKind.MAP, "", MapRule.MISSING_REFERENCE,
            "thesis " + t + " is not a statement of the map",
            "add a statement with id " + t + " or remove it from the theses");
      } else if (!seenTheses.add(t)) {
        v.add(ElementKind.MAP, "", MapRule.DUPLICATE_ID, "thesis " + t + " is named twice",
            "name each thesis once");
      }
    }

    description.ifPresent(t -> v.requireUnicode(ElementKind.MAP, "", "description", t));
    extensions.forEach((key, value) -> {
      v.requireUnicode(ElementKind.MAP, "", "extension key", key);
      v.requireUnicode(ElementKind.MAP, "", "extension " + key, value);
    });

    for (Statement s : statements) {
      s.notes().ifPresent(t -> v.requireUnicode(ElementKind.STATEMENT, s.id().value(), "notes", t));
      for (String tag : s.tags()) {
        v.requireUnicode(ElementKind.STATEMENT, s.id().value(), "tag", tag);
      }
      v.requireText(ElementKind.STATEMENT, s.id().value(), "text", s.text());
      s.title().ifPresent(t -> v.requireText(ElementKind.STATEMENT, s.id().value(), "title", t));
    }

    for (Argument a : arguments) {
      String id = a.id().value();
      v.requireUnit(ElementKind.ARGUMENT, id, "weight", a.weight());
      if (a.premises().isEmpty()) {
        v.add(ElementKind.ARGUMENT, id, MapRule.NO_PREMISES, "has no premises",
            "add at least one premise, or remove the argument");
      }
      Set<StatementId> seenPremises = new HashSet<>();
      for (StatementId p : a.premises()) {
        if (!statementIds.contains(p)) {
          v.missing(ElementKind.ARGUMENT, id, "premise", "statement", p.value());
        }
        if (!seenPremises.add(p)) {
          v.add(ElementKind.ARGUMENT, id, MapRule.DUPLICATE_PREMISE,
              "lists premise " + p + " twice", "list each premise once");
        }
        if (p.equals(a.conclusion())) {
          v.add(ElementKind.ARGUMENT, id, MapRule.CIRCULAR_ARGUMENT,
              "lists its conclusion " + p + " among its premises",
              "remove " + p + " from the premises; a claim cannot be a reason for itself");
        }
      }
      if (a.conclusion() instanceof StatementId c && !statementIds.contains(c)) {
        v.missing(ElementKind.ARGUMENT, id, "conclusion", "statement", c.value());
      } else if (a.conclusion() instanceof ArgumentId c) {
        if (c.equals(a.id())) {
          v.add(ElementKind.ARGUMENT, id, MapRule.CIRCULAR_ARGUMENT, "concludes itself",
              "point the argument at a statement or at another argument");
        } else if (!argumentIds.contains(c)) {
          v.missing(ElementKind.ARGUMENT, id, "conclusion", "argument", c.value());
        }
      }
      a.scheme().ifPresent(t -> v.requireText(ElementKind.ARGUMENT, id, "scheme", t));
      a.label().ifPresent(t -> v.requireText(ElementKind.ARGUMENT, id, "label", t));
      a.notes().ifPresent(t -> v.requireUnicode(ElementKind.ARGUMENT, id, "notes", t));
    }

    for (Evidence e : evidence) {
      String id = e.id().value();
      v.requireUnit(ElementKind.EVIDENCE, id, "weight", e.weight());
      v.requireText(ElementKind.EVIDENCE, id, "quote", e.quote());
      if (!statementIds.contains(e.statement())) {
        v.missing(ElementKind.EVIDENCE, id, "statement", "statement", e.statement().value());
      }
      if (!sourceIds.contains(e.source())) {
        v.missing(ElementKind.EVIDENCE, id, "source", "source", e.source().value());
      }
      e.citedWork().ifPresent(w -> {
        if (!sourceIds.contains(w)) {
          v.missing(ElementKind.EVIDENCE, id, "cited work", "source", w.value());
        } else if (w.equals(e.source())) {
          v.add(ElementKind.EVIDENCE, id, MapRule.CITES_ITSELF,
              "names its source " + w + " as the work it cites",
              "leave the cited work out, or name the original work the source takes the claim from");
        }
      });
      e.citedAt().ifPresent(at -> {
        v.requireText(ElementKind.EVIDENCE, id, "place in the cited work", at);
        if (e.citedWork().isEmpty()) {
          v.add(ElementKind.EVIDENCE, id, MapRule.CITED_AT_WITHOUT_WORK,
              "says where in a cited work the claim stands (cited at \"" + at
                  + "\") but names no cited work",
              "name the cited work the place belongs to, or leave the place out");
        }
      });
      e.speaker().ifPresent(p -> v.requireText(ElementKind.EVIDENCE, id, "speaker name", p.name()));
      e.speaker().flatMap(Person::role)
          .ifPresent(t -> v.requireUnicode(ElementKind.EVIDENCE, id, "speaker role", t));
      e.notes().ifPresent(t -> v.requireUnicode(ElementKind.EVIDENCE, id, "notes", t));
      v.checkVoice(id, e);
      e.locator().ifPresent(l -> v.checkLocator(id, e, l, copyOwners));
    }

    for (Source s : sources) {
      String id = s.id().value();
      v.requireUnit(ElementKind.SOURCE, id, "credibility", s.credibility());
      s.title().ifPresent(t -> v.requireText(ElementKind.SOURCE, id, "title", t));
      s.publisher().ifPresent(t -> v.requireText(ElementKind.SOURCE, id, "publisher", t));
      s.notes().ifPresent(t -> v.requireUnicode(ElementKind.SOURCE, id, "notes", t));
      for (Person author : s.authors()) {
        author.role().ifPresent(t -> v.requireUnicode(ElementKind.SOURCE, id, "author role", t));
        v.requireText(ElementKind.SOURCE, id, "author name", author.name());
      }
      for (URI link : s.links()) {
        v.checkUrl(ElementKind.SOURCE, id, link);
      }
      for (SourceCopy c : s.copies()) {
        String copy = c.id().value();
        c.document().ifPresent(t -> v.requireUnicode(ElementKind.COPY, copy, "document", t));
        c.description().ifPresent(t -> v.requireUnicode(ElementKind.COPY, copy, "description", t));
        c.publisher().ifPresent(t -> v.requireUnicode(ElementKind.COPY, copy, "publisher", t));
        c.link().ifPresent(link -> v.checkUrl(ElementKind.COPY, c.id().value(), link));
        // an approximate date has no firm bounds, so only two exact dates can contradict each other
        if (c.date().isPresent() && s.date().isPresent()
            && !c.date().get().approximate() && !s.date().get().approximate()
            && c.date().get().latestDay().isBefore(s.date().get().earliestDay())) {
          v.add(ElementKind.COPY, c.id().value(), MapRule.INVALID_DATE,
              "is dated " + c.date().get() + ", before its source " + id + " was published ("
                  + s.date().get() + ")",
              "correct the date of the copy or of the source");
        }
      }
    }
    return v.problems.build();
  }

  private <T, K> Set<K> uniqueIds(
      ElementKind kind, List<T> values, java.util.function.Function<T, K> id) {
    Set<K> ids = new HashSet<>();
    Set<K> reported = new HashSet<>();
    for (T value : values) {
      K key = id.apply(value);
      if (!ids.add(key) && reported.add(key)) {
        add(kind, key.toString(), MapRule.DUPLICATE_ID,
            "identifier is used by more than one " + kind.displayName().toLowerCase(java.util.Locale.ROOT),
            "give each " + kind.displayName().toLowerCase(java.util.Locale.ROOT)
                + " its own identifier");
      }
    }
    return ids;
  }

  private void checkLocator(String id, Evidence e, Locator l, Map<CopyId, SourceId> copyOwners) {
    SourceId owner = copyOwners.get(l.copy());
    if (owner == null) {
      missing(ElementKind.EVIDENCE, id, "locator copy", "copy", l.copy().value());
    } else if (!owner.equals(e.source())) {
      add(ElementKind.EVIDENCE, id, MapRule.COPY_OF_OTHER_SOURCE,
          "locator names copy " + l.copy() + " of source " + owner + ", but the evidence is from "
              + e.source(),
          "name a copy of " + e.source() + ", or attribute the evidence to " + owner);
    }
    l.section().ifPresent(x -> requireText(ElementKind.EVIDENCE, id, "locator section", x));
    l.page().ifPresent(p -> requireText(ElementKind.EVIDENCE, id, "locator page", p));
    if (l.paragraph().isPresent() && l.paragraph().getAsInt() < 1) {
      add(ElementKind.EVIDENCE, id, MapRule.INVALID_RANGE,
          "locator paragraph must be at least 1 but was " + l.paragraph().getAsInt(),
          "count paragraphs from 1");
    }
    OptionalInt start = l.start();
    OptionalInt end = l.end();
    if (start.isPresent() != end.isPresent()) {
      add(ElementKind.EVIDENCE, id, MapRule.INVALID_RANGE,
          "locator gives only one end of its character range",
          "give both start and end, or neither");
    } else if (start.isPresent()
        && (start.getAsInt() < 0 || end.getAsInt() < start.getAsInt())) {
      add(ElementKind.EVIDENCE, id, MapRule.INVALID_RANGE,
          "locator character range [" + start.getAsInt() + ", " + end.getAsInt()
              + ") must satisfy 0 <= start <= end",
          "give the offsets of the quote's first character and of the one just past its last");
    }
  }

  private void checkVoice(String id, Evidence e) {
    Voice voice = e.voice();
    String name = voice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (voice.needsSpeaker() && e.speaker().isEmpty()) {
      add(ElementKind.EVIDENCE, id, MapRule.VOICE_SPEAKER_MISMATCH,
          "is " + name + " but names no speaker",
          voice == Voice.REPORTED_SPEECH
              ? "name the speaker whose words the source reports, or set the voice to source"
              : "name the speaker whose words the quote gives, or set the voice to source");
    } else if (!voice.needsSpeaker() && e.speaker().isPresent()) {
      add(ElementKind.EVIDENCE, id, MapRule.VOICE_SPEAKER_MISMATCH,
          "is in the source's own voice but names speaker \"" + e.speaker().get().name() + "\"",
          "set the voice to direct quotation or reported speech, or leave the speaker out");
    }
  }

  private void checkUrl(ElementKind kind, String id, URI link) {
    String scheme = link.getScheme();
    boolean web = scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    if (!link.isAbsolute() || !web || link.getHost() == null) {
      add(kind, id, MapRule.INVALID_URL,
          "link must be an absolute http or https URL but was \"" + link + "\"",
          "give the full address, for example https://example.org/article");
    }
  }

  private void requireUnit(ElementKind kind, String id, String what, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      add(kind, id, MapRule.OUT_OF_RANGE, what + " must be in [0, 1] but was " + value,
          "give a " + what + " between 0 and 1");
    }
  }

  /**
   * Reports a text that holds an unpaired surrogate: Java strings can, UTF-8 files cannot, so such a
   * map would be read and then fail when written. The message names where in the text it is.
   */
  private void requireUnicode(ElementKind kind, String id, String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        add(kind, id, MapRule.INVALID_TEXT, what + " is not valid Unicode: an unpaired surrogate "
                + String.format(java.util.Locale.ROOT, "U+%04X", (int) c) + " at character " + (i + 1),
            "remove it or pair it; it cannot be written to any UTF-8 file");
        return;
      }
    }
  }

  private void requireText(ElementKind kind, String id, String what, String text) {
    requireUnicode(kind, id, what, text);
    if (text.isBlank()) {
      add(kind, id, MapRule.BLANK_TEXT, what + " must not be blank",
          "write the " + what + ", or leave it out where it is optional");
    }
  }

  private void missing(ElementKind kind, String id, String role, String targetKind, String target) {
    add(kind, id, MapRule.MISSING_REFERENCE,
        role + " " + target + " is not a " + targetKind + " of the map",
        "add " + targetKind + " " + target + ", or refer to one the map holds");
  }

  private void add(ElementKind kind, String id, MapRule rule, String message, String fix) {
    problems.add(MapProblem.of(kind, id, rule, message, fix));
  }
}
