package dev.argmap.scoring;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.HashMap;
import java.util.Map;

/** Small hand-made maps and base-score tables for the map-scoring tests. */
final class TestMaps {
  private TestMaps() {}

  static StatementId st(String id) {
    return StatementId.of(id);
  }

  static ArgumentId ar(String id) {
    return ArgumentId.of(id);
  }

  /** An argument with a weight. */
  static Argument arg(String id, Polarity polarity, ConclusionId conclusion, double weight, String... premises) {
    Argument.Builder b = Argument.builder().id(ArgumentId.of(id)).polarity(polarity).conclusion(conclusion)
        .weight(weight);
    for (String p : premises) {
      b.addPremises(StatementId.of(p));
    }
    return b.build();
  }

  static Statement statement(String id) {
    return Statement.of(id, "Statement " + id + ".");
  }

  static Source source(String id, double credibility) {
    return Source.builder().id(SourceId.of(id)).kind(SourceKind.COMMENTARY).credibility(credibility).build();
  }

  static Evidence evidence(String id, String statement, String source, double weight, Polarity polarity) {
    return Evidence.builder().id(EvidenceId.of(id)).statement(StatementId.of(statement)).quote("quote " + id)
        .source(SourceId.of(source)).weight(weight).polarity(polarity).build();
  }

  /** A map with theses {@code t} (first statement) and the given statements and arguments. */
  static ArgumentMap map(String[] statements, Argument... arguments) {
    ArgumentMap.Builder b = ArgumentMap.builder();
    for (String s : statements) {
      b.addStatements(statement(s));
    }
    b.addTheses(StatementId.of(statements[0]));
    b.addArguments(arguments);
    return b.build();
  }

  /** Base scores from a table, 0.5 for statements not in it. Pairs: id, value, id, value, ... */
  static BaseScoreStrategy bases(Object... pairs) {
    Map<StatementId, Double> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(StatementId.of((String) pairs[i]), (Double) pairs[i + 1]);
    }
    return BaseScoreStrategy.of(s -> m.getOrDefault(s, 0.5));
  }

  static String[] ids(String... ids) {
    return ids;
  }
}
