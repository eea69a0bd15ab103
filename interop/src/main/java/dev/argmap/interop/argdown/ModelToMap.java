package dev.argmap.interop.argdown;

import dev.argmap.io.MapFormatException;
import dev.argmap.io.ImportWarning;

import dev.argmap.interop.internal.Framework;

import dev.argmap.interop.argdown.ArgdownModel.End;
import dev.argmap.interop.argdown.ArgdownModel.Relation;
import dev.argmap.interop.argdown.ArgdownModel.RelationType;
import dev.argmap.interop.argdown.ArgdownModel.Step;
import dev.argmap.interop.internal.Names;
import dev.argmap.interop.internal.Theses;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ConclusionId;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.Polarity;
import dev.argmap.model.Statement;
import dev.argmap.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns an {@link ArgdownModel} into a map, by the rules {@link ArgdownImporter} describes. Also used by the
 * tests on the model that the reference parser's JSON output describes.
 */
final class ModelToMap {
  private final ArgdownModel model;
  private final Consumer<ImportWarning> warnings;
  private final Map<String, StatementId> statementIds = new HashMap<>();
  private final Map<String, StatementId> descriptionIds = new HashMap<>();
  private final Map<String, ArgumentId> argumentIds = new HashMap<>();
  private final Map<String, List<ArgumentId>> stepIds = new HashMap<>();
  private final Names statementNames = new Names();
  private final Names argumentNames = new Names();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Argument> arguments = new ArrayList<>();
  private final Set<String> seenRelations = new HashSet<>();
  private final Set<String> sketchedUsed = new HashSet<>();
  private final List<Framework.SelfEdge> selfEdges = new ArrayList<>();
  /** Generated conclusion statement titles folded into their argument, with the relation they carry. */
  private final Map<String, Relation> folded = new LinkedHashMap<>();

  private ModelToMap(ArgdownModel model, Consumer<ImportWarning> warnings) {
    this.model = model;
    this.warnings = warnings;
  }

  /**
   * Builds the map of a model.
   *
   * @param model the model
   * @param warnings told of what is tolerated
   * @return the map
   * @throws MapFormatException if the model makes no valid map
   */
  static ArgumentMap build(ArgdownModel model, Consumer<ImportWarning> warnings) {
    return new ModelToMap(model, warnings).build();
  }

  private ArgumentMap build() {
    findFolded();
    assignStatementIds();
    assignArgumentIds();
    for (ArgdownModel.Statement s : model.statements.values()) {
      if (!folded.containsKey(s.title)) {
        statements.add(statement(s));
      }
    }
    for (ArgdownModel.Argument a : model.arguments.values()) {
      if (a.steps.isEmpty()) {
        statements.add(description(a));
      }
    }
    if (statements.isEmpty()) {
      throw new MapFormatException("the document holds no statement; a map needs at least one");
    }
    // in the order the arguments appear as paragraphs of their own, as the text lists them (a relation
    // may name an argument before its own paragraph); those that never do, after them
    List<ArgdownModel.Argument> inOrder = new ArrayList<>(model.arguments.values());
    inOrder.sort(Comparator.comparingInt(a -> a.appearance == 0 ? Integer.MAX_VALUE : a.appearance));
    for (ArgdownModel.Argument a : inOrder) {
      steps(a);
    }
    Set<Relation> consumed = new HashSet<>(folded.values());
    for (Relation r : model.relations) {
      if (!consumed.contains(r)) {
        relation(r);
      }
    }
    List<StatementId> theses = new ArrayList<>();
    for (ArgdownModel.Statement s : model.statements.values()) {
      if (!folded.containsKey(s.title) && Boolean.TRUE.equals(s.data.get("thesis"))) {
        theses.add(statementIds.get(s.title));
      }
    }
    if (theses.isEmpty()) {
      theses = Theses.choose(statements, arguments);
    }
    ArgumentMap.Builder map = ArgumentMap.builder()
        .addStatements(statements)
        .addArguments(arguments)
        .addTheses(theses);
    if (model.title != null) {
      map.title(model.title);
    }
    if (model.description != null) {
      map.description(model.description);
    }
    Framework.selfEdgeExtension(selfEdges).ifPresent(x -> map.putExtension(Framework.EXTENSION, x));
    try {
      return map.build();
    } catch (InvalidMapException e) {
      throw new MapFormatException("the document does not make a valid map: " + e.getMessage(), 0, 0, e);
    }
  }

  /** Conclusions marked {@code {argmap: conclusion}} that carry exactly one relation of one argument. */
  private void findFolded() {
    Map<String, List<ArgdownModel.Argument>> owners = new HashMap<>();
    Set<String> usedElsewhere = new HashSet<>();
    for (ArgdownModel.Argument a : model.arguments.values()) {
      for (int k = 0; k < a.steps.size(); k++) {
        Step step = a.steps.get(k);
        usedElsewhere.addAll(step.premises);
        if (a.steps.size() == 1) {
          owners.computeIfAbsent(step.conclusion, t -> new ArrayList<>()).add(a);
        } else {
          usedElsewhere.add(step.conclusion);
        }
      }
    }
    Map<String, List<Relation>> relationsOf = new HashMap<>();
    for (Relation r : model.relations) {
      if (!r.from().argument()) {
        relationsOf.computeIfAbsent(r.from().title(), t -> new ArrayList<>()).add(r);
      }
      if (!r.to().argument() && !r.to().equals(r.from())) {
        relationsOf.computeIfAbsent(r.to().title(), t -> new ArrayList<>()).add(r);
      }
    }
    for (ArgdownModel.Statement s : marked()) {
      List<ArgdownModel.Argument> own = owners.getOrDefault(s.title, List.of());
      List<Relation> rels = relationsOf.getOrDefault(s.title, List.of());
      if (own.size() == 1 && !usedElsewhere.contains(s.title) && rels.size() == 1
          && rels.get(0).from().equals(new End(false, s.title))
          && rels.get(0).type() != RelationType.CONTRADICTION) {
        folded.put(s.title, rels.get(0));
      } else {
        warnings.accept(new ImportWarning(s.line, s.column, "[" + s.title + "] is marked as the conclusion of"
            + " one argument's relation, but is not the conclusion of exactly one argument with exactly one"
            + " outgoing relation; it is read as an ordinary statement"));
      }
    }
  }

  private List<ArgdownModel.Statement> marked() {
    List<ArgdownModel.Statement> marked = new ArrayList<>();
    for (ArgdownModel.Statement s : model.statements.values()) {
      if ("conclusion".equals(s.data.get("argmap"))) {
        marked.add(s);
      }
    }
    return marked;
  }

  private void assignStatementIds() {
    for (ArgdownModel.Statement s : model.statements.values()) {
      if (!folded.containsKey(s.title) && s.data.get("id") instanceof String id && isId(id)
          && statementNames.reserve(id)) {
        statementIds.put(s.title, StatementId.of(id));
      }
    }
    for (ArgdownModel.Statement s : model.statements.values()) {
      if (!folded.containsKey(s.title) && !statementIds.containsKey(s.title)) {
        statementIds.put(s.title, StatementId.of(statementNames.claim(Names.slug(s.title))));
      }
    }
    for (ArgdownModel.Argument a : model.arguments.values()) {
      if (a.steps.isEmpty()) {
        descriptionIds.put(a.title, StatementId.of(statementNames.claim(Names.slug(a.title))));
      }
    }
  }

  private void assignArgumentIds() {
    for (ArgdownModel.Argument a : model.arguments.values()) {
      if (a.data.get("id") instanceof String id && isId(id) && argumentNames.reserve(id)) {
        argumentIds.put(a.title, ArgumentId.of(id));
      }
    }
    for (ArgdownModel.Argument a : model.arguments.values()) {
      if (!argumentIds.containsKey(a.title)) {
        argumentIds.put(a.title, ArgumentId.of(argumentNames.claim(Names.slug(a.title))));
      }
    }
    for (ArgdownModel.Argument a : model.arguments.values()) {
      List<ArgumentId> ids = new ArrayList<>();
      for (int k = 0; k < a.steps.size() - 1; k++) {
        ids.add(ArgumentId.of(argumentNames.claim(argumentIds.get(a.title).value() + "." + (k + 1))));
      }
      ids.add(argumentIds.get(a.title));
      stepIds.put(a.title, ids);
    }
  }

  private static boolean isId(String s) {
    return !s.isBlank() && Names.valid(s).equals(s);
  }

  private Statement statement(ArgdownModel.Statement s) {
    StatementId id = statementIds.get(s.title);
    Statement.Builder b = Statement.builder().id(id)
        .text(s.data.get("text") instanceof String t && !t.isBlank() ? t
            : s.text == null || s.text.isBlank() ? s.title : s.text);
    if (s.data.get("title") instanceof String t && !t.isBlank()) {
      b.title(t);
    } else if (!s.untitled && !s.title.equals(id.value()) && !s.data.containsKey("title")) {
      b.title(s.title);
    }
    b.addAllTags(s.tags);
    if (s.data.get("tags") instanceof List<?> tags) {
      for (Object t : tags) {
        if (t != null && !t.toString().isBlank()) {
          b.addTags(t.toString());
        }
      }
    }
    if (s.data.get("notes") instanceof String n && !n.isBlank()) {
      b.notes(n);
    }
    return b.build();
  }

  private Statement description(ArgdownModel.Argument a) {
    return Statement.builder().id(descriptionIds.get(a.title))
        .text(a.description == null || a.description.isBlank() ? a.title : a.description)
        .title(a.title)
        .addAllTags(a.tags)
        .build();
  }

  private void steps(ArgdownModel.Argument a) {
    List<ArgumentId> ids = stepIds.get(a.title);
    for (int k = 0; k < a.steps.size(); k++) {
      Step step = a.steps.get(k);
      boolean last = k == a.steps.size() - 1;
      Relation fold = last ? folded.get(step.conclusion) : null;
      Argument.Builder b = Argument.builder().id(ids.get(k));
      Set<StatementId> premises = new LinkedHashSet<>();
      for (String p : step.premises) {
        premises.add(premise(new End(false, p)));
      }
      ConclusionId conclusion;
      Polarity polarity;
      if (fold != null) {
        conclusion = target(fold.to(), fold.type(), fold.step());
        polarity = fold.type() == RelationType.SUPPORT ? Polarity.SUPPORTS : Polarity.ATTACKS;
      } else {
        conclusion = statementIds.get(step.conclusion);
        polarity = Polarity.SUPPORTS;
      }
      if (premises.contains(conclusion)) {
        warnings.accept(new ImportWarning(step.line, 0, "step " + (k + 1) + " of <" + a.title
            + "> concludes one of its own premises; it is not taken into the map"));
        continue;
      }
      b.addAllPremises(premises).conclusion(conclusion).polarity(polarity);
      if (!step.rules.isEmpty()) {
        b.scheme(String.join(", ", step.rules));
      }
      if (last) {
        details(a, b);
      }
      arguments.add(b.build());
    }
  }

  /** Label, notes and weight of an argument from its title, description and data. */
  private void details(ArgdownModel.Argument a, Argument.Builder b) {
    ArgumentId id = argumentIds.get(a.title);
    if (a.data.get("label") instanceof String l && !l.isBlank()) {
      b.label(l);
    } else if (!a.untitled && !a.title.equals(id.value()) && !a.data.containsKey("label")) {
      b.label(a.title);
    }
    if (a.data.get("notes") instanceof String n && !n.isBlank()) {
      b.notes(n);
    } else if (a.description != null && !a.description.isBlank()) {
      b.notes(a.description);
    }
    // a scheme with line breaks, which the inference bar cannot hold
    if (a.data.get("scheme") instanceof String r && !r.isBlank()) {
      b.scheme(r);
    }
    Object weight = a.data.get("weight");
    if (weight instanceof Number w) {
      double v = w.doubleValue();
      if (v >= 0.0 && v <= 1.0) {
        b.weight(v);
      } else {
        warnings.accept(new ImportWarning(a.line, a.column, "the weight " + v + " of <" + a.title
            + "> is not in [0, 1]; it is ignored"));
      }
    }
  }

  /** The statement an end stands for as the premise of a relation. */
  private StatementId premise(End e) {
    if (!e.argument()) {
      return statementIds.get(e.title());
    }
    ArgdownModel.Argument a = model.arguments.get(e.title());
    if (a.steps.isEmpty()) {
      return descriptionIds.get(a.title);
    }
    String c = a.mainConclusion();
    if (folded.containsKey(c)) {
      return null;
    }
    return statementIds.get(c);
  }

  /** What an end stands for as the target of a relation. */
  private ConclusionId target(End e, RelationType type, int step) {
    if (!e.argument()) {
      return statementIds.get(e.title());
    }
    ArgdownModel.Argument a = model.arguments.get(e.title());
    if (a.steps.isEmpty()) {
      return descriptionIds.get(a.title);
    }
    List<ArgumentId> ids = stepIds.get(a.title);
    return step >= 0 && step < ids.size() ? ids.get(step) : ids.get(ids.size() - 1);
  }

  private void relation(Relation r) {
    if (r.type() == RelationType.CONTRADICTION) {
      if (r.from().argument() || r.to().argument()) {
        warnings.accept(new ImportWarning(r.line(), r.column(), "a contradiction (><) holds between"
            + " statements; with an argument it is read as two attacks"));
      }
      add(r, r.from(), r.to(), RelationType.ATTACK);
      add(r, r.to(), r.from(), RelationType.ATTACK);
      return;
    }
    RelationType type = r.type();
    if (type == RelationType.UNDERCUT && !r.to().argument()) {
      warnings.accept(new ImportWarning(r.line(), r.column(), "an undercut targets an argument's inference,"
          + " but [" + r.to().title() + "] is a statement; it is read as an attack"));
      type = RelationType.ATTACK;
    }
    add(r, r.from(), r.to(), type);
  }

  private void add(Relation r, End from, End to, RelationType type) {
    StatementId premise = premise(from);
    if (premise == null) {
      warnings.accept(new ImportWarning(r.line(), r.column(), "a relation from <" + from.title()
          + ">, whose conclusion stands for another relation, is skipped"));
      return;
    }
    ConclusionId conclusion = target(to, type, r.step());
    if (from.argument() && !to.argument() && type == RelationType.SUPPORT
        && model.arguments.get(from.title()).mainConclusion() != null
        && to.title().equals(model.arguments.get(from.title()).mainConclusion())) {
      return; // the argument's own conclusion: its structure already says so
    }
    if (premise.equals(conclusion)) {
      if (!from.argument() && !to.argument() && type != RelationType.UNDERCUT) {
        // a framework's self-attack or self-support: no argument can hold it, the extension does
        Framework.SelfEdge self = new Framework.SelfEdge(premise, type == RelationType.SUPPORT
            ? Framework.EdgeType.SUPPORT : Framework.EdgeType.ATTACK, 1.0);
        if (!selfEdges.contains(self)) {
          selfEdges.add(self);
        }
        return;
      }
      warnings.accept(new ImportWarning(r.line(), r.column(), "a relation from an argument to itself is"
          + " skipped"));
      return;
    }
    Polarity polarity = type == RelationType.SUPPORT ? Polarity.SUPPORTS : Polarity.ATTACKS;
    if (!seenRelations.add(premise + " " + conclusion + " " + (conclusion instanceof ArgumentId) + " "
        + polarity)) {
      return;
    }
    String id;
    if (from.argument() && model.arguments.get(from.title()).steps.isEmpty()) {
      ArgumentId own = argumentIds.get(from.title());
      id = sketchedUsed.add(from.title()) ? own.value() : argumentNames.claim(own.value());
    } else {
      String verb = type == RelationType.SUPPORT ? "-supports-"
          : type == RelationType.UNDERCUT ? "-undercuts-" : "-attacks-";
      id = argumentNames.claim(premise.value() + verb + conclusion);
    }
    arguments.add(Argument.builder().id(ArgumentId.of(id)).addPremises(premise).conclusion(conclusion)
        .polarity(polarity).build());
  }
}
