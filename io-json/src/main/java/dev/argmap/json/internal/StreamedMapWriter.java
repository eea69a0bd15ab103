package dev.argmap.json.internal;

import static dev.argmap.json.internal.Names.*;

import dev.argmap.model.Argument;
import dev.argmap.model.Evidence;
import dev.argmap.model.Source;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a map part by part, in the order of the format (title, description and theses; then
 * statements, arguments, evidence, sources, extensions), giving the same bytes as {@link MapWriter}
 * writes for the map with those parts. The title, description and theses are held until the first
 * element; each element is written when it is given.
 */
public final class StreamedMapWriter {
  private static final List<String> LISTS = List.of(STATEMENTS, ARGUMENTS, EVIDENCE, SOURCES);
  private static final int HEADER = -1;
  private static final int EXTENSIONS_PHASE = LISTS.size();
  private static final int DONE = LISTS.size() + 1;

  private final OutputStream out;
  private JsonGenerator g;
  private MapWriter writer;
  private int phase = HEADER;
  private String title;
  private String description;
  private final List<StatementId> theses = new ArrayList<>();
  private final Set<String> namespaces = new HashSet<>();

  /**
   * Writes to a stream, which is not closed.
   *
   * @param out where to write
   */
  public StreamedMapWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Sets the title; only before the first element. */
  public void title(String title) {
    header("title");
    this.title = Objects.requireNonNull(title, "title");
  }

  /** Sets the description; only before the first element. */
  public void description(String description) {
    header("description");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** Adds a thesis; only before the first element. */
  public void thesis(StatementId thesis) {
    header("a thesis");
    theses.add(Objects.requireNonNull(thesis, "thesis"));
  }

  /** Writes a statement: after the theses, before any argument. */
  public void statement(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    to(0, "a statement").statement(statement);
  }

  /** Writes an argument: after the statements, before any evidence. */
  public void argument(Argument argument) {
    Objects.requireNonNull(argument, "argument");
    to(1, "an argument").argument(argument);
  }

  /** Writes an evidence item: after the arguments, before any source. */
  public void evidence(Evidence evidence) {
    Objects.requireNonNull(evidence, "evidence");
    to(2, "an evidence item").evidence(evidence);
  }

  /** Writes a source: after the evidence, before any extension. */
  public void source(Source source) {
    Objects.requireNonNull(source, "source");
    to(3, "a source").source(source);
  }

  /** Writes one namespace of the extensions: last; each namespace once. */
  public void extension(String namespace, String data) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(data, "data");
    if (namespace.isBlank()) {
      throw new IllegalArgumentException("extension namespace \"" + namespace
          + "\" must not be blank");
    }
    if (!namespaces.add(namespace)) {
      throw new IllegalArgumentException("extension namespace \"" + namespace
          + "\" is given twice; give each namespace once");
    }
    to(EXTENSIONS_PHASE, "an extension").extension(namespace, data);
  }

  /** Ends the document: closes what is open and writes the lists not given as empty. */
  public void finish() {
    if (phase == DONE) {
      throw new IllegalStateException("the document is finished already");
    }
    to(EXTENSIONS_PHASE, "the end");
    if (!namespaces.isEmpty()) {
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeRaw('\n');
    g.close();
    phase = DONE;
  }

  private void header(String what) {
    if (phase != HEADER) {
      throw new IllegalStateException(what + " must be given before the first element, as the "
          + "format writes it first");
    }
  }

  /** Moves on to a phase, closing the lists before it and writing those skipped as empty. */
  private MapWriter to(int target, String what) {
    if (phase == DONE) {
      throw new IllegalStateException("the document is finished; " + what + " comes too late");
    }
    if (target < phase) {
      throw new IllegalStateException(what + " must come before "
          + (phase == EXTENSIONS_PHASE ? "the extensions" : "the " + LISTS.get(phase))
          + ": the format writes statements, arguments, evidence, sources, then extensions");
    }
    if (phase == HEADER) {
      g = JsonCodec.generator(out);
      writer = new MapWriter(g, true);
      writer.start(Optional.ofNullable(title), Optional.ofNullable(description), theses);
      phase = 0;
      g.writeArrayPropertyStart(LISTS.get(0));
    }
    while (phase < target) {
      g.writeEndArray();
      phase++;
      if (phase < LISTS.size()) {
        g.writeArrayPropertyStart(LISTS.get(phase));
      } else if (target == EXTENSIONS_PHASE && !what.equals("the end")) {
        g.writeObjectPropertyStart(EXTENSIONS);
      }
    }
    return writer;
  }
}
