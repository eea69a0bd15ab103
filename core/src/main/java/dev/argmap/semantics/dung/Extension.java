package dev.argmap.semantics.dung;

import dev.argmap.internal.graph.Labels;
import dev.argmap.semantics.AttackGraph;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * One extension: a set of argument indices of an {@link AttackGraph}, sorted ascending, with their labels.
 * Immutable. Two extensions are equal when they have the same members.
 */
public final class Extension {
  private final int[] members;
  private final Labels labels;

  Extension(int[] sortedMembers, Labels labels) {
    this.members = sortedMembers;
    this.labels = labels;
  }

  /**
   * Returns the number of members.
   *
   * @return the size
   */
  public int size() {
    return members.length;
  }

  /**
   * Tells whether an argument is a member.
   *
   * @param argument an argument index
   * @return true if it belongs to the extension
   */
  public boolean contains(int argument) {
    return Arrays.binarySearch(members, argument) >= 0;
  }

  /**
   * Returns the members.
   *
   * @return a new array of argument indices, ascending
   */
  public int[] toArray() {
    return members.clone();
  }

  /**
   * Returns the members' labels, in index order; an unlabeled argument appears as {@code #index}.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        int a = members[i];
        String l = labels.label(a);
        return l == null ? "#" + a : l;
      }

      @Override
      public int size() {
        return members.length;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extension && Arrays.equals(members, ((Extension) o).members);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(members);
  }

  /** The labels in braces, e.g. {@code {a, c}}; abbreviated beyond 50 members. */
  @Override
  public String toString() {
    List<String> l = labels();
    StringBuilder sb = new StringBuilder("{");
    int shown = Math.min(l.size(), 50);
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(l.get(i));
    }
    if (shown < l.size()) {
      sb.append(", ... (").append(l.size()).append(" members)");
    }
    return sb.append('}').toString();
  }
}
