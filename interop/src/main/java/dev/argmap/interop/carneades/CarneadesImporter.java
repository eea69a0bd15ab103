package dev.argmap.interop.carneades;

import java.io.StringReader;
import dev.argmap.interop.internal.Limits;
import dev.argmap.io.ReadLimits;
import dev.argmap.io.ImportWarning;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.carneades.Graph.Premise;
import dev.argmap.interop.carneades.Graph.Stmt;
import dev.argmap.interop.internal.Json;
import dev.argmap.interop.internal.Theses;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a Carneades 4 argument graph in YAML (the format of Carneades' {@code examples/AGs/YAML}) into a map.
 *
 * <ul>
 *   <li>Every statement is a statement; its identifier is its key as a term without layout
 *       ({@code initiates(wfh_order, wfh_required, 1)} becomes {@code initiates(wfh_order,wfh_required,1)},
 *       as Carneades compares keys), its text the text (the key when it has none).
 *   <li>Every argument with a premise is a supporting argument with the same identifier, its premises in the
 *       order of the file (role names are kept in the extension), its scheme when it names one.
 *   <li>An argument's undercutter {@code u} becomes an attacking argument {@code ID.undercut} from statement
 *       {@code u} against the argument: when {@code u} is in, the argument's inference is attacked. Arguments
 *       that conclude {@code u} support it as any statement.
 *   <li>Theses: the statements that conclude an argument and are the premise of none (argmap's rule for
 *       formats without theses). Title and description come from {@code meta: title} and {@code notes}.
 *   <li>Issues and their proof standards, assumptions, argument schemes, weighing functions, issue schemes,
 *       the language, references, the tests, premise roles, metadata, and arguments without premises (which a
 *       map cannot hold) are kept with the rest of the document in the map's {@code "carneades"} extension,
 *       from which {@link CarneadesExporter} writes them back.
 * </ul>
 *
 * <p>The reader is bounded (see {@code docs/formats/carneades.md}: size, nesting, and aliases counted as what
 * they stand for, so an alias bomb fails cleanly). What Carneades rejects (a premise, conclusion, position or
 * undercutter that is no statement, a statement at two issues, an unknown proof standard, scheme or weighing
 * function) is an {@link dev.argmap.io.MapFormatException} with the line and column. Warnings: keys
 * Carneades ignores, statements that are one term, arguments the map cannot hold. Immutable and thread-safe.
 */
public final class CarneadesImporter implements MapImporter {
  /** The namespace of the map extension that keeps the document, as JSON. */
  public static final String EXTENSION = "carneades";

  /** Creates the importer. */
  public CarneadesImporter() {}

  @Override
  public MapFormat format() {
    return InteropFormats.CARNEADES;
  }

  @Override
  public ArgumentMap read(Reader in, Consumer<ImportWarning> warnings, ReadLimits limits) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    String text = Limits.read(in, limits, format());
    Graph graph = GraphReader.read(new StringReader(text), warnings);
    return toMap(graph, warnings);
  }

  static ArgumentMap toMap(Graph graph, Consumer<ImportWarning> warnings) {
    MapIds ids = new MapIds(graph);
    Json.Obj doc = graph.document;
    List<Statement> statements = new ArrayList<>();
    for (Stmt s : graph.statements.values()) {
      if (!s.derived) {
        String text = s.text.isBlank() ? s.key : s.text.strip();
        statements.add(Statement.builder().id(StatementId.of(ids.statements.get(s.id))).text(text).build());
      }
    }
    if (statements.isEmpty()) {
      throw new dev.argmap.io.MapFormatException("the file has no statement; a map needs at least one",
          doc.line(), doc.column());
    }
    Json.Obj argsDoc = doc.get("arguments") instanceof Json.Obj o ? o : new Json.Obj();
    List<Argument> arguments = new ArrayList<>();
    for (Arg a : graph.arguments.values()) {
      Json.Node at = argsDoc.get(a.id) != null ? argsDoc.get(a.id) : doc;
      if (a.premises.isEmpty()) {
        warnings.accept(new ImportWarning(at.line(), at.column(), "argument " + a.id + " has no premises, which"
            + " a map's arguments need; kept only in the map's carneades extension (and in its labels)"));
        continue;
      }
      if (!MapIds.fitsMap(a)) {
        warnings.accept(new ImportWarning(at.line(), at.column(), "argument " + a.id + " has its conclusion"
            + " among its premises, which a map cannot hold; kept only in the map's carneades extension"));
        continue;
      }
      Set<StatementId> premises = new LinkedHashSet<>();
      for (Premise p : a.premises) {
        if (!premises.add(StatementId.of(ids.statements.get(p.stmt().id)))) {
          warnings.accept(new ImportWarning(at.line(), at.column(), "argument " + a.id + " names premise "
              + p.stmt().key + " twice; listed once"));
        }
      }
      Argument.Builder b = Argument.builder()
          .id(ArgumentId.of(ids.arguments.get(a.id)))
          .polarity(Polarity.SUPPORTS)
          .conclusion(StatementId.of(ids.statements.get(a.conclusion.id)))
          .addAllPremises(premises);
      if (argsDoc.get(a.id) instanceof Json.Obj ao && ao.get("scheme") instanceof Json.Str scheme
          && !scheme.value().isBlank()) {
        b.scheme(scheme.value().strip());
      }
      arguments.add(b.build());
    }
    for (Arg a : graph.arguments.values()) {
      if (a.undercutter.isPresent() && MapIds.fitsMap(a)) {
        arguments.add(Argument.builder()
            .id(ArgumentId.of(ids.argumentNames.claim(MapIds.undercutName(ids.arguments.get(a.id)))))
            .polarity(Polarity.ATTACKS)
            .conclusion(ArgumentId.of(ids.arguments.get(a.id)))
            .addPremises(StatementId.of(ids.statements.get(a.undercutter.get().id)))
            .build());
      }
    }
    ArgumentMap.Builder map = ArgumentMap.builder()
        .addStatements(statements)
        .addArguments(arguments)
        .addTheses(Theses.choose(statements, arguments))
        .putExtension(EXTENSION, Json.write(doc, false));
    if (doc.get("meta") instanceof Json.Obj meta) {
      text(meta, "title").ifPresent(map::title);
      text(meta, "notes").or(() -> text(meta, "description")).ifPresent(map::description);
    }
    return map.build();
  }

  private static java.util.Optional<String> text(Json.Obj o, String key) {
    return o.get(key) instanceof Json.Str s && !s.value().isBlank()
        ? java.util.Optional.of(s.value().strip()) : java.util.Optional.empty();
  }
}
