package dev.argmap.interop.dung;

import dev.argmap.io.MapExporter;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;

import dev.argmap.interop.internal.Losses;

import dev.argmap.interop.internal.Framework;
import dev.argmap.interop.internal.Framework.Edge;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the attack graph of any map as a Dung framework. The arguments are the map's statements
 * (named by their identifiers) and those of its arguments that are not simply an attack from one premise:
 * linked arguments, arguments that are themselves attacked, supported or undercut, and repeated edges. A
 * single-premise attacking argument is the attack premise &rarr; conclusion; another attacking argument
 * attacks its conclusion and is attacked by whatever attacks one of its premises. Supports are left out.
 * Self-attacks kept by {@link DungImporter} are written back.
 *
 * <ul>
 *   <li>ICCMA 2023: {@code p af N}, one comment {@code # label i name} per argument whose name is not its
 *       number (solvers ignore comments; {@link DungImporter} reads the names back), then {@code i j} lines.
 *   <li>ASPARTIX: {@code arg(name).} lines, then {@code att(a,b).} lines; a name that is not an ASP constant
 *       ({@code [a-z][A-Za-z0-9_]*} or a number) is written as a quoted string.
 *   <li>TGF: {@code name text} lines (the statement's text, on one line, when it differs from the name), a
 *       line {@code #}, then {@code from to} lines.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DungExporter implements MapExporter {
  private static final Pattern ASP_CONSTANT = Pattern.compile("[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*");

  private final DungDialect dialect;

  /**
   * Creates an exporter for a dialect.
   *
   * @param dialect the dialect
   */
  public DungExporter(DungDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * Returns the dialect this exporter writes.
   *
   * @return the dialect
   */
  public DungDialect dialect() {
    return dialect;
  }

  @Override
  public MapFormat format() {
    return dialect.format();
  }

  @Override
  public LossReport losses(ArgumentMap map) {
    return Losses.report(format(), Objects.requireNonNull(map, "map"));
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    Framework g = Framework.of(map, true, id -> 1.0);
    StringBuilder s = new StringBuilder();
    switch (dialect) {
      case ICCMA_AF:
        s.append("p af ").append(g.size()).append('\n');
        for (int i = 0; i < g.size(); i++) {
          if (!g.name(i).equals(Integer.toString(i + 1))) {
            s.append("# label ").append(i + 1).append(' ').append(g.name(i)).append('\n');
          }
        }
        for (Edge e : g.edges()) {
          s.append(e.from() + 1).append(' ').append(e.to() + 1).append('\n');
        }
        break;
      case APX:
        String[] names = new String[g.size()];
        for (int i = 0; i < g.size(); i++) {
          names[i] = aspName(g.name(i));
          s.append("arg(").append(names[i]).append(").\n");
        }
        for (Edge e : g.edges()) {
          s.append("att(").append(names[e.from()]).append(',').append(names[e.to()]).append(").\n");
        }
        break;
      default:
        String[] tgf = tgfNames(g);
        for (int i = 0; i < g.size(); i++) {
          s.append(tgf[i]);
          String text = g.text(i);
          if (text != null) {
            String oneLine = text.replaceAll("[\\r\\n]+", " ").strip();
            if (!oneLine.isEmpty() && !oneLine.equals(tgf[i])) {
              s.append(' ').append(oneLine);
            }
          }
          s.append('\n');
        }
        s.append("#\n");
        for (Edge e : g.edges()) {
          s.append(tgf[e.from()]).append(' ').append(tgf[e.to()]).append('\n');
        }
    }
    out.write(s.toString());
    out.flush();
  }

  private static String aspName(String name) {
    if (ASP_CONSTANT.matcher(name).matches()) {
      return name;
    }
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Names as they are, except that a node may not be called {@code #}, the TGF separator. */
  private static String[] tgfNames(Framework g) {
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      taken.add(g.name(i));
    }
    String[] names = new String[g.size()];
    for (int i = 0; i < g.size(); i++) {
      String name = g.name(i);
      if (name.equals("#")) {
        name = "_#";
        while (taken.contains(name)) {
          name = "_" + name;
        }
        taken.add(name);
      }
      names[i] = name;
    }
    return names;
  }
}
