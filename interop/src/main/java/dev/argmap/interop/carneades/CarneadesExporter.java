package dev.argmap.interop.carneades;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.MapExporter;
import dev.argmap.io.Loss;
import dev.argmap.io.LossReport;
import dev.argmap.io.MapFormat;
import dev.argmap.interop.InteropFormats;

import com.google.common.collect.ImmutableList;

import dev.argmap.interop.carneades.Graph.Arg;
import dev.argmap.interop.internal.Json;
import dev.argmap.interop.internal.Losses;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a map as a Carneades 4 YAML argument graph.
 *
 * <ul>
 *   <li>Statements become statements (text and key); supporting arguments with a statement as conclusion
 *       become arguments with a premise list and a conclusion, and their scheme when Carneades knows it (one
 *       of linked, convergent, cumulative, factorized, or a scheme of the file the map was read from).
 *   <li>Attacks on an argument become that argument's undercutter: the attack's single premise when there is
 *       one such attack with one premise, else a statement {@code ¬app(ID)} that each attack argues for.
 *   <li>An attack on a statement {@code c} becomes an argument for a statement {@code ¬c} (made when absent),
 *       a position of an issue with {@code c}: Carneades has no con arguments, and this is its own way of
 *       writing one.
 *   <li>A map read from a Carneades file (with the {@code "carneades"} extension) gets back its keys, issues,
 *       proof standards, assumptions, schemes, weighing functions, issue schemes, language, references,
 *       tests, premise roles and metadata, and the arguments without premises, as far as the statements they
 *       name are still in the map.
 * </ul>
 *
 * <p>What Carneades cannot hold (evidence, sources, weights, statement titles, tags and notes, argument
 * labels and notes, supports of arguments, schemes it does not know) is left out; {@link #losses} lists it,
 * and the command line prints it as warnings. Immutable and thread-safe.
 */
public final class CarneadesExporter implements MapExporter {
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .build();

  /** Creates the exporter. */
  public CarneadesExporter() {}

  @Override
  public MapFormat format() {
    return InteropFormats.CARNEADES;
  }

  @Override
  public void write(ArgumentMap map, Writer out) throws IOException {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(out, "out");
    out.write(yaml(build(map).document));
    out.flush();
  }

  /**
   * Counts what writing a map in Carneades YAML leaves out, by kind, as every exporter does; {@link
   * #lossDetails} names the elements.
   *
   * @param map the map
   * @return the report, empty when the file holds everything the map holds
   */
  @Override
  public LossReport losses(ArgumentMap map) {
    Map<Loss.Kind, Integer> kinds = new EnumMap<>(build(Objects.requireNonNull(map, "map")).kinds);
    for (Loss loss : Losses.report(InteropFormats.CARNEADES, map).losses()) {
      kinds.merge(loss.kind(), loss.count(), Integer::sum);
    }
    ImmutableList.Builder<Loss> losses = ImmutableList.builder();
    for (Loss.Kind kind : Loss.Kind.values()) {
      Integer n = kinds.get(kind);
      if (n != null && n > 0) {
        losses.add(new Loss(kind, n));
      }
    }
    return new LossReport(losses.build());
  }

  /**
   * Lists what writing a map in Carneades YAML leaves out or writes differently, one line per kind with the
   * count and the elements, for example {@code "2 evidence items (Carneades has no evidence or sources)"}.
   *
   * @param map the map
   * @return the details, empty when the file holds everything the map holds as the map holds it
   */
  public ImmutableList<String> lossDetails(ArgumentMap map) {
    return ImmutableList.copyOf(build(Objects.requireNonNull(map, "map")).losses);
  }

  /** A document built from a map, and what it left out. */
  record Built(Json.Obj document, List<String> losses, Map<Loss.Kind, Integer> kinds) {}

  static Built build(ArgumentMap map) {
    return new Builder(map).build();
  }

  private static final class Builder {
    private final ArgumentMap map;
    private final Json.Obj original;
    private final Graph originalGraph;
    private final List<String> losses = new ArrayList<>();
    /** What is left out that depends on the element (schemes, supports of arguments, attacks), by kind. */
    private final Map<Loss.Kind, Integer> kinds = new EnumMap<>(Loss.Kind.class);
    /** Map statement id to the key written. */
    private final Map<StatementId, String> keys = new LinkedHashMap<>();
    /** Map argument id to the key written. */
    private final Map<ArgumentId, String> argKeys = new LinkedHashMap<>();
    private final Json.Obj statements = new Json.Obj();
    private final Json.Obj issues = new Json.Obj();
    private final Json.Obj arguments = new Json.Obj();

    Builder(ArgumentMap map) {
      this.map = map;
      String ext = map.extensions().get(CarneadesImporter.EXTENSION);
      Json.Obj doc = new Json.Obj();
      Graph g = null;
      if (ext != null) {
        try {
          if (Json.parse(ext) instanceof Json.Obj o) {
            doc = o;
            g = GraphReader.interpret(o, w -> {});
          }
        } catch (MapFormatException e) {
          throw new MapFormatException("the map's carneades extension is not a Carneades document: " + e.problem(),
              0, 0, e);
        }
      }
      this.original = doc;
      this.originalGraph = g;
    }

    Built build() {
      Json.Obj out = new Json.Obj();
      Json.Obj meta = original.get("meta") instanceof Json.Obj m ? m : new Json.Obj();
      if (meta.members().isEmpty()) {
        map.title().ifPresent(t -> meta.put("title", t));
        map.description().ifPresent(d -> meta.put("notes", d));
      }
      if (!meta.members().isEmpty()) {
        out.put("meta", meta);
      }
      for (String k : List.of("language", "weighing_functions", "argument_schemes", "issue_schemes")) {
        copy(k, out);
      }
      writeStatements();
      writeOriginalIssues();
      writeArguments();
      out.put("statements", statements);
      inOriginalOrder(arguments, original.get("arguments"));
      if (!issues.members().isEmpty()) {
        out.put("issues", issues);
      }
      writeAssumptions(out);
      if (!arguments.members().isEmpty()) {
        out.put("arguments", arguments);
      }
      copy("references", out);
      writeTests(out);
      for (Map.Entry<String, Json.Node> e : original.members().entrySet()) {
        if (!out.members().containsKey(e.getKey()) && !List.of("statements", "issues", "arguments",
            "assumptions", "tests", "meta").contains(e.getKey())) {
          out.put(e.getKey(), e.getValue());
        }
      }
      reportLosses();
      return new Built(out, losses, kinds);
    }

    /** Puts the members that the original mapping has first, in its order; the others follow as they are. */
    private static void inOriginalOrder(Json.Obj obj, Json.Node originalNode) {
      if (!(originalNode instanceof Json.Obj originalObj)) {
        return;
      }
      Map<String, Json.Node> all = new LinkedHashMap<>(obj.members());
      obj.members().clear();
      for (String key : originalObj.members().keySet()) {
        Json.Node n = all.remove(key);
        if (n != null) {
          obj.put(key, n);
        }
      }
      all.forEach(obj::put);
    }

    private void copy(String key, Json.Obj out) {
      Json.Node n = original.get(key);
      if (n != null && !(n instanceof Json.Null)) {
        out.put(key, n);
      }
    }

    /** The original statement entries, by map identifier. */
    private Map<String, Map.Entry<String, Json.Node>> originalStatements() {
      Map<String, Map.Entry<String, Json.Node>> byId = new HashMap<>();
      if (originalGraph != null && original.get("statements") instanceof Json.Obj st) {
        MapIds ids = new MapIds(originalGraph);
        for (Map.Entry<String, Json.Node> e : st.members().entrySet()) {
          String mapId = ids.statements.get(Term.normalize(e.getKey()));
          if (mapId != null) {
            byId.put(mapId, e);
          }
        }
      }
      return byId;
    }

    private void writeStatements() {
      Map<String, Map.Entry<String, Json.Node>> originals = originalStatements();
      Set<String> used = new HashSet<>();
      for (Statement s : map.statements()) {
        Map.Entry<String, Json.Node> o = originals.get(s.id().value());
        String key = o != null ? o.getKey() : s.id().value();
        if (!used.add(Term.normalize(key))) {
          key = s.id().value();
          used.add(Term.normalize(key));
        }
        keys.put(s.id(), key);
        if (o != null && o.getValue() instanceof Json.Obj entry) {
          Json.Obj copy = new Json.Obj();
          copy.put("text", s.text());
          for (Map.Entry<String, Json.Node> m : entry.members().entrySet()) {
            if (!m.getKey().equals("text")) {
              copy.put(m.getKey(), m.getValue());
            }
          }
          statements.put(key, copy);
        } else {
          statements.put(key, s.text());
        }
      }
    }

    private boolean hasStatement(String key) {
      return statements.get(key) != null || keys.containsValue(key);
    }

    private void writeArguments() {
      Map<String, String> originalArgIds = new HashMap<>(); // map id -> original key
      Json.Obj originalArgs = original.get("arguments") instanceof Json.Obj o ? o : new Json.Obj();
      if (originalGraph != null) {
        MapIds ids = new MapIds(originalGraph);
        ids.arguments.forEach((key, mapId) -> originalArgIds.put(mapId, key));
      }
      Map<ArgumentId, List<Argument>> undercuts = new LinkedHashMap<>();
      for (Argument a : map.arguments()) {
        if (a.conclusion() instanceof ArgumentId target && a.polarity() == Polarity.ATTACKS) {
          undercuts.computeIfAbsent(target, t -> new ArrayList<>()).add(a);
        }
      }
      Set<String> writtenOriginals = new HashSet<>();
      for (Argument a : map.arguments()) {
        if (a.conclusion() instanceof StatementId && a.polarity() == Polarity.ATTACKS) {
          writeAttackOnStatement(a);
          continue;
        }
        if (!(a.conclusion() instanceof StatementId c)) {
          continue;
        }
        String key = originalArgIds.getOrDefault(a.id().value(), a.id().value());
        writtenOriginals.add(key);
        argKeys.put(a.id(), key);
        Json.Obj entry = new Json.Obj();
        Json.Obj before = originalArgs.get(key) instanceof Json.Obj b ? b : new Json.Obj();
        entry.put("conclusion", keys.get(c));
        entry.put("premises", premises(a, before));
        a.scheme().ifPresent(s -> {
          if (originalGraph != null ? originalGraph.schemes.containsKey(s) : Weigher.BASIC.containsKey(s)) {
            entry.put("scheme", s);
          } else {
            kinds.merge(Loss.Kind.ARGUMENT_SCHEMES, 1, Integer::sum);
            losses.add("argument " + a.id() + ": scheme \"" + s + "\" is no Carneades scheme (not linked,"
                + " convergent, cumulative, factorized or one the file declares); left out");
          }
        });
        for (Map.Entry<String, Json.Node> m : before.members().entrySet()) {
          if (!List.of("conclusion", "premises", "scheme", "undercutter").contains(m.getKey())) {
            entry.put(m.getKey(), m.getValue());
          }
        }
        arguments.put(key, entry);
      }
      // undercutters, after every argument has its key
      for (Map.Entry<ArgumentId, List<Argument>> e : undercuts.entrySet()) {
        String target = argKeys.get(e.getKey());
        if (target == null) {
          continue; // an attack on an attack: reported below
        }
        List<Argument> attackers = e.getValue();
        Json.Obj entry = (Json.Obj) arguments.get(target);
        if (attackers.size() == 1 && attackers.get(0).premises().size() == 1) {
          entry.put("undercutter", keys.get(attackers.get(0).premises().get(0)));
          continue;
        }
        String u = "¬app(" + target + ")";
        if (!hasStatement(u)) {
          statements.put(u, u);
        }
        entry.put("undercutter", u);
        for (Argument attacker : attackers) {
          Json.Obj ua = new Json.Obj();
          ua.put("conclusion", u);
          ua.put("premises", premises(attacker, new Json.Obj()));
          arguments.put(fresh(attacker.id().value()), ua);
        }
      }
      // arguments of the file that the map could not hold
      if (originalGraph != null) {
        for (Arg a : originalGraph.arguments.values()) {
          if (MapIds.fitsMap(a) || writtenOriginals.contains(a.id) || arguments.get(a.id) != null) {
            continue;
          }
          boolean present = hasStatement(a.conclusion.key)
              && a.premises.stream().allMatch(p -> hasStatement(p.stmt().key))
              && a.undercutter.map(u -> hasStatement(u.key)).orElse(true);
          if (present && originalArgs.get(a.id) != null) {
            arguments.put(a.id, originalArgs.get(a.id));
          }
        }
      }
    }

    private String fresh(String wanted) {
      String key = wanted;
      for (int k = 2; arguments.get(key) != null; k++) {
        key = wanted + "-" + k;
      }
      return key;
    }

    /** The premises: with the file's roles when the map kept the same premises, else a list. */
    private Json.Node premises(Argument a, Json.Obj before) {
      if (before.get("premises") instanceof Json.Obj roles) {
        Set<String> same = new HashSet<>();
        for (Json.Node n : roles.members().values()) {
          if (n instanceof Json.Str s) {
            same.add(Term.normalize(s.value()));
          }
        }
        Set<String> now = new HashSet<>();
        for (StatementId p : a.premises()) {
          now.add(Term.normalize(keys.get(p)));
        }
        if (same.equals(now) && roles.members().size() == a.premises().size()) {
          return roles;
        }
      }
      Json.Arr list = new Json.Arr();
      for (StatementId p : a.premises()) {
        list.items().add(new Json.Str(keys.get(p)));
      }
      return list;
    }

    private void writeOriginalIssues() {
      if (!(original.get("issues") instanceof Json.Obj orig)) {
        return;
      }
      for (Map.Entry<String, Json.Node> e : orig.members().entrySet()) {
        if (!(e.getValue() instanceof Json.Obj issue)) {
          continue;
        }
        Json.Arr positions = new Json.Arr();
        Json.Node p = issue.get("positions");
        List<Json.Node> items = p instanceof Json.Arr a ? a.items() : p == null ? List.of() : List.of(p);
        for (Json.Node item : items) {
          if (item instanceof Json.Str s && hasStatement(keyFor(s.value()))) {
            positions.items().add(new Json.Str(keyFor(s.value())));
          }
        }
        if (positions.items().isEmpty()) {
          continue;
        }
        Json.Obj copy = new Json.Obj();
        for (Map.Entry<String, Json.Node> m : issue.members().entrySet()) {
          copy.put(m.getKey(), m.getKey().equals("positions") ? positions : m.getValue());
        }
        issues.put(e.getKey(), copy);
      }
    }

    /** The key now written for a key of the original file (the same, unless it was renamed). */
    private String keyFor(String originalKey) {
      String id = Term.normalize(originalKey);
      for (String k : keys.values()) {
        if (Term.normalize(k).equals(id)) {
          return k;
        }
      }
      return originalKey;
    }

    private void writeAttackOnStatement(Argument a) {
      {
        StatementId c = (StatementId) a.conclusion();
        String key = keys.get(c);
        String negation = "¬" + key;
        if (!hasStatement(negation)) {
          String text = map.statement(c).map(Statement::text).orElse(key);
          statements.put(negation, "¬" + text);
        }
        Json.Obj issue = issueOf(key);
        if (issue == null) {
          issue = issueOf(negation);
        }
        if (issue == null) {
          issue = new Json.Obj();
          issue.put("positions", new Json.Arr());
          int n = issues.members().size() + 1;
          while (issues.get("i" + n) != null) {
            n++;
          }
          issues.put("i" + n, issue);
        }
        Json.Arr positions = (Json.Arr) issue.get("positions");
        for (String k : List.of(key, negation)) {
          if (positions.items().stream().noneMatch(x -> x instanceof Json.Str s && s.value().equals(k))) {
            positions.items().add(new Json.Str(k));
          }
        }
        Json.Obj entry = new Json.Obj();
        entry.put("conclusion", negation);
        entry.put("premises", premises(a, new Json.Obj()));
        String argKey = fresh(a.id().value());
        argKeys.put(a.id(), argKey);
        arguments.put(argKey, entry);
      }
    }

    private Json.Obj issueOf(String key) {
      for (Json.Node n : issues.members().values()) {
        if (n instanceof Json.Obj issue && issue.get("positions") instanceof Json.Arr positions
            && positions.items().stream().anyMatch(x -> x instanceof Json.Str s && s.value().equals(key))) {
          return issue;
        }
      }
      return null;
    }

    private void writeAssumptions(Json.Obj out) {
      Json.Node a = original.get("assumptions");
      if (a == null || a instanceof Json.Null) {
        return;
      }
      List<Json.Node> items = a instanceof Json.Arr arr ? arr.items() : List.of(a);
      Json.Arr kept = new Json.Arr();
      for (Json.Node item : items) {
        if (!(item instanceof Json.Str s)) {
          continue;
        }
        boolean wasStatement = originalGraph != null && originalGraph.statement(s.value()) != null;
        if (!wasStatement) {
          kept.items().add(item); // a fact of the theory, not a statement
        } else if (hasStatement(keyFor(s.value()))) {
          kept.items().add(new Json.Str(keyFor(s.value())));
        }
      }
      if (!kept.items().isEmpty()) {
        out.put("assumptions", kept);
      }
    }

    private void writeTests(Json.Obj out) {
      if (!(original.get("tests") instanceof Json.Obj tests)) {
        return;
      }
      Json.Obj kept = new Json.Obj();
      for (Map.Entry<String, Json.Node> e : tests.members().entrySet()) {
        List<Json.Node> items = e.getValue() instanceof Json.Arr arr ? arr.items()
            : e.getValue() instanceof Json.Null ? List.of() : List.of(e.getValue());
        Json.Arr list = new Json.Arr();
        for (Json.Node item : items) {
          if (item instanceof Json.Str s) {
            boolean wasStatement = originalGraph != null && originalGraph.statement(s.value()) != null;
            if (!wasStatement || hasStatement(keyFor(s.value()))) {
              list.items().add(wasStatement ? new Json.Str(keyFor(s.value())) : item);
            }
          }
        }
        kept.put(e.getKey(), list);
      }
      out.put("tests", kept);
    }

    private void reportLosses() {
      if (!map.evidence().isEmpty()) {
        losses.add(count(map.evidence().size(), "evidence item") + " (Carneades has no evidence or sources)");
      }
      if (!map.sources().isEmpty()) {
        losses.add(count(map.sources().size(), "source") + " (Carneades has no sources)");
      }
      List<String> weighted = new ArrayList<>();
      List<String> described = new ArrayList<>();
      List<String> supportsOfArguments = new ArrayList<>();
      List<String> attacksOnStatements = new ArrayList<>();
      for (Argument a : map.arguments()) {
        if (a.weight() != 1.0) {
          weighted.add(a.id().value());
        }
        if (a.label().isPresent() || a.notes().isPresent()) {
          described.add(a.id().value());
        }
        if (a.conclusion() instanceof ArgumentId target) {
          if (a.polarity() == Polarity.SUPPORTS) {
            supportsOfArguments.add(a.id().value());
          } else if (!argKeys.containsKey(target)) {
            supportsOfArguments.add(a.id().value());
          }
        } else if (a.polarity() == Polarity.ATTACKS) {
          attacksOnStatements.add(a.id().value());
        }
      }
      List<String> statementExtras = new ArrayList<>();
      for (Statement s : map.statements()) {
        if (s.title().isPresent() || !s.tags().isEmpty() || s.notes().isPresent()) {
          statementExtras.add(s.id().value());
        }
      }
      kinds.merge(Loss.Kind.SUPPORTS, supportsOfArguments.size(), Integer::sum);
      kinds.merge(Loss.Kind.ATTACKS_AS_NEGATIONS, attacksOnStatements.size(), Integer::sum);
      if (!weighted.isEmpty()) {
        losses.add(count(weighted.size(), "argument weight") + " (Carneades weighs arguments by their scheme): "
            + String.join(", ", weighted));
      }
      if (!described.isEmpty()) {
        losses.add(count(described.size(), "argument label or note") + ": " + String.join(", ", described));
      }
      if (!statementExtras.isEmpty()) {
        losses.add(count(statementExtras.size(), "statement title, tag or note") + ": "
            + String.join(", ", statementExtras));
      }
      if (!supportsOfArguments.isEmpty()) {
        losses.add(count(supportsOfArguments.size(), "argument") + " about another argument that Carneades"
            + " cannot hold (a support of an argument, or an attack on an attack): "
            + String.join(", ", supportsOfArguments));
      }
      if (!attacksOnStatements.isEmpty()) {
        losses.add(count(attacksOnStatements.size(), "attack") + " on a statement written as an argument for its"
            + " negation ¬c, a position of an issue with c (Carneades has no con arguments): "
            + String.join(", ", attacksOnStatements));
      }
    }

    private static String count(int n, String what) {
      return n + " " + what + (n == 1 ? "" : "s");
    }
  }

  /** Writes a document as YAML text. */
  static String yaml(Json.Obj doc) {
    java.io.StringWriter s = new java.io.StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), s)) {
      write(doc, g);
    } catch (JacksonException e) {
      throw new MapFormatException("cannot write the map as YAML: " + e.getOriginalMessage(), 0, 0, e);
    }
    return s.toString();
  }

  private static void write(Json.Node n, JsonGenerator g) {
    if (n instanceof Json.Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, Json.Node> e : o.members().entrySet()) {
        g.writeName(e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (n instanceof Json.Arr a) {
      g.writeStartArray();
      for (Json.Node item : a.items()) {
        write(item, g);
      }
      g.writeEndArray();
    } else if (n instanceof Json.Str s) {
      g.writeString(s.value());
    } else if (n instanceof Json.Num num) {
      g.writeNumber(num.text());
    } else if (n instanceof Json.Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }
}
