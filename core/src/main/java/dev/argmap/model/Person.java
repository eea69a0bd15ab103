package dev.argmap.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party who writes, publishes or speaks: a source's author, or the speaker of a quote. It is one
 * person by default, and may be an {@linkplain PersonKind#ORGANISATION organisation} or a
 * {@linkplain PersonKind#GROUP group} (see {@link #kind()}). Only what the source says is recorded;
 * an unknown author is left out, never invented.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Person implements WithPerson {
  Person() {}

  /** {@return the name as the source gives it, for example {@code "Vladimir Putin"}} */
  public abstract String name();

  /** {@return the role in which the person speaks or writes, for example {@code "President of Russia"}} */
  public abstract Optional<String> role();

  /** {@return whether this is one person, an organisation or a group; {@link PersonKind#PERSON} by default} */
  @Value.Default
  public PersonKind kind() {
    return PersonKind.PERSON;
  }

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

  /**
   * Returns an organisation that speaks as one body, with a name and no role.
   *
   * @param name the name, for example {@code "Chinese government"}
   * @return the organisation
   */
  public static Person organisation(String name) {
    return builder().name(name).kind(PersonKind.ORGANISATION).build();
  }

  /**
   * Returns a group of people who speak together, with a name and no role.
   *
   * @param name the name, for example {@code "Russian and Chinese defense ministers"}
   * @return the group
   */
  public static Person group(String name) {
    return builder().name(name).kind(PersonKind.GROUP).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Person}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
