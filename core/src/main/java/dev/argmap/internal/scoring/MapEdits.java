package dev.argmap.internal.scoring;

import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.Evidence;
import dev.argmap.model.EvidenceId;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives changed maps for what-if questions, explanations and sensitivity. Maps are immutable: each edit
 * rebuilds the element lists, keeping everything else (title, description, theses, order, extensions).
 */
public final class MapEdits {
  private MapEdits() {}

  /**
   * The arguments removed with {@code id}: itself and, transitively, every argument whose conclusion is a
   * removed argument (its undercutters and supporters would otherwise point at nothing). They act only on the
   * removed argument, so removing them with it changes no score beyond removing it alone.
   */
  public static Set<ArgumentId> removalClosure(ArgumentMap map, ArgumentId id) {
    Set<ArgumentId> removed = new LinkedHashSet<>();
    Deque<ArgumentId> queue = new ArrayDeque<>();
    removed.add(id);
    queue.add(id);
    while (!queue.isEmpty()) {
      ConclusionId next = queue.poll();
      for (Argument a : map.argumentsOn(next)) {
        if (removed.add(a.id())) {
          queue.add(a.id());
        }
      }
    }
    return removed;
  }

  public static ArgumentMap withoutArgument(ArgumentMap map, ArgumentId id) {
    requireArgument(map, id);
    Set<ArgumentId> removed = removalClosure(map, id);
    List<Argument> kept = new ArrayList<>(map.arguments().size());
    for (Argument a : map.arguments()) {
      if (!removed.contains(a.id())) {
        kept.add(a);
      }
    }
    return rebuild(map, kept, map.evidence(), map.sources());
  }

  public static ArgumentMap withArgumentWeight(ArgumentMap map, ArgumentId id, double weight) {
    checkUnit("argument weight", weight);
    requireArgument(map, id);
    return map.toBuilder().argumentWeight(id, weight).build();
  }

  public static ArgumentMap withEvidenceWeight(ArgumentMap map, EvidenceId id, double weight) {
    checkUnit("evidence weight", weight);
    if (map.evidence(id).isEmpty()) {
      throw new IllegalArgumentException("the map has no evidence " + id);
    }
    return map.toBuilder().evidenceWeight(id, weight).build();
  }

  public static ArgumentMap withSourceCredibility(ArgumentMap map, SourceId id, double credibility) {
    checkUnit("credibility", credibility);
    if (map.source(id).isEmpty()) {
      throw new IllegalArgumentException("the map has no source " + id);
    }
    return map.toBuilder().sourceCredibility(id, credibility).build();
  }

  public static ArgumentMap rebuild(
      ArgumentMap map, List<Argument> arguments, List<Evidence> evidence, List<Source> sources) {
    ArgumentMap.Builder b = ArgumentMap.builder();
    map.title().ifPresent(b::title);
    map.description().ifPresent(b::description);
    b.addTheses(map.thesisIds());
    b.addStatements(map.statements());
    b.addArguments(arguments);
    b.addEvidence(evidence);
    b.addSources(sources);
    map.extensions().forEach(b::putExtension);
    return b.build();
  }

  public static void requireArgument(ArgumentMap map, ArgumentId id) {
    if (map.argument(id).isEmpty()) {
      throw new IllegalArgumentException("the map has no argument " + id);
    }
  }

  private static void checkUnit(String what, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1] but was " + v);
    }
  }
}
