package dev.argmap.semantics.contribution;

import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.GradualSemantics;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * The contributions of a set of contributors to one topic's final strength under one function and semantics.
 * Immutable and thread-safe; equal when every part is equal.
 *
 * <p>Contributors are keyed by {@code K}: argument labels ({@code String}) for a {@link BipolarGraph} or {@link
 * dev.argmap.semantics.AttackGraph AttackGraph}, typed element identifiers ({@link dev.argmap.model.ElementId}) for a map. Contributors that cannot
 * reach the topic (nothing they touch is upstream of it) are listed with an exact 0.
 *
 * @param <K> the type of the contributors' keys
 */
public final class Contributions<K> {
  private final ContributionFunction function;
  private final GradualSemantics semantics;
  private final K topic;
  private final double topicStrength;
  private final double topicAlone;
  private final ImmutableMap<K, Contribution> values;

  Contributions(ContributionFunction function, GradualSemantics semantics, K topic, double topicStrength,
      double topicAlone, ImmutableMap<K, Contribution> values) {
    this.function = function;
    this.semantics = semantics;
    this.topic = topic;
    this.topicStrength = topicStrength;
    this.topicAlone = topicAlone;
    this.values = values;
  }

  /**
   * Returns the contribution function.
   *
   * @return the function
   */
  public ContributionFunction function() {
    return function;
  }

  /**
   * Returns the semantics.
   *
   * @return the semantics
   */
  public GradualSemantics semantics() {
    return semantics;
  }

  /**
   * Returns the topic, whose strength the contributions explain.
   *
   * @return the topic
   */
  public K topic() {
    return topic;
  }

  /**
   * Returns the topic's final strength.
   *
   * @return the strength
   */
  public double topicStrength() {
    return topicStrength;
  }

  /**
   * Returns the topic's strength with none of the contributors (for arguments: the topic alone with its base
   * score; for evidence: the topic with no evidence anywhere upstream).
   *
   * @return the strength without any contributor
   */
  public double topicAlone() {
    return topicAlone;
  }

  /**
   * Returns {@link #topicStrength()} minus {@link #topicAlone()}: the change the contributors make together,
   * which Shapley contributions add up to.
   *
   * @return the total change
   */
  public double totalChange() {
    return topicStrength - topicAlone;
  }

  /**
   * Returns every contribution, in the order of the graph or map.
   *
   * @return contributor to contribution
   */
  public ImmutableMap<K, Contribution> values() {
    return values;
  }

  /**
   * Returns one contributor's contribution.
   *
   * @param contributor a contributor's key
   * @return its contribution
   * @throws IllegalArgumentException if it is not a contributor here (the topic never is)
   */
  public Contribution of(K contributor) {
    Objects.requireNonNull(contributor, "contributor");
    Contribution c = values.get(contributor);
    if (c == null) {
      throw new IllegalArgumentException(contributor + " is not a contributor to " + topic
          + (contributor.equals(topic) ? " (it is the topic)" : "") + "; contributors: " + values.size());
    }
    return c;
  }

  /**
   * Returns the sum of all contributions; for Shapley values this equals {@link #totalChange()} (up to rounding,
   * and up to sampling error for an estimate, where the sum of the sampled means is still exactly the total).
   *
   * @return the sum
   */
  public double sum() {
    double acc = 0.0;
    for (Contribution c : values.values()) {
      acc += c.value();
    }
    return acc;
  }

  /**
   * Returns the contributors ranked by the size of their contribution, largest first; ties keep map order.
   *
   * @return the ranking
   */
  public ImmutableList<Map.Entry<K, Contribution>> ranked() {
    return values.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<K, Contribution> e) -> -Math.abs(e.getValue().value())))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether any contribution is a sampled estimate.
   *
   * @return true if some value is {@link Contribution.Method#SAMPLED}
   */
  public boolean isEstimate() {
    return values.values().stream().anyMatch(c -> c.method() == Contribution.Method.SAMPLED);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Contributions)) {
      return false;
    }
    Contributions<?> c = (Contributions<?>) o;
    return function == c.function && semantics == c.semantics && topic.equals(c.topic)
        && Double.compare(topicStrength, c.topicStrength) == 0 && Double.compare(topicAlone, c.topicAlone) == 0
        && values.equals(c.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, semantics, topic, topicStrength, topicAlone, values);
  }

  /** A summary: function, semantics, topic, strengths and the number of contributors. */
  @Override
  public String toString() {
    return "Contributions[" + function.id() + ", " + semantics.id() + ", topic " + topic + " " + topicStrength
        + " (alone " + topicAlone + "), " + values.size() + " contributors]";
  }
}
