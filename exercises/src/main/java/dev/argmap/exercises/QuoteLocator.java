package dev.argmap.exercises;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Locator;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every quote of a map in a teacher's own documents and fills in its locator: the copy of the source (one
 * per document; added to the source when it has none for that document) and the quote's character offsets in
 * it. A quote matches as {@code ../shared/tools/check-quotes.py} matches it: white space and line breaks alike,
 * curly and straight quotes alike, kinds of dash alike, footnote numbers glued to punctuation ignored, case
 * ignored; an ellipsis ({@code ...} or {@code …}) in the quote stands for any text in between. The documents of the
 * quote's own source (its copies' {@link SourceCopy#document() document names}) are searched first, then the
 * others. A quote not found is listed with the passage of the documents that shares the most words with it.
 *
 * <pre>{@code
 * QuoteLocator.Result r = QuoteLocator.locate(map, List.of(new QuoteLocator.Document("speech.txt", text)));
 * r.map();       // the map with locators
 * r.notFound();  // what to fix, each with the nearest passage
 * }</pre>
 */
public final class QuoteLocator {
  private QuoteLocator() {}

  /**
   * A document: its file name (as a copy's {@link SourceCopy#document()} names it) and its text.
   *
   * @param name the file name
   * @param text the text
   */
  public record Document(String name, String text) {
    /**
     * Checks the parts.
     *
     * @param name the name
     * @param text the text
     */
    public Document {
      requireNonNull(name, "name");
      requireNonNull(text, "text");
    }
  }

  /**
   * A quote found.
   *
   * @param evidence the evidence item
   * @param document the document's name
   * @param start the first character's offset
   * @param end the offset after the last character
   */
  public record Found(EvidenceId evidence, String document, int start, int end) {}

  /**
   * A quote not found, with the passage nearest to it.
   *
   * @param evidence the evidence item
   * @param quote the quote
   * @param nearestDocument the document holding the nearest passage, empty when no document was given
   * @param nearestPassage the passage sharing the most words with the quote, white space collapsed
   * @param sharedWords the share of the quote's words the passage holds, in [0, 1]
   */
  public record NotFound(EvidenceId evidence, String quote, String nearestDocument, String nearestPassage,
      double sharedWords) {}

  /**
   * The result: the map with locators filled in, and what was and was not found.
   *
   * @param map the map
   * @param found the quotes found, in map order
   * @param notFound the quotes not found, in map order
   */
  public record Result(ArgumentMap map, List<Found> found, List<NotFound> notFound) {
    /**
     * Copies the lists.
     *
     * @param map the map
     * @param found the found quotes
     * @param notFound the quotes not found
     */
    public Result {
      requireNonNull(map, "map");
      found = ImmutableList.copyOf(found);
      notFound = ImmutableList.copyOf(notFound);
    }
  }

  /**
   * Locates every quote of a map in the documents.
   *
   * @param map the map
   * @param documents the documents
   * @return the map with locators, and the quotes found and not found
   */
  public static Result locate(ArgumentMap map, List<Document> documents) {
    requireNonNull(map, "map");
    List<Found> found = new ArrayList<>();
    List<NotFound> missing = new ArrayList<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    map.sources().forEach(s -> sources.put(s.id().value(), s));
    Set<String> copyIds = new HashSet<>();
    map.sources().forEach(s -> s.copies().forEach(c -> copyIds.add(c.id().value())));
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : map.evidence()) {
      Source src = sources.get(e.source().value());
      List<Document> order = new ArrayList<>();
      for (Document d : documents) {
        if (src.copies().stream().anyMatch(c -> c.document().map(d.name()::equals).orElse(false))) {
          order.add(d);
        }
      }
      documents.stream().filter(d -> !order.contains(d)).forEach(order::add);
      int[] at = null;
      Document in = null;
      for (Document d : order) {
        at = find(d.text(), e.quote());
        if (at != null) {
          in = d;
          break;
        }
      }
      if (at == null) {
        missing.add(nearest(e, documents));
        evidence.add(e);
        continue;
      }
      Document doc = in;
      Optional<SourceCopy> copy = src.copies().stream()
          .filter(c -> c.document().map(doc.name()::equals).orElse(false)).findFirst();
      if (copy.isEmpty()) {
        String id = uniqueCopyId(src.id().value() + "-" + slug(doc.name()), copyIds);
        SourceCopy added = SourceCopy.builder().id(CopyId.of(id)).document(doc.name()).build();
        src = Source.builder().from(src).addCopies(added).build();
        sources.put(src.id().value(), src);
        copy = Optional.of(added);
      }
      evidence.add(Evidence.builder().from(e).locator(Locator.builder().copy(copy.get().id()).start(at[0])
          .end(at[1]).build()).build());
      found.add(new Found(e.id(), doc.name(), at[0], at[1]));
    }
    ArgumentMap.Builder b = ArgumentMap.builder();
    map.title().ifPresent(b::title);
    b.addTheses(map.thesisIds()).addStatements(map.statements()).addArguments(map.arguments())
        .addEvidence(evidence).addSources(sources.values());
    return new Result(b.build(), found, missing);
  }

  private static String uniqueCopyId(String base, Set<String> taken) {
    String id = base;
    for (int i = 2; !taken.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  private static String slug(String name) {
    String s = name.replaceAll("\\.[A-Za-z0-9]+$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "").isEmpty() ? "doc" : s.replaceAll("^-+|-+$", "");
  }

  /**
   * Finds a quote in a text, both normalised as ../shared/tools/check-quotes.py does (white space and line breaks
   * as one space, curly and straight quotes alike, kinds of dash alike, footnote numbers glued after punctuation
   * dropped, case ignored), an ellipsis in the quote standing for any text; returns {start, end} in the original
   * text, or null.
   */
  static int[] find(String text, String quote) {
    Normal doc = Normal.of(text);
    // the quote as written first; then, as check-quotes.py does, without the periods around its parts
    int[] exact = find(doc, quote, "^ +| +$");
    return exact != null ? exact : find(doc, quote, "^[ .]+|[ .]+$");
  }

  private static int[] find(Normal doc, String quote, String trim) {
    List<String> parts = new ArrayList<>();
    for (String p : quote.split("\\.\\.\\.|\u2026")) {
      String n = Normal.of(p).text.replaceAll(trim, "");
      if (!n.isEmpty()) {
        parts.add(n);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    for (int from = doc.text.indexOf(parts.get(0)); from >= 0; from = doc.text.indexOf(parts.get(0), from + 1)) {
      int end = from + parts.get(0).length();
      boolean all = true;
      for (int i = 1; i < parts.size() && all; i++) {
        int next = doc.text.indexOf(parts.get(i), end);
        if (next < 0) {
          all = false;
        } else {
          end = next + parts.get(i).length();
        }
      }
      if (all) {
        return new int[] {doc.map[from], doc.map[end - 1] + 1};
      }
    }
    return null;
  }

  /** A text in normal form, with each of its characters' offsets in the original. */
  private record Normal(String text, int[] map) {
    static Normal of(String s) {
      StringBuilder out = new StringBuilder();
      int[] map = new int[s.length() + 1];
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (n > 0 && out.charAt(n - 1) != ' ') {
            out.append(' ');
            map[n++] = i;
          }
          continue;
        }
        if (Character.isDigit(c) && n > 0 && ".,;:\"'".indexOf(out.charAt(n - 1)) >= 0) {
          int j = i;
          while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
          }
          if (j - i <= 2 && (j == s.length() || Character.isWhitespace(s.charAt(j))
              || Character.isSpaceChar(s.charAt(j)))) {
            i = j - 1; // a footnote number glued to the punctuation: not part of the text
            continue;
          }
        }
        char k = switch (c) {
          case '\u2018', '\u2019', '\u02bc', '`' -> '\'';
          case '\u201c', '\u201d', '\u00ab', '\u00bb' -> '"';
          case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
          default -> c;
        };
        out.append(Character.toLowerCase(k));
        map[n++] = i;
      }
      return new Normal(out.toString(), java.util.Arrays.copyOf(map, Math.max(1, n)));
    }
  }

  /** The passage, as long as the quote in words, that shares the most words with it. */
  private static NotFound nearest(Evidence e, List<Document> documents) {
    List<String> q = words(e.quote());
    Set<String> qs = new HashSet<>(q);
    String bestDoc = "";
    String bestText = "";
    double best = 0;
    for (Document d : documents) {
      String[] w = d.text().split("\\s+");
      int n = Math.max(1, q.size());
      for (int i = 0; i < w.length; i++) {
        Set<String> window = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < Math.min(w.length, i + n); j++) {
          window.addAll(words(w[j]));
          sb.append(j > i ? " " : "").append(w[j]);
        }
        window.retainAll(qs);
        double share = qs.isEmpty() ? 0 : (double) window.size() / qs.size();
        if (share > best) {
          best = share;
          bestDoc = d.name();
          bestText = sb.toString();
        }
      }
    }
    return new NotFound(e.id(), e.quote(), bestDoc, bestText, best);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
