package dev.argmap.interop.carneades;

import dev.argmap.io.ImportWarning;

import com.google.common.collect.ImmutableMap;

import dev.argmap.interop.carneades.Graph.Stmt;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Carneades' own evaluation of an argument graph: every statement labelled {@code in}, {@code out} or
 * {@code undecided} as Carneades 4 labels it (Gordon and Walton's Carneades Argument Evaluation Structure:
 * assumptions, proof standards of issues, weighing functions of argument schemes, undercutters; see
 * {@code docs/formats/carneades.md}). Arguments and issues that the file's argument schemes and issue
 * schemes derive are derived first, as Carneades does.
 *
 * <pre>{@code
 * CarneadesLabelling l = CarneadesLabelling.read(reader, w -> {});
 * l.labels();   // {jw=in, mw=in, ..., jmt=out, ...}
 * }</pre>
 */
public final class CarneadesLabelling {
  /** A statement's label. */
  public enum Label {
    /** Accepted. */
    IN,
    /** Rejected. */
    OUT,
    /** Neither. */
    UNDECIDED;

    /** Returns the label as Carneades writes it: {@code in}, {@code out} or {@code undecided}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final ImmutableMap<String, Label> labels;

  private CarneadesLabelling(ImmutableMap<String, Label> labels) {
    this.labels = labels;
  }

  /**
   * Reads a Carneades YAML file and labels its statements.
   *
   * @param in the YAML text; not closed
   * @param warnings told of what the reader ignored and of what could not be derived
   * @return the labelling
   * @throws dev.argmap.io.MapFormatException if the text is not a valid Carneades file
   * @throws IOException if reading fails
   */
  public static CarneadesLabelling read(Reader in, Consumer<ImportWarning> warnings) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    return of(GraphReader.read(in, warnings), warnings);
  }

  /**
   * Labels a map as Carneades would label it once written as a Carneades file by {@link CarneadesExporter}
   * (so a map read from a Carneades file is labelled as the file is).
   *
   * @param map the map
   * @return the labelling, under the keys the Carneades file has
   */
  public static CarneadesLabelling of(ArgumentMap map) {
    Objects.requireNonNull(map, "map");
    return of(GraphReader.interpret(CarneadesExporter.build(map).document(), w -> {}), w -> {});
  }

  static CarneadesLabelling of(Graph graph, Consumer<ImportWarning> warnings) {
    Derivation.derive(graph, warnings);
    ImmutableMap.Builder<String, Label> b = ImmutableMap.builder();
    for (Map.Entry<Stmt, Graph.Label> e : Labeller.label(graph).entrySet()) {
      b.put(e.getKey().key, Label.valueOf(e.getValue().name()));
    }
    return new CarneadesLabelling(b.buildOrThrow());
  }

  /**
   * Returns each statement's label, under its key as the file writes it, in the order of the file; the
   * statements that argument schemes derived follow, under their terms.
   *
   * @return the labels
   */
  public ImmutableMap<String, Label> labels() {
    return labels;
  }
}
