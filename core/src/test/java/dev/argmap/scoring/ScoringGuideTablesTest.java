package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.StatementId;
import dev.argmap.prebuilt.PrebuiltMaps;
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
      lines.add("| `" + p.argument() + "` | " + Explanation.signed(p.share().value()) + " | "
          + Explanation.signed(p.removal()) + " | `" + c.argument() + "` | " + Explanation.signed(c.share().value())
          + " | " + Explanation.signed(c.removal()) + " |");
    }
    return String.join("\n", lines);
  }

  /** Per bipolar semantics: score, change, the shares of each side, the largest share and removal for. */
  static String semanticsTable() {
    List<String> lines = new ArrayList<>();
    lines.add("| semantics | score | change | shares of the 16 for | shares of the 7 against | top share for | its removal |");
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
          Explanation.signed(e.totalChange()), Explanation.signed(pro), Explanation.signed(con),
          Explanation.signed(top.share().value()), top.argument(), Explanation.signed(top.removal())));
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
      lines.add("| `" + en.getKey() + "` | " + Explanation.share(en.getValue()) + " | "
          + Explanation.signed(gradient.of(en.getKey()).value()) + " |");
    }
    lines.add(String.format(Locale.ROOT, "| all %d sources | %s (change with no evidence at all: %s) | |",
        shares.values().size(), Explanation.signed(shares.sum()), Explanation.signed(shares.totalChange())));
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
    System.out.println(reasons + "\n\n" + semantics + "\n\n" + sources);
    Path guide = ContributionPrinciplesTest.docs();
    if (guide == null) {
      return;
    }
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("argmap.regenerateDocs")) {
      for (String table : List.of(reasons, semantics, sources)) {
        text = replaceTable(text, table);
      }
      Files.writeString(guide, text, StandardCharsets.UTF_8);
    }
    assertThat(text).contains(reasons);
    assertThat(text).contains(semantics);
    assertThat(text).contains(sources);
  }
}
