package dev.argmap.exercises.grading;

import com.google.common.collect.ImmutableList;
import dev.argmap.exercises.grading.Finding.Verdict;
import dev.argmap.exercises.grading.Rubric.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
   * @param how how it was matched when not by wording alone: the teacher's decision, the worksheet number, the
   *     marked thesis, its place in an argument, or a free paraphrase clearly closer to it than to anything else
   */
  public record Match(String reference, String student, String referenceText, String studentText,
      double similarity, Optional<String> how) {}

  private final String title;
  private final ImmutableList<CategoryScore> rubric;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Match> matches;
  private final double threshold;
  private final RubricWeights weights;

  GradeReport(String title, List<CategoryScore> rubric, List<Finding> findings, List<Match> matches,
      double threshold, RubricWeights weights) {
    this.weights = weights;
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
   * Returns feedback the student can read, in Markdown, short and in this order: the score and what is right,
   * the rubric, what to fix, what is missing, what is in the student's map only (counted, with a few examples),
   * and how differently worded statements were matched. Every statement is judged once: a statement matched by
   * its place or by the teacher is never also called missing.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Feedback: ").append(md(title)).append("\n\n");
    sb.append(String.format(Locale.ROOT, "**Score: %d of %d points (%.0f%%)**%n%n", score(), maxScore(), percent()));
    sb.append("**What you got right:** ").append(rightSummary()).append("\n\n");
    sb.append("| Category | Points | Out of | How it is scored |\n|---|---:|---:|---|\n");
    for (CategoryScore c : rubric) {
      sb.append("| ").append(c.category().title()).append(" | ").append(c.earned()).append(" | ").append(c.possible())
          .append(" | ").append(md(c.category().rule(weights))).append(" |\n");
    }
    section(sb, "What to fix", Verdict.WRONG, "Nothing: well done.", Integer.MAX_VALUE);
    if (!findings(Verdict.MISSING).isEmpty()) {
      section(sb, "What is missing", Verdict.MISSING, "", 12);
    }
    List<Finding> extra = findings(Verdict.EXTRA);
    if (!extra.isEmpty()) {
      sb.append("\n## Only in your map\n\n").append(extra.size()).append(extra.size() == 1 ? " element" : " elements")
          .append(" of your map are not in the reference (no points lost; worth discussing)")
          .append(extra.size() > 5 ? ", for example:" : ":").append("\n\n");
      for (Finding f : extra.subList(0, Math.min(5, extra.size()))) {
        sb.append("- ").append(md(f.message())).append('\n');
      }
    }
    List<Match> reworded = matches.stream().filter(m -> m.similarity() < 0.999)
        .collect(Collectors.toList());
    if (!reworded.isEmpty()) {
      sb.append("\n## How your own wording was matched\n\n");
      for (Match m : reworded) {
        String how = m.how().orElse(String.format(Locale.ROOT, "by wording (similarity %.2f, at least %.2f needed)",
            m.similarity(), threshold));
        sb.append("- \u201c").append(md(m.referenceText())).append("\u201d \u2190 you wrote \u201c")
            .append(md(m.studentText())).append("\u201d: ").append(md(m.how().map(h -> "matched by " + h)
                .orElse("matched " + how))).append('\n');
      }
    }
    return sb.toString();
  }

  /** What is right, counted per category, in one sentence. */
  private String rightSummary() {
    List<String> parts = new ArrayList<>();
    for (Category c : Category.values()) {
      java.util.Set<String> all = new java.util.LinkedHashSet<>();
      java.util.Set<String> right = new java.util.LinkedHashSet<>();
      for (Finding f : findings) {
        if (f.category() == c && !f.reference().isEmpty()) {
          all.add(f.reference());
          if (f.verdict() == Verdict.RIGHT) {
            right.add(f.reference());
          }
        }
      }
      if (all.isEmpty()) {
        continue;
      }
      String noun = switch (c) {
        case STATEMENTS -> "statements found";
        case THESES -> all.size() == 1 ? "thesis marked" : "theses marked";
        case RELATIONS -> "arguments fully right";
        case EVIDENCE -> "quotes fully right (claim, source, speaker)";
      };
      parts.add(right.size() + " of " + all.size() + " " + noun);
    }
    return parts.isEmpty() ? "nothing to count." : String.join("; ", parts) + ".";
  }

  private void section(StringBuilder sb, String heading, Verdict v, String none, int most) {
    List<Finding> all = findings(v);
    List<Finding> list = all.subList(0, Math.min(most, all.size()));
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
    if (all.size() > list.size()) {
      sb.append("\u2026 and ").append(all.size() - list.size()).append(" more, in the same way.\n");
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
