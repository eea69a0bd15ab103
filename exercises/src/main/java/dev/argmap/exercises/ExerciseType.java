package dev.argmap.exercises;

import java.util.Locale;

/** The kinds of exercise, in the order a worksheet shows them. */
public enum ExerciseType {
  /** Classify a statement as a reason for or against the thesis, following the polarities along the map. */
  CLASSIFY("classify", "For or against?", true),
  /** Match each quote to the claim it supports. */
  MATCH_QUOTES("match-quotes", "Match the quotes to the claims", true),
  /** Tell who said a quote and who published it: speaker, source and cited work. */
  ATTRIBUTION("attribution", "Who said it, who published it?", true),
  /** Find the missing co-premise of a linked argument. */
  MISSING_PREMISE("missing-premise", "Find the missing premise", true),
  /**
   * Rank the objections to a thesis by how much each pulls it down: their share of its change; the key explains
   * the ranking with scores and shares.
   */
  RANK_OBJECTIONS("rank-objections", "Rank the objections", true),
  /** Spot the undercutter: the objection that attacks an inference rather than a claim. */
  SPOT_UNDERCUTTER("spot-undercutter", "Spot the undercutter", true),
  /** Build the map from a shuffled list of statements; the key is the reference structure. */
  BUILD_MAP("build-map", "Build the map yourself", false),
  /**
   * Prepare for a debate: a side is assigned; each side's best case (its reasons ranked by their Shapley share of
   * the motion's change, in words) and the answers to it, rebuttals listed under the point they answer.
   */
  DEBATE_PREP("debate-prep", "Debate preparation", false);

  private final String id;
  private final String title;
  private final boolean quiz;

  ExerciseType(String id, String title, boolean quiz) {
    this.id = id;
    this.title = title;
    this.quiz = quiz;
  }

  /**
   * Returns the identifier, as used on the command line, for example {@code match-quotes}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Returns the heading the worksheet gives the exercise.
   *
   * @return the heading
   */
  public String title() {
    return title;
  }

  /**
   * Returns whether the exercise is a quiz with answers a computer can mark (multiple choice, true or false,
   * matching, ordering). Open tasks are not quizzes; the GIFT file carries the debate preparation as an essay
   * question and leaves the map building out.
   *
   * @return whether it is a quiz
   */
  public boolean isQuiz() {
    return quiz;
  }

  /**
   * Returns the type with the given identifier (or enum name), ignoring case.
   *
   * @param id for example {@code match-quotes} or {@code MATCH_QUOTES}
   * @return the type
   * @throws IllegalArgumentException if no type has that identifier
   */
  public static ExerciseType fromId(String id) {
    String s = id.strip();
    for (ExerciseType t : values()) {
      if (t.id.equalsIgnoreCase(s) || t.name().equalsIgnoreCase(s)) {
        return t;
      }
    }
    StringBuilder known = new StringBuilder();
    for (ExerciseType t : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(t.id);
    }
    throw new IllegalArgumentException("unknown exercise type \"" + id + "\"; expected one of " + known);
  }

  /** Returns the identifier. */
  @Override
  public String toString() {
    return id;
  }
}
