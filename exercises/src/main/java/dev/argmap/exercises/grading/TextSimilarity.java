package dev.argmap.exercises.grading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
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
 * and digits turned into spaces. The words are then stripped of English stop words and lightly stemmed (plural
 * {@code -s}, {@code -es}, {@code -ies}, {@code -ed}, {@code -ing}, {@code -ly}), so that "alliances" and
 * "alliance", "formed" and "form" meet. The similarity is a weighted mean of three measures:
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
   * Returns a text's stems: normalised, without stop words, lightly stemmed, in order.
   *
   * @param text a text
   * @return the stems
   */
  public static ImmutableList<String> stems(String text) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String w : normalize(text).split(" ")) {
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
        out.add(stem(w));
      }
    }
    return out.build();
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

  /** A light English stemmer: plural and verb endings, then a final e ("force", "forces", "forced" meet). */
  static String stem(String w) {
    String s = suffix(w);
    return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
  }

  private static String suffix(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, n - 3));
    }
    if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
      return undouble(w.substring(0, n - 2));
    }
    if (n > 4 && w.endsWith("ly")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
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
