package dev.argmap.exercises.grading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two short texts are in meaning, offline and deterministically, as a number in [0, 1].
 *
 * <p>Both texts are normalised: Unicode compatibility form, accents removed, lower case, everything but letters
 * and digits turned into spaces. The words are then analysed with Apache Lucene: English stop words removed (but
 * not "not", "no" and "never"), a few general {@linkplain #SYNONYMS synonyms} mapped to one word ("Moscow" and
 * "Russia", "allies" and "alliance"), and Porter-stemmed, so that "alliances" and "alliance", "formed" and "form"
 * meet. The similarity is a weighted mean of three measures:
 *
 * <ul>
 *   <li>0.5 &times; the cosine of the two texts' vectors of word stems and word-stem bigrams, each weighted by its
 *       inverse document frequency over a corpus (the reference map's texts), so that words every statement shares
 *       (say "Russia" and "China") count for less than the words that tell statements apart;
 *   <li>0.25 &times; the Jaccard index of the two sets of stems (the share of distinct stems in common);
 *   <li>0.25 &times; the Jaccard index of the character trigrams of the normalised texts, which forgives spelling
 *       variants and typing errors.
 * </ul>
 *
 * <p>Identical texts score 1; texts with no word and no trigram in common score 0. Immutable and thread-safe (it
 * keeps what it computed of each text it has seen, up to 100,000 texts).
 */
public final class TextSimilarity {
  private static final ImmutableSet<String> STOP_WORDS = ImmutableSet.copyOf((
      "a about above after again against all also am an and any are as at be because been before being below "
          + "between both but by can could did do does doing down during each either few for from further had has "
          + "have having he her here hers herself him himself his how i if in into is it its itself just me more "
          + "most my myself neither no nor not now of off on once only or other our ours ourselves out over own "
          + "same she should so some such than that the their theirs them themselves then there these they this "
          + "those through to too under until up very was we were what when where which while who whom why will "
          + "with would you your yours yourself yourselves s t d ll re ve m one ones its").split(" "));

  private final ImmutableMap<String, Double> idf;
  private final double unknownIdf;
  private final java.util.concurrent.ConcurrentHashMap<String, Profile> profiles =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What the measures need of a text, computed once per text. */
  private record Profile(String normalized, Set<String> stemSet, Map<String, Double> vector, double norm,
      Set<String> trigrams) {}

  private Profile profile(String text) {
    Profile p = profiles.get(text);
    if (p == null) {
      String n = normalize(text);
      List<String> st = stems(text);
      Map<String, Double> v = vector(features(st));
      p = new Profile(n, new HashSet<>(st), v, norm(v), trigrams(n));
      if (profiles.size() < 100_000) {
        profiles.put(text, p);
      }
    }
    return p;
  }

  private TextSimilarity(ImmutableMap<String, Double> idf, double unknownIdf) {
    this.idf = idf;
    this.unknownIdf = unknownIdf;
  }

  /**
   * Returns a similarity with every word weighted alike.
   *
   * @return the similarity
   */
  public static TextSimilarity plain() {
    return new TextSimilarity(ImmutableMap.of(), 1.0);
  }

  /**
   * Returns a similarity whose word weights are the inverse document frequencies over a corpus:
   * {@code 1 + ln((N + 1) / (df + 1))} for a feature found in {@code df} of the {@code N} texts.
   *
   * @param corpus the texts, typically every statement of the reference map
   * @return the similarity
   */
  public static TextSimilarity over(Collection<String> corpus) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : corpus) {
      for (String f : new HashSet<>(features(stems(text)))) {
        df.merge(f, 1, Integer::sum);
      }
    }
    int n = corpus.size();
    ImmutableMap.Builder<String, Double> idf = ImmutableMap.builder();
    df.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> idf.put(e.getKey(), 1 + Math.log((n + 1.0) / (e.getValue() + 1.0))));
    return new TextSimilarity(idf.buildOrThrow(), 1 + Math.log(n + 1.0));
  }

  /**
   * Returns how alike two texts are.
   *
   * @param a a text
   * @param b another text
   * @return the similarity, in [0, 1]; 1 for texts that normalise alike
   */
  public double similarity(String a, String b) {
    Profile pa = profile(a);
    Profile pb = profile(b);
    if (pa.normalized.equals(pb.normalized)) {
      return pa.normalized.isEmpty() && !a.equals(b) ? 0.0 : 1.0;
    }
    double cosine = cosine(pa, pb);
    double jaccard = jaccard(pa.stemSet, pb.stemSet);
    double trigrams = jaccard(pa.trigrams, pb.trigrams);
    return Math.min(1.0, 0.5 * cosine + 0.25 * jaccard + 0.25 * trigrams);
  }

  /**
   * Returns a text's stems, in order: the normalised text analysed by Lucene (standard tokenizer, English stop
   * words, {@link #SYNONYMS}, Porter stemmer); contractions of "not" are spelled out first.
   *
   * @param text a text
   * @return the stems
   */
  public static ImmutableList<String> stems(String text) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    // contractions of "not" would lose their negation to normalisation ("won't" -> "won t"): spell them out
    String spelled = text.replaceAll("(?i)\\bwon[\u2019']t\\b", "will not")
        .replaceAll("(?i)\\bcan[\u2019']t\\b", "can not").replaceAll("(?i)n[\u2019']t\\b", " not");
    try (TokenStream ts = ANALYZER.tokenStream("text", normalize(spelled))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out.build();
  }

  /**
   * Words that students and sources use for the same thing, each mapped to one word before stemming: capitals
   * for their countries, "ally" and "allies" for "alliance", "cannot" and "never" for "not". A short list on purpose:
   * each entry must be a synonym in any debate, not only in one.
   */
  static final ImmutableMap<String, String> SYNONYMS = ImmutableMap.<String, String>builder()
      .put("moscow", "russia").put("kremlin", "russia").put("russian", "russia").put("russians", "russia")
      .put("beijing", "china").put("chinese", "china")
      .put("washington", "america").put("us", "america").put("usa", "america").put("american", "america")
      .put("ally", "alliance").put("allies", "alliance").put("allied", "alliance")
      .put("cannot", "not").put("never", "not")
      .put("army", "military").put("armed", "military").put("forces", "military")
      .put("pact", "treaty").put("agreement", "treaty")
      .buildOrThrow();

  private static final ImmutableSet<String> NEGATIONS = ImmutableSet.of("not", "no", "never", "nor", "neither");

  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new LowerCaseFilter(source);
      ts = new SynonymGraphFilter(ts, synonymMap(), true);
      // Lucene's English stop words and the grader's own, but never a negation: "will not form" is not "will form"
      List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      words.addAll(STOP_WORDS);
      words.removeIf(x -> NEGATIONS.contains(String.valueOf((Object) x instanceof char[] c ? new String(c) : x)));
      CharArraySet stop = new CharArraySet(words, true);
      ts = new StopFilter(ts, stop);
      ts = new PorterStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }
  };

  private static SynonymMap synonymMap() {
    try {
      SynonymMap.Builder b = new SynonymMap.Builder(true);
      for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
        b.add(new CharsRef(e.getKey()), new CharsRef(e.getValue()), false);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("building an in-memory synonym map cannot fail", e);
    }
  }

  /**
   * Returns a text in normal form: compatibility-decomposed, accents removed, lower case, runs of anything but
   * letters and digits as single spaces, trimmed.
   *
   * @param text a text
   * @return the normalised text
   */
  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  private static List<String> features(List<String> stems) {
    List<String> out = new ArrayList<>(stems);
    for (int i = 0; i + 1 < stems.size(); i++) {
      out.add(stems.get(i) + " " + stems.get(i + 1));
    }
    return out;
  }

  private static double cosine(Profile a, Profile b) {
    Map<String, Double> va = a.vector;
    Map<String, Double> vb = b.vector;
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      Double w = vb.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return a.norm == 0 || b.norm == 0 ? 0 : Math.min(1.0, dot / (a.norm * b.norm));
  }

  private Map<String, Double> vector(List<String> features) {
    Map<String, Double> v = new HashMap<>();
    for (String f : features) {
      v.merge(f, idf.getOrDefault(f, unknownIdf), Double::sum);
    }
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static Set<String> trigrams(String normalized) {
    Set<String> out = new HashSet<>();
    String s = " " + normalized + " ";
    for (int i = 0; i + 3 <= s.length(); i++) {
      out.add(s.substring(i, i + 3));
    }
    return out;
  }

  private static <T> double jaccard(Set<T> a, Set<T> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<T> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }
}
