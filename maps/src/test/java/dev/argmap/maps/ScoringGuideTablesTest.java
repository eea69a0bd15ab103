package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.Strengths;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Computes the tables of docs/scoring-guide.md §4 on the prebuilt map and checks that the guide holds them as
 * computed ({@code -Dargmap.regenerateDocs=true} writes them into the guide instead); also the claim they illustrate: under every bipolar semantics the main thesis's strongest reasons for
 * it carry a visible share of its change, although their leave-one-out effects are near zero.
 */
class ScoringGuideTablesTest {
  static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  static final StatementId THESIS = StatementId.of("t-no-alliance");
  static final GradualSemantics[] BIPOLAR = {GradualSemantics.DF_QUAD, GradualSemantics.QUAD,
      GradualSemantics.EULER_BASED, GradualSemantics.QUADRATIC_ENERGY};

  @Test
  void strongestReasonsForCarryAVisibleShareUnderEveryBipolarSemantics() {
    for (GradualSemantics sem : BIPOLAR) {
      Explanation e = MapScorer.of(sem).explain(MAP, THESIS);
      List<Explanation.Reason> top = e.reasonsFor(3);
      assertThat(top).hasSize(3);
      for (Explanation.Reason r : top) {
        assertThat(r.share().value()).as("%s %s share", sem.id(), r.argument()).isGreaterThan(0.01);
        assertThat(r.share().method()).isEqualTo(Contribution.Method.EXACT);
      }
      assertThat(e.sumOfShares()).as(sem.id()).isCloseTo(e.totalChange(), within(1e-9));
    }
  }

  /** The DF-QuAD reasons table: top five each side, share and removal. */
  static String reasonsTable() {
    Explanation e = MapScorer.of(GradualSemantics.DF_QUAD).explain(MAP, THESIS);
    List<String> lines = new ArrayList<>();
    lines.add("| for | share | removed alone | against | share | removed alone |");
    lines.add("|---|--:|--:|---|--:|--:|");
    List<Explanation.Reason> pro = e.reasonsFor(5);
    List<Explanation.Reason> con = e.reasonsAgainst(5);
    for (int i = 0; i < 5; i++) {
      Explanation.Reason p = pro.get(i);
      Explanation.Reason c = con.get(i);
      lines.add("| `" + p.argument() + "` | " + signed(p.share().value()) + " | "
          + signed(p.removal()) + " | `" + c.argument() + "` | " + signed(c.share().value())
          + " | " + signed(c.removal()) + " |");
    }
    return String.join("\n", lines);
  }

  /** Per bipolar semantics: score, change, the shares of each side, the largest share and removal for. */
  static String semanticsTable() {
    List<String> lines = new ArrayList<>();
    lines.add("| semantics | score | change | shares of the " + MAP.argumentsFor(THESIS).size() + " for | shares of the "
        + MAP.argumentsAgainst(THESIS).size() + " against | top share for | its removal |");
    lines.add("|---|--:|--:|--:|--:|--:|--:|");
    for (GradualSemantics sem : BIPOLAR) {
      Explanation e = MapScorer.of(sem).explain(MAP, THESIS);
      double pro = 0;
      double con = 0;
      for (Explanation.Reason r : e.reasons()) {
        if (r.polarity() == dev.argmap.model.Polarity.SUPPORTS) {
          pro += r.share().value();
        } else {
          con += r.share().value();
        }
      }
      Explanation.Reason top = e.reasonsFor(1).get(0);
      lines.add(String.format(Locale.ROOT, "| %s | %.4f | %s | %s | %s | %s (`%s`) | %s |", sem.id(), e.score(),
          signed(e.totalChange()), signed(pro), signed(con),
          signed(top.share().value()), top.argument(), signed(top.removal())));
    }
    return String.join("\n", lines);
  }

  /** The sources' Shapley shares and credibility gradients under DF-QuAD, the five largest shares. */
  static String sourcesTable() {
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);
    Contributions<ElementId> shares = scorer.contributions(MAP, THESIS, ContributionFunction.SHAPLEY,
        MapContributors.SOURCES);
    Contributions<ElementId> gradient = scorer.contributions(MAP, THESIS, ContributionFunction.GRADIENT,
        MapContributors.SOURCES);
    List<String> lines = new ArrayList<>();
    lines.add("| source | share of the change | d score / d credibility |");
    lines.add("|---|--:|--:|");
    int k = 0;
    for (Map.Entry<ElementId, Contribution> en : shares.ranked()) {
      if (k++ == 5) {
        break;
      }
      lines.add("| `" + en.getKey() + "` | " + share(en.getValue()) + " | "
          + signed(gradient.of(en.getKey()).value()) + " |");
    }
    lines.add(String.format(Locale.ROOT, "| all %d sources | %s (change with no evidence at all: %s) | |",
        shares.values().size(), signed(shares.sum()), signed(shares.totalChange())));
    return String.join("\n", lines);
  }

  /** §7: every thesis's score under the eight semantics. */
  static String scoresTable() {
    GradualSemantics[] order = {GradualSemantics.DF_QUAD, GradualSemantics.QUAD, GradualSemantics.EULER_BASED,
        GradualSemantics.QUADRATIC_ENERGY, GradualSemantics.WEIGHTED_H_CATEGORIZER,
        GradualSemantics.WEIGHTED_MAX_BASED, GradualSemantics.WEIGHTED_CARD_BASED, GradualSemantics.H_CATEGORIZER};
    List<String> lines = new ArrayList<>();
    lines.add("| thesis | DF-QuAD | QuAD | Euler-based | quadratic energy | weighted h-cat. | weighted max-based"
        + " | weighted card-based | h-cat. |");
    lines.add("|---|---|---|---|---|---|---|---|---|");
    List<MapScores> scores = new ArrayList<>();
    for (GradualSemantics sem : order) {
      scores.add(MapScorer.of(sem).score(MAP));
    }
    for (StatementId t : MAP.thesisIds()) {
      StringBuilder row = new StringBuilder("| `" + t + "` |");
      for (MapScores sc : scores) {
        assertThat(sc.status()).isEqualTo(Strengths.Status.EXACT);
        row.append(String.format(Locale.ROOT, " %.4f |", sc.strength(t)));
      }
      lines.add(row.toString());
    }
    return String.join("\n", lines);
  }

  /** §7: DF-QuAD against quadratic energy on the main thesis, the quantities the text explains. */
  static String workedExampleTable() {
    GradualSemantics[] two = {GradualSemantics.DF_QUAD, GradualSemantics.QUADRATIC_ENERGY};
    List<List<String>> cols = new ArrayList<>();
    for (GradualSemantics sem : two) {
      MapScorer scorer = MapScorer.of(sem);
      Explanation e = scorer.explain(MAP, THESIS);
      double notS = 1.0;
      double notA = 1.0;
      double sumS = 0.0;
      double sumA = 0.0;
      double shareFor = 0.0;
      double shareAgainst = 0.0;
      for (Explanation.Reason r : e.reasons()) {
        if (r.polarity() == dev.argmap.model.Polarity.SUPPORTS) {
          notS *= 1.0 - r.argumentStrength();
          sumS += r.argumentStrength();
          shareFor += r.share().value();
        } else {
          notA *= 1.0 - r.argumentStrength();
          sumA += r.argumentStrength();
          shareAgainst += r.share().value();
        }
      }
      Explanation.Reason topFor = e.reasonsFor(1).get(0);
      Explanation.Reason topAgainst = e.reasonsAgainst(1).get(0);
      Explanation.Reason removalFor = e.reasons().stream()
          .filter(r -> r.polarity() == dev.argmap.model.Polarity.SUPPORTS)
          .max(java.util.Comparator.comparingDouble(Explanation.Reason::removal)).orElseThrow();
      Contributions<ElementId> sourceGradient = scorer.contributions(MAP, THESIS, ContributionFunction.GRADIENT,
          MapContributors.SOURCES);
      Map.Entry<ElementId, Contribution> topSource = sourceGradient.ranked().get(0);
      double withoutTopAgainst = scorer.whatIf(MAP).removeArgument(topAgainst.argument()).after().strength(THESIS);
      double paperDiscredited = scorer.whatIf(MAP).discreditSource(dev.argmap.model.SourceId.of("security-paper-2017"))
          .after().strength(THESIS);
      List<String> c = new ArrayList<>();
      c.add(String.format(Locale.ROOT, "%.4f", e.score()));
      c.add(String.format(Locale.ROOT, "%.4f", e.base()));
      c.add(sem == GradualSemantics.DF_QUAD
          ? String.format(Locale.ROOT, "pooled: `v_s` = %.5f, `v_a` = %.4f", 1.0 - notS, 1.0 - notA)
          : String.format(Locale.ROOT, "summed: %.2f for, %.2f against, `E` = %.2f", sumS, sumA, sumS - sumA));
      c.add(signed(shareFor) + " / " + signed(shareAgainst));
      c.add(signed(topFor.share().value()) + " (`" + topFor.argument() + "`)");
      c.add(signed(removalFor.removal()) + " (`" + removalFor.argument() + "`)");
      c.add(signed(e.sumOfRemovals()));
      c.add(String.format(Locale.ROOT, "%s (`%s`)", signed(topSource.getValue().value()),
          topSource.getKey()));
      c.add(String.format(Locale.ROOT, "%.4f (without `%s`)", withoutTopAgainst, topAgainst.argument()));
      c.add(String.format(Locale.ROOT, "%.4f", paperDiscredited));
      cols.add(c);
    }
    String[] rows = {"score", "base", "the arguments on it", "shares of the for / against side",
        "largest share for", "largest leave-one-out effect for", "leave-one-out effects, summed",
        "largest derivative by a source's credibility", "without the strongest reason against",
        "with `security-paper-2017` discredited"};
    List<String> lines = new ArrayList<>();
    lines.add("| `t-no-alliance` | DF-QuAD | quadratic energy |");
    lines.add("|---|---|---|");
    for (int i = 0; i < rows.length; i++) {
      lines.add("| " + rows[i] + " | " + cols.get(0).get(i) + " | " + cols.get(1).get(i) + " |");
    }
    return String.join("\n", lines);
  }

  /** Replaces the table of the guide that has the same header line as {@code table} (up to the blank line after it). */
  static String replaceTable(String text, String table) {
    String header = table.substring(0, table.indexOf('\n') + 1);
    int start = text.indexOf(header);
    if (start < 0) {
      throw new IllegalStateException("the guide has no table headed " + header.strip());
    }
    int end = text.indexOf("\n\n", start);
    return text.substring(0, start) + table + text.substring(end < 0 ? text.length() : end);
  }

  @Test
  void theGuideHoldsTheTablesAsComputed() throws IOException {
    String reasons = reasonsTable();
    String semantics = semanticsTable();
    String sources = sourcesTable();
    String scores = scoresTable();
    String worked = workedExampleTable();
    System.out.println(reasons + "\n\n" + semantics + "\n\n" + sources + "\n\n" + scores + "\n\n" + worked);
    Path guide = Above.require("docs/scoring-guide.md");
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("argmap.regenerateDocs")) {
      for (String table : List.of(reasons, semantics, sources, scores, worked)) {
        text = replaceTable(text, table);
      }
      Files.writeString(guide, text, StandardCharsets.UTF_8);
    }
    assertThat(text).contains(reasons);
    assertThat(text).contains(semantics);
    assertThat(text).contains(sources);
    assertThat(text).contains(scores);
    assertThat(text).contains(worked);
  }

  /** A share as {@link Explanation} prints it: four decimals, and its standard error when it is an estimate. */
  private static String share(Contribution c) {
    return c.method() == Contribution.Method.SAMPLED
        ? signed(c.value()) + String.format(Locale.ROOT, " ± %.4f", c.standardError())
        : signed(c.value());
  }

  /** As {@link Explanation} prints a value: four decimals, or two significant digits for a tiny non-zero one. */
  private static String signed(double v) {
    return v != 0.0 && Math.abs(v) < 5e-5 ? String.format(Locale.ROOT, "%+.1e", v)
        : String.format(Locale.ROOT, "%+.4f", v);
  }
}
