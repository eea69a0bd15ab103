package dev.argmap.semantics.dung;

import dev.argmap.internal.access.Access;

/** Installs this package's side of {@link Access}: the solver's exception, thrown by the internal search. */
final class Internals implements Access.Dung {
  static {
    Access.install(new Internals());
  }

  private Internals() {}

  @Override
  public DungLimitExceededException limitExceeded(DungLimitExceededException.Limit limit, int found,
      String message) {
    return new DungLimitExceededException(limit, found, message);
  }
}
