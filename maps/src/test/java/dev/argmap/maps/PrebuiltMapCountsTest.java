package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.BalanceReport;
import dev.argmap.scoring.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Computes the counts table of docs/maps/README.md (arguments, arguments on the main thesis, undercutters and
 * evidence, each by the side it bears on, as the balance report assigns sides) and checks that the README
 * states them.
 */
class PrebuiltMapCountsTest {
  private static final ArgumentMap MAP = PrebuiltMaps.russiaChinaAlliance();
  private static final StatementId THESIS = StatementId.of("t-no-alliance");

  @Test
  void theReadmeStatesTheMapsCounts() throws IOException {
    BalanceReport.ThesisBalance t = MapScorer.of(GradualSemantics.DF_QUAD).balance(MAP).thesis(THESIS);
    BalanceReport.Side pro = t.forSide();
    BalanceReport.Side con = t.againstSide();
    Set<ArgumentId> undercutters = new HashSet<>();
    for (Argument a : MAP.arguments()) {
      if (a.conclusion() instanceof ArgumentId && a.polarity() == Polarity.ATTACKS) {
        undercutters.add(a.id());
      }
    }
    long undercuttersFor = undercutters.stream().filter(pro.arguments()::contains).count();
    long undercuttersAgainst = undercutters.stream().filter(con.arguments()::contains).count();
    Set<EvidenceId> both = new HashSet<>(pro.evidence());
    both.retainAll(new HashSet<>(con.evidence()));
    long undermining = MAP.evidence().stream().filter(e -> e.polarity() == Polarity.ATTACKS).count();

    String arguments = "| arguments | " + MAP.arguments().size() + " | " + pro.arguments().size() + " | "
        + con.arguments().size() + " | - |";
    String direct = "| arguments directly on the main thesis | " + MAP.argumentsOn(THESIS).size() + " | "
        + pro.directArguments().size() + " | " + con.directArguments().size() + " | - |";
    String undercut = "| undercutters | " + undercutters.size() + " | " + undercuttersFor + " | "
        + undercuttersAgainst + " | - |";
    String evidence = "| evidence items | " + MAP.evidence().size() + " (" + (MAP.evidence().size() - undermining)
        + " supporting their statement, " + undermining + " undermining it) | " + (pro.evidence().size() - both.size())
        + " | " + (con.evidence().size() - both.size()) + " | " + both.size() + " |";
    String statements = "| statements (besides the main thesis) | " + (MAP.statements().size() - 1) + " (";

    Path readme = Above.find("docs/maps/README.md");
    if (readme == null) {
      return;
    }
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertThat(text).contains(arguments).contains(direct).contains(undercut).contains(evidence).contains(statements);
    assertThat(pro.arguments().size() + con.arguments().size() + t.onBothSides().size())
        .as("every argument upstream of the thesis is on one side or both")
        .isEqualTo((int) MAP.upstreamOf(THESIS).stream().filter(x -> x instanceof ArgumentId).count());
  }
}
