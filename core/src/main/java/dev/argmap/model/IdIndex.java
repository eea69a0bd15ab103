package dev.argmap.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The position of the first element with each identifier, among the elements of one kind: an
 * open-addressing table that keeps each identifier's hash beside it, so that a lookup compares
 * ints and touches a stored identifier only when the hashes agree. A builder fills it as each
 * element is added, while the element is still in cache; after a large read every identifier is
 * cold, and a map from identifier to element would touch an entry, the identifier, its string and
 * the string's bytes for every insertion and every reference checked.
 *
 * <p>Mutable while a builder owns it; a built map keeps one that is never changed again (the builder
 * copies it before its next change), which makes it safe to read from any thread once the map's
 * final fields publish it.
 */
final class IdIndex<K extends ElementId> {
  private static final int MIN_SLOTS = 8;

  // two ints per slot: the identifier's spread hash, then its entry number plus one (0: empty),
  // side by side so that a probe reads one cache line
  private int[] table;
  private Object[] keys;
  private int[] positions;
  private int size;

  IdIndex(int expected) {
    int slots = MIN_SLOTS;
    while (slots < expected * 2) {
      slots <<= 1;
    }
    table = new int[slots * 2];
    keys = new Object[Math.max(expected, 4)];
    positions = new int[keys.length];
  }

  private IdIndex(IdIndex<K> other) {
    table = other.table.clone();
    keys = Arrays.copyOf(other.keys, other.keys.length);
    positions = other.positions.clone();
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

  private static int spread(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Records that the element at {@code position} has identifier {@code key}, unless an earlier
   * element has it.
   *
   * @return whether the identifier was new
   */
  boolean add(K key, int position) {
    int h = spread(key);
    int mask = (table.length >> 1) - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int entry = table[2 * s + 1];
      if (entry == 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
          positions = Arrays.copyOf(positions, size * 2);
        }
        keys[size] = key;
        positions[size] = position;
        size++;
        table[2 * s] = h;
        table[2 * s + 1] = size;
        if (size * 2 > mask + 1) {
          grow();
        }
        return true;
      }
      if (table[2 * s] == h && same(keys[entry - 1], key)) {
        return false;
      }
    }
  }

  /** {@return the position of the first element with {@code key}, or -1 when there is none} */
  int positionOf(Object key) {
    int h = spread(key);
    int mask = (table.length >> 1) - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int entry = table[2 * s + 1];
      if (entry == 0) {
        return -1;
      }
      if (table[2 * s] == h && same(keys[entry - 1], key)) {
        return positions[entry - 1];
      }
    }
  }

  boolean contains(Object key) {
    return positionOf(key) >= 0;
  }

  private static boolean same(Object stored, Object key) {
    return stored == key || stored.equals(key);
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    int mask = (table.length >> 1) - 1;
    // the hashes are kept, so no identifier is read again
    for (int i = 0; i < old.length; i += 2) {
      int entry = old[i + 1];
      if (entry != 0) {
        int s = old[i] & mask;
        while (table[2 * s + 1] != 0) {
          s = (s + 1) & mask;
        }
        table[2 * s] = old[i];
        table[2 * s + 1] = entry;
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
