package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An inference: one or more premises that together support or attack a conclusion. Several premises
 * are <em>linked co-premises</em>: they work only together. The conclusion is a statement, or another
 * argument; an argument that attacks an argument is an <em>undercutter</em>.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Argument implements WithArgument {
  Argument() {}

  /** Returns the identifier. */
  public abstract ArgumentId id();

  /** Returns the premises, in the order they are read; together they lead to the conclusion. */
  public abstract ImmutableList<StatementId> premises();

  /** Returns the conclusion: a statement, or an argument for an undercutter. */
  public abstract ConclusionId conclusion();

  /** Returns whether the argument supports or attacks its conclusion. */
  public abstract Polarity polarity();

  /**
   * Returns how strongly the premises, if true, bear on the conclusion, in [0, 1]; 1 by default.
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** Returns the argumentation scheme, for example {@code "argument from expert opinion"}. */
  public abstract Optional<String> scheme();

  /** Returns a short label. */
  public abstract Optional<String> label();

  /** Returns notes. */
  public abstract Optional<String> notes();

  /** Returns whether this argument's conclusion is another argument (an undercutter when it attacks). */
  public final boolean targetsArgument() {
    return conclusion() instanceof ArgumentId;
  }

  /** Returns whether this argument attacks another argument's inference. */
  public final boolean isUndercutter() {
    return targetsArgument() && polarity() == Polarity.ATTACKS;
  }

  /** Returns whether it has more than one premise, all needed together. */
  public final boolean isLinked() {
    return premises().size() > 1;
  }

  /**
   * Checks the weight when the argument is built.
   *
   * @throws IllegalArgumentException naming the argument, if the weight is outside [0, 1]
   */
  @Value.Check
  final void checkWeight() {
    ValueChecks.requireUnit(id(), "weight", weight());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Argument}. */
  public static final class Builder extends ImmutableArgument.Builder {
    Builder() {}
  }
}
