package dev.argmap.exercises.gift;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a GIFT text against the format's grammar, as Moodle's importer reads it, and strictly: every special
 * character in a name, a question text or an answer must be escaped. It reports every problem with its line, and
 * lists the questions it read, so that a test can compare them with what was meant.
 *
 * <p>The grammar checked: blocks are separated by blank lines; lines starting with {@code //} are comments; a block
 * is a {@code $CATEGORY:} line, or a question: an optional {@code ::name::}, an optional format
 * {@code [html|moodle|plain|markdown]}, a non-empty text, and one answer block {@code {...}} at the end (a block
 * with no braces is a description). A backslash must escape one of {@code \ ~ = # { } : n}; outside the answer
 * block none of {@code ~ = # { } :} may stand unescaped (except the {@code ::} around the name). Inside it, after an
 * optional general feedback ({@code ####...}): nothing (essay); {@code T}, {@code TRUE}, {@code F} or
 * {@code FALSE} with at most two feedbacks (true or false); answers marked {@code =} or {@code ~}, at least two, with
 * a weight {@code %n%} only between -100 and 100 and at most one feedback {@code #} each (multiple choice; a single
 * right answer marked {@code =}); pairs {@code =left -> right} with a non-empty right side, at least two with a
 * left side and three in all (matching); or {@code =} answers (short answer); or {@code #} and numbers (numerical).
 */
public final class GiftValidator {
  private GiftValidator() {}

  /** The kind of a block. */
  public enum Kind {
    /** A {@code $CATEGORY:} line. */
    CATEGORY,
    /** Text with no answer block. */
    DESCRIPTION,
    /** An empty answer block. */
    ESSAY,
    /** Answers marked {@code =} and {@code ~}. */
    MULTIPLE_CHOICE,
    /** {@code TRUE} or {@code FALSE}. */
    TRUE_FALSE,
    /** Pairs {@code =left -> right}. */
    MATCHING,
    /** Answers marked {@code =} only. */
    SHORT_ANSWER,
    /** An answer block starting with {@code #}. */
    NUMERICAL
  }

  /**
   * A question (or category) as read.
   *
   * @param kind the kind
   * @param line the line it starts on, from 1
   * @param name the name between {@code ::}, unescaped, or the category; empty when none
   * @param text the question text, unescaped, without its format tag
   * @param right the right answers, unescaped: the {@code =} answers of a choice, {@code TRUE} or {@code FALSE},
   *     {@code left -> right} of each pair of a matching
   * @param wrong the wrong answers: the {@code ~} answers of a choice, the extra right sides of a matching
   * @param feedback the general feedback, unescaped, or empty
   */
  public record Question(Kind kind, int line, String name, String text, List<String> right, List<String> wrong,
      String feedback) {
    /**
     * Copies the lists.
     *
     * @param kind the kind
     * @param line the first line
     * @param name the name
     * @param text the text
     * @param right the right answers
     * @param wrong the wrong answers
     * @param feedback the general feedback
     */
    public Question {
      right = ImmutableList.copyOf(right);
      wrong = ImmutableList.copyOf(wrong);
    }
  }

  /**
   * What the check found.
   *
   * @param questions the blocks read, categories included, in order
   * @param problems every problem, each starting with its line: {@code "line 12: ..."}
   */
  public record Report(List<Question> questions, List<String> problems) {
    /**
     * Copies the lists.
     *
     * @param questions the blocks read
     * @param problems the problems
     */
    public Report {
      questions = ImmutableList.copyOf(questions);
      problems = ImmutableList.copyOf(problems);
    }

    /**
     * Tells whether the text has no problem.
     *
     * @return true when {@link #problems()} is empty
     */
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  // placeholders for escaped characters, from the Unicode private use area
  private static final String SPECIALS = "\\~=#{}:";
  private static final char BASE = '\uE000';
  private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]{1,3}(?:\\.[0-9]+)?)%");

  /**
   * Checks a GIFT text.
   *
   * @param gift the text
   * @return the questions read and the problems found
   */
  public static Report check(String gift) {
    List<Question> questions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (gift.indexOf(BASE) >= 0) {
      problems.add("line 1: the text holds a private-use character U+E000, which the check uses internally");
    }
    String[] lines = gift.split("\n", -1);
    List<String> block = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      String raw = i < lines.length ? lines[i] : "";
      String l = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (l.strip().isEmpty()) {
        if (!block.isEmpty()) {
          readBlock(block, start, questions, problems);
          block.clear();
        }
        continue;
      }
      if (l.strip().startsWith("//")) {
        continue;
      }
      if (block.isEmpty()) {
        start = i + 1;
      }
      block.add(l);
    }
    return new Report(questions, problems);
  }

  private static void readBlock(List<String> block, int line, List<Question> questions, List<String> problems) {
    String text = String.join("\n", block).strip();
    String at = "line " + line + ": ";
    if (text.startsWith("$CATEGORY:")) {
      String name = text.substring("$CATEGORY:".length()).strip();
      if (block.size() != 1) {
        problems.add(at + "a $CATEGORY line must stand alone, followed by a blank line");
      }
      if (name.isEmpty()) {
        problems.add(at + "the category has no name");
      }
      questions.add(new Question(Kind.CATEGORY, line, name, "", List.of(), List.of(), ""));
      return;
    }
    // escapes
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          problems.add(at + "a backslash ends the question");
          break;
        }
        char n = text.charAt(i + 1);
        int k = SPECIALS.indexOf(n);
        if (k >= 0) {
          sb.append((char) (BASE + k));
        } else if (n == 'n') {
          sb.append('\n');
        } else {
          problems.add(at + "\"\\" + n + "\" is not a GIFT escape; write \"\\\\\" for a backslash");
          sb.append(n);
        }
        i++;
      } else {
        sb.append(c);
      }
    }
    String t = sb.toString();
    String name = "";
    if (t.startsWith("::")) {
      int end = t.indexOf("::", 2);
      if (end < 0) {
        problems.add(at + "the question name has no closing ::");
        return;
      }
      name = t.substring(2, end);
      if (name.isBlank()) {
        problems.add(at + "the question name is empty");
      }
      t = t.substring(end + 2).strip();
    }
    String format = "moodle";
    if (t.startsWith("[")) {
      int end = t.indexOf(']');
      String f = end < 0 ? "" : t.substring(1, end);
      if (!List.of("html", "moodle", "plain", "markdown").contains(f)) {
        problems.add(at + "unknown text format [" + f + "]");
      } else {
        format = f;
        t = t.substring(end + 1);
      }
    }
    int open = t.indexOf('{');
    int close = t.indexOf('}');
    if (open < 0 && close < 0) {
      unescaped(t, at, "text", problems);
      questions.add(new Question(Kind.DESCRIPTION, line, unescape(name), unescape(t.strip()), List.of(), List.of(),
          ""));
      return;
    }
    if (open < 0 || close < 0 || close < open) {
      problems.add(at + "unbalanced braces: an answer block needs one { and one } after it");
      return;
    }
    if (t.indexOf('{', open + 1) >= 0 || t.indexOf('}', close + 1) >= 0) {
      problems.add(at + "more than one answer block, or an unescaped brace");
    }
    String questionText = t.substring(0, open).strip();
    String after = t.substring(close + 1).strip();
    if (!after.isEmpty()) {
      problems.add(at + "text after the answer block (missing-word questions are not expected here): \""
          + unescape(after) + "\"");
    }
    if (questionText.isEmpty()) {
      problems.add(at + "the question has no text");
    }
    unescaped(questionText, at, "question text", problems);
    unescaped(name, at, "question name", problems);
    String answers = t.substring(open + 1, close).strip();
    String feedback = "";
    int gf = answers.lastIndexOf("####");
    if (gf >= 0) {
      feedback = answers.substring(gf + 4).strip();
      answers = answers.substring(0, gf).strip();
      unescaped(feedback, at, "general feedback", problems);
    }
    List<String> right = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Kind kind;
    if (answers.isEmpty()) {
      kind = Kind.ESSAY;
    } else if (answers.startsWith("#")) {
      kind = Kind.NUMERICAL;
    } else if (answers.indexOf('~') >= 0) {
      kind = Kind.MULTIPLE_CHOICE;
      choices(answers, at, right, wrong, problems);
      if (right.size() + wrong.size() < 2) {
        problems.add(at + "a multiple-choice question needs at least two answers");
      }
      if (right.size() > 1) {
        problems.add(at + "more than one answer marked = (use weights %n% for several right answers)");
      }
    } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
      kind = Kind.MATCHING;
      pairs(answers, at, right, wrong, problems);
    } else if (answers.matches("(?s)(T|TRUE|F|FALSE)\\s*(#.*)?")) {
      kind = Kind.TRUE_FALSE;
      String v = answers.split("#", 2)[0].strip();
      right.add(v.startsWith("T") ? "TRUE" : "FALSE");
      String rest = answers.substring(v.length()).strip();
      if (!rest.isEmpty() && rest.split("#", -1).length > 3) {
        problems.add(at + "a true-false question has at most two feedbacks");
      }
    } else if (answers.startsWith("=")) {
      kind = Kind.SHORT_ANSWER;
      for (String a : answers.substring(1).split("=")) {
        String s = a.split("#", 2)[0].strip();
        if (s.isEmpty()) {
          problems.add(at + "an empty short answer");
        }
        right.add(unescape(s));
      }
    } else {
      problems.add(at + "the answer block is not of any GIFT question type: \"" + unescape(answers) + "\"");
      return;
    }
    if (!format.equals("html") && !format.equals("moodle") && !format.equals("plain") && !format.equals("markdown")) {
      problems.add(at + "unknown format");
    }
    questions.add(new Question(kind, line, unescape(name), unescape(questionText), right, wrong,
        unescape(feedback)));
  }

  private static void choices(String answers, String at, List<String> right, List<String> wrong,
      List<String> problems) {
    List<String> parts = new ArrayList<>();
    List<Character> marks = new ArrayList<>();
    int from = -1;
    char mark = 0;
    for (int i = 0; i < answers.length(); i++) {
      char c = answers.charAt(i);
      if (c == '=' || c == '~') {
        if (from >= 0) {
          parts.add(answers.substring(from, i));
          marks.add(mark);
        } else if (!answers.substring(0, i).isBlank()) {
          problems.add(at + "text before the first answer: \"" + unescape(answers.substring(0, i)) + "\"");
        }
        from = i + 1;
        mark = c;
      }
    }
    if (from >= 0) {
      parts.add(answers.substring(from));
      marks.add(mark);
    }
    for (int k = 0; k < parts.size(); k++) {
      String a = parts.get(k).strip();
      Matcher w = WEIGHT.matcher(a);
      if (a.startsWith("%")) {
        if (!w.find()) {
          problems.add(at + "a malformed weight in answer \"" + unescape(a) + "\"");
        } else {
          double v = Double.parseDouble(w.group(1));
          if (v < -100 || v > 100) {
            problems.add(at + "a weight outside -100..100: " + v);
          }
          a = a.substring(w.end());
        }
      }
      String[] fb = a.split("#", -1);
      if (fb.length > 2) {
        problems.add(at + "an answer with more than one feedback, or an unescaped #: \"" + unescape(a) + "\"");
      }
      String body = fb[0].strip();
      if (body.isEmpty()) {
        problems.add(at + "an empty answer");
      }
      if (body.contains("->")) {
        problems.add(at + "\"->\" in a multiple-choice answer looks like a matching pair");
      }
      (marks.get(k) == '=' ? right : wrong).add(unescape(body));
    }
  }

  private static void pairs(String answers, String at, List<String> right, List<String> wrong,
      List<String> problems) {
    if (!answers.startsWith("=")) {
      problems.add(at + "a matching question's answers must start with =");
    }
    int withLeft = 0;
    int all = 0;
    for (String p : answers.substring(answers.startsWith("=") ? 1 : 0).split("=", -1)) {
      String pair = p.strip();
      int arrow = pair.indexOf("->");
      if (arrow < 0) {
        problems.add(at + "a matching answer without ->: \"" + unescape(pair) + "\"");
        continue;
      }
      String left = pair.substring(0, arrow).strip();
      String rightSide = pair.substring(arrow + 2).strip();
      if (rightSide.isEmpty()) {
        problems.add(at + "a matching pair with nothing after ->");
      }
      if (left.contains("#") || rightSide.contains("#")) {
        problems.add(at + "an unescaped # in a matching pair");
      }
      all++;
      if (left.isEmpty()) {
        wrong.add(unescape(rightSide));
      } else {
        withLeft++;
        right.add(unescape(left) + " -> " + unescape(rightSide));
      }
    }
    if (withLeft < 2 || all < 3) {
      problems.add(at + "a matching question needs at least two pairs and three answers (Moodle's minimum)");
    }
  }

  /** Reports an unescaped special character in a name, text or feedback. */
  private static void unescaped(String s, String at, String where, List<String> problems) {
    for (char c : new char[] {'~', '=', '#', '{', '}', ':'}) {
      if (s.indexOf(c) >= 0) {
        problems.add(at + "an unescaped '" + c + "' in the " + where);
      }
    }
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = c - BASE;
      sb.append(k >= 0 && k < SPECIALS.length() ? SPECIALS.charAt(k) : c);
    }
    return sb.toString();
  }
}
