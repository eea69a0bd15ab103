package dev.argmap.internal.enumeration;

/**
 * Receives the extensions of an enumeration one at a time, as the search finds them, so that nothing needs to
 * hold them all. On the paths of {@code argmap iccma}, implement it with a named class rather than a lambda (the
 * first lambda of a process costs a short run more than its solve).
 */
public interface ExtensionSink {
  /**
   * Takes one extension. The array is reused for the next extension; copy what is kept.
   *
   * @param members the members, global argument indices ascending, in its first {@code size} entries
   * @param size how many members
   * @return false to stop the enumeration (nothing more is searched or delivered), true to go on
   */
  boolean accept(int[] members, int size);
}
