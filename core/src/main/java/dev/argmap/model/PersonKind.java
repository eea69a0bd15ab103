package dev.argmap.model;

/** What kind of party a {@link Person} is: one person, an organisation or a looser group. */
public enum PersonKind {
  /** One human being, for example {@code "Vladimir Putin"}; the default. */
  PERSON,
  /**
   * An organisation that speaks as one body: a government, a ministry, a company, a newspaper, for
   * example {@code "Chinese government"}.
   */
  ORGANISATION,
  /**
   * Several people who speak together without being one body, for example {@code "Russian and
   * Chinese defense ministers"} or {@code "Obama-era officials"}.
   */
  GROUP
}
