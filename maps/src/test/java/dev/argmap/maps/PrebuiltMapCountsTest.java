package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.explain.BalanceReport;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.argmap.model.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    // a statement bears for the thesis when it is a premise of an argument on the side for it, against when it is a
    // premise of one against it, both ways when it is a premise on both sides
    Set<StatementId> forPremises = premisesOf(pro.arguments());
    Set<StatementId> againstPremises = premisesOf(con.arguments());
    List<StatementId> bothWays = MAP.statements().stream().map(Statement::id)
        .filter(id -> forPremises.contains(id) && againstPremises.contains(id)).toList();
    long subTheses = MAP.theses().size() - 1;
    int besides = MAP.statements().size() - 1;
    String statements = "| statements (besides the main thesis) | " + besides + " (" + subTheses + " sub-theses + "
        + (besides - subTheses) + " premises) | " + (forPremises.size() - bothWays.size()) + " | "
        + (againstPremises.size() - bothWays.size()) + " | " + bothWays.size() + " ("
        + bothWays.stream().map(id -> "`" + id.value() + "`").collect(Collectors.joining(", ")) + ") |";
    List<String> rows = List.of(statements, arguments, direct, undercut, evidence);

    Path readme = Above.require("docs/maps/README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertThat(forPremises.size() + againstPremises.size() - bothWays.size())
        .as("every statement besides the main thesis is on one side or both").isEqualTo(besides);
    for (String row : rows) {
      assertThat(text).as("docs/maps/README.md must hold the counts table's rows:%n%s", String.join("\n", rows))
          .contains(row);
    }
    assertThat(pro.arguments().size() + con.arguments().size() + t.onBothSides().size())
        .as("every argument upstream of the thesis is on one side or both")
        .isEqualTo((int) MAP.upstreamOf(THESIS).stream().filter(x -> x instanceof ArgumentId).count());
  }

  private static Set<StatementId> premisesOf(Collection<ArgumentId> arguments) {
    Set<StatementId> premises = new LinkedHashSet<>();
    for (ArgumentId id : arguments) {
      premises.addAll(MAP.argument(id).orElseThrow().premises());
    }
    return premises;
  }
}
