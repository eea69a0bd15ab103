package dev.argmap.internal.graph;

/**
 * Builds and validates one kind of edge (attack or support) of a graph under construction: range checks, weight
 * checks, incoming CSR grouped by target, and duplicate detection. Messages name the arguments.
 */
public final class EdgeTable {
  public final int[] start;
  public final int[] src;
  public final double[] weights; // null when every weight is 1
  public final int[] perm; // row position -> insertion ordinal
  public final int[] from; // by insertion ordinal
  public final int[] to; // by insertion ordinal

  private EdgeTable(int[] start, int[] src, double[] weights, int[] perm, int[] from, int[] to) {
    this.start = start;
    this.src = src;
    this.weights = weights;
    this.perm = perm;
    this.from = from;
    this.to = to;
  }

  /**
   * Validates and builds. {@code w} may be null (all weights 1). {@code kind} is "attack" or "support".
   *
   * @throws IllegalArgumentException naming the edge and the rule that it breaks
   */
  public static EdgeTable build(String kind, int n, Labels labels, int[] from, int[] to, double[] w, int m) {
    for (int e = 0; e < m; e++) {
      int f = from[e];
      int t = to[e];
      if (f < 0 || f >= n || t < 0 || t >= n) {
        int bad = f < 0 || f >= n ? f : t;
        throw new IllegalArgumentException(
            kind + " #" + e + " (" + f + " -> " + t + "): " + (bad == f ? "source" : "target") + " index " + bad
                + " is out of range; the graph has " + n + " arguments (indices 0 to " + (n - 1) + ")");
      }
      if (w != null && !(w[e] >= 0.0 && w[e] <= 1.0)) {
        throw new IllegalArgumentException(
            kind + " " + labels.shortName(f) + " -> " + labels.shortName(t) + " (indices " + f + " -> " + t
                + "): weight must be in [0, 1] but was " + w[e]);
      }
    }
    boolean allOne = true;
    if (w != null) {
      for (int e = 0; e < m && allOne; e++) {
        allOne = w[e] == 1.0;
      }
    }
    int[] perm = new int[m];
    int[] start = Csr.rowStarts(n, to, m, perm);
    long dup = Csr.findDuplicate(n, start, perm, from, Csr.filledMinusOne(n), new int[n]);
    if (dup >= 0) {
      int e1 = (int) (dup >>> 32);
      int e2 = (int) dup;
      throw new DuplicateEdgeException(
          kind + " " + labels.shortName(from[e2]) + " -> " + labels.shortName(to[e2]) + " (indices " + from[e2]
              + " -> " + to[e2] + ") is added twice (" + kind + " #" + e1 + " and #" + e2 + ")",
          e1,
          e2);
    }
    int[] src = Csr.gather(from, perm, m);
    double[] weights = allOne ? null : Csr.gather(w, perm, m);
    return new EdgeTable(start, src, weights, perm, from, to);
  }

  /** Rejects a pair that is both an attack and a support. */
  public static void checkDisjoint(int n, Labels labels, EdgeTable attacks, EdgeTable supports) {
    long common =
        Csr.findCommon(
            n,
            attacks.start,
            attacks.perm,
            attacks.from,
            supports.start,
            supports.perm,
            supports.from,
            Csr.filledMinusOne(n),
            new int[n]);
    if (common >= 0) {
      int e = (int) (common >>> 32);
      int f = attacks.from[e];
      int t = attacks.to[e];
      throw new IllegalArgumentException(
          labels.shortName(f) + " -> " + labels.shortName(t) + " (indices " + f + " -> " + t
              + ") is both an attack and a support; an edge must be one or the other");
    }
  }

  /** Validates scores (base scores or initial weights) in [0, 1], NaN rejected. */
  public static void checkScores(double[] values, int n, Labels labels, String what) {
    for (int i = 0; i < n; i++) {
      if (!(values[i] >= 0.0 && values[i] <= 1.0)) {
        throw new IllegalArgumentException(
            "argument " + labels.describe(i) + ": " + what + " must be in [0, 1] but was " + values[i]);
      }
    }
  }

  /** Rejects a label used twice. */
  public static void checkLabels(String[] labels) {
    int[] first = new int[1];
    int dup = Labels.findDuplicate(labels, first);
    if (dup >= 0) {
      throw new IllegalArgumentException(
          "argument '" + labels[dup] + "' (index " + dup + "): label '" + labels[dup]
              + "' is already used by the argument with index " + first[0] + "; labels must be unique");
    }
  }

  /** A duplicate edge; carries the insertion ordinals so that readers can report lines. */
  public static final class DuplicateEdgeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    public final int first;
    public final int second;

    public DuplicateEdgeException(String message, int first, int second) {
      super(message);
      this.first = first;
      this.second = second;
    }
  }
}
