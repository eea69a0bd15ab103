package dev.argmap.internal.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * Argument labels of a graph: either explicit strings (entries may be null for unlabeled arguments) or
 * implicit decimal numbers {@code index + offset} (ICCMA files, where argument {@code k} has index {@code k-1}).
 */
public final class Labels {
  private final int n;
  private final String[] labels; // null in numbered mode
  private final int offset;
  private volatile Map<String, Integer> index;

  private Labels(int n, String[] labels, int offset) {
    this.n = n;
    this.labels = labels;
    this.offset = offset;
  }

  public static Labels explicit(String[] labels) {
    return new Labels(labels.length, labels, 0);
  }

  public static Labels numbered(int n, int offset) {
    return new Labels(n, null, offset);
  }

  public int size() {
    return n;
  }

  /** The label of argument {@code i}, or null when it has none. */
  public String label(int i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("argument index " + i + " out of range [0, " + n + ")");
    }
    return labels == null ? Integer.toString(i + offset) : labels[i];
  }

  /** "'b' (index 3)" or "#3" for an unlabeled argument; used in messages. */
  public String describe(int i) {
    String l = label(i);
    return l == null ? "#" + i : "'" + l + "' (index " + i + ")";
  }

  /** Short form for edges: "'b'" or "#3". */
  public String shortName(int i) {
    String l = label(i);
    return l == null ? "#" + i : "'" + l + "'";
  }

  /** Index of the argument with this label, or -1. */
  public int indexOf(String label) {
    if (label == null) {
      return -1;
    }
    if (labels == null) {
      int v;
      try {
        v = Integer.parseInt(label);
      } catch (NumberFormatException e) {
        return -1;
      }
      int i = v - offset;
      return i >= 0 && i < n && label.equals(Integer.toString(v)) ? i : -1;
    }
    Map<String, Integer> m = index;
    if (m == null) {
      m = new HashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) {
        if (labels[i] != null) {
          m.putIfAbsent(labels[i], i);
        }
      }
      index = m;
    }
    Integer i = m.get(label);
    return i == null ? -1 : i;
  }

  /** Returns the first index whose label repeats an earlier one, or -1; sets {@code first[0]}. */
  public static int findDuplicate(String[] labels, int[] first) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == null) {
        continue;
      }
      Integer prev = seen.putIfAbsent(labels[i], i);
      if (prev != null) {
        first[0] = prev;
        return i;
      }
    }
    return -1;
  }
}
