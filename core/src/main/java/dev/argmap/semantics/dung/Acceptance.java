package dev.argmap.semantics.dung;

import java.util.Optional;

/**
 * The answer to an acceptance question of {@link DungSolver} with its certificate: an extension that proves the
 * answer and that anyone can check without trusting the solver.
 *
 * <p>Which answers carry one, as in the ICCMA 2023 rules: a credulous YES carries an extension that contains the
 * argument; a skeptical NO carries an extension that does not. For the semantics with exactly one extension
 * (grounded, ideal, and skeptical complete, which is grounded) every answer carries that extension, which decides
 * the question both ways. A credulous NO or a skeptical YES under the other semantics says that no extension of a
 * kind exists, a statement without a short proof (coNP- or Π2P-hard to check), so it carries none.
 *
 * <p>Public because it is what {@link DungSolver#acceptCredulously} and {@link DungSolver#acceptSkeptically}
 * return. Immutable.
 */
public final class Acceptance {
  private final boolean accepted;
  private final Extension certificate;

  Acceptance(boolean accepted, Extension certificate) {
    this.accepted = accepted;
    this.certificate = certificate;
  }

  /**
   * Tells whether the argument is accepted in the sense asked (credulously or skeptically).
   *
   * @return the answer: true is the ICCMA {@code YES}
   */
  public boolean accepted() {
    return accepted;
  }

  /**
   * Returns the extension that proves the answer, when the answer has one (see the class comment).
   *
   * @return the certificate, or empty
   */
  public Optional<Extension> certificate() {
    return Optional.ofNullable(certificate);
  }

  /** {@code YES} or {@code NO}, then the certificate if there is one. */
  @Override
  public String toString() {
    return (accepted ? "YES" : "NO") + (certificate == null ? "" : " " + certificate);
  }
}
