package dev.argmap.model;

/**
 * The identifier of an element of a map that can carry weight in a score: a {@link StatementId statement}, an
 * {@link ArgumentId argument}, an {@link EvidenceId evidence item} or a {@link SourceId source}. It lets one
 * result (an explanation, a table of contributions) name elements of several kinds with typed identifiers.
 */
public sealed interface ElementId permits ConclusionId, EvidenceId, SourceId {
  /**
   * Returns the identifier's text.
   *
   * @return the identifier's text
   */
  String value();

  /**
   * Returns the kind of element this identifier names.
   *
   * @return {@link ElementKind#STATEMENT}, {@link ElementKind#ARGUMENT}, {@link ElementKind#EVIDENCE} or
   *     {@link ElementKind#SOURCE}
   */
  default ElementKind kind() {
    if (this instanceof StatementId) {
      return ElementKind.STATEMENT;
    }
    if (this instanceof ArgumentId) {
      return ElementKind.ARGUMENT;
    }
    return this instanceof EvidenceId ? ElementKind.EVIDENCE : ElementKind.SOURCE;
  }
}
