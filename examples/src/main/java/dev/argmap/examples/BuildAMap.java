package dev.argmap.examples;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.MapProblem;
import dev.argmap.model.Person;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.StatementId;

/**
 * Builds a map step by step, shows that a value refuses an invalid field when it is built and that
 * {@code build()} refuses an invalid map and lists every problem at once, then asks the valid map a
 * question.
 */
public final class BuildAMap {
  private BuildAMap() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Statements are claims; a thesis is the claim under debate. Arguments join premises to a
    // conclusion; evidence ties a statement to a verbatim quote in a source.
    ArgumentMap.Builder builder = ArgumentMap.builder()
        .title("Is remote work here to stay?")
        .thesis("t1", "Most office workers will still work remotely two days a week in 2030.")
        .statement("p1", "Employees value the time they save by not commuting.")
        .statement("p2", "Employers can hire from a wider area when work is remote.")
        .statement("p3", "Managers find it harder to supervise remote teams.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .argument("a2", Polarity.SUPPORTS, "t1", "p2")
        .argument("a3", Polarity.ATTACKS, "t1", "p3")
        .addSources(Source.builder()
            .id(SourceId.of("survey"))
            .kind(SourceKind.POLICY_REPORT)
            .title("Example workplace survey")
            .publisher("Example Institute")
            .build())
        .addEvidence(Evidence.builder()
            .id(EvidenceId.of("e1"))
            .statement(StatementId.of("p1"))
            .quote("Respondents named the commute as the first thing they would not miss.")
            .weight(0.8)
            .source(SourceId.of("survey"))
            .speaker(Person.of("Sam Example", "survey lead"))
            .build());

    ArgumentMap map = builder.build();
    System.out.println("Built: " + map);

    // A value checks its own fields when it is built: a weight above 1 is refused at once.
    try {
      Evidence.builder()
          .id(EvidenceId.of("e2"))
          .statement(StatementId.of("p2"))
          .quote("Hiring pools grew when offices closed.")
          .weight(1.5)
          .source(SourceId.of("survey"))
          .build();
      System.out.println("Unexpected: the invalid evidence was accepted");
    } catch (IllegalArgumentException e) {
      System.out.println("Refused at once: " + e.getMessage());
    }

    // The map checks what joins its elements, and lists every problem at once: here a source
    // and a premise that do not exist.
    try {
      builder
          .addEvidence(Evidence.builder()
              .id(EvidenceId.of("e2"))
              .statement(StatementId.of("p2"))
              .quote("Hiring pools grew when offices closed.")
              .source(SourceId.of("census"))
              .build())
          .argument("a4", Polarity.SUPPORTS, "t1", "p9")
          .build();
      System.out.println("Unexpected: the invalid map was accepted");
    } catch (InvalidMapException e) {
      System.out.println("Refused, with " + e.problems().size() + " problems:");
      for (MapProblem p : e.problems()) {
        System.out.println("  " + p);
      }
    }

    StatementId thesis = map.thesisIds().get(0);
    System.out.println("Arguments for " + thesis + ":");
    for (Argument a : map.argumentsFor(thesis)) {
      System.out.println("  " + a.id() + " from " + a.premises());
    }
    System.out.println("Arguments against " + thesis + ":");
    for (Argument a : map.argumentsAgainst(thesis)) {
      System.out.println("  " + a.id() + " from " + a.premises());
    }
  }
}
