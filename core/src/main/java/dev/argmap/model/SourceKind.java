package dev.argmap.model;

/** What kind of work a source is; it guides how much weight its statements carry. */
public enum SourceKind {
  /** A journalist's report of events or of what someone said. */
  NEWS_REPORT,
  /** A wire-agency report (for example the Associated Press) that newspapers reprint. */
  WIRE_REPORT,
  /** An expert's opinion piece or analysis for a think tank or newspaper. */
  COMMENTARY,
  /** A scholarly paper, thesis or working paper. */
  ACADEMIC_PAPER,
  /** An article in a peer-reviewed journal. */
  JOURNAL_ARTICLE,
  /** A book or a chapter of one. */
  BOOK,
  /** A report by a think tank, institute or agency that analyses a policy question. */
  POLICY_REPORT,
  /** A speech or public remarks, in their own transcript. */
  SPEECH,
  /** An interview, in its own transcript. */
  INTERVIEW,
  /** An official document: a treaty, statement, white paper or law. */
  OFFICIAL_DOCUMENT,
  /** A post on a blog or personal site. */
  BLOG_POST,
  /** Anything else. */
  OTHER
}
