package dev.argmap.semantics.contribution;

import com.google.common.collect.ImmutableMap;
import dev.argmap.internal.access.Access;
import dev.argmap.semantics.GradualSemantics;

/** Installs this package's side of {@link Access}: the result type's constructor, for map contributions. */
final class Internals implements Access.Contributions {
  static {
    Access.install(new Internals());
  }

  private Internals() {}

  @Override
  public <K> Contributions<K> contributions(ContributionFunction function, GradualSemantics semantics, K topic,
      double topicStrength, double topicAlone, ImmutableMap<K, Contribution> values) {
    return new Contributions<>(function, semantics, topic, topicStrength, topicAlone, values);
  }
}
