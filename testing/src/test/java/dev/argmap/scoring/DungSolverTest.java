package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungLimitExceededException;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Dung solver against exhaustive search, the naive grounded fixpoint, and the inclusions between semantics. */
class DungSolverTest {
  private final DungSolver solver = DungSolver.create();

  static LongStream smallSeeds() {
    return LongStream.rangeClosed(1, 300);
  }

  static LongStream mediumSeeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** Random graphs of at most 12 arguments (self-attacks included): every semantics equals brute force. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("smallSeeds")
  void smallGraphsMatchBruteForce(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = r.nextInt(13);
    AttackGraph g = RandomGraphs.attacks(seed, n, 3 * r.nextDouble(), false, false);
    BruteForceDung bf = new BruteForceDung(g);
    String ctx = "seed " + seed + " " + g;

    assertThat(BruteForceDung.mask(solver.grounded(g))).as(ctx).isEqualTo(bf.grounded());
    Set<Integer> complete = bf.complete();
    Set<Integer> preferred = bf.preferred();
    Set<Integer> stable = bf.stable();
    List<Extension> c = solver.complete(g);
    List<Extension> p = solver.preferred(g);
    List<Extension> s = solver.stable(g);
    assertThat(BruteForceDung.masks(c)).as("complete, %s", ctx).isEqualTo(complete);
    assertThat(BruteForceDung.masks(p)).as("preferred, %s", ctx).isEqualTo(preferred);
    assertThat(BruteForceDung.masks(s)).as("stable, %s", ctx).isEqualTo(stable);
    assertThat(c).as("no duplicates").hasSize(complete.size());
    assertThat(p).as("no duplicates").hasSize(preferred.size());
    assertThat(s).as("no duplicates").hasSize(stable.size());

    for (int a = 0; a < n; a++) {
      int bit = 1 << a;
      int grounded = bf.grounded();
      assertAcceptance(g, DungSemantics.GROUNDED, a, Set.of(grounded), ctx);
      assertAcceptance(g, DungSemantics.COMPLETE, a, complete, ctx);
      assertAcceptance(g, DungSemantics.PREFERRED, a, preferred, ctx);
      assertAcceptance(g, DungSemantics.STABLE, a, stable, ctx);
      assertThat(solver.skeptical(g, DungSemantics.COMPLETE, a)).isEqualTo((grounded & bit) != 0);
    }
  }

  private void assertAcceptance(AttackGraph g, DungSemantics sem, int a, Set<Integer> exts, String ctx) {
    int bit = 1 << a;
    boolean some = exts.stream().anyMatch(e -> (e & bit) != 0);
    boolean all = exts.stream().allMatch(e -> (e & bit) != 0); // vacuously true when there is none
    assertThat(solver.credulous(g, sem, a)).as("credulous %s of %d, %s", sem, a, ctx).isEqualTo(some);
    assertThat(solver.skeptical(g, sem, a)).as("skeptical %s of %d, %s", sem, a, ctx).isEqualTo(all);
  }

  /** Grounded by labelling equals the least fixpoint of the characteristic function, iterated naively. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("mediumSeeds")
  void groundedEqualsNaiveFixpointOfTheCharacteristicFunction(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = 1 + r.nextInt(1500);
    AttackGraph g = RandomGraphs.attacks(seed, n, 0.5 + 2.5 * r.nextDouble(), false, seed % 4 == 0);
    boolean[] s = new boolean[n];
    while (true) {
      boolean[] attacked = new boolean[n];
      for (int a = 0; a < n; a++) {
        if (s[a]) {
          for (int b : g.attacked(a)) {
            attacked[b] = true;
          }
        }
      }
      boolean[] next = new boolean[n];
      for (int a = 0; a < n; a++) {
        boolean defended = true;
        for (int b : g.attackers(a)) {
          defended &= attacked[b];
        }
        next[a] = defended;
      }
      if (java.util.Arrays.equals(next, s)) {
        break;
      }
      s = next;
    }
    Extension e = solver.grounded(g);
    for (int a = 0; a < n; a++) {
      assertThat(e.contains(a)).as("seed %d argument %d", seed, a).isEqualTo(s[a]);
    }
  }

  /**
   * Medium random graphs: every stable extension is preferred, every preferred one is complete (checked from
   * the definition) and contains the grounded one, and preferred extensions are pairwise incomparable.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("mediumSeeds")
  void stableIsPreferredAndPreferredIsComplete(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = 20 + r.nextInt(280);
    AttackGraph g = RandomGraphs.attacks(seed, n, 1 + 2 * r.nextDouble(), false, false);
    Extension grounded = solver.grounded(g);
    List<Extension> preferred = solver.preferred(g);
    List<Extension> stable = solver.stable(g);
    assertThat(preferred).as("seed %d", seed).isNotEmpty();
    assertThat(preferred).as("seed %d: stable ⊆ preferred", seed).containsAll(stable);
    for (Extension p : preferred) {
      assertThat(isComplete(g, p)).as("seed %d: %s is complete", seed, p).isTrue();
      for (int a : grounded.toArray()) {
        assertThat(p.contains(a)).isTrue();
      }
      for (Extension q : preferred) {
        if (q != p) {
          assertThat(subset(p, q)).as("seed %d: preferred are incomparable", seed).isFalse();
        }
      }
    }
    for (Extension s : stable) {
      boolean[] covered = new boolean[n];
      for (int a : s.toArray()) {
        covered[a] = true;
        for (int b : g.attacked(a)) {
          assertThat(s.contains(b)).as("seed %d: stable is conflict-free", seed).isFalse();
          covered[b] = true;
        }
      }
      for (int a = 0; a < n; a++) {
        assertThat(covered[a]).as("seed %d: stable attacks everything outside", seed).isTrue();
      }
    }
  }

  static boolean isComplete(AttackGraph g, Extension e) {
    int n = g.size();
    boolean[] attacked = new boolean[n];
    for (int a : e.toArray()) {
      for (int b : g.attacked(a)) {
        attacked[b] = true;
      }
    }
    for (int a = 0; a < n; a++) {
      if (e.contains(a) && attacked[a]) {
        return false; // not conflict-free
      }
      boolean defended = true;
      for (int b : g.attackers(a)) {
        defended &= attacked[b];
      }
      if (defended != e.contains(a)) {
        return false; // F(E) != E
      }
    }
    return true;
  }

  static boolean subset(Extension a, Extension b) {
    for (int x : a.toArray()) {
      if (!b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void extensionCapIsReportedWithHowToRaiseIt() {
    AttackGraph g = evenCycles(4); // 2^4 preferred extensions
    DungSolver capped = DungSolver.builder().maxExtensions(5).build();
    assertThatThrownBy(() -> capped.preferred(g))
        .isInstanceOfSatisfying(DungLimitExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo(DungLimitExceededException.Limit.MAX_EXTENSIONS);
          assertThat(e.extensionsFound()).isEqualTo(5);
        })
        .hasMessageContaining("more than 5 extensions")
        .hasMessageContaining("maxExtensions(");
    assertThat(solver.preferred(g)).hasSize(16);
    assertThat(solver.stable(g)).hasSize(16);
    assertThat(solver.complete(g)).hasSize(81); // each 2-cycle: {}, {a}, {b}
  }

  @Test
  void timeBudgetIsReportedWithHowToRaiseIt() {
    DungSolver hurried = DungSolver.builder().timeBudget(Duration.ofNanos(1)).build();
    AttackGraph g = evenCycles(3);
    assertThatThrownBy(() -> hurried.preferred(g))
        .isInstanceOfSatisfying(DungLimitExceededException.class,
            e -> assertThat(e.limit()).isEqualTo(DungLimitExceededException.Limit.TIME_BUDGET))
        .hasMessageContaining("time budget")
        .hasMessageContaining("timeBudget(");
    assertThatThrownBy(() -> hurried.skeptical(g, DungSemantics.PREFERRED, 0))
        .isInstanceOf(DungLimitExceededException.class);
    assertThat(hurried.grounded(g).size()).isZero(); // grounded is never limited
    assertThatThrownBy(() -> DungSolver.builder().timeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DungSolver.builder().maxExtensions(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noTimeBudgetIsEmptyNotAHugeDuration() {
    assertThat(DungSolver.create().timeBudget()).contains(Duration.ofSeconds(60));
    DungSolver patient = DungSolver.builder().timeBudget(Duration.ofNanos(1)).noTimeBudget().build();
    assertThat(patient.timeBudget()).isEmpty();
    assertThat(patient.toString()).contains("timeBudget=none");
    assertThat(patient.preferred(evenCycles(3))).hasSize(8); // what the 1 ns budget above refused
    assertThatThrownBy(() -> DungSolver.builder().timeBudget(null)).isInstanceOf(NullPointerException.class);
  }

  /** A deep acyclic chain: linear, no recursion; every semantics gives the grounded extension. */
  @Test
  void deepChainsAreLinearAndNeedNoStack() {
    int n = 300_000;
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument(1.0);
    }
    for (int i = 1; i < n; i++) {
      b.addAttack(i - 1, i);
    }
    AttackGraph g = b.build();
    Extension grounded = solver.grounded(g);
    assertThat(grounded.size()).isEqualTo(n / 2);
    assertThat(grounded.contains(0)).isTrue();
    assertThat(grounded.contains(1)).isFalse();
    assertThat(solver.preferred(g)).containsExactly(grounded);
    assertThat(solver.stable(g)).containsExactly(grounded);
    assertThat(solver.complete(g)).containsExactly(grounded);
  }

  @Test
  void extensionsExposeIndicesAndLabels() {
    AttackGraph.Builder b = AttackGraph.builder();
    int a = b.addArgument("a");
    int x = b.addArgument("x");
    int c = b.addArgument(1.0);
    b.addAttack(a, x);
    AttackGraph g = b.build();
    Extension e = solver.grounded(g);
    assertThat(e.toArray()).containsExactly(a, c);
    assertThat(e.labels()).containsExactly("a", "#2");
    assertThat(e.contains(x)).isFalse();
    assertThat(e.size()).isEqualTo(2);
    assertThat(e.toString()).isEqualTo("{a, #2}");
    assertThat(e).isEqualTo(solver.preferred(g).get(0)).hasSameHashCodeAs(solver.stable(g).get(0));
    assertThat(DungSemantics.fromId("preferred")).isEqualTo(DungSemantics.PREFERRED);
    assertThatThrownBy(() -> solver.credulous(g, DungSemantics.STABLE, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** k disjoint 2-cycles. */
  static AttackGraph evenCycles(int k) {
    AttackGraph.Builder b = AttackGraph.builder();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 2 * k; i++) {
      ids.add(b.addArgument("x" + i));
    }
    for (int i = 0; i < k; i++) {
      b.addAttack(ids.get(2 * i), ids.get(2 * i + 1)).addAttack(ids.get(2 * i + 1), ids.get(2 * i));
    }
    return b.build();
  }
}
