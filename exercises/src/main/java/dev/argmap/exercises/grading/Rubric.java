package dev.argmap.exercises.grading;

/**
 * The points a student's map earns, per category, with the default weights ({@link RubricWeights#defaults()};
 * a teacher sets others with {@link Grader#withWeights}). Every reference element is worth a fixed number of
 * points; a student's relation between matched statements that the reference does not have costs points, within
 * its category, and so does a source counted twice.
 *
 * <table>
 *   <caption>Points</caption>
 *   <tr><th>Category</th><th>Per</th><th>Points</th></tr>
 *   <tr><td>{@link Category#STATEMENTS}</td><td>reference statement found (matched by meaning)</td>
 *       <td>{@value #STATEMENT}</td></tr>
 *   <tr><td>{@link Category#THESES}</td><td>reference thesis the student also marks as a thesis</td>
 *       <td>{@value #THESIS}</td></tr>
 *   <tr><td rowspan="3">{@link Category#RELATIONS}</td><td>reference argument found: a student argument from at
 *       least one of its premises to its conclusion (an undercutter: to the argument it attacks)</td>
 *       <td>{@value #RELATION_TARGET}</td></tr>
 *   <tr><td>&hellip; with the same polarity (supports or attacks)</td><td>{@value #RELATION_POLARITY}</td></tr>
 *   <tr><td>&hellip; with exactly its premises (linked co-premises grouped as in the reference)</td>
 *       <td>{@value #RELATION_PREMISES}</td></tr>
 *   <tr><td>{@link Category#RELATIONS}</td><td>student argument between matched statements that the reference
 *       lacks (penalty; the category never falls below 0; splitting a linked argument costs nothing more)</td>
 *       <td>&minus;{@value #WRONG_RELATION}</td></tr>
 *   <tr><td rowspan="4">{@link Category#EVIDENCE}</td><td>reference quote found on the right claim</td>
 *       <td>{@value #QUOTE}</td></tr>
 *   <tr><td>&hellip; from the right source (found anywhere in the student's map)</td><td>{@value #SOURCE}</td></tr>
 *   <tr><td>&hellip; with the right speaker (or none, when the reference has none)</td>
 *       <td>{@value #SPEAKER}</td></tr>
 *   <tr><td>&hellip; with the right cited work, only where the reference names one</td>
 *       <td>{@value #CITED_WORK}</td></tr>
 * </table>
 *
 * <p>A reference map without evidence (as the build-the-map exercise's) has no evidence points.
 */
public final class Rubric {
  /** Points per reference statement found. */
  public static final int STATEMENT = 1;
  /** Points per reference thesis marked as a thesis. */
  public static final int THESIS = 1;
  /** Points per reference argument found with the right target. */
  public static final int RELATION_TARGET = 1;
  /**
   * Points per reference argument found with the right polarity: 2 by default, so that swapping a reason for
   * and against costs more than a missed statement.
   */
  public static final int RELATION_POLARITY = 2;
  /** Points per reference argument found with exactly its premises. */
  public static final int RELATION_PREMISES = 1;
  /** Points lost per student relation that the reference lacks. */
  public static final int WRONG_RELATION = 1;
  /** Points per reference quote found on the right claim. */
  public static final int QUOTE = 1;
  /** Points per reference quote attributed to the right source. */
  public static final int SOURCE = 1;
  /** Points per reference quote with the right speaker. */
  public static final int SPEAKER = 1;
  /** Points per reference quote with the right cited work, where the reference names one. */
  public static final int CITED_WORK = 1;

  private Rubric() {}

  /** The categories of the rubric, in report order. */
  public enum Category {
    /** The statements found. */
    STATEMENTS("Statements"),
    /** The theses identified. */
    THESES("Theses"),
    /** The arguments between statements. */
    RELATIONS("Relations"),
    /** The evidence and its attribution. */
    EVIDENCE("Evidence");

    private final String title;

    Category(String title) {
      this.title = title;
    }

    /**
     * Returns the category's name as the report shows it.
     *
     * @return the name
     */
    public String title() {
      return title;
    }

    /**
     * Returns how the category is scored with the default weights, in one line.
     *
     * @return the rule
     */
    public String rule() {
      return rule(RubricWeights.defaults());
    }

    /**
     * Returns how the category is scored with the given weights, in one line.
     *
     * @param w the weights
     * @return the rule
     */
    public String rule(RubricWeights w) {
      return switch (this) {
        case STATEMENTS -> w.statement() + " per reference statement found";
        case THESES -> w.thesis() + " per thesis marked as a thesis";
        case RELATIONS -> "per argument: " + w.target() + " right target, " + w.polarity() + " right polarity, "
            + w.premises() + " right premises; -" + w.wrongRelation() + " per relation the reference lacks";
        case EVIDENCE -> "per quote: " + w.quote() + " on the right claim, " + w.source() + " right source, "
            + w.speaker() + " right speaker, " + w.citedWork() + " right cited work (where there is one); -"
            + w.duplicateSource() + " per source counted twice";
      };
    }
  }
}
