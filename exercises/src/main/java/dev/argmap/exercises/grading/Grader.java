package dev.argmap.exercises.grading;

import static java.util.Objects.requireNonNull;

import dev.argmap.exercises.grading.Finding.Verdict;
import dev.argmap.exercises.grading.GradeReport.CategoryScore;
import dev.argmap.exercises.grading.GradeReport.Match;
import dev.argmap.exercises.grading.Rubric.Category;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades a student's map against a reference map, by the {@link Rubric}.
 *
 * <pre>{@code
 * GradeReport report = Grader.grade(PrebuiltMaps.russiaChinaAlliance(), StudentMaps.read(path));
 * System.out.println(report.score() + " / " + report.maxScore());
 * Files.writeString(Path.of("feedback.md"), report.toMarkdown());
 * }</pre>
 *
 * <p><b>Statements</b> are matched by meaning: every pair of a reference and a student statement gets a
 * {@link TextSimilarity} (with word weights from the reference's statements), and pairs are taken greedily, most
 * similar first, each statement at most once, as long as the similarity reaches the statement threshold
 * ({@value #STATEMENT_THRESHOLD} by default). Then, in a second round, a reference statement still unmatched takes
 * the unmatched student statement most similar to it when that similarity is at least {@value #LOW_THRESHOLD} and
 * beats the runner-up by {@value #MARGIN} on both sides (no other left-over statement is nearly as close to
 * either): a free paraphrase that is clearly the same claim. Identifiers play no part: students name their statements as they
 * like. <b>Arguments</b> are matched through their statements: a student argument answers a reference argument
 * when at least one of its premises is matched to one of the reference's premises; among those, one with the same
 * (matched) conclusion is preferred, then the most shared premises, then the same polarity. Undercutters are
 * matched after the arguments they attack. <b>Quotes</b> are matched by similarity too (threshold
 * {@value #QUOTE_THRESHOLD}), preferring one on the matched claim; <b>sources</b> by identifier, title, publisher
 * or authors (threshold {@value #NAME_THRESHOLD}); <b>speakers</b> by name: one name's words all in the other's
 * ("Putin" and "Vladimir Putin"), or a similarity of at least {@value #NAME_THRESHOLD}.
 */
public final class Grader {
  /** The default similarity a student's statement needs to match a reference statement. */
  public static final double STATEMENT_THRESHOLD = 0.45;
  /**
   * The lowest similarity at which a statement left over after the first round can still match: when the two
   * statements are each other's most similar and beat every other candidate by {@value #MARGIN}.
   */
  public static final double LOW_THRESHOLD = 0.25;
  /** How far a left-over match must beat the runner-up on both sides, in similarity. */
  public static final double MARGIN = 0.08;
  /** The default similarity a student's quote needs to match a reference quote. */
  public static final double QUOTE_THRESHOLD = 0.6;
  /** The similarity names of sources and speakers need to match. */
  public static final double NAME_THRESHOLD = 0.6;

  private final double statementThreshold;
  private final double quoteThreshold;
  private final RubricWeights w;
  private final TeacherOverrides overrides;

  private Grader(double statementThreshold, double quoteThreshold, RubricWeights weights,
      TeacherOverrides overrides) {
    if (!(statementThreshold > 0 && statementThreshold <= 1) || !(quoteThreshold > 0 && quoteThreshold <= 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1]");
    }
    this.statementThreshold = statementThreshold;
    this.quoteThreshold = quoteThreshold;
    this.w = requireNonNull(weights, "weights");
    this.overrides = requireNonNull(overrides, "overrides");
  }

  /**
   * Returns a grader like this one with the teacher's weights.
   *
   * @param weights the points of each rubric item
   * @return the grader
   */
  public Grader withWeights(RubricWeights weights) {
    return new Grader(statementThreshold, quoteThreshold, weights, overrides);
  }

  /**
   * Returns a grader like this one that applies the teacher's decisions on which student statement is which
   * reference statement before matching by wording.
   *
   * @param overrides the decisions
   * @return the grader
   */
  public Grader withOverrides(TeacherOverrides overrides) {
    return new Grader(statementThreshold, quoteThreshold, w, overrides);
  }

  /**
   * Returns a grader with the default thresholds.
   *
   * @return the grader
   */
  public static Grader defaults() {
    return new Grader(STATEMENT_THRESHOLD, QUOTE_THRESHOLD, RubricWeights.defaults(), TeacherOverrides.none());
  }

  /**
   * Returns a grader with other thresholds: lower to forgive freer wording, higher to demand closer wording.
   *
   * @param statement the similarity a statement needs to match, in (0, 1]
   * @param quote the similarity a quote needs to match, in (0, 1]
   * @return the grader
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public static Grader withThresholds(double statement, double quote) {
    return new Grader(statement, quote, RubricWeights.defaults(), TeacherOverrides.none());
  }

  /**
   * Grades a student's map against a reference map with the default thresholds.
   *
   * @param reference the reference map
   * @param student the student's map
   * @return the report
   */
  public static GradeReport grade(ArgumentMap reference, ArgumentMap student) {
    return defaults().evaluate(reference, student);
  }

  /**
   * Grades a student's map against a reference map.
   *
   * @param reference the reference map
   * @param student the student's map
   * @return the report
   */
  public GradeReport evaluate(ArgumentMap reference, ArgumentMap student) {
    return new Run(requireNonNull(reference, "reference"), requireNonNull(student, "student")).run();
  }

  private static String q(String text) {
    String t = text.length() <= 100 ? text : text.substring(0, Math.max(60, text.lastIndexOf(' ', 97))) + "\u2026";
    return "\u201c" + t + "\u201d";
  }

  /** One grading. */
  private final class Run {
    private final ArgumentMap ref;
    private final ArgumentMap stu;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Category, int[]> points = new EnumMap<>(Category.class);
    private final Map<StatementId, StatementId> r2s = new HashMap<>();
    private final Map<StatementId, StatementId> s2r = new HashMap<>();
    private final Map<StatementId, Double> simOf = new HashMap<>();
    /** How each reference statement was matched, when not by wording alone. */
    private final Map<StatementId, String> how = new HashMap<>();
    private final Map<ArgumentId, ArgumentId> ra2sa = new HashMap<>();
    private final Map<ArgumentId, ArgumentId> sa2ra = new HashMap<>();
    private final Map<SourceId, SourceId> src = new HashMap<>();

    Run(ArgumentMap ref, ArgumentMap stu) {
      this.ref = ref;
      this.stu = stu;
      for (Category c : Category.values()) {
        points.put(c, new int[2]);
      }
    }

    GradeReport run() {
      statements();
      theses();
      relations();
      evidence();
      List<CategoryScore> rubric = new ArrayList<>();
      for (Category c : Category.values()) {
        int[] p = points.get(c);
        rubric.add(new CategoryScore(c, p[0], p[1]));
      }
      List<Match> matches = new ArrayList<>();
      for (Statement s : ref.statements()) {
        StatementId m = r2s.get(s.id());
        if (m != null) {
          matches.add(new Match(s.id().value(), m.value(), s.text(), text(stu, m), simOf.get(s.id()),
              Optional.ofNullable(how.get(s.id()))));
        }
      }
      return new GradeReport(ref.title().orElse(ref.theses().get(0).text()), rubric, findings, matches,
          statementThreshold, w);
    }

    private void award(Category c, int possible, int earned) {
      points.get(c)[0] += earned;
      points.get(c)[1] += possible;
    }

    private void note(Category c, Verdict v, String message, int lost, String refId) {
      findings.add(new Finding(c, v, message, lost, refId));
    }

    // ----- statements -----

    private void statements() {
      List<String> corpus = ref.statements().stream().map(Statement::text).collect(Collectors.toList());
      TextSimilarity sim = TextSimilarity.over(corpus);
      record Pair(int r, int s, double v) {}
      List<Pair> pairs = new ArrayList<>();
      List<Statement> rs = ref.statements();
      List<Statement> ss = stu.statements();
      // what the teacher and the student said first: overrides, worksheet numbers, the marked thesis
      applyOverrides(sim);
      alignByNumber(sim);
      alignTheses(sim);
      for (int i = 0; i < rs.size(); i++) {
        for (int j = 0; j < ss.size(); j++) {
          double v = sim.similarity(rs.get(i).text(), ss.get(j).text());
          if (v >= statementThreshold) {
            pairs.add(new Pair(i, j, v));
          }
        }
      }
      pairs.sort(Comparator.comparingDouble((Pair p) -> -p.v).thenComparingInt(p -> p.r).thenComparingInt(p -> p.s));
      for (Pair p : pairs) {
        StatementId r = rs.get(p.r).id();
        StatementId s = ss.get(p.s).id();
        if (!r2s.containsKey(r) && !s2r.containsKey(s)) {
          r2s.put(r, s);
          s2r.put(s, r);
          simOf.put(r, p.v);
        }
      }
      // second round: a freer paraphrase matches when both statements clearly prefer each other
      double low = Math.min(LOW_THRESHOLD, statementThreshold);
      for (int i = 0; i < rs.size(); i++) {
        if (r2s.containsKey(rs.get(i).id())) {
          continue;
        }
        int best = -1;
        double bestV = 0;
        double second = 0;
        for (int j = 0; j < ss.size(); j++) {
          if (s2r.containsKey(ss.get(j).id())) {
            continue;
          }
          double v = sim.similarity(rs.get(i).text(), ss.get(j).text());
          if (v > bestV) {
            second = bestV;
            bestV = v;
            best = j;
          } else if (v > second) {
            second = v;
          }
        }
        if (best < 0 || bestV < low || bestV - second < MARGIN) {
          continue;
        }
        double otherSide = 0;
        for (int k = 0; k < rs.size(); k++) {
          if (k != i && !r2s.containsKey(rs.get(k).id())) {
            otherSide = Math.max(otherSide, sim.similarity(rs.get(k).text(), ss.get(best).text()));
          }
        }
        if (bestV - otherSide >= MARGIN) {
          pair(rs.get(i).id(), ss.get(best).id(), bestV, "a free paraphrase, clearly closer to this statement "
              + "than to any other");
        }
      }
      alignByPlace(sim);
      for (Statement s : rs) {
        if (r2s.containsKey(s.id())) {
          award(Category.STATEMENTS, w.statement(), w.statement());
          note(Category.STATEMENTS, Verdict.RIGHT, "You have the statement " + q(s.text()) + ".", 0, s.id().value());
        } else {
          award(Category.STATEMENTS, w.statement(), 0);
          note(Category.STATEMENTS, Verdict.MISSING, "The statement " + q(s.text()) + " is missing.",
              w.statement(), s.id().value());
        }
      }
      for (Statement s : ss) {
        if (!s2r.containsKey(s.id())) {
          note(Category.STATEMENTS, Verdict.EXTRA, "Your statement " + q(s.text())
              + " is not in the reference map (no points lost; is it one of its claims in other words?).", 0, "");
        }
      }
    }

    private void pair(StatementId r, StatementId s, double v, String reason) {
      r2s.put(r, s);
      s2r.put(s, r);
      simOf.put(r, v);
      how.put(r, reason);
    }

    /** The teacher's decisions come first; a name that fits no statement or several is an error. */
    private void applyOverrides(TextSimilarity sim) {
      for (TeacherOverrides.Entry e : overrides.entries()) {
        StatementId s = resolve(stu, e.student(), e.line(), "the student's map");
        StatementId r = resolve(ref, e.reference(), e.line(), "the reference map");
        if (r2s.containsKey(r) || s2r.containsKey(s)) {
          throw new IllegalArgumentException("overrides line " + e.line() + ": \"" + e.student() + "\" or \""
              + e.reference() + "\" is already matched by an earlier line; give each statement one line");
        }
        pair(r, s, sim.similarity(text(ref, r), text(stu, s)), "your teacher's decision");
      }
    }

    private StatementId resolve(ArgumentMap map, String name, int line, String where) {
      List<StatementId> found = new ArrayList<>();
      String key = TextSimilarity.normalize(name);
      for (Statement st : map.statements()) {
        if (st.id().value().equals(name) || st.title().map(t -> t.equalsIgnoreCase(name)).orElse(false)
            || TextSimilarity.normalize(st.text()).equals(key)) {
          found.add(st.id());
        }
      }
      if (found.size() != 1) {
        throw new IllegalArgumentException("overrides line " + line + ": " + (found.isEmpty() ? "no statement"
            : found.size() + " statements") + " of " + where + " named \"" + name + "\"; name it by its "
            + "identifier, title, worksheet number or whole text");
      }
      return found.get(0);
    }

    /**
     * The worksheet's numbers: the build-the-map reference titles its statements S1, S2, ...; a student statement
     * with that identifier or title, or whose text starts with it ("S3: ..."), is that statement.
     */
    private void alignByNumber(TextSimilarity sim) {
      for (Statement r : ref.statements()) {
        String label = r.title().filter(t -> t.matches("S[0-9]+")).orElse(null);
        if (label == null || r2s.containsKey(r.id())) {
          continue;
        }
        for (Statement s : stu.statements()) {
          boolean named = s.id().value().equalsIgnoreCase(label)
              || s.title().map(t -> t.strip().equalsIgnoreCase(label)).orElse(false)
              || s.text().strip().matches("(?i)" + label + "\\b[:.)\\s].*");
          if (named && !s2r.containsKey(s.id())) {
            pair(r.id(), s.id(), sim.similarity(r.text(), s.text()), "its worksheet number " + label);
            break;
          }
        }
      }
    }

    /** One thesis in each map, both still unmatched: the student's marked thesis is the reference's. */
    private void alignTheses(TextSimilarity sim) {
      List<Statement> rt = ref.theses().stream().filter(t -> !r2s.containsKey(t.id())).toList();
      List<Statement> st = stu.theses().stream().filter(t -> !s2r.containsKey(t.id())).toList();
      if (ref.theses().size() == 1 && stu.theses().size() == 1 && rt.size() == 1 && st.size() == 1) {
        pair(rt.get(0).id(), st.get(0).id(), sim.similarity(rt.get(0).text(), st.get(0).text()),
            "the thesis you marked");
      }
    }

    /**
     * By place: a student argument whose conclusion and other premises are matched, with one premise left, and a
     * reference argument on the same claim with one premise left: those two premises are the same statement,
     * when their wording shares anything at all. This keeps the feedback from calling a premise missing that the
     * student wrote in other words.
     */
    private void alignByPlace(TextSimilarity sim) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Argument sa : stu.arguments()) {
          List<StatementId> openS = sa.premises().stream().filter(p -> !s2r.containsKey(p)).toList();
          if (openS.size() != 1 || !(sa.conclusion() instanceof StatementId sc) || !s2r.containsKey(sc)) {
            continue;
          }
          for (Argument ra : ref.argumentsOn(s2r.get(sc))) {
            List<StatementId> openR = ra.premises().stream().filter(p -> !r2s.containsKey(p)).toList();
            boolean rest = sa.premises().stream().filter(s2r::containsKey)
                .allMatch(p -> ra.premises().contains(s2r.get(p)));
            if (openR.size() == 1 && rest && ra.premises().size() == sa.premises().size()) {
              double v = sim.similarity(text(ref, openR.get(0)), text(stu, openS.get(0)));
              if (v > 0.1) {
                pair(openR.get(0), openS.get(0), v, "its place in your argument");
                changed = true;
                break;
              }
            }
          }
        }
      }
    }

    private void theses() {
      for (Statement t : ref.theses()) {
        StatementId s = r2s.get(t.id());
        if (s != null && stu.isThesis(s)) {
          award(Category.THESES, w.thesis(), w.thesis());
          note(Category.THESES, Verdict.RIGHT, q(t.text()) + " is a thesis.", 0, t.id().value());
        } else {
          award(Category.THESES, w.thesis(), 0);
          note(Category.THESES, s == null ? Verdict.MISSING : Verdict.WRONG, s == null
              ? "The thesis " + q(t.text()) + " is missing."
              : "You have " + q(t.text()) + " but do not mark it as a thesis: it is a claim under debate.",
              w.thesis(), t.id().value());
        }
      }
    }

    // ----- relations -----

    private Optional<ConclusionId> mapped(ConclusionId refConclusion) {
      if (refConclusion instanceof StatementId s) {
        return Optional.ofNullable(r2s.get(s));
      }
      return Optional.ofNullable(ra2sa.get((ArgumentId) refConclusion));
    }

    private int depth(ArgumentMap map, Argument a) {
      int d = 0;
      Set<ArgumentId> seen = new HashSet<>();
      while (a.conclusion() instanceof ArgumentId t && seen.add(t)) {
        d++;
        a = map.argument(t).orElseThrow();
      }
      return d;
    }

    private void relations() {
      List<Argument> order = new ArrayList<>(ref.arguments());
      order.sort(Comparator.comparingInt(a -> depth(ref, a))); // stable: map order among equals
      Set<ArgumentId> used = new HashSet<>();
      int possiblePer = w.target() + w.polarity() + w.premises();
      Map<ArgumentId, String> refText = new LinkedHashMap<>();
      // first the student arguments that answer a reference argument exactly (target and premises), then the rest
      Map<ArgumentId, Argument> chosen = new HashMap<>();
      Map<ArgumentId, Boolean> onTarget = new HashMap<>();
      for (boolean exact : new boolean[] {true, false}) {
        for (Argument r : order) {
          if (chosen.containsKey(r.id()) || (!exact && onTarget.containsKey(r.id()))) {
            continue;
          }
          Optional<ConclusionId> want = mapped(r.conclusion());
          Argument best = null;
          boolean bestTarget = false;
          boolean bestExact = false;
          int bestOverlap = 0;
          for (Argument s : stu.arguments()) {
            if (used.contains(s.id())) {
              continue;
            }
            int overlap = 0;
            Set<StatementId> mp = new HashSet<>();
            for (StatementId p : s.premises()) {
              StatementId rp = s2r.get(p);
              mp.add(rp);
              if (rp != null && r.premises().contains(rp)) {
                overlap++;
              }
            }
            if (overlap == 0) {
              continue;
            }
            boolean target = want.isPresent() && want.get().equals(s.conclusion());
            boolean same = target && mp.equals(new HashSet<>(r.premises())) && s.premises().size() == r.premises().size();
            if (exact && !same) {
              continue;
            }
            boolean better = best == null
                || (target && !bestTarget)
                || (target == bestTarget && same && !bestExact)
                || (target == bestTarget && same == bestExact && overlap > bestOverlap)
                || (target == bestTarget && same == bestExact && overlap == bestOverlap
                    && s.polarity() == r.polarity() && best.polarity() != r.polarity());
            if (better) {
              best = s;
              bestTarget = target;
              bestExact = same;
              bestOverlap = overlap;
            }
          }
          if (best != null) {
            used.add(best.id());
            chosen.put(r.id(), best);
            onTarget.put(r.id(), bestTarget);
            if (bestTarget) {
              ra2sa.put(r.id(), best.id());
              sa2ra.put(best.id(), r.id());
            }
          }
        }
      }
      for (Argument r : order) {
        refText.put(r.id(), describe(ref, r));
        Argument best = chosen.get(r.id());
        boolean bestTarget = onTarget.getOrDefault(r.id(), false);
        String rid = r.id().value();
        if (best == null) {
          award(Category.RELATIONS, possiblePer, 0);
          note(Category.RELATIONS, Verdict.MISSING, "Missing: " + refText.get(r.id()) + ".", possiblePer, rid);
          continue;
        }
        if (!bestTarget) {
          award(Category.RELATIONS, possiblePer, 0);
          note(Category.RELATIONS, Verdict.WRONG, "You made " + q(premises(stu, best)) + " bear on "
              + target(stu, best) + "; in the reference it " + verb(r.polarity()) + " " + target(ref, r) + ".",
              possiblePer, rid);
          continue;
        }
        int earned = w.target();
        boolean polarity = best.polarity() == r.polarity();
        Set<StatementId> mappedPremises = new HashSet<>();
        boolean allMapped = true;
        for (StatementId p : best.premises()) {
          StatementId rp = s2r.get(p);
          if (rp == null) {
            allMapped = false;
          } else {
            mappedPremises.add(rp);
          }
        }
        boolean premises = allMapped && mappedPremises.equals(new HashSet<>(r.premises()))
            && best.premises().size() == r.premises().size();
        if (polarity) {
          earned += w.polarity();
        } else {
          note(Category.RELATIONS, Verdict.WRONG, "Wrong direction: in your map " + q(premises(stu, best)) + " "
              + verb(best.polarity()) + " " + target(stu, best) + ", but it " + verb(r.polarity()) + " it.",
              w.polarity(), rid);
        }
        if (premises) {
          earned += w.premises();
        } else {
          List<String> missing = new ArrayList<>();
          for (StatementId p : r.premises()) {
            if (!mappedPremises.contains(p)) {
              missing.add(q(text(ref, p)));
            }
          }
          List<String> extra = new ArrayList<>();
          for (StatementId p : best.premises()) {
            StatementId rp = s2r.get(p);
            if (rp == null || !r.premises().contains(rp)) {
              extra.add(q(text(stu, p)));
            }
          }
          String msg = "Your argument for " + target(ref, r) + " from " + q(premises(stu, best)) + ":"
              + (missing.isEmpty() ? "" : " it also needs " + String.join(" and ", missing)
                  + " (linked premises work only together)")
              + (missing.isEmpty() || extra.isEmpty() ? "" : ";")
              + (extra.isEmpty() ? "" : " " + String.join(" and ", extra) + " is not one of its premises")
              + ".";
          note(Category.RELATIONS, Verdict.WRONG, msg, w.premises(), rid);
        }
        award(Category.RELATIONS, possiblePer, earned);
        if (polarity && premises) {
          note(Category.RELATIONS, Verdict.RIGHT, "Right: " + refText.get(r.id()) + ".", 0, rid);
        }
      }
      // the student's other arguments
      for (Argument s : stu.arguments()) {
        if (used.contains(s.id())) {
          continue;
        }
        boolean premisesKnown = s.premises().stream().allMatch(s2r::containsKey);
        Optional<ConclusionId> conclusion = s.conclusion() instanceof StatementId c
            ? Optional.ofNullable(s2r.get(c)) : Optional.ofNullable(sa2ra.get((ArgumentId) s.conclusion()));
        if (!premisesKnown || conclusion.isEmpty()) {
          note(Category.RELATIONS, Verdict.EXTRA, "Your argument from " + q(premises(stu, s)) + " to "
              + target(stu, s) + " involves statements the reference does not have (no points lost).", 0, "");
          continue;
        }
        Set<StatementId> mp = s.premises().stream().map(s2r::get).collect(Collectors.toSet());
        boolean split = ref.argumentsOn(conclusion.get()).stream()
            .anyMatch(r -> r.premises().containsAll(mp) && r.polarity() == s.polarity() && ra2sa.containsKey(r.id()));
        if (split) {
          note(Category.RELATIONS, Verdict.EXTRA, "You split a linked argument: " + q(premises(stu, s))
              + " works only together with its co-premises (already counted above).", 0, "");
          continue;
        }
        int[] p = points.get(Category.RELATIONS);
        int lost = Math.min(w.wrongRelation(), p[0]);
        p[0] -= lost;
        note(Category.RELATIONS, Verdict.WRONG, "Not in the reference: in your map " + q(premises(stu, s)) + " "
            + verb(s.polarity()) + " " + target(stu, s) + "." + (lost < w.wrongRelation()
                ? " (No points left to lose in this category.)" : ""), lost, "");
      }
    }

    private String describe(ArgumentMap map, Argument a) {
      return q(premises(map, a)) + " " + verb(a.polarity()) + " " + target(map, a)
          + (a.isLinked() ? " (linked premises)" : "");
    }

    private String premises(ArgumentMap map, Argument a) {
      return a.premises().stream().map(p -> text(map, p)).collect(Collectors.joining(" + "));
    }

    private String target(ArgumentMap map, Argument a) {
      if (a.conclusion() instanceof StatementId s) {
        return q(text(map, s));
      }
      Argument t = map.argument((ArgumentId) a.conclusion()).orElseThrow();
      return "the step from " + q(premises(map, t)) + " to " + target(map, t);
    }

    private String verb(Polarity p) {
      return p == Polarity.SUPPORTS ? "supports" : "attacks";
    }

    private String text(ArgumentMap map, StatementId id) {
      return map.statement(id).map(Statement::text).orElse(id.value());
    }

    // ----- evidence -----

    private void evidence() {
      alignSources();
      TextSimilarity sim = TextSimilarity.over(ref.evidence().stream().map(Evidence::quote)
          .collect(Collectors.toList()));
      Set<String> used = new HashSet<>();
      for (Evidence e : ref.evidence()) {
        String rid = e.id().value();
        int possible = w.quote() + w.source() + w.speaker()
            + (e.citedWork().isPresent() ? w.citedWork() : 0);
        StatementId claim = r2s.get(e.statement());
        Evidence best = null;
        double bestSim = 0;
        boolean bestOnClaim = false;
        for (Evidence x : stu.evidence()) {
          if (used.contains(x.id().value())) {
            continue;
          }
          double v = sim.similarity(e.quote(), x.quote());
          if (v < quoteThreshold) {
            continue;
          }
          boolean onClaim = x.statement().equals(claim);
          if (best == null || (onClaim && !bestOnClaim) || (onClaim == bestOnClaim && v > bestSim)) {
            best = x;
            bestSim = v;
            bestOnClaim = onClaim;
          }
        }
        String quote = q(e.quote());
        if (best == null) {
          award(Category.EVIDENCE, possible, 0);
          note(Category.EVIDENCE, Verdict.MISSING, "The quote " + quote + " (from " + citation(ref, e.source())
              + ") is missing: it backs " + q(text(ref, e.statement())) + ".", possible, rid);
          continue;
        }
        used.add(best.id().value());
        int earned = 0;
        List<String> right = new ArrayList<>();
        if (bestOnClaim) {
          earned += w.quote();
          right.add("the right claim");
        } else {
          note(Category.EVIDENCE, Verdict.WRONG, "The quote " + quote + " backs " + q(text(ref, e.statement()))
              + ", not " + q(text(stu, best.statement())) + ".", w.quote(), rid);
        }
        if (e.source().equals(src.get(best.source()))) {
          earned += w.source();
          right.add("the right source");
        } else {
          note(Category.EVIDENCE, Verdict.WRONG, "Wrong source: the quote " + quote + " was found in "
              + citation(ref, e.source()) + ", not in " + citation(stu, best.source()) + ".", w.source(), rid);
        }
        Optional<Person> rs = e.speaker();
        Optional<Person> ss = best.speaker();
        boolean speakerOk = rs.isEmpty() ? ss.isEmpty() : ss.isPresent() && sameName(rs.get().name(), ss.get().name());
        if (speakerOk) {
          earned += w.speaker();
          right.add(rs.isPresent() ? "the right speaker" : "no speaker, rightly");
        } else if (rs.isEmpty()) {
          note(Category.EVIDENCE, Verdict.WRONG, "Wrong speaker: no one else speaks in the quote " + quote
              + "; the words are the source's own, not " + ss.get().name() + "'s.", w.speaker(), rid);
        } else {
          note(Category.EVIDENCE, Verdict.WRONG, "Wrong speaker: the quote " + quote + " is spoken by "
              + rs.get().name() + ss.map(p -> ", not by " + p.name()).orElse("; you named no speaker") + " ("
              + publisherOf(ref, e.source()) + " only reports it).", w.speaker(), rid);
        }
        if (e.citedWork().isPresent()) {
          if (best.citedWork().isPresent() && e.citedWork().get().equals(src.get(best.citedWork().get()))) {
            earned += w.citedWork();
            right.add("the right cited work");
          } else {
            note(Category.EVIDENCE, Verdict.WRONG, "Cited work: the source of the quote " + quote + " takes it from "
                + citation(ref, e.citedWork().get()) + best.citedWork().map(c -> ", not from " + citation(stu, c))
                    .orElse("; you did not say so") + ".", w.citedWork(), rid);
          }
        }
        award(Category.EVIDENCE, possible, earned);
        if (earned == possible) {
          note(Category.EVIDENCE, Verdict.RIGHT, "The quote " + quote + ": " + String.join(", ", right) + ".", 0,
              rid);
        }
      }
      for (Evidence x : stu.evidence()) {
        if (!used.contains(x.id().value())) {
          note(Category.EVIDENCE, Verdict.EXTRA, "Your quote " + q(x.quote())
              + " is not in the reference map (no points lost).", 0, "");
        }
      }
      duplicateSources();
    }

    /**
     * Aligns the student's sources with the reference's: by identifier, title, publisher or authors; a work
     * known by none of these (an anonymous, untitled paper) by its kind and date; and a source still left over
     * by where its quotes come from. Several student sources may align with one reference source: two copies of
     * one work counted as two sources, which {@link #duplicateSources()} points out.
     */
    private void alignSources() {
      record Pair(SourceId s, SourceId r, double v, int order) {}
      List<Pair> pairs = new ArrayList<>();
      TextSimilarity sim = TextSimilarity.plain();
      int order = 0;
      for (Source s : stu.sources()) {
        for (Source r : ref.sources()) {
          double v = s.id().equals(r.id()) ? 1.0 : 0.0;
          if (s.title().isPresent() && r.title().isPresent()) {
            v = Math.max(v, sim.similarity(s.title().get(), r.title().get()));
          }
          if (s.title().isEmpty() && r.title().isEmpty() && s.publisher().isPresent() && r.publisher().isPresent()) {
            v = Math.max(v, sim.similarity(s.publisher().get(), r.publisher().get()));
          }
          if (s.title().isEmpty() && r.title().isEmpty() && !s.authors().isEmpty() && !r.authors().isEmpty()) {
            v = Math.max(v, sim.similarity(names(s), names(r)));
          }
          if (anonymous(s) && anonymous(r) && s.kind() == r.kind() && s.date().equals(r.date())) {
            v = Math.max(v, NAME_THRESHOLD);
          }
          if (v >= NAME_THRESHOLD) {
            pairs.add(new Pair(s.id(), r.id(), v, order++));
          }
        }
      }
      pairs.sort(Comparator.comparingDouble((Pair p) -> -p.v).thenComparingInt(p -> p.order));
      for (Pair p : pairs) {
        src.putIfAbsent(p.s, p.r);
      }
      // a source still left over is the one its quotes come from, when they agree
      TextSimilarity quotes = TextSimilarity.over(ref.evidence().stream().map(Evidence::quote)
          .collect(Collectors.toList()));
      for (Source s : stu.sources()) {
        if (src.containsKey(s.id())) {
          continue;
        }
        Set<SourceId> from = new HashSet<>();
        for (Evidence x : stu.evidence()) {
          if (x.source().equals(s.id())) {
            for (Evidence e : ref.evidence()) {
              if (quotes.similarity(e.quote(), x.quote()) >= quoteThreshold) {
                from.add(e.source());
              }
            }
          }
        }
        if (from.size() == 1) {
          src.put(s.id(), from.iterator().next());
        }
      }
    }

    private boolean anonymous(Source s) {
      return s.title().isEmpty() && s.publisher().isEmpty() && s.authors().isEmpty();
    }

    /** Two or more student sources that are one reference source: the work is counted more than once. */
    private void duplicateSources() {
      Map<SourceId, List<SourceId>> byRef = new LinkedHashMap<>();
      for (Source s : stu.sources()) {
        SourceId r = src.get(s.id());
        if (r != null) {
          byRef.computeIfAbsent(r, k -> new ArrayList<>()).add(s.id());
        }
      }
      for (Map.Entry<SourceId, List<SourceId>> e : byRef.entrySet()) {
        if (e.getValue().size() < 2) {
          continue;
        }
        int[] p = points.get(Category.EVIDENCE);
        int lost = Math.min(w.duplicateSource(), p[0]);
        p[0] -= lost;
        String names = e.getValue().stream().map(id -> citation(stu, id) + " (" + id + ")")
            .collect(Collectors.joining(" and "));
        int copies = ref.source(e.getKey()).map(x -> x.copies().size()).orElse(0);
        note(Category.EVIDENCE, Verdict.WRONG, "One source counted as " + e.getValue().size() + ": " + names
            + " are the same work, " + citation(ref, e.getKey()) + (copies > 1 ? " (" + copies
                + " copies of one text)" : "") + ". Count it once, so that it does not weigh twice.", lost, "");
      }
    }

    private String names(Source s) {
      return s.authors().stream().map(Person::name).collect(Collectors.joining(" "));
    }

    private boolean sameName(String a, String b) {
      if (a.strip().equalsIgnoreCase(b.strip())) {
        return true;
      }
      Set<String> ta = new HashSet<>(List.of(TextSimilarity.normalize(a).split(" ")));
      Set<String> tb = new HashSet<>(List.of(TextSimilarity.normalize(b).split(" ")));
      if (ta.containsAll(tb) || tb.containsAll(ta)) {
        return !TextSimilarity.normalize(a).isEmpty() && !TextSimilarity.normalize(b).isEmpty();
      }
      return TextSimilarity.plain().similarity(a, b) >= NAME_THRESHOLD;
    }

    private String citation(ArgumentMap map, SourceId id) {
      return map.source(id).map(s -> s.title().map(t -> "\u201c" + t + "\u201d").orElse(publisherOf(map, id)))
          .orElse(id.value());
    }

    private String publisherOf(ArgumentMap map, SourceId id) {
      return map.source(id).map(s -> s.publisher().orElse(s.authors().isEmpty() ? "the untitled "
          + s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id
          : s.authors().get(0).name())).orElse(id.value());
    }
  }
}
