package dev.argmap.json.internal;

import java.util.Arrays;

/**
 * One identifier per distinct text, found from the parser's characters without making a string: an
 * open-addressing table whose slots hold each text's hash and where its characters stand in one
 * array of the texts, back to back. Evidence items name a few sources and copies many times each,
 * and a map from strings would read a node, the stored string and its bytes, scattered over the
 * heap among the elements read since, for every reference; this reads a slot and the characters.
 * Bounded: it keeps at most {@code limit} texts, and finds nothing for the others.
 */
final class SharedIds<T> {
  // four ints per slot, side by side: the text's hash, its entry number plus one (0: empty), and
  // the start and end of its characters
  private static final int SLOT = 4;

  private final int limit;
  private int[] table = new int[64 * SLOT];
  private Object[] values = new Object[32];
  private char[] chars = new char[256];
  private int charCount;
  private int size;

  SharedIds(int limit) {
    this.limit = limit;
  }

  /** {@return the identifier kept for the text {@code buf[off, off + len)}, or null} */
  @SuppressWarnings("unchecked")
  T find(char[] buf, int off, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[off + i];
    }
    int mask = table.length / SLOT - 1;
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int at = s * SLOT;
      int entry = table[at + 1];
      if (entry == 0) {
        return null;
      }
      if (table[at] == h && same(at, buf, off, len)) {
        return (T) values[entry - 1];
      }
    }
  }

  /** Keeps {@code id} for {@code text}, which it does not hold yet, unless it is full. */
  void put(String text, T id) {
    if (size >= limit) {
      return;
    }
    // the same hash as the loop in find: String.hashCode's
    int h = text.hashCode();
    int mask = table.length / SLOT - 1;
    int s = spread(h) & mask;
    while (table[s * SLOT + 1] != 0) {
      s = (s + 1) & mask;
    }
    int n = text.length();
    if (charCount + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + n));
    }
    text.getChars(0, n, chars, charCount);
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = id;
    int at = s * SLOT;
    table[at] = h;
    table[at + 1] = size;
    table[at + 2] = charCount;
    table[at + 3] = charCount + n;
    charCount += n;
    if (size * 2 > mask + 1) {
      grow();
    }
  }

  int size() {
    return size;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private boolean same(int at, char[] buf, int off, int len) {
    int start = table[at + 2];
    if (table[at + 3] - start != len) {
      return false;
    }
    char[] c = chars;
    for (int i = 0; i < len; i++) {
      if (c[start + i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    int mask = table.length / SLOT - 1;
    for (int i = 0; i < old.length; i += SLOT) {
      if (old[i + 1] != 0) {
        int s = spread(old[i]) & mask;
        while (table[s * SLOT + 1] != 0) {
          s = (s + 1) & mask;
        }
        System.arraycopy(old, i, table, s * SLOT, SLOT);
      }
    }
  }
}
