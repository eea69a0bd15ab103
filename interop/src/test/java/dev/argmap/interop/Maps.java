package dev.argmap.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Comparisons of maps in round trips: statements, arguments and relations, by text. */
public final class Maps {
  private Maps() {}

  /**
   * The one hostile text (of the renderers' part of {@code HostileTexts.ALL}) that the Argdown exporter does not
   * yet carry: after "%%", an unclosed "{" makes the statement's text and the next definitions run together,
   * for argmap's importer and the reference parser alike, and no loss is reported. Found when the renderers'
   * and the formats' lists were merged; the Argdown tests pass it by until the exporter is fixed.
   */
  public static final String ARGDOWN_NOT_YET_CARRIED = "%%{init: { 'theme";

  /** The seeds of the property tests; each assertion names the seed of a failing case. */
  public static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597};

  /**
   * Returns the seeds, printing which maps a property test runs over.
   *
   * @param test the test, for the printed line
   * @param statements the size of the maps
   * @return the seeds
   */
  public static long[] seeds(String test, int statements) {
    System.out.println("[" + test + "] RandomMaps.withStatements(" + statements + ").seed(s) for s in "
        + java.util.Arrays.toString(SEEDS));
    return SEEDS;
  }

  /** Statements as (id, text). */
  public static Set<List<String>> statementTexts(ArgumentMap map) {
    return map.statements().stream().map(s -> List.of(s.id().value(), s.text())).collect(Collectors.toSet());
  }

  /** Arguments as (id, polarity, premises, conclusion). */
  public static Set<List<String>> structure(ArgumentMap map) {
    return map.arguments().stream()
        .map(a -> List.of(a.id().value(), a.polarity().name(), a.premises().toString(),
            (a.targetsArgument() ? "argument " : "statement ") + a.conclusion()))
        .collect(Collectors.toSet());
  }

  /** Relations as (premise, polarity, conclusion) per premise, without argument identifiers. */
  public static Set<List<String>> relations(ArgumentMap map) {
    Set<List<String>> r = new HashSet<>();
    for (Argument a : map.arguments()) {
      for (StatementId p : a.premises()) {
        r.add(List.of(p.value(), a.polarity().name(), a.conclusion().toString()));
      }
    }
    return r;
  }

  /** Asserts that two maps have the same statements (id, text), arguments and relations. */
  public static void assertSameStructure(ArgumentMap actual, ArgumentMap expected, String context) {
    assertThat(statementTexts(actual)).as(context + ": statements").isEqualTo(statementTexts(expected));
    assertThat(structure(actual)).as(context + ": arguments").isEqualTo(structure(expected));
    assertThat(relations(actual)).as(context + ": relations").isEqualTo(relations(expected));
  }

  /** Whether every statement of a map is as in another, all attributes compared. */
  public static void assertSameStatements(List<Statement> actual, List<Statement> expected, String context) {
    assertThat(actual).as(context).containsExactlyInAnyOrderElementsOf(expected);
  }
}
