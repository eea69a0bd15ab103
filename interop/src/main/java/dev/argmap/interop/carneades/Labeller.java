package dev.argmap.interop.carneades;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Issue;
import dev.argmap.interop.carneades.Graph.Label;
import dev.argmap.interop.carneades.Graph.Premise;
import dev.argmap.interop.carneades.Graph.Stmt;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carneades' grounded labelling of an argument graph (Gordon and Walton's Carneades Argument Evaluation
 * Structure, CAES, as Carneades 4 computes it), applied to the graph as it stands (after derivation).
 *
 * <ol>
 *   <li>Assumed statements are in; every other position of an issue with a position in is out.
 *   <li>Then, until nothing changes, each undecided statement in turn: out when it is unsupported (every
 *       argument for it is applicable and weighs 0, which holds when it has none); in when it is at no issue
 *       and supported (some applicable argument for it weighs more than 0); and when it is a position of an
 *       issue whose arguments are all undercut or applicable, the issue is resolved: the position whose
 *       heaviest argument beats every other position's heaviest argument under the issue's proof standard,
 *       if there is one and it weighs more than 0, is in and all others out.
 * </ol>
 *
 * <p>An argument is undercut when its undercutter is in; applicable when it is undercut, or its undercutter
 * (if any) is out and none of its premises is undecided (premises that are out do not make it inapplicable:
 * they lower its weight). An undercut or inapplicable argument weighs 0; otherwise its scheme's weighing
 * function says.
 */
final class Labeller {
  private final Graph graph;
  private final Map<Stmt, Label> labels = new HashMap<>();

  private Labeller(Graph graph) {
    this.graph = graph;
  }

  /**
   * Labels every statement of a graph.
   *
   * @param graph the graph
   * @return each statement's label, in the graph's order of statements
   */
  static Map<Stmt, Label> label(Graph graph) {
    Labeller l = new Labeller(graph);
    l.initialize();
    l.fixpoint();
    Map<Stmt, Label> out = new LinkedHashMap<>();
    for (Stmt s : graph.statements.values()) {
      out.put(s, l.get(s));
    }
    return out;
  }

  private Label get(Stmt s) {
    return labels.getOrDefault(s, Label.UNDECIDED);
  }

  private void initialize() {
    for (Stmt s : graph.statements.values()) {
      if (graph.assumptions.contains(s.id)) {
        labels.put(s, Label.IN);
      }
    }
    for (Issue i : graph.issues.values()) {
      if (i.positions.stream().anyMatch(p -> get(p) == Label.IN)) {
        for (Stmt p : i.positions) {
          if (get(p) == Label.UNDECIDED) {
            labels.put(p, Label.OUT);
          }
        }
      }
    }
  }

  private void fixpoint() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Stmt s : graph.statements.values()) {
        if (get(s) != Label.UNDECIDED) {
          continue;
        }
        if (unsupported(s)) {
          labels.put(s, Label.OUT);
          changed = true;
        } else if (s.issue == null && supported(s)) {
          labels.put(s, Label.IN);
          changed = true;
        } else if (s.issue != null && readyToBeResolved(s.issue)) {
          resolve(s.issue);
          changed = true;
        }
      }
    }
  }

  private Label undercut(Arg a) {
    return a.undercutter.map(this::get).orElse(Label.OUT);
  }

  private boolean applicable(Arg a) {
    Label u = undercut(a);
    if (u == Label.IN) {
      return true;
    }
    if (u == Label.UNDECIDED) {
      return false;
    }
    for (Premise p : a.premises) {
      if (get(p.stmt()) == Label.UNDECIDED) {
        return false;
      }
    }
    return true;
  }

  /** The argument's weight under the labels so far. */
  double weight(Arg a) {
    if (undercut(a) == Label.IN || !applicable(a)) {
      return 0.0;
    }
    return a.scheme.weigher.weigh(a, labels);
  }

  private boolean supported(Stmt s) {
    for (Arg a : s.args) {
      if (applicable(a) && weight(a) > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean unsupported(Stmt s) {
    for (Arg a : s.args) {
      if (!applicable(a) || weight(a) > 0) {
        return false;
      }
    }
    return true;
  }

  private boolean readyToBeResolved(Issue issue) {
    for (Stmt p : issue.positions) {
      for (Arg a : p.args) {
        if (!(undercut(a) == Label.IN || applicable(a))) {
          return false;
        }
      }
    }
    return true;
  }

  private void resolve(Issue issue) {
    Map<Stmt, Double> strongest = new HashMap<>();
    for (Stmt p : issue.positions) {
      double max = 0.0;
      for (Arg a : p.args) {
        max = Math.max(max, weight(a));
      }
      strongest.put(p, max);
    }
    Stmt winner = null;
    for (Stmt p1 : issue.positions) {
      if (strongest.get(p1) == 0.0) {
        continue; // a winner needs at least one argument of some weight
      }
      boolean beatsAll = true;
      for (Stmt p2 : issue.positions) {
        if (p2 != p1 && !issue.standard.beats(strongest.get(p1), strongest.get(p2))) {
          beatsAll = false;
          break;
        }
      }
      if (beatsAll) {
        winner = p1;
        break;
      }
    }
    for (Stmt p : issue.positions) {
      labels.put(p, p == winner ? Label.IN : Label.OUT);
    }
  }
}
