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
 * <p>Two maps are equal when they hold equal elements in the same order, with the same title and
 * description; the order is kept because files and outlines show elements in it.
 */
public final class ArgumentMap {
  private final Optional<String> title;
  private final Optional<String> description;
  private final ImmutableList<StatementId> theses;
  // isThesis is asked once per statement by lint and the renderers: a set keeps that linear
  private final ImmutableSet<StatementId> thesisSet;
  private final ImmutableMap<StatementId, Statement> statements;
  private final ImmutableMap<ArgumentId, Argument> arguments;
  private final ImmutableMap<EvidenceId, Evidence> evidence;
  private final ImmutableMap<SourceId, Source> sources;
  private final ImmutableMap<String, String> extensions;
  private final ImmutableMap<CopyId, SourceId> copyOwners;
  private final ImmutableListMultimap<ConclusionId, Argument> argumentsByConclusion;
  private final ImmutableListMultimap<StatementId, Argument> argumentsByPremise;
  private final ImmutableListMultimap<StatementId, Evidence> evidenceByStatement;
  private final ImmutableListMultimap<SourceId, Evidence> evidenceBySource;
  private int hash;

  private ArgumentMap(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.theses = ImmutableList.copyOf(b.theses);
    this.thesisSet = ImmutableSet.copyOf(theses);
    this.statements = index(b.statements, Statement::id);
    this.arguments = index(b.arguments, Argument::id);
    this.evidence = index(b.evidence, Evidence::id);
    this.sources = index(b.sources, Source::id);
    this.extensions = ImmutableMap.copyOf(b.extensions);
    ImmutableMap.Builder<CopyId, SourceId> owners = ImmutableMap.builder();
    for (Source s : b.sources) {
      for (SourceCopy c : s.copies()) {
        owners.put(c.id(), s.id());
      }
    }
    this.copyOwners = owners.buildOrThrow();
    ImmutableListMultimap.Builder<ConclusionId, Argument> byConclusion =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<StatementId, Argument> byPremise = ImmutableListMultimap.builder();
    for (Argument a : b.arguments) {
      byConclusion.put(a.conclusion(), a);
      for (StatementId p : a.premises()) {
        byPremise.put(p, a);
      }
    }
    this.argumentsByConclusion = byConclusion.build();
    this.argumentsByPremise = byPremise.build();
    ImmutableListMultimap.Builder<StatementId, Evidence> byStatement =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<SourceId, Evidence> bySource = ImmutableListMultimap.builder();
    for (Evidence e : b.evidence) {
      byStatement.put(e.statement(), e);
      bySource.put(e.source(), e);
      e.citedWork().ifPresent(w -> bySource.put(w, e));
    }
    this.evidenceByStatement = byStatement.build();
    this.evidenceBySource = bySource.build();
  }

  private static <K, V> ImmutableMap<K, V> index(
      List<V> values, java.util.function.Function<V, K> key) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
    for (V v : values) {
      map.put(key.apply(v), v);
    }
    return map.buildOrThrow();
  }

  /** Returns a new, empty builder. */
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
    b.statements.addAll(statements.values());
    b.arguments.addAll(arguments.values());
    b.evidence.addAll(evidence.values());
    b.sources.addAll(sources.values());
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns the title. */
  public Optional<String> title() {
    return title;
  }

  /** Returns a description of what the map covers. */
  public Optional<String> description() {
    return description;
  }

  /** Returns the identifiers of the theses, the claims under debate, in order. */
  public ImmutableList<StatementId> thesisIds() {
    return theses;
  }

  /** Returns the theses, the claims under debate, in order. */
  public ImmutableList<Statement> theses() {
    return theses.stream().map(statements::get).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a statement is a thesis.
   *
   * @param id the statement
   * @return whether the map names it as a thesis
   */
  public boolean isThesis(StatementId id) {
    return thesisSet.contains(requireNonNull(id, "id"));
  }

  /** Returns every statement, in order. */
  public ImmutableList<Statement> statements() {
    return statements.values().asList();
  }

  /** Returns every argument, in order. */
  public ImmutableList<Argument> arguments() {
    return arguments.values().asList();
  }

  /** Returns every evidence item, in order. */
  public ImmutableList<Evidence> evidence() {
    return evidence.values().asList();
  }

  /** Returns every source, in order. */
  public ImmutableList<Source> sources() {
    return sources.values().asList();
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
    return Optional.ofNullable(statements.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an argument.
   *
   * @param id its identifier
   * @return the argument, or empty when the map has none with that identifier
   */
  public Optional<Argument> argument(ArgumentId id) {
    return Optional.ofNullable(arguments.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an evidence item.
   *
   * @param id its identifier
   * @return the evidence, or empty when the map has none with that identifier
   */
  public Optional<Evidence> evidence(EvidenceId id) {
    return Optional.ofNullable(evidence.get(requireNonNull(id, "id")));
  }

  /**
   * Returns a source.
   *
   * @param id its identifier
   * @return the source, or empty when the map has none with that identifier
   */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sources.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the source that a copy belongs to.
   *
   * @param id the copy's identifier
   * @return the source, or empty when no source has that copy
   */
  public Optional<Source> sourceOfCopy(CopyId id) {
    return Optional.ofNullable(copyOwners.get(requireNonNull(id, "id"))).map(sources::get);
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
   */
  public ImmutableList<Argument> argumentsOn(ConclusionId conclusion) {
    return argumentsByConclusion.get(requireNonNull(conclusion, "conclusion"));
  }

  /**
   * Returns the arguments that support a statement or argument.
   *
   * @param conclusion a statement or argument
   * @return the supporting arguments, in order
   */
  public ImmutableList<Argument> argumentsFor(ConclusionId conclusion) {
    return withPolarity(conclusion, Polarity.SUPPORTS);
  }

  /**
   * Returns the arguments that attack a statement, or that undercut an argument.
   *
   * @param conclusion a statement or argument
   * @return the attacking arguments, in order
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
   */
  public ImmutableList<Argument> argumentsUsing(StatementId premise) {
    return argumentsByPremise.get(requireNonNull(premise, "premise"));
  }

  /**
   * Returns the evidence that bears directly on a statement.
   *
   * @param statement a statement
   * @return its evidence, in order
   */
  public ImmutableList<Evidence> evidenceOf(StatementId statement) {
    return evidenceByStatement.get(requireNonNull(statement, "statement"));
  }

  /**
   * Returns every statement and argument upstream of a statement or argument: its arguments, their
   * premises, the arguments on those (undercutters included), and so on, nearest first.
   *
   * @param target a statement or argument
   * @return what feeds into it, without the target itself
   */
  public ImmutableSet<ConclusionId> upstreamOf(ConclusionId target) {
    requireNonNull(target, "target");
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
    return ids.stream().map(sources::get).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the statements that a source backs: those with evidence found in it or taken from it.
   *
   * @param source a source
   * @return the statements, each once, in the order of their evidence
   */
  public ImmutableSet<Statement> statementsBackedBy(SourceId source) {
    return evidenceBySource.get(requireNonNull(source, "source")).stream()
        .map(e -> statements.get(e.statement()))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the evidence found in or taken from a source.
   *
   * @param source a source
   * @return the evidence, in order
   */
  public ImmutableList<Evidence> evidenceFrom(SourceId source) {
    // no duplicates: validation forbids an evidence item citing its own source
    return evidenceBySource.get(requireNonNull(source, "source"));
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

  /** Returns a summary such as {@code ArgumentMap{title=..., theses=[t1], 12 statements, ...}}. */
  @Override
  public String toString() {
    return "ArgumentMap{"
        + title.map(t -> "title=" + t + ", ").orElse("")
        + "theses="
        + theses
        + ", "
        + statements.size()
        + " statements, "
        + arguments.size()
        + " arguments, "
        + evidence.size()
        + " evidence, "
        + sources.size()
        + " sources}";
  }

  /**
   * Builds an {@link ArgumentMap}. Elements keep the order they are added in; {@link #build()}
   * checks the whole map and reports every problem at once.
   */
  public static final class Builder {
    private Optional<String> title = Optional.empty();
    private Optional<String> description = Optional.empty();
    private final List<StatementId> theses = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Argument> arguments = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final java.util.LinkedHashMap<String, String> extensions = new java.util.LinkedHashMap<>();

    private Builder() {}

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
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder title(String title) {
      this.title = Optional.of(requireNonNull(title, "title"));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description what the map covers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(String description) {
      this.description = Optional.of(requireNonNull(description, "description"));
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
     * Adds statements.
     *
     * @param values the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStatements(Iterable<Statement> values) {
      addAll(statements, values, "statement");
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
     * Adds arguments.
     *
     * @param values the arguments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addArguments(Iterable<Argument> values) {
      addAll(arguments, values, "argument");
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
     * Adds evidence.
     *
     * @param values the evidence items
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addEvidence(Iterable<Evidence> values) {
      addAll(evidence, values, "evidence");
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
     * Adds sources.
     *
     * @param values the sources
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSources(Iterable<Source> values) {
      addAll(sources, values, "source");
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

    private static <T> void addAll(List<T> into, Iterable<T> values, String what) {
      for (T v : values) {
        into.add(requireNonNull(v, what));
      }
    }

    /**
     * Checks the whole map and builds it.
     *
     * @return the map
     * @throws InvalidMapException listing every problem, when the map breaks any rule of severity
     *     {@link Severity#ERROR}
     */
    public ArgumentMap build() {
      ImmutableList<MapProblem> problems =
          MapValidator.validate(title, description, extensions, theses, statements, arguments,
              evidence, sources);
      if (!problems.isEmpty()) {
        throw new InvalidMapException(problems);
      }
      return new ArgumentMap(this);
    }
  }
}
