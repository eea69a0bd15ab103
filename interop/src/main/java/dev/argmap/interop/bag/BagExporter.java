package dev.argmap.interop.bag;

import dev.argmap.io.MapExporter;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.internal.Losses;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Framework.Edge;
import dev.argmap.interop.internal.Framework.EdgeType;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Writes the bipolar graph of any map as an uncertainpy {@code .bag} file: one {@code arg(name, base).} per
 * node, then {@code att(from, to).} and {@code sup(from, to).}, with the weight as a third item when it is
 * not 1.
 *
 * <p>The nodes are the map's statements (named by their identifiers) and those of its arguments that are
 * not simply an edge: linked arguments, arguments that are themselves targeted, and repeated edges. A
 * single-premise argument is an edge premise &rarr; conclusion with the argument's weight; another argument
 * is a node whose base score is its weight times the product of its premises' base scores, with an edge of
 * weight 1 to its conclusion. A statement's base score comes from the function given to
 * {@link #withBaseScores(ToDoubleFunction)}; by default it is the score kept by {@link BagImporter}, else
 * the scoring engine's evidence-based base score ({@code BaseScoreStrategy.evidence()}: 0.5 for a statement
 * without evidence). Self-edges kept by the importer are written back.
 *
 * <p>Names are the identifiers; a character that the format reserves (white space, parentheses, comma, or
 * a leading {@code #} or {@code %}) is replaced by {@code _}, and a name made equal to another gets a suffix.
 * Immutable and thread-safe.
 */
public final class BagExporter implements MapExporter {
  private final ToDoubleFunction<StatementId> baseScores;

  /** Creates the exporter with the default base scores. */
  public BagExporter() {
    this(null);
  }

  private BagExporter(ToDoubleFunction<StatementId> baseScores) {
    this.baseScores = baseScores;
  }

  /**
   * Returns an exporter that asks a function for each statement's base score, for example the
   * scoring engine's base score strategy.
   *
   * @param baseScores the base score of a statement, in [0, 1]
   * @return the exporter
   */
  public BagExporter withBaseScores(ToDoubleFunction<StatementId> baseScores) {
    return new BagExporter(Objects.requireNonNull(baseScores, "baseScores"));
  }

  @Override
  public MapFormat format() {
    return InteropFormats.BAG;
  }

  @Override
  public LossReport losses(ArgumentMap map) {
    return Losses.report(format(), Objects.requireNonNull(map, "map"));
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    Framework g = Framework.of(map, false, baseScores);
    String[] names = names(g);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < g.size(); i++) {
      double base = g.base(i);
      if (!(base >= 0.0 && base <= 1.0)) {
        throw new IllegalArgumentException(
            "the base score of " + g.name(i) + " must be in [0, 1] but was " + base);
      }
      s.append("arg(").append(names[i]).append(", ").append(number(base)).append(").\n");
    }
    for (Edge e : g.edges()) {
      s.append(e.type() == EdgeType.ATTACK ? "att(" : "sup(")
          .append(names[e.from()]).append(", ").append(names[e.to()]);
      if (e.weight() != 1.0) {
        s.append(", ").append(number(e.weight()));
      }
      s.append(").\n");
    }
    out.write(s.toString());
    out.flush();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String[] names(Framework g) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    String[] clean = new String[g.size()];
    boolean changed = false;
    for (int i = 0; i < g.size(); i++) {
      clean[i] = clean(g.name(i));
      changed |= !clean[i].equals(g.name(i));
      taken.add(g.name(i));
    }
    if (!changed) {
      return clean;
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      String name = clean[i];
      if (!name.equals(g.name(i)) || used.contains(name)) {
        String base = name;
        for (int k = 2; used.contains(name) || !name.equals(g.name(i)) && taken.contains(name); k++) {
          name = base + "_" + k;
        }
      }
      used.add(name);
      clean[i] = name;
    }
    return clean;
  }

  private static String clean(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean reserved = Character.isWhitespace(c) || c == '(' || c == ')' || c == ','
          || i == 0 && (c == '#' || c == '%');
      s.append(reserved ? '_' : c);
    }
    return s.toString();
  }
}
