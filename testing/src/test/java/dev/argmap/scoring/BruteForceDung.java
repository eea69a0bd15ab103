package dev.argmap.scoring;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.Extension;
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

  /** The range of s: its members and the arguments they attack. */
  int range(int s) {
    return s | attackedBy(s);
  }

  /** Complete extensions whose range no complete extension strictly exceeds. */
  Set<Integer> semiStable() {
    return rangeMaximal(complete());
  }

  /** Conflict-free sets whose range no conflict-free set strictly exceeds. */
  Set<Integer> stage() {
    Set<Integer> cf = new HashSet<>();
    for (int s = 0; s < (1 << n); s++) {
      if (conflictFree(s)) {
        cf.add(s);
      }
    }
    return rangeMaximal(cf);
  }

  private Set<Integer> rangeMaximal(Set<Integer> candidates) {
    Set<Integer> r = new HashSet<>();
    for (int s : candidates) {
      int rs = range(s);
      boolean maximal = true;
      for (int t : candidates) {
        int rt = range(t);
        if (rt != rs && (rs & rt) == rs) {
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

  /** The largest admissible set contained in every preferred extension. */
  int ideal() {
    int common = (1 << n) - 1;
    for (int p : preferred()) {
      common &= p;
    }
    int best = 0;
    for (int s = 0; s < (1 << n); s++) {
      boolean admissible = conflictFree(s) && (s & ~defended(s)) == 0;
      if ((s & ~common) == 0 && admissible && Integer.bitCount(s) > Integer.bitCount(best)) {
        best = s;
      }
    }
    return best;
  }

  /** The extensions under a semantics, by the methods above. */
  Set<Integer> extensions(DungSemantics sem) {
    switch (sem) {
      case GROUNDED:
        return Set.of(grounded());
      case COMPLETE:
        return complete();
      case PREFERRED:
        return preferred();
      case STABLE:
        return stable();
      case SEMI_STABLE:
        return semiStable();
      case STAGE:
        return stage();
      case IDEAL:
        return Set.of(ideal());
      default:
        throw new AssertionError(sem);
    }
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
