package dev.argmap.examples;

import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.MapProblem;
import dev.argmap.model.StatementId;

/**
 * Derives changed maps from the sample map: one argument's weight in one line, an evidence item
 * changed with a {@code with…} copy, an undercutter removed; then what {@code build()} reports when
 * a removed statement is still used, and what a query says of an identifier with a typo.
 */
public final class EditAMap {
  private EditAMap() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentMap map = SampleMaps.alliance();
    ArgumentId a2 = ArgumentId.of("a2");

    // One argument's weight, in one line; the map itself never changes.
    ArgumentMap lighter = map.toBuilder().argumentWeight(a2, 0.3).build();
    System.out.println("a2 weighs " + map.argument(a2).orElseThrow().weight() + " in the map and "
        + lighter.argument(a2).orElseThrow().weight() + " in the derived one");

    // Any field, through a copy of the value that differs in that field only.
    EvidenceId e2 = EvidenceId.of("e2");
    ArgumentMap noted = map.toBuilder()
        .updateEvidence(e2, e -> e.withNotes("weight set by the second reviewer"))
        .build();
    System.out.println("e2 notes: " + noted.evidence(e2).orElseThrow().notes().orElse("none"));

    // Removing an element: the undercutter a4 goes, and a2 is no longer undercut.
    ArgumentMap bare = map.toBuilder().removeArgument(ArgumentId.of("a4")).build();
    System.out.println("Undercutters of a2: " + map.argumentsAgainst(a2).size() + " before, "
        + bare.argumentsAgainst(a2).size() + " after");

    // Removing what others still use is reported by build(), with every other problem.
    try {
      map.toBuilder().removeStatement(StatementId.of("p1")).build();
    } catch (InvalidMapException e) {
      System.out.println("Refused, with " + e.problems().size() + " problems:");
      for (MapProblem p : e.problems()) {
        System.out.println("  " + p);
      }
    }

    // A query on an identifier the map does not hold fails at once, naming the nearest ones.
    try {
      map.argumentsFor(StatementId.of("p11"));
    } catch (IllegalArgumentException e) {
      System.out.println("Query refused: " + e.getMessage());
    }
  }
}
