package dev.argmap.model;

/**
 * The rules a map is checked against. Errors make {@link ArgumentMap.Builder#build()} fail; warnings
 * come only from {@link ArgumentMap#lint()}.
 */
public enum MapRule {
  /** Two elements of one kind share an identifier. */
  DUPLICATE_ID("duplicate-id", Severity.ERROR),
  /** An element refers to an element that the map does not hold. */
  MISSING_REFERENCE("missing-reference", Severity.ERROR),
  /** The map names no thesis. */
  NO_THESIS("no-thesis", Severity.ERROR),
  /** A weight or credibility lies outside [0, 1] or is not a number. */
  OUT_OF_RANGE("out-of-range", Severity.ERROR),
  /** A text that must say something is empty or only white space. */
  BLANK_TEXT("blank-text", Severity.ERROR),
  /**
   * A text is not valid Unicode: it holds an unpaired surrogate, which no UTF-8 file can hold, so the
   * map could be read but never written.
   */
  INVALID_TEXT("invalid-text", Severity.ERROR),
  /** An argument has no premise. */
  NO_PREMISES("no-premises", Severity.ERROR),
  /** An argument lists its own conclusion among its premises, or concludes itself. */
  CIRCULAR_ARGUMENT("circular-argument", Severity.ERROR),
  /** An argument lists one premise twice. */
  DUPLICATE_PREMISE("duplicate-premise", Severity.ERROR),
  /** An evidence item's locator names a copy of another source. */
  COPY_OF_OTHER_SOURCE("copy-of-other-source", Severity.ERROR),
  /** An evidence item names its own source as the work it cites. */
  CITES_ITSELF("cites-itself", Severity.ERROR),
  /** An evidence item says where in a cited work the claim stands but names no cited work. */
  CITED_AT_WITHOUT_WORK("cited-at-without-work", Severity.ERROR),
  /**
   * An evidence item's voice and speaker disagree: a direct quotation or reported speech without a
   * speaker, or the source's own voice with one.
   */
  VOICE_SPEAKER_MISMATCH("voice-speaker-mismatch", Severity.ERROR),
  /** A locator's character range is negative, reversed or half given. */
  INVALID_RANGE("invalid-range", Severity.ERROR),
  /** A link is not an absolute http or https URL. */
  INVALID_URL("invalid-url", Severity.ERROR),
  /** A date contradicts another: a copy published before the work itself. */
  INVALID_DATE("invalid-date", Severity.ERROR),
  /** A statement that is neither a thesis nor backed by any evidence or argument. */
  NO_EVIDENCE("no-evidence", Severity.WARNING),
  /** A source that no evidence is found in or cites. */
  UNCITED_SOURCE("uncited-source", Severity.WARNING),
  /** A statement connected to nothing: no argument uses it and it is no thesis. */
  ISOLATED_STATEMENT("isolated-statement", Severity.WARNING),
  /** Statements that support each other in a circle. */
  SUPPORT_CYCLE("support-cycle", Severity.WARNING),
  /** A statement's text holds more than one sentence. */
  MORE_THAN_ONE_SENTENCE("more-than-one-sentence", Severity.WARNING);

  private final String code;
  private final Severity severity;

  MapRule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** {@return the rule's stable code, for example {@code "out-of-range"}} */
  public String code() {
    return code;
  }

  /** {@return whether breaking the rule is an error or a warning} */
  public Severity severity() {
    return severity;
  }
}
