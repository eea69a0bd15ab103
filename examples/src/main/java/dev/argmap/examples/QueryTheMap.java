package dev.argmap.examples;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;

/**
 * Asks the sample map the questions the model answers without any scoring: the arguments for and
 * against a thesis, what is upstream of it, the sources behind it, the evidence of a statement and
 * the statements a source backs.
 */
public final class QueryTheMap {
  private QueryTheMap() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentMap map = SampleMaps.alliance();
    Statement thesis = map.theses().get(0);
    System.out.println("Thesis " + thesis.id() + ": " + thesis.text());

    for (Argument a : map.argumentsFor(thesis.id())) {
      System.out.println("For: " + describe(map, a));
    }
    for (Argument a : map.argumentsAgainst(thesis.id())) {
      System.out.println("Against: " + describe(map, a));
      for (Argument u : map.argumentsAgainst(a.id())) {
        System.out.println("  undercut by: " + describe(map, u));
      }
    }

    System.out.println("Upstream of " + thesis.id() + ": " + map.upstreamOf(thesis.id()));

    System.out.println("Sources behind " + thesis.id() + ":");
    for (Source s : map.sourcesBehind(thesis.id())) {
      System.out.println("  " + s.id() + ": " + s.title().orElse("untitled")
          + (s.hasUnknownAuthors() ? " (author unknown)" : " by " + s.authors().get(0).name()));
    }

    StatementId p4 = StatementId.of("p4");
    for (Evidence e : map.evidenceOf(p4)) {
      System.out.println("Evidence for " + p4 + ": \"" + e.quote() + "\""
          + e.speaker().map(sp -> " (" + sp.name() + ", quoted in "
              + map.source(e.source()).flatMap(Source::publisher).orElse("the source") + ")")
              .orElse(""));
    }

    SourceId gazette = SourceId.of("gazette");
    System.out.println("Statements backed by " + gazette + ":");
    for (Statement s : map.statementsBackedBy(gazette)) {
      System.out.println("  " + s.id() + ": " + s.text());
    }
    SourceId report = SourceId.of("report");
    System.out.println("Statements backed by " + report + " (cited by the gazette): "
        + map.statementsBackedBy(report).stream().map(s -> s.id().value()).toList());
  }

  private static String describe(ArgumentMap map, Argument a) {
    StringBuilder text = new StringBuilder(a.id().value()).append(": ");
    boolean first = true;
    for (StatementId p : a.premises()) {
      if (!first) {
        text.append(" AND ");
      }
      text.append(map.statement(p).map(Statement::text).orElse(p.value()));
      first = false;
    }
    if (a.weight() != 1.0) {
      text.append(" [weight ").append(a.weight()).append(']');
    }
    return text.toString();
  }
}
