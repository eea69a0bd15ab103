package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Locator;
import dev.argmap.model.Person;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the prebuilt Russia-China map: it builds, validates and lints clean, cites all five seed
 * documents, attributes as the map's rules say, and every quote stands word for word in its seed
 * file, inside the character range its locator gives.
 */
class RussiaChinaAllianceTest {

  private static final Set<String> SEED_FILES = Set.of(
      "000_739bb4e0fce2ff61.txt",
      "001_81f8592f73772165.txt",
      "002_da328e9b058992b3.txt",
      "003_e55628629b90394f.txt",
      "004_f894bd2a5c4c4182.txt");

  private static final StatementId THESIS = StatementId.of("t-no-alliance");

  private final ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();

  @Test
  void buildsValidatesAndLintsClean() {
    assertThat(map.thesisIds()).first().isEqualTo(THESIS);
    assertThat(map.lint()).isEmpty();
    assertThat(PrebuiltMaps.russiaChinaAlliance()).isSameAs(map);
    assertThat(PrebuiltMaps.load(PrebuiltMaps.RUSSIA_CHINA_ALLIANCE_RESOURCE)).isEqualTo(map).isNotSameAs(map);
  }

  @Test
  void everyThesisHasNotesAndArgumentsOnBothSides() {
    for (Statement thesis : map.theses()) {
      assertThat(thesis.notes()).as("notes of %s", thesis.id()).isPresent();
      assertThat(map.argumentsFor(thesis.id())).as("arguments for %s", thesis.id()).isNotEmpty();
      assertThat(map.argumentsAgainst(thesis.id())).as("arguments against %s", thesis.id())
          .isNotEmpty();
    }
  }

  @Test
  void hasUndercuttersAndLinkedArguments() {
    assertThat(map.arguments()).anyMatch(Argument::isUndercutter);
    assertThat(map.arguments()).anyMatch(Argument::isLinked);
  }

  @Test
  void citesEachOfTheFiveDocuments() {
    Set<String> cited = map.evidence().stream()
        .map(e -> e.locator().orElseThrow().copy())
        .map(copy -> map.copy(copy).orElseThrow().document().orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(cited).containsExactlyInAnyOrderElementsOf(SEED_FILES);
  }

  @Test
  void everyWeightNamesItsRule() {
    assertThat(map.evidence()).allSatisfy(e -> assertThat(e.notes()).hasValueSatisfying(
        n -> assertThat(n).as("notes of %s", e.id()).startsWith("rule W")));
    assertThat(map.arguments()).allSatisfy(a -> assertThat(a.notes()).hasValueSatisfying(
        n -> assertThat(n).as("notes of %s", a.id()).contains("rule A")));
    assertThat(map.sources()).allSatisfy(s -> assertThat(s.notes()).hasValueSatisfying(
        n -> assertThat(n).as("notes of %s", s.id()).startsWith("Rule C")));
  }

  @Test
  void attributesAsTheDocumentsDo() {
    Source gabuev = map.source(SourceId.of("gabuev-2020")).orElseThrow();
    assertThat(gabuev.copies()).extracting(c -> c.document().orElseThrow())
        .containsExactly("000_739bb4e0fce2ff61.txt", "001_81f8592f73772165.txt");

    Source paper = map.source(SourceId.of("security-paper-2017")).orElseThrow();
    assertThat(paper.authors()).isEmpty();
    assertThat(paper.title()).isEmpty();

    Source racz = map.source(SourceId.of("racz-hrytsenko-2025")).orElseThrow();
    assertThat(racz.authors()).extracting(Person::name)
        .containsExactly("András Rácz", "Alina Hrytsenko");

    // Putin speaks in the Moscow Times report, which credits the Associated Press.
    List<Evidence> putinInReport = map.evidenceFrom(SourceId.of("moscow-times-2020")).stream()
        .filter(e -> e.source().equals(SourceId.of("moscow-times-2020")))
        .filter(e -> e.speaker().map(Person::name).equals(Optional.of("Vladimir Putin")))
        .toList();
    assertThat(putinInReport).isNotEmpty()
        .allSatisfy(e -> assertThat(e.citedWork()).contains(SourceId.of("ap-2020")));

    // Works the paper cites are sources of their own, named as the cited work.
    assertThat(map.evidence()).filteredOn(e -> e.citedWork().isPresent())
        .extracting(e -> e.citedWork().orElseThrow().value())
        .contains("rozman-2014", "dittmer-2001", "maxwell-2007");
  }

  @Test
  void everyQuoteStandsVerbatimWhereItsLocatorPoints() {
    Path seeds = SharedFiles.require("seeds");

    Map<String, String> texts = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (Evidence e : map.evidence()) {
      Optional<Locator> locator = e.locator();
      if (locator.isEmpty()) {
        failures.add(e.id() + ": no locator");
        continue;
      }
      Locator l = locator.get();
      Optional<String> document = map.copy(l.copy()).flatMap(SourceCopy::document);
      if (document.isEmpty()) {
        failures.add(e.id() + ": copy " + l.copy() + " names no document");
        continue;
      }
      String text = texts.computeIfAbsent(document.get(), name -> read(seeds.resolve(name)));
      List<String> parts = QuoteMatcher.parts(e.quote());
      String where = e.id() + " (" + document.get() + ")";
      if (parts.isEmpty()) {
        failures.add(where + ": empty quote");
        continue;
      }
      if (!QuoteMatcher.foundIn(parts, text)) {
        failures.add(where + ": quote not in the document: " + e.quote());
        continue;
      }
      if (l.start().isEmpty() || l.end().isEmpty()) {
        failures.add(where + ": locator has no character range");
        continue;
      }
      int start = l.start().getAsInt();
      int end = l.end().getAsInt();
      if (start < 0 || end > text.length() || start >= end) {
        failures.add(where + ": range [" + start + ", " + end + ") lies outside the text ("
            + text.length() + " chars)");
        continue;
      }
      String slice = text.substring(start, end);
      if (!QuoteMatcher.foundIn(parts, slice)) {
        failures.add(where + ": range [" + start + ", " + end + ") does not hold the quote; it "
            + "holds: " + slice.replaceAll("\\s+", " "));
      }
    }
    assertThat(failures).as("quotes that fail (%d of %d)", failures.size(), map.evidence().size())
        .isEmpty();
  }

  @Test
  void sectionsAndCitedPagesAreWhatTheDocumentsState() {
    Path seeds = SharedFiles.require("seeds");
    Map<String, String> texts = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int sections = 0;
    int citedPlaces = 0;
    for (Evidence e : map.evidence()) {
      Locator l = e.locator().orElseThrow();
      String document = map.copy(l.copy()).flatMap(SourceCopy::document).orElseThrow();
      String text = texts.computeIfAbsent(document, name -> read(seeds.resolve(name)));
      if (l.section().isPresent()) {
        sections++;
        // the section is the last heading of the document before the quote
        int heading = text.lastIndexOf(l.section().get(), l.start().orElseThrow());
        if (heading < 0) {
          failures.add(e.id() + ": section \"" + l.section().get() + "\" is no heading before the quote in "
              + document);
        } else {
          for (String other : HEADINGS.getOrDefault(document, List.of())) {
            if (text.lastIndexOf(other, l.start().orElseThrow()) > heading) {
              failures.add(e.id() + ": the quote stands under \"" + other + "\", not \"" + l.section().get()
                  + "\"");
            }
          }
        }
      }
      if (e.citedAt().isPresent()) {
        citedPlaces++;
        // every page or page range ends a footnote of the document: "6 Rotnem, 182.", "Praeger
        // Publishers, 1966), 82-83.", "Military Relations,” 251."
        for (String page : e.citedAt().get().replaceFirst("^pp?\\. ", "").split(" and ")) {
          if (!Pattern.compile("(?m)[,:\u201d] ?" + Pattern.quote(page) + "\\. *$").matcher(text).find()) {
            failures.add(e.id() + ": page " + page + " of \"" + e.citedAt().get() + "\" ends no footnote of "
                + document);
          }
        }
      }
    }
    // the paper's quotes carry its chapters; the report's, its executive summary
    for (Evidence e : map.evidence()) {
      Locator l = e.locator().orElseThrow();
      if (map.copy(l.copy()).flatMap(SourceCopy::document).filter(HEADINGS::containsKey).isPresent()
          && l.section().isEmpty()) {
        failures.add(e.id() + ": no section, though its document " + l.copy() + " has headings");
      }
    }
    assertThat(failures).isEmpty();
    assertThat(sections).isPositive();
    assertThat(citedPlaces).isPositive();
  }

  /** The headings of the documents that have them, as the documents write them. */
  private static final Map<String, List<String>> HEADINGS = Map.of(
      "003_e55628629b90394f.txt", List.of("Abstract", "Chapter 1: Introduction",
          "Chapter 2: Historical Chinese-Russian Security Relations (prior to 1992)",
          "Chapter 3: Current Chinese-Russian Security Relations",
          "Chapter 4: The Case Against a Formal Alliance",
          "Chapter 5: Conclusions/Implications for the United States"),
      "004_f894bd2a5c4c4182.txt", List.of("Executive Summary"));

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * The matching of {@code shared/tools/check-quotes.py}: lower case, white space collapsed,
   * curly and straight quotes and all dashes unified, footnote numbers glued after punctuation
   * tolerated, and an ellipsis splitting the quote into parts that must appear in order.
   */
  static final class QuoteMatcher {
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u02bc`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201c\u201d\u00ab\u00bb]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?U)([.,;:\"'])\\d{1,2}(?=\\s)");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|\u2026");

    private QuoteMatcher() {}

    static String normalise(String text) {
      String t = text.replace("\u00ad", "");
      t = SINGLE_QUOTES.matcher(t).replaceAll("'");
      t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
      t = DASHES.matcher(t).replaceAll("-");
      t = WHITE_SPACE.matcher(t).replaceAll(" ");
      return t.strip().toLowerCase(Locale.ROOT);
    }

    static String stripFootnoteMarks(String text) {
      return FOOTNOTE_MARK.matcher(text).replaceAll("$1");
    }

    /** The normalised parts of a quote, split at each ellipsis, spaces and dots trimmed. */
    static List<String> parts(String quote) {
      List<String> parts = new ArrayList<>();
      for (String part : ELLIPSIS.split(normalise(quote), -1)) {
        String p = trim(part);
        if (!p.isEmpty()) {
          parts.add(p);
        }
      }
      return parts;
    }

    /** Whether the parts appear in order in the text, with or without its footnote marks. */
    static boolean foundIn(List<String> parts, String text) {
      return inOrder(parts, normalise(text)) || inOrder(parts, normalise(stripFootnoteMarks(text)));
    }

    private static boolean inOrder(List<String> parts, String doc) {
      int pos = 0;
      for (String part : parts) {
        int at = doc.indexOf(part, pos);
        if (at < 0) {
          return false;
        }
        pos = at + part.length();
      }
      return true;
    }

    private static String trim(String s) {
      int from = 0;
      int to = s.length();
      while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '.')) {
        from++;
      }
      while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
        to--;
      }
      return s.substring(from, to);
    }
  }
}
