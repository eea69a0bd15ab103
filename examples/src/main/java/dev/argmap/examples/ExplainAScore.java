package dev.argmap.examples;

import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.scoring.explain.Explanation;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.semantics.contribution.GraphContributions;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains a score with contribution functions: the prebuilt map's main thesis, its reasons ranked by their
 * share of the change (Shapley values, which add up to it) beside their leave-one-out effects, the sources
 * through their credibility, and the four functions side by side on a three-argument graph.
 */
public final class ExplainAScore {
  private ExplainAScore() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    StatementId thesis = StatementId.of("t-no-alliance");
    MapScorer scorer = MapScorer.of(GradualSemantics.DF_QUAD);

    Explanation why = scorer.explain(map, thesis);
    System.out.printf(Locale.ROOT, "%s: score %.4f, base %.4f, change %+.4f%n", thesis, why.score(), why.base(),
        why.totalChange());
    for (Explanation.Reason r : why.reasonsFor(2)) {
      System.out.printf(Locale.ROOT, "  for      %-18s share %+.4f, removed alone %+.6f%n", r.argument(),
          r.share().value(), r.removal());
    }
    for (Explanation.Reason r : why.reasonsAgainst(2)) {
      System.out.printf(Locale.ROOT, "  against  %-18s share %+.4f, removed alone %+.6f%n", r.argument(),
          r.share().value(), r.removal());
    }
    System.out.printf(Locale.ROOT, "  the %d shares add up to %+.4f%n", why.reasons().size(), why.sumOfShares());

    Contributions<ElementId> sources =
        scorer.contributions(map, thesis, ContributionFunction.SHAPLEY, MapContributors.SOURCES);
    Map.Entry<ElementId, Contribution> top = sources.ranked().get(0);
    System.out.println("Source with the largest share: " + top.getKey() + " " + top.getValue());

    BipolarGraph.Builder b = BipolarGraph.builder();
    int claim = b.addArgument("claim", 0.5);
    int pro = b.addArgument("pro", 0.8);
    int con = b.addArgument("con", 0.4);
    int rebuttal = b.addArgument("rebuttal", 0.6);
    BipolarGraph g = b.addSupport(pro, claim).addAttack(con, claim).addAttack(rebuttal, con).build();
    GraphContributions gc = GraphContributions.of(g, GradualSemantics.DF_QUAD);
    for (ContributionFunction f : ContributionFunction.values()) {
      Contributions<String> c = gc.contributions(f, "claim");
      System.out.printf(Locale.ROOT, "%-17s pro %+.4f  con %+.4f  rebuttal %+.4f  (sum %+.4f, change %+.4f)%n",
          f.id(), c.of("pro").value(), c.of("con").value(), c.of("rebuttal").value(), c.sum(), c.totalChange());
    }
    System.out.println("con and rebuttal as one player: "
        + gc.group(ContributionFunction.SHAPLEY, "claim", List.of("con", "rebuttal")));
  }
}
