package dev.argmap.scoring.explain;

import dev.argmap.scoring.MapScorer;

/**
 * Which elements of a map are the players when contributions to a statement are computed
 * ({@link MapScorer#contributions}). Only elements upstream of the statement can move it; the others are listed
 * with an exact 0. {@code docs/scoring-guide.md} has worked examples.
 */
public enum MapContributors {
  /**
   * Every argument, each a player on its own; removing one removes its inference (what concludes on it then acts
   * on nothing). The gradient is with respect to the argument's weight.
   */
  ARGUMENTS,
  /**
   * The arguments that conclude on the statement, each taken together with everything upstream of it (its
   * premises, their evidence, the arguments on those and its undercutters). This is what an explanation ranks:
   * the Shapley shares of these players add up to the statement's change from its base score. Gradient: every
   * weight and base in the player rising together.
   */
  DIRECT_ARGUMENTS,
  /**
   * Every statement but the one explained: a statement that is absent cannot serve as a premise (an argument
   * missing one of its premises has base 0). The gradient is with respect to the statement's base score.
   */
  STATEMENTS,
  /**
   * Every evidence item: an absent item leaves its statement's base score to the rest of its evidence. The
   * gradient is with respect to the item's weight. Needs the evidence base scores ({@link
   * dev.argmap.scoring.BaseScoreStrategy#evidence()}).
   */
  EVIDENCE,
  /**
   * Every source, through its credibility: a source that is absent is one whose credibility is 0, so every item
   * found in it counts for nothing (the source is the group of its evidence items, taken as one player). The
   * gradient is with respect to the credibility. Needs the evidence base scores.
   */
  SOURCES
}
