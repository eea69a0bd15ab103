package dev.argmap.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation who writes, publishes or speaks: a source's author, or the speaker of a
 * quote. Only what the source says is recorded; an unknown author is left out, never invented.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Person {
  Person() {}

  /** Returns the name as the source gives it, for example {@code "Vladimir Putin"}. */
  public abstract String name();

  /** Returns the role in which the person speaks or writes, for example {@code "President of Russia"}. */
  public abstract Optional<String> role();

  /**
   * Returns a person with a name and no role.
   *
   * @param name the name
   * @return the person
   */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a person with a name and a role.
   *
   * @param name the name
   * @param role the role
   * @return the person
   */
  public static Person of(String name, String role) {
    return builder().name(name).role(role).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
