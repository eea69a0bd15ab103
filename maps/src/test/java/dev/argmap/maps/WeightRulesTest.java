package dev.argmap.maps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.testing.Above;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Recomputes every weight and credibility of the prebuilt Russia-China map from the rule inputs
 * recorded in its notes, against the rule tables of {@code docs/maps/weighting-rules.md} read in
 * place, and reports every disagreement at once: a rule or adjustment the document does not
 * define, a base or adjustment value other than the document's, arithmetic that does not add up,
 * a stated weight other than the computed one, or an actual weight other than the stated one.
 *
 * <p>The notes follow the canonical patterns described at the top of the rules document:
 *
 * <ul>
 *   <li>evidence and arguments: {@code rule <ID> <rule name> <base>; <CODE> <text> <±value>; ...;
 *       weight <w>}, then optionally {@code . <free text>};
 *   <li>sources: {@code Rule <ID>: <text>, [<parent> - <cut> = ]<credibility>.}, then free text.
 * </ul>
 */
class WeightRulesTest {

  private static final double EPS = 1e-9;
  private static final String NUM = "(\\d\\.\\d\\d)";
  private static final String SIGNED = "([+-]\\d\\.\\d\\d)";

  /** {@code rule W3 expert judgement 0.70; ...; weight 0.60} up to the end or a full stop. */
  private static final Pattern WEIGHT_NOTES = Pattern.compile(
      "^rule (\\S+) ([^;]+?) " + NUM + "((?:; [^;]+? " + SIGNED.replace("(", "(?:") + ")*); "
          + "weight " + NUM + "(?:\\. .*|)$",
      Pattern.DOTALL);
  /** One adjustment: {@code ; D1 dated, present-tense claim of c. 2017 -0.10}. */
  private static final Pattern ADJUSTMENT = Pattern.compile("; (\\S+) ([^;]+?) " + SIGNED);
  /** {@code Rule C2a: text, 0.75 - 0.05 = 0.70.} */
  private static final Pattern SOURCE_NOTES = Pattern.compile(
      "^Rule (\\S+): (.+?), (?:" + NUM + " - " + NUM + " = )?" + NUM + "\\.(?: .*|)$",
      Pattern.DOTALL);

  private final ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
  private final Rules rules = Rules.read(findRulesDocument());

  /** One row of a rule table: id, name (first cell without the id) and value. */
  private record Rule(String id, String name, double value, String appliesWhen) {}

  /** The rule tables of the document, by section. */
  private record Rules(Map<String, Rule> evidenceBase, Map<String, Rule> evidenceAdjust,
      Map<String, Rule> source, Map<String, Rule> argumentBase, Map<String, Rule> argumentAdjust,
      double floor) {

    static Rules read(Path doc) {
      List<String> lines;
      try {
        lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError("cannot read " + doc, e);
      }
      List<Map<String, Rule>> tables = new ArrayList<>();
      Map<String, Rule> current = null;
      String section = "";
      List<String> sectionsOfTables = new ArrayList<>();
      Double floor = null;
      Pattern floorLine = Pattern.compile("weight never falls below (\\d\\.\\d\\d)");
      for (String line : lines) {
        if (line.startsWith("## ")) {
          section = line;
        }
        Matcher f = floorLine.matcher(line);
        if (f.find() && section.startsWith("## 1.")) {
          floor = Double.parseDouble(f.group(1));
        }
        if (!line.startsWith("| ")) {
          current = null;
          continue;
        }
        String[] cells = line.substring(2, line.length() - 1).split(" \\| ", -1);
        if (cells[0].trim().equals("rule") || cells[0].startsWith("---")) {
          if (cells[0].trim().equals("rule") && current == null) {
            current = new LinkedHashMap<>();
            tables.add(current);
            sectionsOfTables.add(section);
          }
          continue;
        }
        String first = cells[0].trim();
        int space = first.indexOf(' ');
        String id = first.substring(0, space);
        String name = first.substring(space + 1).trim();
        double value = Double.parseDouble(cells[1].trim());
        current.put(id, new Rule(id, name, value, cells.length > 2 ? cells[2].trim() : ""));
      }
      assertThat(sectionsOfTables).as("rule tables of %s", doc).hasSize(5);
      assertThat(sectionsOfTables.get(0)).startsWith("## 1.");
      assertThat(sectionsOfTables.get(1)).startsWith("## 1.");
      assertThat(sectionsOfTables.get(2)).startsWith("## 2.");
      assertThat(sectionsOfTables.get(3)).startsWith("## 3.");
      assertThat(sectionsOfTables.get(4)).startsWith("## 3.");
      assertThat(floor).as("evidence weight floor in %s", doc).isNotNull();
      return new Rules(tables.get(0), tables.get(1), tables.get(2), tables.get(3), tables.get(4),
          floor);
    }
  }

  private static Path findRulesDocument() {
    return Above.find("docs/maps/weighting-rules.md").orElseThrow(() -> new AssertionError(
        "not found: " + Above.lookedFor("docs/maps/weighting-rules.md")));
  }

  @Test
  void theRulesDocumentHasTheExpectedTables() {
    assertThat(rules.evidenceBase()).containsOnlyKeys("W1", "W1r", "W2", "W2u", "W3", "W4", "W5");
    assertThat(rules.evidenceAdjust()).containsOnlyKeys("H", "D1", "D2", "P");
    assertThat(rules.source())
        .containsOnlyKeys("C1", "C2", "C2a", "C3", "C3o", "C4", "C4w", "C5", "C6");
    assertThat(rules.argumentBase())
        .containsOnlyKeys("A1", "A2", "A3", "A4", "A5", "A6", "A7");
    assertThat(rules.argumentAdjust()).containsOnlyKeys("h", "i", "c");
  }

  @Test
  void everyWeightAndCredibilityFollowsTheRulesDocument() {
    List<String> problems = new ArrayList<>();
    for (Evidence e : map.evidence()) {
      checkWeight("evidence " + e.id(), e.notes().orElse(""), e.weight(),
          rules.evidenceBase(), rules.evidenceAdjust(), rules.floor(), problems);
    }
    for (Argument a : map.arguments()) {
      checkWeight("argument " + a.id(), a.notes().orElse(""), a.weight(),
          rules.argumentBase(), rules.argumentAdjust(), 0.0, problems);
    }
    for (Source s : map.sources()) {
      checkSource(s, problems);
    }
    assertThat(problems)
        .as("%d element(s) disagree with docs/maps/weighting-rules.md:%n%s", problems.size(),
            String.join("\n", problems))
        .isEmpty();
  }

  private static void checkWeight(String element, String notes, double actual,
      Map<String, Rule> bases, Map<String, Rule> adjustments, double floor,
      List<String> problems) {
    Matcher m = WEIGHT_NOTES.matcher(notes);
    if (!m.matches()) {
      problems.add(element + ": notes do not follow the pattern "
          + "'rule <ID> <name> <base>; <CODE> <text> <±value>; ...; weight <w>': " + head(notes));
      return;
    }
    List<String> wrong = new ArrayList<>();
    String id = m.group(1);
    String name = m.group(2);
    double base = Double.parseDouble(m.group(3));
    double stated = Double.parseDouble(m.group(5));
    Rule rule = bases.get(id);
    if (rule == null) {
      wrong.add("rule " + id + " is not a base rule of this kind");
    } else {
      if (Math.abs(rule.value() - base) > EPS) {
        wrong.add("base " + fmt(base) + " but the document gives " + fmt(rule.value()));
      }
      if (!rule.name().equals(name)) {
        wrong.add("rule name '" + name + "' but the document has '" + rule.name() + "'");
      }
    }
    double computed = base;
    StringBuilder inputs = new StringBuilder(id + " " + fmt(base));
    Set<String> seen = new HashSet<>();
    Matcher a = ADJUSTMENT.matcher(m.group(4));
    while (a.find()) {
      String code = a.group(1);
      double value = Double.parseDouble(a.group(3));
      inputs.append(", ").append(code).append(' ').append(signed(value));
      computed += value;
      Rule adj = adjustments.get(code);
      if (adj == null) {
        wrong.add("adjustment " + code + " is not defined for this kind");
      } else if (Math.abs(adj.value() - value) > EPS) {
        wrong.add(code + " " + signed(value) + " but the document gives " + signed(adj.value()));
      }
      if (!seen.add(code)) {
        wrong.add("adjustment " + code + " applied twice");
      }
    }
    computed = Math.round(computed * 100) / 100.0;
    if (computed < floor - EPS) {
      wrong.add("below the floor " + fmt(floor));
    }
    if (computed < -EPS || computed > 1 + EPS) {
      wrong.add("outside [0, 1]");
    }
    if (Math.abs(computed - stated) > EPS) {
      wrong.add("notes state weight " + fmt(stated));
    }
    if (Math.abs(stated - actual) > EPS) {
      wrong.add("actual weight " + fmt(actual) + " differs from the stated " + fmt(stated));
    }
    if (!wrong.isEmpty()) {
      problems.add(String.format("%s: rule %s; inputs %s; computed %s, stated %s, actual %s: %s",
          element, id, inputs, fmt(computed), fmt(stated), fmt(actual),
          String.join("; ", wrong)));
    }
  }

  private void checkSource(Source s, List<String> problems) {
    String element = "source " + s.id();
    String notes = s.notes().orElse("");
    Matcher m = SOURCE_NOTES.matcher(notes);
    if (!m.matches()) {
      problems.add(element + ": notes do not follow the pattern "
          + "'Rule <ID>: <text>, [<parent> - <cut> = ]<credibility>.': " + head(notes));
      return;
    }
    List<String> wrong = new ArrayList<>();
    String id = m.group(1);
    double stated = Double.parseDouble(m.group(5));
    double computed = stated;
    String inputs = id;
    Rule rule = rules.source().get(id);
    if (rule == null) {
      wrong.add("rule " + id + " is not a source rule");
    } else {
      computed = rule.value();
      inputs = id + " " + fmt(rule.value());
      if (m.group(3) != null) {
        double parent = Double.parseDouble(m.group(3));
        double cut = Double.parseDouble(m.group(4));
        inputs = id + " " + fmt(parent) + " - " + fmt(cut);
        computed = Math.round((parent - cut) * 100) / 100.0;
        // A derived rule (C2a, C3o) is its parent (C2, C3) less the cut its row names.
        Rule parentRule = rules.source().get(id.replaceAll("[a-z]+$", ""));
        if (parentRule == null || parentRule == rule) {
          wrong.add("no parent rule for a derivation");
        } else if (Math.abs(parentRule.value() - parent) > EPS) {
          wrong.add("parent " + parentRule.id() + " " + fmt(parent) + " but the document gives "
              + fmt(parentRule.value()));
        }
        if (!rule.appliesWhen().contains("minus " + fmt(cut))) {
          wrong.add("cut " + fmt(cut) + " not the one the document names");
        }
      }
      if (Math.abs(computed - rule.value()) > EPS) {
        wrong.add("computed " + fmt(computed) + " but the document gives " + fmt(rule.value()));
      }
    }
    if (Math.abs(computed - stated) > EPS) {
      wrong.add("notes state credibility " + fmt(stated));
    }
    if (Math.abs(stated - s.credibility()) > EPS) {
      wrong.add("actual credibility " + fmt(s.credibility()) + " differs from the stated "
          + fmt(stated));
    }
    if (!wrong.isEmpty()) {
      problems.add(String.format("%s: rule %s; inputs %s; computed %s, stated %s, actual %s: %s",
          element, id, inputs, fmt(computed), fmt(stated), fmt(s.credibility()),
          String.join("; ", wrong)));
    }
  }

  private static String head(String notes) {
    return notes.length() <= 120 ? notes : notes.substring(0, 120) + "...";
  }

  private static String fmt(double d) {
    return String.format("%.2f", d);
  }

  private static String signed(double d) {
    return String.format("%+.2f", d);
  }
}
