package dev.argmap.interop.internal;

import dev.argmap.model.Argument;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule by which importers name theses when a format has no such notion, in this order:
 *
 * <ol>
 *   <li>the statements that conclude at least one argument and are a premise of none (the roots of the
 *       debate);
 *   <li>else the statements that are a premise of no argument;
 *   <li>else (every statement is a premise, as in a cycle) the first statement.
 * </ol>
 */
public final class Theses {
  private Theses() {}

  /**
   * Chooses the theses of a map by the rule above.
   *
   * @param statements the statements, in order; at least one
   * @param arguments the arguments
   * @return the theses, in the order of the statements
   */
  public static List<StatementId> choose(List<Statement> statements, List<Argument> arguments) {
    Set<StatementId> premises = new HashSet<>();
    Set<StatementId> conclusions = new HashSet<>();
    for (Argument a : arguments) {
      premises.addAll(a.premises());
      if (a.conclusion() instanceof StatementId c) {
        conclusions.add(c);
      }
    }
    List<StatementId> roots = new ArrayList<>();
    List<StatementId> unused = new ArrayList<>();
    for (Statement s : statements) {
      if (!premises.contains(s.id())) {
        unused.add(s.id());
        if (conclusions.contains(s.id())) {
          roots.add(s.id());
        }
      }
    }
    if (!roots.isEmpty()) {
      return roots;
    }
    if (!unused.isEmpty()) {
      return unused;
    }
    return statements.isEmpty() ? List.of() : List.of(statements.get(0).id());
  }
}
