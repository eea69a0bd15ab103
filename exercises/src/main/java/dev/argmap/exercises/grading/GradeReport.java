package dev.argmap.exercises.grading;

import com.google.common.collect.ImmutableList;
import dev.argmap.exercises.grading.Finding.Verdict;
import dev.argmap.exercises.grading.Rubric.Category;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of grading a student's map: the points per rubric category, everything noticed (what is right,
 * missing, wrong or extra), how the student's statements were matched to the reference's, and a feedback report
 * the student can read. Immutable.
 */
public final class GradeReport {
  /**
   * The points of one rubric category.
   *
   * @param category the category
   * @param earned the points earned
   * @param possible the points possible
   */
  public record CategoryScore(Category category, int earned, int possible) {}

  /**
   * How a reference statement was matched to a student's statement.
   *
   * @param reference the reference statement's identifier
   * @param student the student's statement's identifier
   * @param referenceText the reference statement's text
   * @param studentText the student's statement's text
   * @param similarity the text similarity, in [0, 1]
   */
  public record Match(String reference, String student, String referenceText, String studentText,
      double similarity) {}

  private final String title;
  private final ImmutableList<CategoryScore> rubric;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Match> matches;
  private final double threshold;

  GradeReport(String title, List<CategoryScore> rubric, List<Finding> findings, List<Match> matches,
      double threshold) {
    this.title = title;
    this.rubric = ImmutableList.copyOf(rubric);
    this.findings = ImmutableList.copyOf(findings);
    this.matches = ImmutableList.copyOf(matches);
    this.threshold = threshold;
  }

  /**
   * Returns the points earned.
   *
   * @return the score
   */
  public int score() {
    return rubric.stream().mapToInt(CategoryScore::earned).sum();
  }

  /**
   * Returns the points possible.
   *
   * @return the maximum score
   */
  public int maxScore() {
    return rubric.stream().mapToInt(CategoryScore::possible).sum();
  }

  /**
   * Returns the score as a percentage of the maximum.
   *
   * @return the percentage, in [0, 100]; 100 when nothing could be scored
   */
  public double percent() {
    return maxScore() == 0 ? 100.0 : 100.0 * score() / maxScore();
  }

  /**
   * Returns the points per category, in rubric order.
   *
   * @return the categories' scores
   */
  public ImmutableList<CategoryScore> rubric() {
    return rubric;
  }

  /**
   * Returns the points of one category.
   *
   * @param category the category
   * @return its score
   */
  public CategoryScore category(Category category) {
    return rubric.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
  }

  /**
   * Returns everything noticed, in the order of the reference map.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings with one verdict.
   *
   * @param verdict the verdict
   * @return those findings, in order
   */
  public ImmutableList<Finding> findings(Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how the reference's statements were matched to the student's.
   *
   * @return the matches, in reference order
   */
  public ImmutableList<Match> matches() {
    return matches;
  }

  /**
   * Returns feedback the student can read, in Markdown: the score and rubric, then what is right, what is
   * missing, what is wrong, what is in the student's map only, and which differently worded statements were
   * matched.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Feedback: ").append(md(title)).append("\n\n");
    sb.append(String.format(Locale.ROOT, "**Score: %d of %d points (%.0f%%)**%n%n", score(), maxScore(), percent()));
    sb.append("| Category | Points | Out of | How it is scored |\n|---|---:|---:|---|\n");
    for (CategoryScore c : rubric) {
      sb.append("| ").append(c.category().title()).append(" | ").append(c.earned()).append(" | ").append(c.possible())
          .append(" | ").append(md(c.category().rule())).append(" |\n");
    }
    section(sb, "What is wrong", Verdict.WRONG, "Nothing: well done.");
    section(sb, "What is missing", Verdict.MISSING, "Nothing is missing.");
    section(sb, "What you got right", Verdict.RIGHT, "Nothing yet.");
    List<Finding> extra = findings(Verdict.EXTRA);
    if (!extra.isEmpty()) {
      sb.append("\n## Only in your map\n\n");
      for (Finding f : extra) {
        sb.append("- ").append(md(f.message())).append(lost(f)).append('\n');
      }
    }
    List<Match> reworded = matches.stream().filter(m -> m.similarity() < 0.999).collect(Collectors.toList());
    if (!reworded.isEmpty()) {
      sb.append("\n## Statements you worded differently\n\n").append(String.format(Locale.ROOT,
          "Your wording was matched to the reference's by meaning (similarity of at least %.2f).%n%n", threshold));
      for (Match m : reworded) {
        sb.append(String.format(Locale.ROOT, "- \u201c%s\u201d \u2190 you wrote \u201c%s\u201d (similarity %.2f)%n",
            md(m.referenceText()), md(m.studentText()), m.similarity()));
      }
    }
    return sb.toString();
  }

  private void section(StringBuilder sb, String heading, Verdict v, String none) {
    List<Finding> list = findings(v);
    sb.append("\n## ").append(heading).append("\n\n");
    if (list.isEmpty()) {
      sb.append(none).append('\n');
      return;
    }
    for (Category c : Category.values()) {
      List<Finding> in = list.stream().filter(f -> f.category() == c).collect(Collectors.toList());
      if (in.isEmpty()) {
        continue;
      }
      sb.append("**").append(c.title()).append("**\n\n");
      for (Finding f : in) {
        sb.append("- ").append(md(f.message())).append(lost(f)).append('\n');
      }
      sb.append('\n');
    }
  }

  private static String lost(Finding f) {
    return f.pointsLost() == 0 ? "" : " (\u2212" + f.pointsLost() + (f.pointsLost() == 1 ? " point)" : " points)");
  }

  private static String md(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '$' -> sb.append('\\').append(c);
        case '\t', '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "GradeReport[" + score() + "/" + maxScore() + ", " + findings.size() + " findings]";
  }
}
