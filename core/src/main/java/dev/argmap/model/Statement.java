package dev.argmap.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim in one sentence of plain text: a thesis under debate, or a premise that holds one up or
 * pulls it down.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Statement implements WithStatement {
  Statement() {}

  /** Returns the identifier. */
  public abstract StatementId id();

  /** Returns the claim, one sentence of plain text. */
  public abstract String text();

  /** Returns a short title (a few words), as Argdown shows statements. */
  public abstract Optional<String> title();

  /** Returns free-form tags, for example themes. */
  public abstract ImmutableSet<String> tags();

  /** Returns notes: what the claim means, how it was worded, what it leaves out. */
  public abstract Optional<String> notes();

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

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
