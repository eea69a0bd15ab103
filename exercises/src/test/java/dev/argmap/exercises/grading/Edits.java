package dev.argmap.exercises.grading;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Mistakes a student might make, applied to a copy of a map. */
final class Edits {
  private Edits() {}

  static ArgumentMap rebuild(ArgumentMap map, List<Statement> statements, List<StatementId> theses,
      List<Argument> arguments, List<Evidence> evidence) {
    ArgumentMap.Builder b = ArgumentMap.builder();
    map.title().ifPresent(b::title);
    b.addTheses(theses).addStatements(statements).addArguments(arguments).addEvidence(evidence)
        .addSources(map.sources());
    return b.build();
  }

  static ArgumentMap mapArguments(ArgumentMap map, UnaryOperator<Argument> f) {
    List<Argument> args = new ArrayList<>();
    map.arguments().forEach(a -> args.add(f.apply(a)));
    return rebuild(map, map.statements(), map.thesisIds(), args, map.evidence());
  }

  static ArgumentMap mapEvidence(ArgumentMap map, UnaryOperator<Evidence> f) {
    List<Evidence> ev = new ArrayList<>();
    map.evidence().forEach(e -> ev.add(f.apply(e)));
    return rebuild(map, map.statements(), map.thesisIds(), map.arguments(), ev);
  }

  /** The argument with the other polarity. */
  static ArgumentMap flip(ArgumentMap map, String argument) {
    return mapArguments(map, a -> !a.id().value().equals(argument) ? a
        : Argument.builder().from(a).polarity(a.polarity().opposite()).build());
  }

  /** The map without a statement: its evidence goes, it leaves every argument, arguments left empty go. */
  static ArgumentMap withoutStatement(ArgumentMap map, String statement) {
    StatementId gone = StatementId.of(statement);
    List<Statement> st = new ArrayList<>(map.statements());
    st.removeIf(s -> s.id().equals(gone));
    Set<ConclusionId> removed = new HashSet<>();
    removed.add(gone);
    List<Argument> args = new ArrayList<>();
    boolean changed = true;
    List<Argument> current = new ArrayList<>(map.arguments());
    while (changed) {
      changed = false;
      args.clear();
      for (Argument a : current) {
        List<StatementId> premises = new ArrayList<>(a.premises());
        premises.removeIf(removed::contains);
        if (premises.isEmpty() || removed.contains(a.conclusion())) {
          changed |= removed.add(a.id());
          continue;
        }
        Argument.Builder b = Argument.builder().id(a.id()).conclusion(a.conclusion()).polarity(a.polarity())
            .weight(a.weight()).addAllPremises(premises);
        a.label().ifPresent(b::label);
        args.add(b.build());
      }
      current = new ArrayList<>(args);
    }
    List<Evidence> ev = new ArrayList<>(map.evidence());
    ev.removeIf(e -> e.statement().equals(gone));
    List<StatementId> theses = new ArrayList<>(map.thesisIds());
    theses.remove(gone);
    return rebuild(map, st, theses, args, ev);
  }

  /** The statements with other texts, as a student words them. */
  static ArgumentMap reword(ArgumentMap map, Map<String, String> texts) {
    List<Statement> st = new ArrayList<>();
    for (Statement s : map.statements()) {
      String t = texts.get(s.id().value());
      st.add(t == null ? s : Statement.of(s.id().value(), t));
    }
    return rebuild(map, st, map.thesisIds(), map.arguments(), map.evidence());
  }

  /** Every statement and argument renamed, as a student's own map names them. */
  static ArgumentMap renameAll(ArgumentMap map, String prefix) {
    List<Statement> st = new ArrayList<>();
    for (Statement s : map.statements()) {
      st.add(Statement.of(prefix + s.id().value(), s.text()));
    }
    List<Argument> args = new ArrayList<>();
    for (Argument a : map.arguments()) {
      Argument.Builder b = Argument.builder().id(ArgumentId.of(prefix + a.id().value())).polarity(a.polarity())
          .conclusion(a.conclusion() instanceof StatementId s ? StatementId.of(prefix + s.value())
              : ArgumentId.of(prefix + a.conclusion().value()));
      a.premises().forEach(p -> b.addPremises(StatementId.of(prefix + p.value())));
      args.add(b.build());
    }
    List<Evidence> ev = new ArrayList<>();
    for (Evidence e : map.evidence()) {
      ev.add(Evidence.builder().from(e).statement(StatementId.of(prefix + e.statement().value())).build());
    }
    List<StatementId> theses = new ArrayList<>();
    map.thesisIds().forEach(t -> theses.add(StatementId.of(prefix + t.value())));
    return rebuild(map, st, theses, args, ev);
  }
}
