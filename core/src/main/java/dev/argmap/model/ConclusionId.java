package dev.argmap.model;

/**
 * What an argument concludes: a {@link StatementId statement}, or another {@link ArgumentId argument}.
 * An argument whose conclusion is an argument is an <em>undercutter</em> when it attacks: it denies
 * that the premises of the other argument lead to its conclusion, not the premises themselves.
 */
public sealed interface ConclusionId extends ElementId permits StatementId, ArgumentId {
  /**
   * Returns the identifier's text.
   *
   * @return the identifier's text
   */
  String value();
}
