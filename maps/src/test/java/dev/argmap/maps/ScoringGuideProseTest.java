package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numbers that docs/scoring-guide.md quotes in its prose (the tables are {@link ScoringGuideTablesTest}'s):
 * each sentence is rebuilt here from what the library computes on the prebuilt map, and the guide must hold it
 * word for word. A change of the map, the weights or a semantics that moves a quoted number fails here, naming
 * the sentence to update.
 */
class ScoringGuideProseTest {
  static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  static final StatementId THESIS = StatementId.of("t-no-alliance");
  static final MapScores DF_QUAD = MapScorer.of(GradualSemantics.DF_QUAD).score(MAP);
  private static String guide;

  @BeforeAll
  static void readTheGuide() throws IOException {
    guide = Files.readString(Above.require("docs/scoring-guide.md"), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** A number as the guide writes an exact product: its digits, without trailing zeros. */
  private static String plain(double x) {
    return new BigDecimal(f("%.6f", x)).stripTrailingZeros().toPlainString();
  }

  private static void assertGuideSays(String sentence) {
    assertThat(guide).as("docs/scoring-guide.md should say, as computed:%n  %s", sentence).contains(sentence);
  }

  @Test
  void theOpeningExampleScoresTheThesis() {
    assertGuideSays(f("scores.strength(StatementId.of(\"t-no-alliance\")); // %.4f", DF_QUAD.strength(THESIS)));
  }

  @Test
  void theBaseScoreExampleIsTheDefaultStrategysValue() {
    StatementId p = StatementId.of("p-unequal-treaties");
    List<Evidence> quotes = MAP.evidence().stream().filter(e -> e.statement().equals(p)).toList();
    assertThat(quotes).as("the example's quotes all support it").allSatisfy(e ->
        assertThat(e.polarity()).isEqualTo(Polarity.SUPPORTS));
    assertThat(quotes).as("and come from one source").extracting(Evidence::source).containsOnly(quotes.get(0).source());
    double credibility = MAP.source(quotes.get(0).source()).orElseThrow().credibility();
    List<String> weights = new ArrayList<>();
    List<String> contributions = new ArrayList<>();
    List<String> rests = new ArrayList<>();
    double none = 1;
    for (Evidence e : quotes) {
      double c = e.weight() * credibility;
      weights.add(f("%.2f", e.weight()));
      contributions.add(plain(c));
      rests.add(plain(1 - c));
      none *= 1 - c;
    }
    double s = 1 - none;
    assertGuideSays(f("has %s supporting quotes, all found in the anonymous 2017 paper (credibility %.2f), with"
        + " weights %s. So `c` = %s;", WORDS.get(quotes.size()), credibility, and(weights), and(contributions)));
    assertGuideSays(f("`S = 1 − %s = %.5f`; base `= 0.5 + 0.5 × %.5f = %.5f`.", String.join(" × ", rests), s, s,
        DF_QUAD.base(p)));
    long citing = quotes.stream().filter(e -> e.citedWork().isPresent()).count();
    assertGuideSays(f("**Cited works.** %s of those %s quotes cites another work",
        Character.toUpperCase(WORDS.get((int) citing).charAt(0)) + WORDS.get((int) citing).substring(1),
        WORDS.get(quotes.size())).replace(" quotes cites", citing == 1 ? " quotes cites" : " quotes cite"));
  }

  private static final List<String> WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven");

  /** "a, b and c". */
  private static String and(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  @Test
  void theLinkedPremisesExampleMultipliesStrengths() {
    Argument a = MAP.argument(ArgumentId.of("a-entrapment")).orElseThrow();
    StatementId first = StatementId.of("p-alliance-means-defence");
    StatementId second = StatementId.of("p-no-entrapment");
    assertThat(a.premises()).containsExactlyInAnyOrder(first, second);
    assertGuideSays(f("`a-entrapment` (weight %.2f) needs both `%s` (strength %.3f) and `%s` (%.3f): base"
        + " `%s × %.3f × %.3f = %.4f`.", a.weight(), first.value(), DF_QUAD.strength(first), second.value(),
        DF_QUAD.strength(second), plain(a.weight()), DF_QUAD.strength(first), DF_QUAD.strength(second),
        DF_QUAD.base(a.id())));
  }

  @Test
  void theUndercutterExampleIsTheDfQuadUpdate() {
    Argument a = MAP.argument(ArgumentId.of("a-dep-reliance")).orElseThrow();
    ArgumentId undercutter = ArgumentId.of("a-u-defied-eu");
    ArgumentId itsUndercutter = ArgumentId.of("a-u-no-alternative");
    assertThat(MAP.argumentsAgainst(a.id())).extracting(Argument::id).containsExactly(undercutter);
    assertThat(MAP.argumentsAgainst(undercutter)).extracting(Argument::id).containsExactly(itsUndercutter);
    StringBuilder product = new StringBuilder(plain(a.weight()));
    for (StatementId p : a.premises()) {
      product.append(f(" × %.3f", DF_QUAD.strength(p)));
    }
    assertGuideSays(f("`a-dep-reliance` has base `%s = %.4f`; its undercutter `a-u-defied-eu` (base %.3f) is"
        + " itself undercut by `a-u-no-alternative` (%.3f), so it has strength `%.3f × (1 − %.3f) = %.4f`, and"
        + " `a-dep-reliance` ends at `%.4f × (1 − %.4f) = %.4f`.", product, DF_QUAD.base(a.id()),
        DF_QUAD.base(undercutter), DF_QUAD.strength(itsUndercutter), DF_QUAD.base(undercutter),
        DF_QUAD.strength(itsUndercutter), DF_QUAD.strength(undercutter), DF_QUAD.base(a.id()),
        DF_QUAD.strength(undercutter), DF_QUAD.strength(a.id())));
  }

  @Test
  void scoresAcrossSemanticsDiffer() {
    double energy = MapScorer.of(GradualSemantics.QUADRATIC_ENERGY).score(MAP).strength(THESIS);
    assertGuideSays(f("across semantics the same map can score %.2f (DF-QuAD) or %.2f (quadratic energy)",
        DF_QUAD.strength(THESIS), energy));
  }

  @Test
  void theLargestShareAndTheSaturatedSupportersAreAsComputed() {
    Explanation e = MapScorer.of(GradualSemantics.DF_QUAD).explain(MAP, THESIS);
    Explanation.Reason top = e.reasons().stream()
        .max(Comparator.comparingDouble(r -> r.share().value())).orElseThrow();
    assertGuideSays(f("\"`%s` carries %+.4f of the %+.4f\"", top.argument().value(), top.share().value(),
        e.totalChange()));

    List<Argument> pro = MAP.argumentsFor(THESIS);
    List<Argument> con = MAP.argumentsAgainst(THESIS);
    double none = 1;
    for (Argument a : pro) {
      none *= 1 - DF_QUAD.strength(a.id());
    }
    double largestRemoval = e.reasons().stream().filter(r -> r.polarity() == Polarity.SUPPORTS)
        .mapToDouble(Explanation.Reason::removal).max().orElseThrow();
    assertGuideSays(f("the main thesis of the prebuilt map (base %s, %d arguments for, %d against) scores %.4f. The"
        + " %d supporters pool to `v_s = %.5f`", plain(DF_QUAD.base(THESIS)), pro.size(), con.size(),
        DF_QUAD.strength(THESIS), pro.size(), 1 - none));
    assertGuideSays(f("so removing any one changes the score by %.4f at most", largestRemoval));
    assertGuideSays(f("has no evidence of its own (base %s) and %d arguments: %d for, %d against",
        plain(DF_QUAD.base(THESIS)), pro.size() + con.size(), pro.size(), con.size()));
  }

  @Test
  void theSamplingDefaultsAreTheOptions() {
    ContributionOptions d = ContributionOptions.defaults();
    assertGuideSays(f("`ContributionOptions.exactPlayerLimit()` players (%d by default)", d.exactPlayerLimit()));
    assertGuideSays(f("`targetStandardError()` (%s by default, after at least %d permutations)",
        plain(d.targetStandardError()), d.minSamples()));
  }
}
