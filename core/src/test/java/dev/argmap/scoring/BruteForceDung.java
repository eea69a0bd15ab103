package dev.argmap.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Extension semantics by exhaustive search over all subsets (at most 20 arguments), straight from Dung's definitions. */
final class BruteForceDung {
  final int n;
  final int[] attackersMask; // bit b of attackersMask[a]: b attacks a

  BruteForceDung(AttackGraph g) {
    if (g.size() > 20) {
      throw new IllegalArgumentException("brute force is for small graphs");
    }
    n = g.size();
    attackersMask = new int[n];
    for (int a = 0; a < n; a++) {
      for (int b : g.attackers(a)) {
        attackersMask[a] |= 1 << b;
      }
    }
  }

  /** Arguments attacked by some member of s. */
  int attackedBy(int s) {
    int r = 0;
    for (int a = 0; a < n; a++) {
      if ((attackersMask[a] & s) != 0) {
        r |= 1 << a;
      }
    }
    return r;
  }

  boolean conflictFree(int s) {
    return (attackedBy(s) & s) == 0;
  }

  /** The characteristic function F(s): arguments all of whose attackers s attacks. */
  int defended(int s) {
    int hit = attackedBy(s);
    int r = 0;
    for (int a = 0; a < n; a++) {
      if ((attackersMask[a] & ~hit) == 0) {
        r |= 1 << a;
      }
    }
    return r;
  }

  /** Least fixpoint of F, by iterating from the empty set. */
  int grounded() {
    int s = 0;
    while (true) {
      int next = defended(s);
      if (next == s) {
        return s;
      }
      s = next;
    }
  }

  Set<Integer> complete() {
    Set<Integer> r = new HashSet<>();
    for (int s = 0; s < (1 << n); s++) {
      if (conflictFree(s) && defended(s) == s) {
        r.add(s);
      }
    }
    return r;
  }

  Set<Integer> preferred() {
    List<Integer> admissible = new ArrayList<>();
    for (int s = 0; s < (1 << n); s++) {
      if (conflictFree(s) && (s & ~defended(s)) == 0) {
        admissible.add(s);
      }
    }
    Set<Integer> r = new HashSet<>();
    for (int s : admissible) {
      boolean maximal = true;
      for (int t : admissible) {
        if (t != s && (s & t) == s) {
          maximal = false;
          break;
        }
      }
      if (maximal) {
        r.add(s);
      }
    }
    return r;
  }

  Set<Integer> stable() {
    int all = (1 << n) - 1;
    Set<Integer> r = new HashSet<>();
    for (int s = 0; s <= all; s++) {
      if (conflictFree(s) && (s | attackedBy(s)) == all) {
        r.add(s);
      }
    }
    return r;
  }

  static int mask(Extension e) {
    int m = 0;
    for (int a : e.toArray()) {
      m |= 1 << a;
    }
    return m;
  }

  static Set<Integer> masks(List<Extension> es) {
    Set<Integer> r = new HashSet<>();
    for (Extension e : es) {
      r.add(mask(e));
    }
    return r;
  }
}
