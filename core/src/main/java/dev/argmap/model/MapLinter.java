package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks behind {@link ArgumentMap#lint()}: legal but suspicious. */
final class MapLinter {
  /** A sentence end followed by the start of another sentence. */
  private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s+[A-Z\u201c\"]");

  private MapLinter() {}

  static ImmutableList<MapProblem> lint(ArgumentMap map) {
    ImmutableList.Builder<MapProblem> warnings = ImmutableList.builder();
    for (Statement s : map.statements()) {
      StatementId id = s.id();
      boolean thesis = map.isThesis(s.id());
      boolean premise = !map.argumentsUsing(s.id()).isEmpty();
      boolean concluded = !map.argumentsOn(s.id()).isEmpty();
      if (!thesis && !premise && !concluded) {
        warnings.add(MapProblem.of(id, MapRule.ISOLATED_STATEMENT,
            "is connected to nothing: no argument uses or concludes it and it is no thesis",
            "use it as a premise or conclusion, name it a thesis, or remove it"));
      } else if (!thesis && !concluded && map.evidenceOf(s.id()).isEmpty()) {
        warnings.add(MapProblem.of(id, MapRule.NO_EVIDENCE,
            "rests on no evidence and no argument",
            "add a quote that backs it, or an argument for it"));
      }
      if (TWO_SENTENCES.matcher(s.text().strip()).find()) {
        warnings.add(MapProblem.of(id, MapRule.MORE_THAN_ONE_SENTENCE,
            "text holds more than one sentence", "split it into statements of one sentence each"));
      }
    }
    for (Source s : map.sources()) {
      if (map.evidenceFrom(s.id()).isEmpty()) {
        warnings.add(MapProblem.of(s.id(), MapRule.UNCITED_SOURCE,
            "is cited by no evidence", "attribute evidence to it, or remove it"));
      }
    }
    supportCycles(map, warnings);
    return warnings.build();
  }

  /** Reports each strongly connected set of statements linked by support (Tarjan, iterative). */
  private static void supportCycles(ArgumentMap map, ImmutableList.Builder<MapProblem> warnings) {
    List<StatementId> nodes = new ArrayList<>();
    Map<StatementId, Integer> index = new HashMap<>();
    for (Statement s : map.statements()) {
      index.put(s.id(), nodes.size());
      nodes.add(s.id());
    }
    int n = nodes.size();
    List<List<Integer>> next = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      next.add(new ArrayList<>());
    }
    Set<Integer> selfLoops = new HashSet<>();
    for (Argument a : map.arguments()) {
      if (a.polarity() != Polarity.SUPPORTS || !(a.conclusion() instanceof StatementId c)) {
        continue;
      }
      int to = index.get(c);
      for (StatementId p : a.premises()) {
        int from = index.get(p);
        next.get(from).add(to);
        if (from == to) {
          selfLoops.add(from);
        }
      }
    }
    int[] order = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    java.util.Arrays.fill(order, -1);
    int[] stack = new int[n];
    int top = 0;
    int counter = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = 0;
      order[root] = low[root] = counter++;
      stack[top++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        List<Integer> out = next.get(v);
        if (callEdge[depth] < out.size()) {
          int w = out.get(callEdge[depth]++);
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          if (low[v] == order[v]) {
            List<StatementId> component = new ArrayList<>();
            int w;
            do {
              w = stack[--top];
              onStack[w] = false;
              component.add(nodes.get(w));
            } while (w != v);
            if (component.size() > 1 || selfLoops.contains(v)) {
              java.util.Collections.reverse(component);
              warnings.add(MapProblem.of(component.get(0),
                  MapRule.SUPPORT_CYCLE,
                  "supports itself through the circle " + component,
                  "check whether one of these statements is really a reason for the other; "
                      + "a circle of support adds no independent backing"));
            }
          }
          depth--;
          if (depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
  }
}
