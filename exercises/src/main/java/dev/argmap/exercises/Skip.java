package dev.argmap.exercises;

/** Thrown by a generator when the map holds nothing for its exercise; the message says why. */
final class Skip extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Skip(String reason) {
    super(reason, null, false, false);
  }
}
