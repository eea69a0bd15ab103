package dev.argmap.scoring.explain;

import dev.argmap.internal.access.Access;
import dev.argmap.internal.scoring.Counterfactuals;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.scoring.MapScorer;
import dev.argmap.scoring.MapScores;
import dev.argmap.semantics.contribution.ContributionFunction;

/** Installs this package's side of {@link Access}: the factories behind {@link MapScorer}'s explaining methods. */
final class Internals implements Access.Explain {
  static {
    Access.install(new Internals());
  }

  private Internals() {}

  @Override
  public Explanation explanation(MapScorer scorer, ArgumentMap map, StatementId statement) {
    return Explanation.of(scorer, map, statement);
  }

  @Override
  public Explanation explanation(MapScorer scorer, ArgumentMap map, StatementId statement,
      ContributionFunction ranking) {
    return Explanation.of(scorer, map, statement, ranking);
  }

  @Override
  public Explanation explanation(MapScorer scorer, MapScores scores, StatementId statement,
      ContributionFunction ranking) {
    return Explanation.of(scorer, scores, statement, ranking);
  }

  @Override
  public BalanceReport balance(MapScorer scorer, ArgumentMap map) {
    return BalanceReport.of(scorer, map);
  }

  @Override
  public double defaultSensitivityStep() {
    return Sensitivity.DEFAULT_STEP;
  }

  @Override
  public Sensitivity sensitivity(MapScorer scorer, ArgumentMap map, StatementId target, double step) {
    return Sensitivity.of(scorer, map, target, step);
  }

  @Override
  public WhatIf whatIf(MapScorer scorer, ArgumentMap map) {
    return new WhatIf(scorer, map);
  }

  @Override
  public MinimalChange minimalChange(Counterfactuals counterfactuals, Target target) {
    return MinimalChange.search(counterfactuals, target);
  }

  @Override
  public Robustness robustness(Counterfactuals counterfactuals, double threshold) {
    return Robustness.of(counterfactuals, threshold);
  }

  @Override
  public boolean allows(Knobs knobs, KnobKind kind, String id) {
    return knobs.allows(kind, id);
  }
}
