package dev.argmap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An argument map: theses, the statements and arguments that hold them up or pull them down, the
 * evidence the statements rest on and the sources it comes from. Immutable and validated: an
 * instance exists only if it breaks no {@link MapRule rule} of severity {@link Severity#ERROR}.
 *
 * <pre>{@code
 * ArgumentMap map = ArgumentMap.builder()
 *     .thesis("t1", "Russia and China will not form a formal military alliance.")
 *     .statement("p1", "Neither side wants to be drawn into the other's conflicts.")
 *     .argument("a1", Polarity.SUPPORTS, "t1", "p1")
 *     .build();
 * map.argumentsFor(StatementId.of("t1"));   // [a1]
 * }</pre>
 *
 * <p><b>Equality.</b> Two maps are equal when they hold equal elements in the same order, with the
 * same title, description, theses and {@linkplain #extensions() extensions} (in the same order too);
 * the order is kept because files and outlines show elements in it.
 *
 * <p><b>Threads.</b> A map is immutable and safe to share between threads without synchronisation;
 * so are its elements. A {@link Builder} is not: use each one from one thread.
 *
 * <p><b>Queries.</b> A query that takes the identifier of an element ({@link #argumentsFor},
 * {@link #evidenceOf}, {@link #upstreamOf} and the others) throws {@link IllegalArgumentException}
 * when the map holds no such element, naming it and the nearest identifiers it does hold, so that a
 * typo is caught where it is made rather than read as "no arguments". The lookups that return an
 * {@link Optional} ({@link #statement}, {@link #argument}, ...) and {@link #contains} are the ways to
 * ask whether an element is there.
 *
 * <p><b>Editing.</b> A map is never changed; {@link #toBuilder()} starts a builder with everything
 * the map holds, in which elements can be added, replaced, updated and removed:
 *
 * <pre>{@code
 * ArgumentMap lighter = map.toBuilder().argumentWeight(ArgumentId.of("a1"), 0.5).build();
 * }</pre>
 */
public final class ArgumentMap {
  private final Optional<String> title;
  private final Optional<String> description;
  private final ImmutableList<StatementId> theses;
  // isThesis is asked once per statement by lint and the renderers: a set keeps that linear
  private final ImmutableSet<StatementId> thesisSet;
  // the elements in order, and the index the builder filled as they were added (a built map has
  // no repeated identifier, so each index maps every identifier to its element's position)
  private final ImmutableList<Statement> statements;
  private final ImmutableList<Argument> arguments;
  private final ImmutableList<Evidence> evidence;
  private final ImmutableList<Source> sources;
  private final IdIndex<StatementId> statementIndex;
  private final IdIndex<ArgumentId> argumentIndex;
  private final IdIndex<EvidenceId> evidenceIndex;
  private final IdIndex<SourceId> sourceIndex;
  private final ImmutableMap<String, String> extensions;
  private final ImmutableMap<CopyId, SourceId> copyOwners;
  // built by the first query that needs them rather than by build(): a map read only to be
  // written, converted or checked never asks them, and they cost about a quarter of a build
  private volatile QueryIndexes queryIndexes;
  private int hash;

  private ArgumentMap(Builder b, MapValidator.Result checked) {
    this.title = b.title;
    this.description = b.description;
    this.theses = ImmutableList.copyOf(b.theses);
    this.thesisSet = ImmutableSet.copyOf(theses);
    this.statements = ImmutableList.copyOf(b.statements.list);
    this.arguments = ImmutableList.copyOf(b.arguments.list);
    this.evidence = ImmutableList.copyOf(b.evidence.list);
    this.sources = ImmutableList.copyOf(b.sources.list);
    // the validator checked references through these; the map keeps them rather than index again
    this.statementIndex = checked.statements;
    this.argumentIndex = checked.arguments;
    this.evidenceIndex = checked.evidence;
    this.sourceIndex = checked.sources;
    this.copyOwners = checked.copyOwners;
    this.extensions = ImmutableMap.copyOf(b.extensions);
  }

  /**
   * The indexes behind the queries by conclusion, premise, statement and source. A map that two
   * threads query first at once may build them twice; both are equal, and the volatile field
   * publishes whichever is kept whole.
   */
  private QueryIndexes queryIndexes() {
    QueryIndexes q = queryIndexes;
    if (q == null) {
      q = new QueryIndexes(this);
      queryIndexes = q;
    }
    return q;
  }

  /** The elements grouped by what they point at, in the map's order. */
  private static final class QueryIndexes {
    final ImmutableListMultimap<ConclusionId, Argument> argumentsByConclusion;
    final ImmutableListMultimap<StatementId, Argument> argumentsByPremise;
    final ImmutableListMultimap<StatementId, Evidence> evidenceByStatement;
    final ImmutableListMultimap<SourceId, Evidence> evidenceBySource;

    QueryIndexes(ArgumentMap map) {
      ImmutableListMultimap.Builder<ConclusionId, Argument> byConclusion =
          ImmutableListMultimap.builderWithExpectedKeys(map.arguments.size());
      ImmutableListMultimap.Builder<StatementId, Argument> byPremise =
          ImmutableListMultimap.builderWithExpectedKeys(map.statements.size());
      for (Argument a : map.arguments) {
        byConclusion.put(a.conclusion(), a);
        List<StatementId> premises = a.premises();
        for (int j = 0; j < premises.size(); j++) {
          byPremise.put(premises.get(j), a);
        }
      }
      this.argumentsByConclusion = byConclusion.build();
      this.argumentsByPremise = byPremise.build();
      ImmutableListMultimap.Builder<StatementId, Evidence> byStatement =
          ImmutableListMultimap.builderWithExpectedKeys(map.statements.size());
      ImmutableListMultimap.Builder<SourceId, Evidence> bySource =
          ImmutableListMultimap.builderWithExpectedKeys(map.sources.size());
      for (Evidence e : map.evidence) {
        byStatement.put(e.statement(), e);
        bySource.put(e.source(), e);
        if (e.citedWork().isPresent()) {
          bySource.put(e.citedWork().get(), e);
        }
      }
      this.evidenceByStatement = byStatement.build();
      this.evidenceBySource = bySource.build();
    }
  }

  private Statement statementOrNull(StatementId id) {
    return elementOrNull(statements, statementIndex, id);
  }

  private Source sourceOrNull(SourceId id) {
    return elementOrNull(sources, sourceIndex, id);
  }

  private static <K extends ElementId, V> V elementOrNull(
      ImmutableList<V> values, IdIndex<K> index, K id) {
    int at = index.positionOf(id);
    return at < 0 ? null : values.get(at);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts with everything this map holds, to derive a changed map.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.description = description;
    b.theses.addAll(theses);
    b.statements.startWith(statements, statementIndex);
    b.arguments.startWith(arguments, argumentIndex);
    b.evidence.startWith(evidence, evidenceIndex);
    b.sources.startWith(sources, sourceIndex);
    b.extensions.putAll(extensions);
    return b;
  }

  /** {@return the title} */
  public Optional<String> title() {
    return title;
  }

  /** {@return a description of what the map covers} */
  public Optional<String> description() {
    return description;
  }

  /** {@return the identifiers of the theses, the claims under debate, in order} */
  public ImmutableList<StatementId> thesisIds() {
    return theses;
  }

  /** {@return the theses, the claims under debate, in order} */
  public ImmutableList<Statement> theses() {
    return theses.stream().map(this::statementOrNull).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a statement is a thesis.
   *
   * @param id the statement
   * @return whether the map names it as a thesis
   * @throws IllegalArgumentException if the map holds no such statement
   */
  public boolean isThesis(StatementId id) {
    return thesisSet.contains(requireKnown(id));
  }

  /**
   * Returns whether the map holds an element: a statement, an argument, an evidence item, a source
   * or a copy of a source.
   *
   * @param id the element's identifier
   * @return whether the map holds an element of that kind with that identifier
   */
  public boolean contains(ElementId id) {
    requireNonNull(id, "id");
    if (id instanceof StatementId s) {
      return statementIndex.contains(s);
    }
    if (id instanceof ArgumentId a) {
      return argumentIndex.contains(a);
    }
    if (id instanceof EvidenceId e) {
      return evidenceIndex.contains(e);
    }
    if (id instanceof SourceId s) {
      return sourceIndex.contains(s);
    }
    return copyOwners.containsKey((CopyId) id);
  }

  /** {@return {@code id} when the map holds it; otherwise throws, naming the nearest known ids} */
  private <T extends ElementId> T requireKnown(T id) {
    if (!contains(id)) {
      throw NearestIds.unknown(id, knownOfKind(id));
    }
    return id;
  }

  private Iterable<? extends ElementId> knownOfKind(ElementId id) {
    switch (id.kind()) {
      case STATEMENT:
        return statementIndex.keys();
      case ARGUMENT:
        return argumentIndex.keys();
      case EVIDENCE:
        return evidenceIndex.keys();
      case SOURCE:
        return sourceIndex.keys();
      default:
        return copyOwners.keySet();
    }
  }

  /** {@return every statement, in order} */
  public ImmutableList<Statement> statements() {
    return statements;
  }

  /** {@return every argument, in order} */
  public ImmutableList<Argument> arguments() {
    return arguments;
  }

  /** {@return every evidence item, in order} */
  public ImmutableList<Evidence> evidence() {
    return evidence;
  }

  /** {@return every source, in order} */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /**
   * Returns what other formats hold that this model has no concept for, kept verbatim so that an
   * exporter can write it back: namespace (for example {@code "aif"}) to the foreign data as text.
   *
   * @return the extensions, in the order they were added
   */
  public ImmutableMap<String, String> extensions() {
    return extensions;
  }

  /**
   * Returns a statement.
   *
   * @param id its identifier
   * @return the statement, or empty when the map has none with that identifier
   */
  public Optional<Statement> statement(StatementId id) {
    return Optional.ofNullable(statementOrNull(requireNonNull(id, "id")));
  }

  /**
   * Returns an argument.
   *
   * @param id its identifier
   * @return the argument, or empty when the map has none with that identifier
   */
  public Optional<Argument> argument(ArgumentId id) {
    return Optional.ofNullable(elementOrNull(arguments, argumentIndex, requireNonNull(id, "id")));
  }

  /**
   * Returns an evidence item.
   *
   * @param id its identifier
   * @return the evidence, or empty when the map has none with that identifier
   */
  public Optional<Evidence> evidence(EvidenceId id) {
    return Optional.ofNullable(elementOrNull(evidence, evidenceIndex, requireNonNull(id, "id")));
  }

  /**
   * Returns a source.
   *
   * @param id its identifier
   * @return the source, or empty when the map has none with that identifier
   */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sourceOrNull(requireNonNull(id, "id")));
  }

  /**
   * Returns the source that a copy belongs to.
   *
   * @param id the copy's identifier
   * @return the source, or empty when no source has that copy
   */
  public Optional<Source> sourceOfCopy(CopyId id) {
    return Optional.ofNullable(copyOwners.get(requireNonNull(id, "id"))).map(this::sourceOrNull);
  }

  /**
   * Returns a copy of a source.
   *
   * @param id the copy's identifier
   * @return the copy, or empty when no source has it
   */
  public Optional<SourceCopy> copy(CopyId id) {
    return sourceOfCopy(id).flatMap(s -> s.copy(id));
  }

  /**
   * Returns every argument whose conclusion is the given statement or argument.
   *
   * @param conclusion a statement or argument
   * @return the arguments for and against it, in order
   * @throws IllegalArgumentException if the map holds no such statement or argument
   */
  public ImmutableList<Argument> argumentsOn(ConclusionId conclusion) {
    return queryIndexes().argumentsByConclusion.get(requireKnown(conclusion));
  }

  /**
   * Returns the arguments that support a statement or argument.
   *
   * @param conclusion a statement or argument
   * @return the supporting arguments, in order
   * @throws IllegalArgumentException if the map holds no such statement or argument
   */
  public ImmutableList<Argument> argumentsFor(ConclusionId conclusion) {
    return withPolarity(conclusion, Polarity.SUPPORTS);
  }

  /**
   * Returns the arguments that attack a statement, or that undercut an argument.
   *
   * @param conclusion a statement or argument
   * @return the attacking arguments, in order
   * @throws IllegalArgumentException if the map holds no such statement or argument
   */
  public ImmutableList<Argument> argumentsAgainst(ConclusionId conclusion) {
    return withPolarity(conclusion, Polarity.ATTACKS);
  }

  private ImmutableList<Argument> withPolarity(ConclusionId conclusion, Polarity polarity) {
    return argumentsOn(conclusion).stream()
        .filter(a -> a.polarity() == polarity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the arguments a statement is a premise of.
   *
   * @param premise a statement
   * @return the arguments it takes part in, in order
   * @throws IllegalArgumentException if the map holds no such statement
   */
  public ImmutableList<Argument> argumentsUsing(StatementId premise) {
    return queryIndexes().argumentsByPremise.get(requireKnown(premise));
  }

  /**
   * Returns the evidence that bears directly on a statement.
   *
   * @param statement a statement
   * @return its evidence, in order
   * @throws IllegalArgumentException if the map holds no such statement
   */
  public ImmutableList<Evidence> evidenceOf(StatementId statement) {
    return queryIndexes().evidenceByStatement.get(requireKnown(statement));
  }

  /**
   * Returns every statement and argument upstream of a statement or argument: its arguments, their
   * premises, the arguments on those (undercutters included), and so on, nearest first.
   *
   * @param target a statement or argument
   * @return what feeds into it, without the target itself
   * @throws IllegalArgumentException if the map holds no such statement or argument
   */
  public ImmutableSet<ConclusionId> upstreamOf(ConclusionId target) {
    requireKnown(target);
    Set<ConclusionId> seen = new LinkedHashSet<>();
    Deque<ConclusionId> queue = new ArrayDeque<>();
    queue.add(target);
    while (!queue.isEmpty()) {
      ConclusionId next = queue.poll();
      for (Argument a : argumentsOn(next)) {
        if (seen.add(a.id())) {
          queue.add(a.id());
        }
        for (StatementId p : a.premises()) {
          if (seen.add(p)) {
            queue.add(p);
          }
        }
      }
    }
    seen.remove(target);
    return ImmutableSet.copyOf(seen);
  }

  /**
   * Returns the sources behind a statement: those of its own evidence and of the evidence of
   * everything upstream of it, cited works included, each once and nearest first.
   *
   * @param statement a statement
   * @return the sources
   * @throws IllegalArgumentException if the map holds no such statement
   */
  public ImmutableSet<Source> sourcesBehind(StatementId statement) {
    Set<SourceId> ids = new LinkedHashSet<>();
    List<StatementId> considered = new ArrayList<>();
    considered.add(statement);
    for (ConclusionId id : upstreamOf(statement)) {
      if (id instanceof StatementId s) {
        considered.add(s);
      }
    }
    for (StatementId s : considered) {
      for (Evidence e : evidenceOf(s)) {
        ids.add(e.source());
        e.citedWork().ifPresent(ids::add);
      }
    }
    return ids.stream().map(this::sourceOrNull).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the statements that a source backs: those with evidence found in it or taken from it.
   *
   * @param source a source
   * @return the statements, each once, in the order of their evidence
   * @throws IllegalArgumentException if the map holds no such source
   */
  public ImmutableSet<Statement> statementsBackedBy(SourceId source) {
    return queryIndexes().evidenceBySource.get(requireKnown(source)).stream()
        .map(e -> statementOrNull(e.statement()))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the evidence found in or taken from a source.
   *
   * @param source a source
   * @return the evidence, in order
   * @throws IllegalArgumentException if the map holds no such source
   */
  public ImmutableList<Evidence> evidenceFrom(SourceId source) {
    // no duplicates: validation forbids an evidence item citing its own source
    return queryIndexes().evidenceBySource.get(requireKnown(source));
  }

  /**
   * Returns the warnings of this map: what is legal but suspicious, such as a statement with no
   * evidence, a source never cited, an isolated statement or a support cycle.
   *
   * @return the warnings, in the order of the map's elements
   */
  public ImmutableList<MapProblem> lint() {
    return MapLinter.lint(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ArgumentMap m
        && hashCode() == m.hashCode()
        && title.equals(m.title)
        && description.equals(m.description)
        && theses.equals(m.theses)
        && statements().equals(m.statements())
        && arguments().equals(m.arguments())
        && evidence().equals(m.evidence())
        && sources().equals(m.sources())
        && extensions.entrySet().asList().equals(m.extensions.entrySet().asList());
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h =
          Objects.hash(
              title, description, theses, statements(), arguments(), evidence(), sources(),
              extensions);
      hash = h;
    }
    return h;
  }

  /** {@return a summary such as {@code ArgumentMap{title=..., theses=[t1], 12 statements, ...}}} */
  @Override
  public String toString() {
    return "ArgumentMap{"
        + title.map(t -> "title=" + t + ", ").orElse("")
        + "theses="
        + theses
        + ", "
        + Messages.count(statements.size(), "statement", "statements")
        + ", "
        + Messages.count(arguments.size(), "argument", "arguments")
        + ", "
        + Messages.count(evidence.size(), "evidence item", "evidence items")
        + ", "
        + Messages.count(sources.size(), "source", "sources")
        + "}";
  }

  /**
   * Builds an {@link ArgumentMap}. Elements keep the order they are added in; a replaced element
   * keeps the place of the one it replaces. Nothing is checked until {@link #build()}, which checks
   * the whole map and reports every problem at once: removing a statement that an argument still
   * uses, or adding a second element with an identifier already taken, is reported there like any
   * other problem.
   *
   * <p>The methods that name an element already in the builder ({@code replace…}, {@code update…},
   * {@code remove…} and the shortcuts such as {@link #argumentWeight}) throw {@link
   * IllegalArgumentException} at once when the builder holds no such element, naming the nearest
   * identifiers it does hold. A builder is not thread-safe.
   */
  public static final class Builder {
    private Optional<String> title = Optional.empty();
    private Optional<String> description = Optional.empty();
    private final List<StatementId> theses = new ArrayList<>();
    private final Elements<StatementId, Statement> statements =
        new Elements<>(Statement::id, this::admitStatement, this::changed);
    private final Elements<ArgumentId, Argument> arguments =
        new Elements<>(Argument::id, this::admitArgument, this::changed);
    private final Elements<EvidenceId, Evidence> evidence =
        new Elements<>(Evidence::id, this::admitEvidence, this::changed);
    private final Elements<SourceId, Source> sources =
        new Elements<>(Source::id, this::admitSource, this::changed);
    // Whether every element passed its own checks as it was added, against the elements added
    // before it; then build() only looks up the references that named an element added later and
    // checks the map-wide rules. After a large read the elements have left the cache, and walking
    // them again (an identifier, its string and its characters for every reference) was most of a
    // build. A removal, replacement or update clears it: build() then checks everything again.
    private boolean checkedAsAdded = true;
    private final MapValidator addedChecks = new MapValidator();
    private final MapValidator.Later later = new MapValidator.Later();
    private final MapValidator.Refs addedSoFar = new MapValidator.Refs() {
      @Override
      public boolean statement(StatementId id) {
        return thereOrLater(statements, id, later.statements);
      }

      @Override
      public boolean argument(ArgumentId id) {
        return thereOrLater(arguments, id, later.arguments);
      }

      @Override
      public boolean source(SourceId id) {
        return thereOrLater(sources, id, later.sources);
      }

      @Override
      public SourceId ownerOf(CopyId copy, SourceId evidenceSource) {
        // copies are indexed when the map is built, with their owners
        later.copies.add(copy);
        later.copySources.add(evidenceSource);
        return evidenceSource;
      }
    };
    private final java.util.LinkedHashMap<String, String> extensions = new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * A reference checked as it is added: if no element added so far has {@code id}, the build looks
     * it up in {@code later}; either way it is not reported now.
     */
    private static <K extends ElementId> boolean thereOrLater(
        Elements<K, ?> kind, K id, List<K> later) {
      if (!kind.indexSoFar().contains(id)) {
        later.add(id);
      }
      return true;
    }

    private void admitStatement(Statement s, boolean newId) {
      if (checkedAsAdded && (!newId || s.textsToCheck())) {
        checkedAsAdded = false;
      }
    }

    private void admitArgument(Argument a, boolean newId) {
      if (checkedAsAdded) {
        if (newId) {
          addedChecks.checkAdded(a, addedSoFar);
        }
        checkedAsAdded = newId && !addedChecks.foundAny();
      }
    }

    private void admitEvidence(Evidence e, boolean newId) {
      if (checkedAsAdded) {
        if (newId) {
          addedChecks.checkAdded(e, addedSoFar);
        }
        checkedAsAdded = newId && !addedChecks.foundAny();
      }
    }

    private void admitSource(Source s, boolean newId) {
      if (checkedAsAdded) {
        if (newId) {
          addedChecks.checkAdded(s);
        }
        checkedAsAdded = newId && !addedChecks.foundAny();
      }
    }

    /** An element was replaced, updated or removed: build() checks everything again. */
    private void changed() {
      checkedAsAdded = false;
    }

    /**
     * Keeps foreign data that the model has no concept for, under a namespace, replacing what the
     * namespace held before.
     *
     * @param namespace the namespace, for example {@code "aif"}; not blank
     * @param data the foreign data, as text (for example JSON)
     * @return this builder
     * @throws IllegalArgumentException if the namespace is blank
     */
    @CanIgnoreReturnValue
    public Builder putExtension(String namespace, String data) {
      requireNonNull(namespace, "namespace");
      requireNonNull(data, "data");
      if (namespace.isBlank()) {
        throw new IllegalArgumentException("extension namespace must not be blank");
      }
      extensions.put(namespace, data);
      return this;
    }

    /**
     * Drops the foreign data kept under a namespace, if there is any.
     *
     * @param namespace the namespace, for example {@code "aif"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeExtension(String namespace) {
      extensions.remove(requireNonNull(namespace, "namespace"));
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     * @throws NullPointerException if {@code title} is null; to leave the title out, pass {@link
     *     Optional#empty()} to {@link #title(Optional)}
     */
    @CanIgnoreReturnValue
    public Builder title(String title) {
      this.title = Optional.of(requireNonNull(title, "title"));
      return this;
    }

    /**
     * Sets or clears the title.
     *
     * @param title the title, or empty for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder title(Optional<String> title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description what the map covers
     * @return this builder
     * @throws NullPointerException if {@code description} is null; to leave it out, pass {@link
     *     Optional#empty()} to {@link #description(Optional)}
     */
    @CanIgnoreReturnValue
    public Builder description(String description) {
      this.description = Optional.of(requireNonNull(description, "description"));
      return this;
    }

    /**
     * Sets or clears the description.
     *
     * @param description what the map covers, or empty for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(Optional<String> description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * Names statements as theses, the claims under debate.
     *
     * @param ids the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addTheses(StatementId... ids) {
      return addTheses(Arrays.asList(ids));
    }

    /**
     * Names statements as theses, the claims under debate.
     *
     * @param ids the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addTheses(Iterable<StatementId> ids) {
      for (StatementId id : ids) {
        theses.add(requireNonNull(id, "thesis id"));
      }
      return this;
    }

    /**
     * Stops naming a statement as a thesis; the statement itself stays.
     *
     * @param id the statement
     * @return this builder
     * @throws IllegalArgumentException if the builder names no such thesis
     */
    @CanIgnoreReturnValue
    public Builder removeThesis(StatementId id) {
      requireNonNull(id, "id");
      if (!theses.removeIf(id::equals)) {
        throw new IllegalArgumentException("no thesis \"" + id + "\" in the map; its theses are "
            + theses);
      }
      return this;
    }

    /**
     * Adds statements.
     *
     * @param values the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStatements(Statement... values) {
      return addStatements(Arrays.asList(values));
    }

    /**
     * Adds statements. A statement whose identifier is already taken is reported by {@link
     * #build()}; to change a statement, {@linkplain #replaceStatement replace} it.
     *
     * @param values the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStatements(Iterable<Statement> values) {
      statements.addAll(values, "statement");
      return this;
    }

    /**
     * Replaces the statement with the same identifier, keeping its place.
     *
     * @param value the new statement
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no statement with its identifier
     */
    @CanIgnoreReturnValue
    public Builder replaceStatement(Statement value) {
      statements.replace(value);
      return this;
    }

    /**
     * Replaces a statement by what a function makes of it, keeping its place.
     *
     * @param id the statement's identifier
     * @param change makes the new statement from the old, for example {@code s -> s.withText("...")}
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such statement, or the function
     *     changes the identifier
     */
    @CanIgnoreReturnValue
    public Builder updateStatement(StatementId id, UnaryOperator<Statement> change) {
      statements.update(id, change);
      return this;
    }

    /**
     * Removes a statement. Arguments, evidence and theses that still refer to it are reported by
     * {@link #build()}: remove or change them too.
     *
     * @param id the statement's identifier
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such statement
     */
    @CanIgnoreReturnValue
    public Builder removeStatement(StatementId id) {
      statements.remove(id);
      return this;
    }

    /**
     * Adds arguments.
     *
     * @param values the arguments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addArguments(Argument... values) {
      return addArguments(Arrays.asList(values));
    }

    /**
     * Adds arguments. An argument whose identifier is already taken is reported by {@link
     * #build()}; to change an argument, {@linkplain #replaceArgument replace} it.
     *
     * @param values the arguments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addArguments(Iterable<Argument> values) {
      arguments.addAll(values, "argument");
      return this;
    }

    /**
     * Replaces the argument with the same identifier, keeping its place.
     *
     * @param value the new argument
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no argument with its identifier
     */
    @CanIgnoreReturnValue
    public Builder replaceArgument(Argument value) {
      arguments.replace(value);
      return this;
    }

    /**
     * Replaces an argument by what a function makes of it, keeping its place.
     *
     * @param id the argument's identifier
     * @param change makes the new argument from the old, for example {@code a -> a.withLabel("...")}
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such argument, or the function
     *     changes the identifier
     */
    @CanIgnoreReturnValue
    public Builder updateArgument(ArgumentId id, UnaryOperator<Argument> change) {
      arguments.update(id, change);
      return this;
    }

    /**
     * Sets the weight of an argument.
     *
     * @param id the argument's identifier
     * @param weight the new weight, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such argument, or the weight is
     *     outside [0, 1]
     */
    @CanIgnoreReturnValue
    public Builder argumentWeight(ArgumentId id, double weight) {
      return updateArgument(id, a -> a.withWeight(weight));
    }

    /**
     * Sets whether an argument supports or attacks its conclusion.
     *
     * @param id the argument's identifier
     * @param polarity the new polarity
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such argument
     */
    @CanIgnoreReturnValue
    public Builder argumentPolarity(ArgumentId id, Polarity polarity) {
      requireNonNull(polarity, "polarity");
      return updateArgument(id, a -> a.withPolarity(polarity));
    }

    /**
     * Removes an argument. Arguments that still conclude it (its undercutters and supporters) are
     * reported by {@link #build()}: remove or change them too.
     *
     * @param id the argument's identifier
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such argument
     */
    @CanIgnoreReturnValue
    public Builder removeArgument(ArgumentId id) {
      arguments.remove(id);
      return this;
    }

    /**
     * Adds evidence.
     *
     * @param values the evidence items
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addEvidence(Evidence... values) {
      return addEvidence(Arrays.asList(values));
    }

    /**
     * Adds evidence. An item whose identifier is already taken is reported by {@link #build()}; to
     * change an item, {@linkplain #replaceEvidence replace} it.
     *
     * @param values the evidence items
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addEvidence(Iterable<Evidence> values) {
      evidence.addAll(values, "evidence");
      return this;
    }

    /**
     * Replaces the evidence item with the same identifier, keeping its place.
     *
     * @param value the new item
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no item with its identifier
     */
    @CanIgnoreReturnValue
    public Builder replaceEvidence(Evidence value) {
      evidence.replace(value);
      return this;
    }

    /**
     * Replaces an evidence item by what a function makes of it, keeping its place.
     *
     * @param id the item's identifier
     * @param change makes the new item from the old, for example {@code e -> e.withNotes("...")}
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such item, or the function changes
     *     the identifier
     */
    @CanIgnoreReturnValue
    public Builder updateEvidence(EvidenceId id, UnaryOperator<Evidence> change) {
      evidence.update(id, change);
      return this;
    }

    /**
     * Sets how much an evidence item bears on its statement.
     *
     * @param id the item's identifier
     * @param weight the new weight, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such item, or the weight is outside
     *     [0, 1]
     */
    @CanIgnoreReturnValue
    public Builder evidenceWeight(EvidenceId id, double weight) {
      return updateEvidence(id, e -> e.withWeight(weight));
    }

    /**
     * Sets whether an evidence item supports or undermines its statement.
     *
     * @param id the item's identifier
     * @param polarity the new polarity
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such item
     */
    @CanIgnoreReturnValue
    public Builder evidencePolarity(EvidenceId id, Polarity polarity) {
      requireNonNull(polarity, "polarity");
      return updateEvidence(id, e -> e.withPolarity(polarity));
    }

    /**
     * Removes an evidence item.
     *
     * @param id the item's identifier
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such item
     */
    @CanIgnoreReturnValue
    public Builder removeEvidence(EvidenceId id) {
      evidence.remove(id);
      return this;
    }

    /**
     * Adds sources.
     *
     * @param values the sources
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSources(Source... values) {
      return addSources(Arrays.asList(values));
    }

    /**
     * Adds sources. A source whose identifier is already taken is reported by {@link #build()}; to
     * change a source (its copies included), {@linkplain #replaceSource replace} it.
     *
     * @param values the sources
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSources(Iterable<Source> values) {
      sources.addAll(values, "source");
      return this;
    }

    /**
     * Replaces the source with the same identifier, keeping its place. Its copies are replaced with
     * it: to add, change or remove a copy, replace the source with one that has the new copies.
     *
     * @param value the new source
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no source with its identifier
     */
    @CanIgnoreReturnValue
    public Builder replaceSource(Source value) {
      sources.replace(value);
      return this;
    }

    /**
     * Replaces a source by what a function makes of it, keeping its place.
     *
     * @param id the source's identifier
     * @param change makes the new source from the old, for example {@code s -> s.withTitle("...")}
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such source, or the function changes
     *     the identifier
     */
    @CanIgnoreReturnValue
    public Builder updateSource(SourceId id, UnaryOperator<Source> change) {
      sources.update(id, change);
      return this;
    }

    /**
     * Sets how far a source can be trusted.
     *
     * @param id the source's identifier
     * @param credibility the new credibility, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such source, or the credibility is
     *     outside [0, 1]
     */
    @CanIgnoreReturnValue
    public Builder sourceCredibility(SourceId id, double credibility) {
      return updateSource(id, s -> s.withCredibility(credibility));
    }

    /**
     * Removes a source, with its copies. Evidence that still comes from it, cites it or locates a
     * quote in one of its copies is reported by {@link #build()}: remove or change it too.
     *
     * @param id the source's identifier
     * @return this builder
     * @throws IllegalArgumentException if the builder holds no such source
     */
    @CanIgnoreReturnValue
    public Builder removeSource(SourceId id) {
      sources.remove(id);
      return this;
    }

    /**
     * Adds a statement and names it a thesis.
     *
     * @param id the statement's identifier
     * @param text the claim
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder thesis(String id, String text) {
      Statement s = Statement.of(id, text);
      statements.add(s);
      theses.add(s.id());
      return this;
    }

    /**
     * Adds a statement with an identifier and text only.
     *
     * @param id the statement's identifier
     * @param text the claim
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statement(String id, String text) {
      statements.add(Statement.of(id, text));
      return this;
    }

    /**
     * Adds an argument from premises to a statement, of weight 1.
     *
     * @param id the argument's identifier
     * @param polarity whether it supports or attacks
     * @param conclusion the identifier of the statement it concludes
     * @param premises the identifiers of its premises
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder argument(String id, Polarity polarity, String conclusion, String... premises) {
      Argument.Builder a =
          Argument.builder()
              .id(ArgumentId.of(id))
              .polarity(polarity)
              .conclusion(StatementId.of(conclusion));
      for (String p : premises) {
        a.addPremises(StatementId.of(p));
      }
      arguments.add(a.build());
      return this;
    }

    /**
     * Adds an undercutter: an argument that attacks another argument's inference.
     *
     * @param id the undercutter's identifier
     * @param target the identifier of the argument it attacks
     * @param premises the identifiers of its premises
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder undercutter(String id, String target, String... premises) {
      Argument.Builder a =
          Argument.builder()
              .id(ArgumentId.of(id))
              .polarity(Polarity.ATTACKS)
              .conclusion(ArgumentId.of(target));
      for (String p : premises) {
        a.addPremises(StatementId.of(p));
      }
      arguments.add(a.build());
      return this;
    }

    /**
     * Checks the whole map and builds it.
     *
     * @return the map
     * @throws InvalidMapException listing every problem, when the map breaks any rule of severity
     *     {@link Severity#ERROR}
     */
    public ArgumentMap build() {
      if (checkedAsAdded) {
        MapValidator.Result checked = MapValidator.checkedAsAdded(title, description, extensions,
            theses, statements.list.size(), statements.index(), arguments.list.size(),
            arguments.index(), evidence.list.size(), evidence.index(), sources.list,
            sources.index(), later);
        if (checked != null) {
          return new ArgumentMap(this, checked);
        }
      }
      MapValidator.Result checked =
          MapValidator.validate(title, description, extensions, theses, statements.list,
              statements.index(), arguments.list, arguments.index(), evidence.list,
              evidence.index(), sources.list, sources.index());
      if (!checked.problems.isEmpty()) {
        throw new InvalidMapException(checked.problems);
      }
      return new ArgumentMap(this, checked);
    }
  }

  /**
   * The elements of one kind in a builder, in order. Duplicates are kept, for {@link
   * Builder#build()} to report. An index of the first element with each identifier is filled as each
   * element is added, while it is still in cache: build checks references and reports repeats
   * through it and the built map keeps it for its lookups, and replacing, updating and removing
   * find an element through it, so that a loop of edits over a large map stays linear.
   */
  /** What a builder does with each element added: {@code newId} is false for a repeated identifier. */
  @FunctionalInterface
  private interface Admit<V> {
    void admit(V value, boolean newId);
  }

  private static final class Elements<K extends ElementId, V> {
    final List<V> list = new ArrayList<>();
    private final Function<V, K> idOf;
    private final Admit<V> admit;
    private final Runnable changed;
    // null after a removal (which moves the elements after it) until something needs it again
    private IdIndex<K> index = new IdIndex<>(0);
    // whether a built map holds the index: it is then copied before this builder changes it
    private boolean shared;

    Elements(Function<V, K> idOf, Admit<V> admit, Runnable changed) {
      this.idOf = idOf;
      this.admit = admit;
      this.changed = changed;
    }

    /** Starts with a built map's elements and its index, which is copied only if it changes. */
    void startWith(ImmutableList<V> values, IdIndex<K> built) {
      list.addAll(values);
      index = built;
      shared = true;
    }

    void add(V value) {
      list.add(value);
      boolean newId = true;
      if (index != null) {
        if (shared) {
          index = index.copy();
          shared = false;
        }
        newId = index.add(idOf.apply(value), list.size() - 1);
      }
      admit.admit(value, newId);
    }

    void addAll(Iterable<V> values, String what) {
      for (V v : values) {
        add(requireNonNull(v, what));
      }
    }

    void replace(V value) {
      requireNonNull(value, "value");
      list.set(positionOf(idOf.apply(value)), value);
      changed.run();
    }

    void update(K id, UnaryOperator<V> change) {
      requireNonNull(change, "change");
      int at = positionOf(id);
      V changed = requireNonNull(change.apply(list.get(at)), "the changed element");
      if (!idOf.apply(changed).equals(id)) {
        throw new IllegalArgumentException("an update of " + Messages.noun(id.kind()) + " " + id
            + " must keep its identifier but changed it to " + idOf.apply(changed)
            + "; to rename it, remove it and add the renamed one (and change what refers to it)");
      }
      list.set(at, changed);
      this.changed.run();
    }

    void remove(K id) {
      positionOf(id);
      list.removeIf(v -> idOf.apply(v).equals(id));
      index = null;
      shared = false;
      changed.run();
    }

    /** {@return the index of the elements added so far, to look up in and not to keep} */
    IdIndex<K> indexSoFar() {
      if (index == null) {
        index();
        shared = false;
      }
      return index;
    }

    /**
     * {@return the index of the first element with each identifier}; the caller may keep it (a
     * built map does): this builder copies it before changing it.
     */
    IdIndex<K> index() {
      if (index == null) {
        IdIndex<K> rebuilt = new IdIndex<>(list.size());
        for (int i = 0; i < list.size(); i++) {
          rebuilt.add(idOf.apply(list.get(i)), i);
        }
        index = rebuilt;
      }
      shared = true;
      return index;
    }

    private int positionOf(K id) {
      requireNonNull(id, "id");
      if (index == null) {
        index();
        shared = false;
      }
      int at = index.positionOf(id);
      if (at < 0) {
        throw NearestIds.unknown(id, index.keys());
      }
      return at;
    }
  }
}
