package dev.argmap.model;

/**
 * The identifier of an element of a map: a {@link StatementId statement}, an {@link ArgumentId
 * argument}, an {@link EvidenceId evidence item}, a {@link SourceId source} or a {@link CopyId copy}
 * of a source. It lets one result (an explanation, a table of contributions, a {@link MapProblem})
 * name elements of several kinds with typed identifiers. Copies carry no weight in a score, so
 * scoring results name only the other four kinds.
 */
public sealed interface ElementId permits ConclusionId, EvidenceId, SourceId, CopyId {
  /**
   * Returns the identifier's text.
   *
   * @return the identifier's text
   */
  String value();

  /**
   * Returns the kind of element this identifier names.
   *
   * @return {@link ElementKind#STATEMENT}, {@link ElementKind#ARGUMENT}, {@link ElementKind#EVIDENCE},
   *     {@link ElementKind#SOURCE} or {@link ElementKind#COPY}; never {@link ElementKind#MAP}
   */
  default ElementKind kind() {
    if (this instanceof StatementId) {
      return ElementKind.STATEMENT;
    }
    if (this instanceof ArgumentId) {
      return ElementKind.ARGUMENT;
    }
    if (this instanceof EvidenceId) {
      return ElementKind.EVIDENCE;
    }
    return this instanceof SourceId ? ElementKind.SOURCE : ElementKind.COPY;
  }
}
