package dev.argmap.internal.graph;

import java.util.Arrays;

/**
 * Compressed sparse row helpers and growable primitive buffers used by the graph builders. Row {@code r} of a
 * CSR structure is {@code values[start[r] .. start[r+1])}; rows keep the insertion order of their edges.
 */
public final class Csr {
  private Csr() {}

  /**
   * Counting sort of edges by {@code key}: returns {@code start} (length n+1) and fills {@code perm} (length m)
   * with edge ordinals in row order, stable.
   */
  public static int[] rowStarts(int n, int[] key, int m, int[] perm) {
    int[] start = new int[n + 1];
    for (int e = 0; e < m; e++) {
      start[key[e] + 1]++;
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    int[] pos = Arrays.copyOf(start, n);
    for (int e = 0; e < m; e++) {
      perm[pos[key[e]]++] = e;
    }
    return start;
  }

  public static int[] gather(int[] values, int[] perm, int m) {
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = values[perm[i]];
    }
    return out;
  }

  public static double[] gather(double[] values, int[] perm, int m) {
    double[] out = new double[m];
    for (int i = 0; i < m; i++) {
      out[i] = values[perm[i]];
    }
    return out;
  }

  /**
   * Finds a repeated (from, to) pair. Rows are given by {@code start}/{@code perm} (grouped by target);
   * {@code from} is indexed by edge ordinal. Returns {@code (first << 32) | second} ordinals, or -1.
   * {@code mark} must have length n and be filled with -1 on entry (it is left dirty).
   */
  public static long findDuplicate(int n, int[] start, int[] perm, int[] from, int[] mark, int[] markEdge) {
    for (int r = 0; r < n; r++) {
      for (int i = start[r]; i < start[r + 1]; i++) {
        int e = perm[i];
        int s = from[e];
        if (mark[s] == r) {
          return ((long) markEdge[s] << 32) | (e & 0xffffffffL);
        }
        mark[s] = r;
        markEdge[s] = e;
      }
    }
    return -1;
  }

  /**
   * Finds a pair that is in both edge sets (grouped by target). Returns {@code (ordinalInA << 32) | ordinalInB}
   * or -1. {@code mark} (length n, filled with -1) is left dirty.
   */
  public static long findCommon(
      int n,
      int[] startA,
      int[] permA,
      int[] fromA,
      int[] startB,
      int[] permB,
      int[] fromB,
      int[] mark,
      int[] markEdge) {
    for (int r = 0; r < n; r++) {
      for (int i = startA[r]; i < startA[r + 1]; i++) {
        int e = permA[i];
        mark[fromA[e]] = r;
        markEdge[fromA[e]] = e;
      }
      for (int i = startB[r]; i < startB[r + 1]; i++) {
        int e = permB[i];
        if (mark[fromB[e]] == r) {
          return ((long) markEdge[fromB[e]] << 32) | (e & 0xffffffffL);
        }
      }
    }
    return -1;
  }

  public static int[] filledMinusOne(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  /** Growable int array. */
  public static final class IntBuf {
    public int[] a;
    public int size;

    public IntBuf(int capacity) {
      a = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(a.length));
      }
      a[size++] = v;
    }
  }

  /** Growable double array. */
  public static final class DoubleBuf {
    public double[] a;
    public int size;

    public DoubleBuf(int capacity) {
      a = new double[Math.max(4, capacity)];
    }

    public void add(double v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(a.length));
      }
      a[size++] = v;
    }

    public void fillTo(int newSize, double v) {
      while (size < newSize) {
        add(v);
      }
    }
  }

  /** Growable array of nullable strings. */
  public static final class StringBuf {
    public String[] a;
    public int size;
    public boolean any;

    public StringBuf(int capacity) {
      a = new String[Math.max(4, capacity)];
    }

    public void add(String v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, grow(a.length));
      }
      any |= v != null;
      a[size++] = v;
    }
  }

  public static int grow(int length) {
    long next = (long) length + (length >> 1) + 16;
    if (next > Integer.MAX_VALUE - 16) {
      if (length >= Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("too many elements for one array");
      }
      next = Integer.MAX_VALUE - 16;
    }
    return (int) next;
  }
}
