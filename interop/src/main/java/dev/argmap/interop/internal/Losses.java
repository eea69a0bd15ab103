package dev.argmap.interop.internal;

import dev.argmap.io.Loss;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import dev.argmap.interop.aif.AifImporter;
import dev.argmap.interop.carneades.CarneadesImporter;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each format cannot hold, and how much of it a map has: the one table behind every exporter's
 * {@code losses}. {@code docs/formats/*.md} list the same kinds per format.
 */
public final class Losses {
  private static final Set<Loss.Kind> DUNG_HOLDS = EnumSet.of(Loss.Kind.SELF_ATTACKS);

  private Losses() {}

  /** Returns the kinds a format holds (so that they are not lost), and the extension namespaces it writes. */
  private static Set<Loss.Kind> holds(MapFormat format) {
    return switch (format.name()) {
      case "argdown" -> EnumSet.complementOf(EnumSet.of(Loss.Kind.EVIDENCE, Loss.Kind.SOURCES,
          Loss.Kind.BASE_SCORES, Loss.Kind.EXTENSIONS));
      case "aif" -> EnumSet.of(Loss.Kind.STATEMENT_TEXTS, Loss.Kind.ARGUMENT_SCHEMES, Loss.Kind.SUPPORTS,
          Loss.Kind.ARGUMENTS_AS_NODES, Loss.Kind.SELF_ATTACKS, Loss.Kind.SELF_SUPPORTS);
      case "af", "apx" -> DUNG_HOLDS;
      case "tgf" -> EnumSet.of(Loss.Kind.SELF_ATTACKS, Loss.Kind.STATEMENT_TEXTS);
      case "bag" -> EnumSet.of(Loss.Kind.ARGUMENT_WEIGHTS, Loss.Kind.SUPPORTS, Loss.Kind.SELF_ATTACKS,
          Loss.Kind.SELF_SUPPORTS, Loss.Kind.BASE_SCORES);
      // schemes and supports depend on the element (a scheme Carneades knows, a support of a statement but not
      // of an argument), so CarneadesExporter adds those counts to what this table gives
      case "carneades" -> EnumSet.complementOf(EnumSet.of(Loss.Kind.EVIDENCE, Loss.Kind.SOURCES,
          Loss.Kind.ARGUMENT_WEIGHTS, Loss.Kind.ARGUMENT_LABELS, Loss.Kind.ARGUMENT_NOTES,
          Loss.Kind.STATEMENT_TITLES, Loss.Kind.STATEMENT_TAGS, Loss.Kind.STATEMENT_NOTES));
      default -> throw new IllegalArgumentException("not an interop format: " + format.name());
    };
  }

  private static Set<String> namespaces(MapFormat format) {
    return switch (format.name()) {
      case "aif" -> ImmutableSet.of(AifImporter.EXTENSION);
      case "argdown" -> ImmutableSet.of();
      case "af", "apx", "tgf", "bag" -> ImmutableSet.of(Framework.EXTENSION);
      case "carneades" -> ImmutableSet.of(CarneadesImporter.EXTENSION);
      default -> throw new IllegalArgumentException("not an interop format: " + format.name());
    };
  }

  /**
   * Returns what writing a map in a format leaves out.
   *
   * @param format the format
   * @param map the map
   * @return the report
   * @throws dev.argmap.io.MapFormatException if the map's {@code framework} extension is not valid
   */
  public static LossReport report(MapFormat format, ArgumentMap map) {
    Map<Loss.Kind, Integer> counts = count(map);
    counts.keySet().removeAll(holds(format));
    Set<String> own = namespaces(format);
    int foreign = 0;
    for (String namespace : map.extensions().keySet()) {
      if (!own.contains(namespace) && !namespace.equals(Framework.EXTENSION)) {
        foreign++;
      }
    }
    if (foreign > 0 && !holds(format).contains(Loss.Kind.EXTENSIONS)) {
      counts.put(Loss.Kind.EXTENSIONS, foreign);
    }
    ImmutableList.Builder<Loss> losses = ImmutableList.builder();
    for (Loss.Kind kind : Loss.Kind.values()) {
      Integer n = counts.get(kind);
      if (n != null && n > 0) {
        losses.add(new Loss(kind, n));
      }
    }
    return new LossReport(losses.build());
  }

  /** Counts what the map has of each kind (extensions aside). */
  private static Map<Loss.Kind, Integer> count(ArgumentMap map) {
    Map<Loss.Kind, Integer> c = new EnumMap<>(Loss.Kind.class);
    c.put(Loss.Kind.EVIDENCE, map.evidence().size());
    c.put(Loss.Kind.SOURCES, map.sources().size());
    for (Statement s : map.statements()) {
      add(c, Loss.Kind.STATEMENT_TEXTS, !s.text().equals(s.id().value()));
      add(c, Loss.Kind.STATEMENT_TITLES, s.title().isPresent());
      add(c, Loss.Kind.STATEMENT_TAGS, !s.tags().isEmpty());
      add(c, Loss.Kind.STATEMENT_NOTES, s.notes().isPresent());
    }
    Set<ArgumentId> targeted = new HashSet<>();
    for (Argument a : map.arguments()) {
      if (a.conclusion() instanceof ArgumentId t) {
        targeted.add(t);
      }
    }
    for (Argument a : map.arguments()) {
      add(c, Loss.Kind.ARGUMENT_WEIGHTS, a.weight() != 1.0);
      add(c, Loss.Kind.ARGUMENT_SCHEMES, a.scheme().isPresent());
      add(c, Loss.Kind.ARGUMENT_LABELS, a.label().isPresent());
      add(c, Loss.Kind.ARGUMENT_NOTES, a.notes().isPresent());
      add(c, Loss.Kind.SUPPORTS, a.polarity() == Polarity.SUPPORTS);
      add(c, Loss.Kind.ARGUMENTS_AS_NODES, a.premises().size() != 1 || targeted.contains(a.id()));
    }
    if (!map.thesisIds().equals(Theses.choose(map.statements(), map.arguments()))) {
      c.put(Loss.Kind.THESES, map.thesisIds().size());
    }
    add(c, Loss.Kind.MAP_TITLE, map.title().isPresent());
    add(c, Loss.Kind.MAP_DESCRIPTION, map.description().isPresent());
    for (Framework.SelfEdge e : Framework.selfEdges(map)) {
      add(c, e.type() == Framework.EdgeType.ATTACK ? Loss.Kind.SELF_ATTACKS : Loss.Kind.SELF_SUPPORTS, true);
    }
    c.put(Loss.Kind.BASE_SCORES, Framework.baseScoreCount(map));
    return c;
  }

  private static void add(Map<Loss.Kind, Integer> c, Loss.Kind kind, boolean present) {
    if (present) {
      c.merge(kind, 1, Integer::sum);
    }
  }
}
