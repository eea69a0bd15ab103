package dev.argmap.scoring;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.Acceptance;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the certificates of {@link Acceptance} answers and the extensions of {@link DungSolver} from Dung's
 * definitions, sharing no code with the solver: it reads the graph through its public accessors only. Conflict-
 * freeness, admissibility, completeness, stability and groundedness are checked directly on any graph; the
 * maximality conditions of preferred, semi-stable, stage and ideal by exhaustive search, so those need a graph of
 * at most 20 arguments.
 */
final class CertificateChecker {
  private final AttackGraph g;
  private final int n;
  private final long[] attackers; // bit b of attackers[a]: b attacks a
  private final Map<Long, Boolean> memo = new HashMap<>();

  CertificateChecker(AttackGraph g) {
    this.g = g;
    this.n = g.size();
    this.attackers = new long[n];
    for (int a = 0; a < n; a++) {
      for (int b : g.attackers(a)) {
        if (n > 63) {
          throw new IllegalArgumentException("the checker reads at most 63 arguments");
        }
        attackers[a] |= 1L << b;
      }
    }
  }

  /** Throws if the answer or its certificate is wrong in a way the certificate can show. */
  void checkCredulous(DungSemantics sem, int a, Acceptance answer, String ctx) {
    if (answer.accepted()) {
      Extension w = answer.certificate().orElseThrow(() -> new AssertionError("YES without witness: " + ctx));
      require(w.contains(a), "credulous YES witness " + w + " lacks " + a + ": " + ctx);
      require(isExtension(sem, w), "witness " + w + " is not a " + sem.id() + " extension: " + ctx);
    } else if (answer.certificate().isPresent()) {
      Extension w = answer.certificate().get();
      require(!w.contains(a), "credulous NO certificate " + w + " contains " + a + ": " + ctx);
      require(isExtension(sem, w), "certificate " + w + " is not a " + sem.id() + " extension: " + ctx);
    }
  }

  /** Throws if the answer or its certificate is wrong in a way the certificate can show. */
  void checkSkeptical(DungSemantics sem, int a, Acceptance answer, String ctx) {
    if (!answer.accepted()) {
      Extension w = answer.certificate().orElseThrow(() -> new AssertionError("NO without counter-example: " + ctx));
      require(!w.contains(a), "skeptical NO counter-example " + w + " contains " + a + ": " + ctx);
      DungSemantics of = sem == DungSemantics.COMPLETE ? DungSemantics.GROUNDED : sem;
      require(isExtension(of, w), "counter-example " + w + " is not a " + of.id() + " extension: " + ctx);
    } else if (answer.certificate().isPresent()) {
      Extension w = answer.certificate().get();
      require(w.contains(a), "skeptical YES certificate " + w + " lacks " + a + ": " + ctx);
      DungSemantics of = sem == DungSemantics.COMPLETE ? DungSemantics.GROUNDED : sem;
      require(isExtension(of, w), "certificate " + w + " is not a " + of.id() + " extension: " + ctx);
    }
  }

  /** Whether the extension is one under the semantics. */
  boolean isExtension(DungSemantics sem, Extension e) {
    long s = 0;
    for (int a : e.toArray()) {
      s |= 1L << a;
    }
    long key = s * 8 + sem.ordinal();
    Boolean known = memo.get(key);
    if (known == null) {
      known = compute(sem, s);
      memo.put(key, known);
    }
    return known;
  }

  private boolean compute(DungSemantics sem, long s) {
    switch (sem) {
      case GROUNDED:
        return s == leastFixpoint();
      case COMPLETE:
        return complete(s);
      case STABLE:
        return conflictFree(s) && range(s) == all();
      case PREFERRED:
        return admissible(s) && noneAbove(s);
      case SEMI_STABLE:
        return complete(s) && rangeMaximal(s, true);
      case STAGE:
        return conflictFree(s) && rangeMaximal(s, false);
      case IDEAL:
        return isIdeal(s);
      default:
        throw new AssertionError(sem);
    }
  }

  private long all() {
    return n == 64 ? -1L : (1L << n) - 1;
  }

  private long hitBy(long s) {
    long r = 0;
    for (int a = 0; a < n; a++) {
      if ((attackers[a] & s) != 0) {
        r |= 1L << a;
      }
    }
    return r;
  }

  private long range(long s) {
    return s | hitBy(s);
  }

  private boolean conflictFree(long s) {
    return (hitBy(s) & s) == 0;
  }

  /** Arguments every attacker of which s attacks. */
  private long acceptable(long s) {
    long hit = hitBy(s);
    long r = 0;
    for (int a = 0; a < n; a++) {
      if ((attackers[a] & ~hit) == 0) {
        r |= 1L << a;
      }
    }
    return r;
  }

  private boolean admissible(long s) {
    return conflictFree(s) && (s & ~acceptable(s)) == 0;
  }

  private boolean complete(long s) {
    return conflictFree(s) && acceptable(s) == s;
  }

  private long leastFixpoint() {
    long s = 0;
    while (true) {
      long next = acceptable(s);
      if (next == s) {
        return s;
      }
      s = next;
    }
  }

  private void small() {
    if (n > 20) {
      throw new IllegalArgumentException("maximality is checked exhaustively, on at most 20 arguments");
    }
  }

  /** No admissible set strictly contains s. */
  private boolean noneAbove(long s) {
    small();
    long free = all() & ~s;
    for (long x = free; x != 0; x = (x - 1) & free) {
      if (admissible(s | x)) {
        return false;
      }
    }
    return true;
  }

  /** No complete (conflict-free) set has a strictly larger range. */
  private boolean rangeMaximal(long s, boolean completeOnly) {
    small();
    long rs = range(s);
    for (long t = 0; t <= all(); t++) {
      boolean candidate = completeOnly ? complete(t) : conflictFree(t);
      long rt = range(t);
      if (candidate && rt != rs && (rt & rs) == rs) {
        return false;
      }
    }
    return true;
  }

  /** Admissible, inside every preferred extension, and no larger such set. */
  private boolean isIdeal(long s) {
    small();
    long common = all();
    for (long t = 0; t <= all(); t++) {
      if (admissible(t) && noneAbove(t)) {
        common &= t;
      }
    }
    if ((s & ~common) != 0 || !admissible(s)) {
      return false;
    }
    long free = common & ~s;
    for (long x = free; x != 0; x = (x - 1) & free) {
      if (admissible(s | x)) {
        return false;
      }
    }
    return true;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  @Override
  public String toString() {
    return "CertificateChecker[" + g + "]";
  }
}
