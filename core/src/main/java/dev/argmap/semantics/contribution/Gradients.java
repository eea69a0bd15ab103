package dev.argmap.semantics.contribution;

import dev.argmap.internal.graph.Labels;
import java.util.Objects;

/**
 * The partial derivative of a topic's strength with respect to every argument's base score, in one array
 * ({@link GraphContributions#gradients}): the {@link ContributionFunction#GRADIENT} contributions of a whole graph,
 * in a form that stays small and fast at a million arguments. Immutable and thread-safe.
 */
public final class Gradients {
  private final String topic;
  private final double topicStrength;
  /** The derivative of argument {@code v} is {@code values[stride * v]}. */
  private final double[] values;
  private final int stride;
  private final int size;
  private final Labels labels;
  private final Contribution.Method method;

  Gradients(String topic, double topicStrength, double[] values, int stride, Labels labels,
      Contribution.Method method) {
    this.topic = topic;
    this.topicStrength = topicStrength;
    this.values = values;
    this.stride = stride;
    this.size = values.length / stride;
    this.labels = labels;
    this.method = method;
  }

  /**
   * Returns the topic's label ({@code "#index"} when it has none).
   *
   * @return the topic
   */
  public String topic() {
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
   * Returns how the values were obtained: exact on acyclic graphs, converged on cyclic ones.
   *
   * @return the method
   */
  public Contribution.Method method() {
    return method;
  }

  /**
   * Returns the number of arguments.
   *
   * @return the size of the graph
   */
  public int size() {
    return size;
  }

  /**
   * Returns the derivative of the topic's strength with respect to one argument's base score (0 for an argument
   * that cannot reach the topic).
   *
   * @param argument the argument's index
   * @return the derivative
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double get(int argument) {
    if (argument < 0 || argument >= size) {
      throw new IndexOutOfBoundsException("argument index " + argument + " out of range [0, " + size + ")");
    }
    return values[stride * argument];
  }

  /**
   * Returns the derivative for the argument with a label.
   *
   * @param label the label
   * @return the derivative
   * @throws IllegalArgumentException if no argument has that label
   */
  public double get(String label) {
    int i = labels.indexOf(Objects.requireNonNull(label, "label"));
    if (i < 0) {
      throw new IllegalArgumentException("the graph has no argument '" + label + "'");
    }
    return values[stride * i];
  }

  /**
   * Returns every derivative, indexed like the graph's arguments.
   *
   * @return a copy of the values
   */
  public double[] toArray() {
    if (stride == 1) {
      return values.clone();
    }
    double[] out = new double[size];
    for (int v = 0; v < size; v++) {
      out[v] = values[stride * v];
    }
    return out;
  }

  /** A summary: topic, strength, size and method. */
  @Override
  public String toString() {
    return "Gradients[topic " + topic + " " + topicStrength + ", " + size + " arguments, " + method + "]";
  }
}
