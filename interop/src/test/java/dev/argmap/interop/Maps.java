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

/** Comparisons of maps in round trips, and small maps with every shape the formats must carry. */
public final class Maps {
  private Maps() {}

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

  /**
   * A small map with every shape: linked premises, an attack, an undercutter, a support of an argument, an
   * attack on an attack, a statement used by two arguments, an isolated statement, a scheme and awkward text.
   */
  public static ArgumentMap shapes() {
    return ArgumentMap.builder()
        .title("Shapes")
        .thesis("t", "The thesis.")
        .statement("p1", "First premise, linked.")
        .statement("p2", "Second premise, linked.")
        .statement("c1", "An objection: [brackets], <angles>, #hash, @at, {braces}, // slashes, *stars*.")
        .statement("u", "An undercutting reason.")
        .statement("s", "A reason for the inference.")
        .statement("q", "A reason against the objection's force.")
        .statement("lonely", "Nobody uses me.")
        .addArguments(Argument.builder().id(dev.argmap.model.ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
            .conclusion(StatementId.of("t")).addPremises(StatementId.of("p1"), StatementId.of("p2"))
            .scheme("argument from expert opinion").weight(0.75).label("Linked support").build())
        .argument("a2", Polarity.ATTACKS, "t", "c1")
        .undercutter("a3", "a1", "u")
        .addArguments(Argument.builder().id(dev.argmap.model.ArgumentId.of("a4")).polarity(Polarity.SUPPORTS)
            .conclusion(dev.argmap.model.ArgumentId.of("a1")).addPremises(StatementId.of("s")).build())
        .undercutter("a5", "a2", "q", "p1")
        .build();
  }

  /** Whether every statement of a map is as in another, all attributes compared. */
  public static void assertSameStatements(List<Statement> actual, List<Statement> expected, String context) {
    assertThat(actual).as(context).containsExactlyInAnyOrderElementsOf(expected);
  }
}
