package dev.argmap.internal.enumeration;

import dev.argmap.internal.dung.DungCore;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;

/** The enumeration behind {@link DungSolver#forEachExtension}, delivering member arrays instead of extensions. */
public final class MemberArrays {
  private MemberArrays() {}

  /**
   * Enumerates the extensions within the solver's limits, handing each to {@code sink} as it is found, in the
   * order the search finds them; limits as {@link DungSolver#forEachExtension} describes.
   *
   * @param solver whose time budget and extension cap apply
   * @param graph the framework
   * @param semantics the semantics
   * @param sink receives each extension
   * @return true if every extension was delivered, false if the sink stopped the enumeration
   * @throws DungLimitExceededException if the time budget passes or there are more than {@link
   *     DungSolver#maxExtensions()} extensions; the sink has then received the ones found before
   */
  public static boolean enumerate(DungSolver solver, AttackGraph graph, DungSemantics semantics,
      ExtensionSink sink) {
    return DungCore.enumerate(solver, graph, semantics, sink);
  }
}
