package dev.argmap.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An inference: one or more premises that together support or attack a conclusion. Several premises
 * are <em>linked co-premises</em>: they work only together. The conclusion is a statement, or another
 * argument; an argument that attacks an argument is an <em>undercutter</em>.
 *
 * <p>Immutable and thread-safe. Two are equal when all their attributes are equal. A {@code with…}
 * method returns a copy with one attribute changed, checked as {@link Builder#build()} checks it.
 */
@Value.Immutable
@ArgmapStyle
public abstract class Argument implements WithArgument {
  Argument() {}

  /** {@return the identifier} */
  public abstract ArgumentId id();

  /** {@return the premises, in the order they are read; together they lead to the conclusion} */
  public abstract ImmutableList<StatementId> premises();

  /** {@return the conclusion: a statement, or an argument for an undercutter} */
  public abstract ConclusionId conclusion();

  /** {@return whether the argument supports or attacks its conclusion} */
  public abstract Polarity polarity();

  /**
   * {@return how strongly the premises, if true, bear on the conclusion, in [0, 1]; 1 by default}
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** {@return the argumentation scheme, for example {@code "argument from expert opinion"}} */
  public abstract Optional<String> scheme();

  /** {@return a short label} */
  public abstract Optional<String> label();

  /** {@return notes} */
  public abstract Optional<String> notes();

  /** {@return whether this argument's conclusion is another argument (an undercutter when it attacks)} */
  public final boolean targetsArgument() {
    return conclusion() instanceof ArgumentId;
  }

  /** {@return whether this argument attacks another argument's inference} */
  public final boolean isUndercutter() {
    return targetsArgument() && polarity() == Polarity.ATTACKS;
  }

  /** {@return whether it has more than one premise, all needed together} */
  public final boolean isLinked() {
    return premises().size() > 1;
  }

  /**
   * {@return whether building a map must run the text checks (blank, unpaired surrogates) on this
   * argument} Computed once when the argument is built, while its texts are in cache; false for
   * nearly every argument, and left out of equality.
   */
  @Value.Derived
  @Value.Auxiliary
  boolean textsToCheck() {
    return ValueChecks.suspectText(scheme()) || ValueChecks.suspectText(label())
        || ValueChecks.suspectText(notes());
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Argument}. Each attribute has a setter of its name, documented here; what the attribute
   * holds is documented at its accessor. An optional attribute has two setters: one takes a value
   * and throws {@link NullPointerException} naming the attribute when given {@code null}, the other
   * takes an {@link java.util.Optional}, empty to clear it. {@link #build()} throws {@link
   * IllegalStateException} naming every required attribute left unset, and {@link
   * IllegalArgumentException} for a value out of its range. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableArgument.Builder {
    Builder() {}
  }
}
