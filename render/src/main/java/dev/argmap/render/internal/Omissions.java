package dev.argmap.render.internal;

import com.google.common.collect.ImmutableMap;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.io.LossReport;
import dev.argmap.io.Loss.Kind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a render leaves out of a map, given the kinds its renderer does not show: the one count
 * behind every renderer's {@code losses}.
 */
public final class Omissions {
  private Omissions() {}

  /**
   * Returns how much of each kind the map has, for the kinds a renderer leaves out. Two kinds depend on
   * whether the evidence is drawn: with {@link Kind#EVIDENCE} left out, every source is lost and no
   * evidence note is counted apart; with evidence drawn, a lost source is one that no evidence item is
   * found in. The notes of a lost source are not counted again.
   *
   * @param map the map
   * @param leftOut the kinds the renderer, with its options, does not show
   * @return the report
   */
  public static LossReport count(ArgumentMap map, Set<Kind> leftOut) {
    boolean evidenceDrawn = !leftOut.contains(Kind.EVIDENCE);
    Map<Kind, Integer> c = new EnumMap<>(Kind.class);
    c.put(Kind.EVIDENCE, map.evidence().size());
    Set<Object> named = new HashSet<>();
    if (evidenceDrawn) {
      for (Evidence e : map.evidence()) {
        named.add(e.source());
      }
    }
    Set<Object> lostSources = new HashSet<>();
    if (leftOut.contains(Kind.SOURCES)) {
      map.sources().stream().filter(s -> !named.contains(s.id())).forEach(s -> lostSources.add(s.id()));
    }
    c.put(Kind.SOURCES, lostSources.size());
    c.put(Kind.STATEMENT_TEXTS, (int) map.statements().stream().filter(s -> s.title().isPresent()).count());
    c.put(Kind.STATEMENT_TAGS, (int) map.statements().stream().filter(s -> !s.tags().isEmpty()).count());
    c.put(Kind.STATEMENT_NOTES, (int) map.statements().stream().filter(s -> s.notes().isPresent()).count());
    c.put(Kind.ARGUMENT_SCHEMES, (int) map.arguments().stream().filter(a -> a.scheme().isPresent()).count());
    c.put(Kind.ARGUMENT_NOTES, (int) map.arguments().stream().filter(a -> a.notes().isPresent()).count());
    c.put(Kind.EVIDENCE_NOTES, evidenceDrawn
        ? (int) map.evidence().stream().filter(e -> e.notes().isPresent()).count() : 0);
    // the notes of a source that is lost whole are not counted again
    c.put(Kind.SOURCE_NOTES, (int) map.sources().stream()
        .filter(s -> s.notes().isPresent() && !lostSources.contains(s.id())).count());
    c.put(Kind.MAP_DESCRIPTION, map.description().isPresent() ? 1 : 0);
    c.put(Kind.EXTENSIONS, map.extensions().size());
    ImmutableMap.Builder<Kind, Integer> lost = ImmutableMap.builder();
    for (Kind kind : Kind.values()) {
      int n = c.getOrDefault(kind, 0);
      if (leftOut.contains(kind) && n > 0) {
        lost.put(kind, n);
      }
    }
    return LossReport.of(lost.build());
  }
}
