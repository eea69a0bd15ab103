package dev.argmap.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The position of the first element with each identifier, among the elements of one kind: an
 * open-addressing table whose slots hold each identifier's hash and where its characters stand in
 * one shared array of the identifiers' characters, back to back. A lookup reads a slot and those
 * characters, two places in memory, and never the stored identifier, its string or the string's
 * bytes: a builder fills the index and checks references against it as elements are added, and
 * after a large read the elements added long before are out of the cache, so a map from identifier
 * to element missed it four or five times per lookup.
 *
 * <p>Mutable while a builder owns it; a built map keeps one that is never changed again (the builder
 * copies it before its next change), which makes it safe to read from any thread once the map's
 * final fields publish it.
 */
final class IdIndex<K extends ElementId> {
  private static final int MIN_SLOTS = 8;
  // four ints per slot, side by side so that a probe reads one cache line: the identifier's spread
  // hash, its entry number plus one (0: empty), and the start and end of its characters
  private static final int SLOT = 4;

  private int[] table;
  private Object[] keys;
  private int[] positions;
  private char[] chars;
  private int charCount;
  private int size;

  IdIndex(int expected) {
    int slots = MIN_SLOTS;
    while (slots < expected * 2) {
      slots <<= 1;
    }
    table = new int[slots * SLOT];
    keys = new Object[Math.max(expected, 4)];
    positions = new int[keys.length];
    chars = new char[Math.max(expected * 4, 16)];
  }

  private IdIndex(IdIndex<K> other) {
    table = other.table.clone();
    keys = Arrays.copyOf(other.keys, other.keys.length);
    positions = other.positions.clone();
    chars = other.chars.clone();
    charCount = other.charCount;
    size = other.size;
  }

  /** {@return a copy that can be changed without changing this one} */
  IdIndex<K> copy() {
    return new IdIndex<>(this);
  }

  /** {@return how many distinct identifiers it holds} */
  int size() {
    return size;
  }

  private static int spread(String text) {
    // an identifier's string computed its hash when the identifier was made
    int h = text.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Records that the element at {@code position} has identifier {@code key}, unless an earlier
   * element has it.
   *
   * @return whether the identifier was new
   */
  boolean add(K key, int position) {
    String text = key.value();
    int h = spread(text);
    int mask = table.length / SLOT - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int at = s * SLOT;
      if (table[at + 1] == 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
          positions = Arrays.copyOf(positions, size * 2);
        }
        int n = text.length();
        if (charCount + n > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + n));
        }
        text.getChars(0, n, chars, charCount);
        keys[size] = key;
        positions[size] = position;
        size++;
        table[at] = h;
        table[at + 1] = size;
        table[at + 2] = charCount;
        table[at + 3] = charCount + n;
        charCount += n;
        if (size * 2 > mask + 1) {
          grow();
        }
        return true;
      }
      if (table[at] == h && sameText(at, text)) {
        return false;
      }
    }
  }

  /** {@return the position of the first element with {@code key}, or -1 when there is none} */
  int positionOf(K key) {
    int entry = entryOf(key.value());
    return entry < 0 ? -1 : positions[entry];
  }

  boolean contains(K key) {
    return entryOf(key.value()) >= 0;
  }

  private int entryOf(String text) {
    int h = spread(text);
    int mask = table.length / SLOT - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int at = s * SLOT;
      int entry = table[at + 1];
      if (entry == 0) {
        return -1;
      }
      if (table[at] == h && sameText(at, text)) {
        return entry - 1;
      }
    }
  }

  /** Whether the slot at {@code at} holds {@code text}; the identifiers of one kind share a type. */
  private boolean sameText(int at, String text) {
    int start = table[at + 2];
    int n = table[at + 3] - start;
    if (n != text.length()) {
      return false;
    }
    char[] c = chars;
    for (int i = 0; i < n; i++) {
      if (c[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    int mask = table.length / SLOT - 1;
    // the hashes are kept, so no identifier is read again
    for (int i = 0; i < old.length; i += SLOT) {
      if (old[i + 1] != 0) {
        int s = old[i] & mask;
        while (table[s * SLOT + 1] != 0) {
          s = (s + 1) & mask;
        }
        System.arraycopy(old, i, table, s * SLOT, SLOT);
      }
    }
  }

  /** {@return the identifiers, each once, in the order their first elements were added} */
  @SuppressWarnings("unchecked")
  List<K> keys() {
    Object[] k = keys;
    int n = size;
    return new AbstractList<K>() {
      @Override
      public K get(int i) {
        if (i >= n) {
          throw new IndexOutOfBoundsException(i);
        }
        return (K) k[i];
      }

      @Override
      public int size() {
        return n;
      }
    };
  }
}
