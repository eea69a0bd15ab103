package dev.argmap.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.Acceptance;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.semantics.dung.Extension;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ICCMA tasks (DC, DS, SE, EE) under every semantics against exhaustive search on random graphs of up to 12
 * arguments, with every certificate and every enumerated extension verified by the independent {@link
 * CertificateChecker}. Each case names its seed; rerun one with {@code -Dtest='DungTasksTest#*'} and the seed
 * shown in the failure.
 */
class DungTasksTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 250);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTaskAndSemanticsMatchesBruteForceWithCheckedCertificates(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed * 7919);
    int n = r.nextInt(13);
    AttackGraph g = RandomGraphs.attacks(seed, n, 0.5 + 2.5 * r.nextDouble(), false, false);
    check(g, "seed " + seed + " " + g);
  }

  /** Graphs where a stable extension rarely exists: semi-stable and stage then differ from stable. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oddCyclesAndSelfAttacks(long seed) {
    RandomGraphs.Rng r = new RandomGraphs.Rng(seed);
    int n = 3 + r.nextInt(10);
    AttackGraph.Builder b = AttackGraph.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument("a" + i);
    }
    int cycle = 3 + 2 * r.nextInt((n - 1) / 2); // an odd cycle of 3, 5, ... arguments
    for (int i = 0; i < cycle; i++) {
      b.addAttack(i, (i + 1) % cycle);
    }
    Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < cycle; i++) {
      seen.add((long) i * 64 + (i + 1) % cycle);
    }
    for (int e = 0; e < n; e++) {
      int x = r.nextInt(n);
      int y = r.nextInt(n);
      if (seen.add((long) x * 64 + y)) {
        b.addAttack(x, y);
      }
    }
    AttackGraph g = b.build();
    check(g, "odd-cycle seed " + seed + " " + g);
  }

  static void check(AttackGraph g, String ctx) {
    DungSolver solver = DungSolver.create();
    BruteForceDung bf = new BruteForceDung(g);
    CertificateChecker checker = new CertificateChecker(g);
    for (DungSemantics sem : DungSemantics.values()) {
      Set<Integer> want = bf.extensions(sem);
      String at = sem.id() + ", " + ctx;
      List<Extension> all = solver.extensions(g, sem);
      assertThat(BruteForceDung.masks(all)).as("EE %s", at).isEqualTo(want);
      assertThat(all).as("EE no duplicates, %s", at).hasSize(want.size());
      for (Extension e : all) {
        assertThat(checker.isExtension(sem, e)).as("checker accepts %s, %s", e, at).isTrue();
      }
      Optional<Extension> some = solver.someExtension(g, sem);
      assertThat(some.isPresent()).as("SE exists, %s", at).isEqualTo(!want.isEmpty());
      some.ifPresent(e -> {
        assertThat(want).as("SE %s, %s", e, at).contains(BruteForceDung.mask(e));
        assertThat(checker.isExtension(sem, e)).as("checker accepts SE %s, %s", e, at).isTrue();
      });
      for (int a = 0; a < g.size(); a++) {
        int bit = 1 << a;
        boolean inSome = want.stream().anyMatch(e -> (e & bit) != 0);
        boolean inAll = want.stream().allMatch(e -> (e & bit) != 0);
        Acceptance dc = solver.acceptCredulously(g, sem, a);
        Acceptance ds = solver.acceptSkeptically(g, sem, a);
        assertThat(dc.accepted()).as("DC %d %s", a, at).isEqualTo(inSome);
        assertThat(ds.accepted()).as("DS %d %s", a, at).isEqualTo(inAll);
        checker.checkCredulous(sem, a, dc, "DC " + a + " " + at);
        checker.checkSkeptical(sem, a, ds, "DS " + a + " " + at);
      }
    }
  }
}
