package dev.argmap.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim in one sentence of plain text: a thesis under debate, or a premise that holds one up or
 * pulls it down.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Statement implements WithStatement {
  Statement() {}

  /** {@return the identifier} */
  public abstract StatementId id();

  /** {@return the claim, one sentence of plain text} */
  public abstract String text();

  /** {@return a short title (a few words), as Argdown shows statements} */
  public abstract Optional<String> title();

  /** {@return free-form tags, for example themes} */
  public abstract ImmutableSet<String> tags();

  /** {@return notes: what the claim means, how it was worded, what it leaves out} */
  public abstract Optional<String> notes();

  /**
   * {@return whether building a map must run the text checks (blank, unpaired surrogates) on this
   * statement} Computed once when the statement is built, while its texts are in cache; false for
   * nearly every statement, and left out of equality.
   */
  @Value.Derived
  @Value.Auxiliary
  boolean textsToCheck() {
    if (ValueChecks.suspectText(text()) || ValueChecks.suspectText(title())
        || ValueChecks.suspectText(notes())) {
      return true;
    }
    for (String tag : tags()) {
      if (ValueChecks.suspectText(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a statement with an identifier and text only.
   *
   * @param id the identifier
   * @param text the claim
   * @return the statement
   */
  public static Statement of(String id, String text) {
    return builder().id(StatementId.of(id)).text(text).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statement}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
